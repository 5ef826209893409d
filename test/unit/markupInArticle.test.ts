// The markup engine on an article already in NewsMark (features/markupSuggestions.ts): what the
// whole-document draft and the two code actions do with the markup, comments and escapes already
// there, with CRLF line endings, with speakers the front matter already has (by name, alias or
// case) or whose id is taken, with a review threshold, and with diagnostics that are not theirs
// or stale. Each case applies the edits and compares the text the user gets.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { diagnostics, parse } from '../support/documents';
import { codeActions, markUp } from '../support/features';

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x.news', 'newsmark', 1, text), edits);
const editsOf = (a: CodeAction) => Object.values(a.edit?.changes ?? {})[0] ?? [];
const frontMatter = (...speakers: string[]) => ['---', 'headline: Talks', 'date: 2023-09-28', ...(speakers.length ? ['speakers:', ...speakers] : []), '---', ''];
const MA_HUI = '"The talks will resume in May," said Ma Hui, a spokeswoman for the ministry.';
const MA_HUI_MARKED = (id: string) => `["The talks will resume in May,"]{@${id}} said Ma Hui, a spokeswoman for the ministry.`;

describe('markUp on an article in NewsMark', () => {
  const MIXED = [
    '---', 'headline: Talks', 'date: 2023-09-28', 'agency: Xinhua', 'speakers:', '  wenqing:', '    name: Chen Wenqing', '    aliases: [Chen]', '---', '',
    'BERLIN, Sept. 27 (Xinhua) -- [China is ready to work with Germany]{@wenqing}, Chen Wenqing said. <!-- a\ncomment -->', '',
    'Prices rose 5\\% <!-- "We never said this," Ma said. --> "We must act now to protect the security of both countries," Chen said.', '',
    MA_HUI, '',
  ].join('\n');
  const EXPECTED = [
    '---', 'headline: Talks', 'date: 2023-09-28', 'agency: Xinhua', 'speakers:', '  wenqing:', '    name: Chen Wenqing', '    aliases: [Chen]',
    '  hui:', '    name: Ma Hui', '    aliases: []', '---', '',
    'BERLIN, Sept. 27 (Xinhua) -- [China is ready to work with Germany]{@wenqing}, Chen Wenqing said. <!-- a\ncomment -->', '',
    'Prices rose 5\\% <!-- "We never said this," Ma said. --> ["We must act now to protect the security of both countries,"]{@wenqing} Chen said.', '',
    MA_HUI_MARKED('hui'), '',
  ].join('\n');

  test('markup, comments and escapes are read around, not as words; the brackets land on the quotations; "Chen" is the front matter\'s @wenqing', () => {
    const r = markUp(parse(MIXED));
    assert.equal(r.text, EXPECTED);
    assert.deepEqual({ quotes: r.quotes, speakers: r.speakers, reviewNotes: r.reviewNotes }, { quotes: 2, speakers: 1, reviewNotes: 0 });
  });

  test('the same with CRLF line endings', () => {
    assert.equal(markUp(parse(MIXED.replace(/\n/g, '\r\n'))).text, EXPECTED.replace(/\n/g, '\r\n'));
  });

  test('a review threshold above every confidence puts a note after each new quote; the default does not (same tree, both orders)', () => {
    const a = parse(MIXED);
    assert.equal(markUp(a).reviewNotes, 0);
    const strict = markUp(a, 0.99);
    assert.equal(strict.reviewNotes, 2);
    assert.match(strict.text, /\{@wenqing\}<!-- newsmark-review: speaker --> Chen said\./);
    assert.match(strict.text, /\{@hui\}<!-- newsmark-review: speaker --> said Ma Hui/);
    assert.equal(markUp(a).text, EXPECTED);
    const fresh = parse(MIXED);
    assert.equal(markUp(fresh, 0.99).reviewNotes, 2);
    assert.equal(markUp(fresh).text, EXPECTED, 'the strict draft is not re-used for the default');
  });

  test('review notes already in the article are not counted again', () => {
    const text = [...frontMatter(), 'A note <!-- newsmark-review: kind --> stays.', '', MA_HUI, ''].join('\n');
    const r = markUp(parse(text), 0.99);
    assert.equal(r.reviewNotes, 1);
    assert.equal((r.text.match(/newsmark-review/g) ?? []).length, 2);
    const first = markUp(parse(['<!-- newsmark-review: kind --> Intro.', '', '[Go]{@x} he said.', '', MA_HUI, ''].join('\n')));
    assert.equal(first.reviewNotes, 0, 'a note that opens the document is counted before and after');
  });

  test('a speaker the front matter has by name (any case) or by alias keeps its id; a taken id gets a number', () => {
    const rows: [string[], string, number][] = [
      [['  ma:', '    name: MA HUI'], 'ma', 0],
      [['  spokeswoman:', '    name: Ms. Ma', '    aliases: [Ma Hui]'], 'spokeswoman', 0],
      [['  ma:', '    kind: organization'], 'hui', 1],
      [['  ma:', '    kind: organization', '    aliases: [Ma Hui]'], 'ma', 0],
      [['  hui:', '    name: Zhang Hui'], 'hui-2', 1],
      [['  hui:', '    name: Zhang Hui', '  hui-2:', '    name: Li Hui'], 'hui-3', 1],
    ];
    for (const [speakers, id, added] of rows) {
      const r = markUp(parse([...frontMatter(...speakers), MA_HUI, ''].join('\n')));
      assert.ok(r.text.includes(MA_HUI_MARKED(id)), `${speakers.join(' ')}\n${r.text}`);
      assert.equal(r.speakers, added, speakers.join(' '));
      const entry = `  ${id}:\n    name: Ma Hui\n`;
      assert.equal(r.text.includes(entry), added === 1, `${speakers.join(' ')}: a new entry only for a new speaker`);
      if (!added) assert.ok(r.text.startsWith(frontMatter(...speakers).join('\n')), `${speakers.join(' ')}: front matter unchanged`);
    }
  });

  test('front matter without quotes is no plain copy: it stays as written; a quote span without front matter stays too', () => {
    const withFrontMatter = [...frontMatter(), 'No quotes here.', '', MA_HUI, ''].join('\n');
    const r = markUp(parse(withFrontMatter));
    assert.ok(r.text.startsWith('---\nheadline: Talks\ndate: 2023-09-28\nspeakers:\n  hui:\n'), r.text);
    assert.ok(r.text.endsWith(`No quotes here.\n\n${MA_HUI_MARKED('hui')}\n`), r.text);
    const withQuote = ['[It went well]{@ma}, Ma said.', '', MA_HUI, ''].join('\n');
    assert.ok(markUp(parse(withQuote)).text.endsWith(`---\n\n[It went well]{@ma}, Ma said.\n\n${MA_HUI_MARKED('hui')}\n`));
  });
  test('a new speaker\'s entry carries the organisation and the reason for anonymity that the text gives', () => {
    const text = [
      ...frontMatter(),
      '"The pumps are back at full capacity," State Epidemiologist Rachel Kwan of the Colorado Department of Health said.', '',
      'A senior official, who spoke on condition of anonymity because he was not authorized to speak, said "the talks will resume in May."', '',
    ].join('\n');
    const r = markUp(parse(text));
    assert.equal(r.text.split('speakers:\n')[1].split('---')[0], [
      '  kwan:', '    name: Rachel Kwan', '    role: State Epidemiologist', '    org: Colorado Department of Health', '    aliases: []',
      '  senior-official:', '    name: senior official', '    aliases: []', '    kind: anonymous', '    reason: on condition of anonymity because he was not authorized to speak', '',
    ].join('\n'));
  });

  test('a review note names the second candidate by the id the document gives it', () => {
    const body = ['Lisa Vogt met Anna Berg. "We are ready," Vogt said. "We are too," Berg said.', '', '"It will work," she said.', ''];
    const rows: [string[], string][] = [
      [[], '["It will work,"]{@berg}<!-- newsmark-review: speaker, or @vogt --> she said.'],
      [['  lv:', '    name: Lisa Vogt', '  ab:', '    name: Anna Berg'], '["It will work,"]{@ab}<!-- newsmark-review: speaker, or @lv --> she said.'],
      [['  vogt:', '    name: Hans Vogt'], '["It will work,"]{@berg}<!-- newsmark-review: speaker, or @vogt-2 --> she said.'],
    ];
    for (const [speakers, expected] of rows) {
      const r = markUp(parse([...frontMatter(...speakers), ...body].join('\n')), 0.99);
      assert.ok(r.text.endsWith(`\n${expected}\n`), r.text);
    }
  });

  test('quoted words in a subheading are left as they are; the paragraphs under it are marked', () => {
    const text = [...frontMatter(), '# "We will rebuild every home on this street," Maria Ortiz said', '', 'The storm passed. "It was hard," Ortiz said.', ''].join('\n');
    const r = markUp(parse(text));
    assert.ok(r.text.endsWith('\n# "We will rebuild every home on this street," Maria Ortiz said\n\nThe storm passed. ["It was hard,"]{@ortiz} Ortiz said.\n'), r.text);
    assert.equal(r.quotes, 1);
  });
});

describe('markUp: what the engine must not read', () => {
  const body = (text: string) => markUp(parse(text)).text.split('---\n').pop();

  test('names in the front matter do not make "she" anyone: the engine reads the body only', () => {
    const text = ['---', 'headline: Ma Hui said talks would resume', 'date: 2023-09-28', 'speakers:', '  ma:', '    name: Ma Hui', '---', '', '"We are ready to talk again," she said.', ''].join('\n');
    assert.equal(body(text), '\n"We are ready to talk again," she said.\n');
  });

  test('a comment\'s words are no speaker for the quote after it: "she" is the name of the prose', () => {
    const text = ['---', 'headline: Talks', '---', '', 'Ma Hui spoke. <!-- "We are ready," Li Wei said. --> "We will go," she said.', ''].join('\n');
    assert.equal(body(text), '\nMa Hui spoke. <!-- "We are ready," Li Wei said. --> ["We will go,"]{@hui} she said.\n');
  });

  test('the brackets and id of a quote already marked are not read: the quote is speech, and "she" after it is its speaker', () => {
    const text = [...frontMatter('  hui:', '    name: Ma Hui'), 'Ma Hui met Li Wei. ["We are ready,"]{@hui} said Ma.', '', '"We will go," she said.', ''].join('\n');
    assert.equal(body(text), '\nMa Hui met Li Wei. ["We are ready,"]{@hui} said Ma.\n\n["We will go,"]{@hui} she said.\n');
  });

  test('escaped quotation marks are no quotation', () => {
    const text = ['---', 'headline: Talks', '---', '', 'Ma Hui said: \\"We will go,\\" and left. "And soon," she added.', ''].join('\n');
    assert.equal(body(text), '\nMa Hui said: \\"We will go,\\" and left. ["And soon,"]{@hui} she added.\n');
  });
});

describe('markUp: speakers found in the text', () => {
  test('a front matter name that is the engine\'s alias ("Chen" for Chen Wenqing) keeps its id; a new speaker comes with the role the text gives', () => {
    const text = [
      ...frontMatter('  chen:', '    name: Chen'),
      'BERLIN, Sept. 27 (Xinhua) -- China is ready to work with Germany, Chen Wenqing, a member of the Political Bureau, said on Tuesday.', '',
      '"We must act now to protect the security of both countries," Chen said.', '',
      'Ma Hui said: "The talks will resume in May."', '',
    ].join('\n');
    const r = markUp(parse(text));
    assert.equal(r.text, [
      ...frontMatter('  chen:', '    name: Chen', '  hui:', '    name: Ma Hui', '    aliases: []'),
      'BERLIN, Sept. 27 (Xinhua) -- [China is ready to work with Germany]{@chen}, Chen Wenqing, a member of the Political Bureau, said on Tuesday.', '',
      '["We must act now to protect the security of both countries,"]{@chen} Chen said.', '',
      'Ma Hui said: ["The talks will resume in May."]{@hui}', '',
    ].join('\n'));
    const alone = markUp(parse(text.replace('speakers:\n  chen:\n    name: Chen\n', '')));
    assert.match(alone.text, /^ {2}chen:\n {4}name: Chen Wenqing\n {4}role: member of the Political Bureau\n/m);
  });

  test('one new speaker of several quotes, direct and indirect, is added once', () => {
    const text = [
      ...frontMatter(),
      'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing, a member of the Political Bureau, met Ma Hui, a spokeswoman for the ministry.', '',
      '"The talks will resume in May," said Ma Hui. "We are ready," she said.', '',
      '"We are glad," Ma said.', '',
      'Ma Hui said the talks would resume in May.', '',
    ].join('\n');
    const r = markUp(parse(text));
    assert.deepEqual({ quotes: r.quotes, speakers: r.speakers }, { quotes: 4, speakers: 1 });
    assert.equal(r.text.split('speakers:')[1].split('---')[0], '\n  ma:\n    name: Ma Hui\n    aliases: ["Ma"]\n');
    assert.ok(r.text.endsWith('["The talks will resume in May,"]{@ma} said Ma Hui. ["We are ready,"]{@ma} she said.\n\n["We are glad,"]{@ma} Ma said.\n\nMa Hui said [the talks would resume in May]{@ma}.\n'), r.text);
  });
});

describe('markup code actions in an article', () => {
  const ARTICLE = [
    '---', 'headline: Talks', 'date: 2023-09-28', 'agency: Xinhua', '---', '',
    'BERLIN, Sept. 27 (Xinhua) -- China is ready to work with Germany, Chen Wenqing, a member of the Political Bureau, said on Tuesday.', '',
    '"We must act now to protect the security of both countries," Chen said.', '',
    'The meeting lasted two hours.', '',
    MA_HUI, '',
  ].join('\n');
  const CHEN_LINE = 8;
  const QUIET_LINE = 10;
  const MA_LINE = 12;
  const at = (line: number): Range => ({ start: { line, character: 3 }, end: { line, character: 3 } });
  const unattributed = () => diagnostics(ARTICLE).filter((d) => d.code === 'quote-unattributed');
  const SUGGEST = 'Suggest markup for this paragraph';
  /** The engine's actions: "Mark as quote by NAME" for a name, and "Suggest markup". */
  const engineActions = (actions: CodeAction[]) => actions.filter((a) => a.title === SUGGEST || /^Mark as quote by [A-Z]/.test(a.title));

  test('"Suggest markup" marks its paragraph only, not a later one the engine would also mark', () => {
    const a = parse(ARTICLE);
    const actions = codeActions(a, at(CHEN_LINE), { diagnostics: [], only: ['refactor.rewrite'] });
    assert.deepEqual(actions.map((x) => x.title), [SUGGEST]);
    const after = apply(ARTICLE, editsOf(actions[0])).split('\n');
    assert.ok(after.includes('["We must act now to protect the security of both countries,"]{@chen} Chen said.'));
    assert.ok(after.includes(MA_HUI), 'the Ma Hui paragraph unchanged');
    assert.ok(!after.some((l) => /Ma Hui$/.test(l)), 'and Ma Hui not added');
    assert.deepEqual(codeActions(a, at(QUIET_LINE), { diagnostics: [], only: ['refactor.rewrite'] }), [], 'nothing where the engine finds nothing');
  });

  test('each quote-unattributed gets its own "Mark as quote by NAME", which marks that quotation only', () => {
    const a = parse(ARTICLE);
    const found = unattributed();
    assert.equal(found.length, 2);
    const marks = codeActions(a, found[0].range, { diagnostics: found }).filter((x) => /^Mark as quote by [A-Z]/.test(x.title));
    assert.deepEqual(marks.map((x) => [x.title, x.diagnostics?.[0].range.start.line]), [['Mark as quote by Chen Wenqing', CHEN_LINE], ['Mark as quote by Ma Hui', MA_LINE]]);
    const after = apply(ARTICLE, editsOf(marks[1])).split('\n');
    assert.ok(after.includes(MA_HUI_MARKED('hui')), after.join('\n'));
    assert.ok(after.includes('"We must act now to protect the security of both countries," Chen said.'));
  });

  test('a quote that ends its paragraph is suggested too; a stale quote-unattributed on reported speech gets no "Mark as quote by"', () => {
    const text = [...frontMatter(), 'Ma Hui said: "The talks will resume in May."', '', 'Ma Hui said the talks would resume in May.', ''].join('\n');
    const a = parse(text);
    const line = text.split('\n').indexOf('Ma Hui said: "The talks will resume in May."');
    const [suggest] = codeActions(a, at(line), { diagnostics: [], only: ['refactor.rewrite'] });
    assert.ok(apply(text, editsOf(suggest)).includes('Ma Hui said: ["The talks will resume in May."]{@hui}'));
    const reported = line + 2;
    const stale: Diagnostic = { ...unattributed()[0], range: { start: { line: reported, character: 0 }, end: { line: reported, character: 41 } } };
    assert.deepEqual(engineActions(codeActions(a, stale.range, { diagnostics: [stale], only: ['quickfix'] })), []);
    assert.equal(codeActions(a, at(reported), { diagnostics: [], only: ['refactor.rewrite'] }).length, 1, 'the engine does mark the reported speech there');
    const [closing] = diagnostics(text).filter((d) => d.code === 'quote-unattributed');
    const marks = engineActions(codeActions(a, closing.range, { diagnostics: [closing], only: ['quickfix'] }));
    assert.equal(marks.length, 1, 'a quotation that ends its paragraph is offered too');
    assert.ok(apply(text, editsOf(marks[0])).includes('Ma Hui said: ["The talks will resume in May."]{@hui}'));
  });

  test('a stale quote-unattributed beside the quotation, over reported speech before or after it, gets no "Mark as quote by"', () => {
    // [paragraph, a stale range: start and end character]; 43 and 29 are where the quotation starts and ends.
    const rows: [string, number, number][] = [
      ['Ma Hui said the talks would resume in May. "We are ready to talk again," she added.', 0, 20],
      ['Ma Hui said the talks would resume in May. "We are ready to talk again," she added.', 0, 43],
      ['"We are ready to talk again," Ma Hui said. She said the talks would resume in May.', 55, 80],
      ['"We are ready to talk again," Ma Hui said. She said the talks would resume in May.', 29, 80],
    ];
    for (const [paragraph, from, to] of rows) {
      const text = [...frontMatter(), paragraph, ''].join('\n');
      assert.match(markUp(parse(text)).text, /said \[the talks would resume in May\]\{@hui\}/, 'the engine marks the reported speech');
      const line = text.split('\n').indexOf(paragraph);
      const [fresh] = diagnostics(text).filter((d) => d.code === 'quote-unattributed');
      const stale: Diagnostic = { ...fresh, range: { start: { line, character: from }, end: { line, character: to } } };
      const a = parse(text);
      assert.deepEqual(engineActions(codeActions(a, stale.range, { diagnostics: [stale], only: ['quickfix'] })), [], paragraph);
      const [mark] = engineActions(codeActions(a, fresh.range, { diagnostics: [fresh], only: ['quickfix'] }));
      assert.ok(apply(text, editsOf(mark)).includes('["We are ready to talk again,"]{@hui}'), `${paragraph}: the fresh one marks the quotation`);
    }
  });

  test('no "Mark as quote by" for a diagnostic of another code or source, nor a stale one off any quotation', () => {
    const a = parse(ARTICLE);
    const d = unattributed()[1];
    const others: Diagnostic[] = [
      { ...d, code: 'quote-marks' },
      { ...d, source: 'other-linter' },
      { ...d, range: at(QUIET_LINE) },
      { ...d, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } },
    ];
    for (const other of others) {
      assert.deepEqual(engineActions(codeActions(a, other.range, { diagnostics: [other], only: ['quickfix'] })), [], JSON.stringify(other));
    }
  });

  test('the kinds asked for: quickfix gets the marks, refactor (a parent kind) the suggestion, a mere prefix nothing', () => {
    const a = parse(ARTICLE);
    const d = unattributed()[1];
    const titles = (only: string[]) => engineActions(codeActions(a, d.range, { diagnostics: [d], only })).map((x) => x.title);
    assert.deepEqual(titles(['quickfix']), ['Mark as quote by Ma Hui']);
    assert.deepEqual(titles(['refactor']), [SUGGEST]);
    assert.deepEqual(titles(['refactor.rewrite.newsmark.suggestMarkup']), [SUGGEST]);
    assert.deepEqual(titles(['quick', 'refactor.re']), []);
    assert.deepEqual(titles(['quickfix', 'refactor']), ['Mark as quote by Ma Hui', SUGGEST]);
  });

  test('"Mark as quote by" marks the quotation its diagnostic is on, and nothing when the engine gives that quotation no speaker', () => {
    // A film title in quotation marks: four words, unattributed, no speech; reported speech after it, or in the next paragraph.
    const title = 'The film "Closed Until the River Goes Home" won a prize. Ma Hui said the talks would resume in May.';
    const film = 'The film "Closed Until the River Goes Home" won a prize.';
    const reported = 'Ma Hui said the talks would resume in May. "We are ready to talk again," she added.';
    const text = [...frontMatter(), title, '', film, '', reported, ''].join('\n');
    const a = parse(text);
    const line = (paragraph: string) => text.split('\n').indexOf(paragraph);
    const range = (from: [string, number], to: [string, number]): Range => ({ start: { line: line(from[0]), character: from[1] }, end: { line: line(to[0]), character: to[1] } });
    const titleStart = title.indexOf('"');
    const rows: [string, Range, string | undefined][] = [
      ['on the title', range([title, titleStart], [title, title.indexOf(' won')]), undefined],
      ['from the title to where the reported speech starts', range([title, titleStart], [title, title.indexOf('the talks')]), undefined],
      ['from the title, the last words of its paragraph, into the next paragraph', range([film, titleStart], [reported, 20]), undefined],
      ['from where the reported speech ends over the quotation', range([reported, reported.indexOf('May') + 3], [reported, reported.length]), 'Ma Hui said the talks would resume in May. ["We are ready to talk again,"]{@hui} she added.'],
    ];
    for (const [what, r, expected] of rows) {
      const d: Diagnostic = { ...diagnostics(text).find((x) => x.code === 'quote-unattributed')!, range: r };
      const marks = engineActions(codeActions(a, r, { diagnostics: [d], only: ['quickfix'] }));
      assert.deepEqual(marks.map((x) => x.title), expected ? ['Mark as quote by Ma Hui'] : [], what);
      if (expected) assert.ok(apply(text, editsOf(marks[0])).includes(`\n${expected}\n`), what);
    }
  });
});
