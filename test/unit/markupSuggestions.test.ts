// The markup engine in the editor: the markup-uncertain check and its quick fixes, the whole
// document's draft (`markUp`), "Suggest markup for this paragraph" and "Mark as quote by NAME".
// Edits are applied for real and the result parsed again: the published text never changes, and
// the text outside the paragraph marked never changes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { allQuotes, readPlainArticle, strip } from '../../server/src/service';
import { diagnostics, parse, ROOT } from '../support/documents';
import { codeActions, markUp } from '../support/features';

const SEED = readFileSync(path.join(ROOT, 'test/fixtures/seed-xinhua-berlin.txt'), 'utf8');
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x.news', 'newsmark', 1, text), edits);
const editsOf = (a: CodeAction) => Object.values(a.edit?.changes ?? {})[0] ?? [];
const fixesOf = (d: Diagnostic) => (d.data as { fixes: { title: string; preferred?: boolean; edits: TextEdit[] }[] }).fixes;

const REVIEWED = [
  '---',
  'headline: Talks',
  'date: 2023-09-28',
  'speakers:',
  '  chen:',
  '    name: Chen Wenqing',
  '  schmidt:',
  '    name: Wolfgang Schmidt',
  '---',
  '',
  'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met Wolfgang Schmidt. [Both sides should focus on real threats]{@chen}<!-- newsmark-review: speaker, or @schmidt -->, he said.',
  '',
  '[Cooperation will grow]{@chen}<!-- newsmark-review: end -->, Chen said.',
  '',
].join('\n');

describe('markup-uncertain', () => {
  test('each review note is a hint on the note, with the quote under review related', () => {
    const found = diagnostics(REVIEWED).filter((d) => d.code === 'markup-uncertain');
    assert.equal(found.length, 2);
    assert.equal(found[0].severity, 4);
    assert.match(found[0].message, /unsure who said this \(@chen, or @schmidt\)/);
    assert.match(found[1].message, /unsure where this quote ends \(@chen\)/);
    const a = parse(REVIEWED);
    assert.equal(a.text.slice(a.lines.offset(found[0].range.start), a.lines.offset(found[0].range.end)), '<!-- newsmark-review: speaker, or @schmidt -->');
    assert.equal(found[0].relatedInformation?.[0].message, 'The quote under review');
  });

  test('Accept removes the note only; the published text and the speaker stay', () => {
    const d = diagnostics(REVIEWED).find((x) => x.code === 'markup-uncertain')!;
    const accept = fixesOf(d).find((f) => f.title === 'Accept (remove the review note)')!;
    assert.equal(accept.preferred, false, 'fix-all never accepts a review');
    const after = apply(REVIEWED, accept.edits);
    assert.equal(after, REVIEWED.replace('<!-- newsmark-review: speaker, or @schmidt -->', ''));
    assert.equal(strip(parse(after)), strip(parse(REVIEWED)));
    assert.equal(diagnostics(after).filter((x) => x.code === 'markup-uncertain').length, 1);
  });

  test('Use @schmidt instead gives the quote to the second candidate and removes the note', () => {
    const d = diagnostics(REVIEWED).find((x) => x.code === 'markup-uncertain')!;
    const use = fixesOf(d).find((f) => f.title === 'Use @schmidt instead')!;
    const after = apply(REVIEWED, use.edits);
    assert.match(after, /\[Both sides should focus on real threats\]\{@schmidt\}, he said\./);
    assert.deepEqual(diagnostics(after).map((x) => x.code), ['markup-uncertain']);
  });

  test('Use @id instead adds the candidate to the front matter when it is missing', () => {
    const text = REVIEWED.replace('  schmidt:\n    name: Wolfgang Schmidt\n', '').replace('@schmidt', '@wolfgang-schmidt');
    const d = diagnostics(text).find((x) => x.code === 'markup-uncertain')!;
    const after = apply(text, fixesOf(d).find((f) => f.title === 'Use @wolfgang-schmidt instead')!.edits);
    assert.match(after, /^ {2}wolfgang-schmidt:\n {4}name: Wolfgang Schmidt$/m);
    assert.deepEqual(diagnostics(after).filter((x) => x.severity === 1), []);
  });

  test('no second fix without a candidate; a note after no quote still reports, with Accept', () => {
    const found = diagnostics(REVIEWED).filter((d) => d.code === 'markup-uncertain');
    assert.deepEqual(fixesOf(found[1]).map((f) => f.title), ['Accept (remove the review note)']);
    const loose = diagnostics('Some text <!-- newsmark-review: kind --> here.\n').filter((d) => d.code === 'markup-uncertain');
    assert.equal(loose.length, 1);
    assert.match(loose[0].message, /unsure this is a quote: check it/);
    assert.equal(diagnostics('A <!-- newsmark-reviewed: kind --> and <!-- note -->.\n').filter((d) => d.code === 'markup-uncertain').length, 0);
  });

  test('fix-all leaves review notes alone', async () => {
    const { testService } = await import('../support/service');
    const { NEVER_CANCELLED } = await import('../../server/src/service');
    const r = testService().fixAll({ uri: 'file:///r.news', version: 1, getText: () => REVIEWED }, {}, {}, NEVER_CANCELLED);
    assert.equal((r.text.match(/newsmark-review/g) ?? []).length, 2);
  });
});

describe('markUp: the whole document', () => {
  test('a plain article (the reference seed) becomes the engine\'s draft: both speakers, Chen\'s spans, the body verbatim, no error', () => {
    const r = markUp(parse(SEED, 'file:///berlin.txt'));
    const draft = parse(r.text);
    assert.equal(strip(draft), readPlainArticle(SEED).body);
    assert.deepEqual([...draft.speakersById.keys()].sort(), ['chen', 'schmidt']);
    const quotes = [...allQuotes(draft)];
    assert.ok(quotes.length >= 7);
    assert.equal(r.quotes, quotes.length);
    assert.equal(r.speakers, 2);
    assert.ok(quotes.every((q) => q.speakerId === 'chen'));
    assert.deepEqual(diagnostics(r.text).filter((d) => d.severity === 1), []);
  });

  test('an article in NewsMark: only paragraphs without markup change, new speakers join the front matter', () => {
    const text = [
      '---', 'headline: Talks', 'date: 2023-09-28', 'byline: [Li Wei]', 'speakers:', '  chen:', '    name: Chen Wenqing', '---', '',
      'BERLIN, Sept. 27 (Xinhua) -- [China is ready to work with Germany]{@chen}, Chen Wenqing, a member of the Political Bureau, has said.', '',
      '"We must act now to protect the security of both countries," Chen said.', '',
      '"The talks will resume in May," said Ma Hui, a spokeswoman for the ministry.', '',
    ].join('\n');
    const r = markUp(parse(text));
    const after = parse(r.text);
    assert.equal(strip(after), strip(parse(text)));
    assert.match(r.text, /^\["We must act now to protect the security of both countries,"\]\{@chen\} Chen said\.$/m);
    assert.match(r.text, /^BERLIN, Sept\. 27 \(Xinhua\) -- \[China is ready to work with Germany\]\{@chen\}, Chen Wenqing/m, 'marked paragraphs untouched');
    assert.match(r.text, /^byline: \[Li Wei\]$/m, 'other front matter kept');
    const added = [...after.speakersById.values()].filter((s) => s.id !== 'chen');
    assert.equal(r.speakers, added.length);
    assert.ok(added.some((s) => s.name?.value === 'Ma Hui'), r.text);
    assert.deepEqual(diagnostics(r.text).filter((d) => d.severity === 1), []);
  });
});

describe('markup code actions', () => {
  const ARTICLE = [
    '---', 'headline: Talks', 'date: 2023-09-28', 'agency: Xinhua', '---', '',
    'BERLIN, Sept. 27 (Xinhua) -- China is ready to work with Germany, Chen Wenqing, a member of the Political Bureau, said on Tuesday.', '',
    '"We must act now to protect the security of both countries," Chen said.', '',
    'The meeting lasted two hours.', '',
  ].join('\n');

  test('"Mark as quote by Chen Wenqing" on quote-unattributed: the quotation marked, Chen added, nothing else changed', () => {
    const a = parse(ARTICLE);
    const d = diagnostics(ARTICLE).find((x) => x.code === 'quote-unattributed')!;
    assert.ok(d);
    const action = codeActions(a, d.range, { diagnostics: [d] }).find((x) => x.title === 'Mark as quote by Chen Wenqing');
    assert.ok(action, 'offered');
    assert.equal(action.kind, 'quickfix');
    const after = apply(ARTICLE, editsOf(action));
    assert.match(after, /^\["We must act now to protect the security of both countries,"\]\{@[a-z-]+\} Chen said\.$/m);
    const parsed = parse(after);
    const speaker = [...parsed.speakersById.values()].find((s) => s.name?.value === 'Chen Wenqing');
    assert.ok(speaker, after);
    assert.equal([...allQuotes(parsed)][0].speakerId, speaker.id);
    assert.equal(strip(parsed), strip(a));
    assert.deepEqual(diagnostics(after).map((x) => x.code).filter((c) => c !== 'markup-uncertain'), []);
  });

  test('"Suggest markup for this paragraph" as refactor.rewrite on a paragraph without markup; none where the engine finds nothing', () => {
    const a = parse(ARTICLE);
    const line = ARTICLE.split('\n').findIndex((l) => l.startsWith('"We must'));
    const at = { start: { line, character: 3 }, end: { line, character: 3 } };
    const actions = codeActions(a, at, { diagnostics: [], only: ['refactor.rewrite'] });
    const suggest = actions.find((x) => x.title === 'Suggest markup for this paragraph');
    assert.ok(suggest);
    assert.equal(suggest.kind, 'refactor.rewrite.newsmark.suggestMarkup');
    assert.ok(actions.every((x) => x.kind?.startsWith('refactor.rewrite')), 'only what was asked for');
    const after = apply(ARTICLE, editsOf(suggest));
    const lines = after.split('\n');
    const before = ARTICLE.split('\n');
    // Outside the front matter, only that paragraph's line changed.
    const bodyFrom = (ls: string[]) => ls.slice(ls.indexOf('---', 1) + 1);
    const changed = bodyFrom(lines).map((l, i) => (l === bodyFrom(before)[i] ? -1 : i)).filter((i) => i >= 0);
    assert.deepEqual(changed.map((i) => bodyFrom(before)[i]), [before[line]]);
    assert.equal(strip(parse(after)), strip(a));
    const quiet = ARTICLE.split('\n').findIndex((l) => l.startsWith('The meeting'));
    assert.deepEqual(codeActions(a, { start: { line: quiet, character: 1 }, end: { line: quiet, character: 1 } }, { diagnostics: [] }).filter((x) => x.title === 'Suggest markup for this paragraph'), []);
  });

  test('not offered on a paragraph that has markup, nor when only quick fixes are asked for', () => {
    const a = parse(REVIEWED);
    assert.deepEqual(codeActions(a, { start: { line: 12, character: 2 }, end: { line: 12, character: 2 } }, { diagnostics: [] }).filter((x) => x.title === 'Suggest markup for this paragraph'), []);
    const b = parse(ARTICLE);
    const line = ARTICLE.split('\n').findIndex((l) => l.startsWith('"We must'));
    assert.deepEqual(codeActions(b, { start: { line, character: 3 }, end: { line, character: 3 } }, { diagnostics: [], only: ['quickfix'] }).filter((x) => x.title === 'Suggest markup for this paragraph'), []);
  });
});
