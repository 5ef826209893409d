import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DocumentHighlightKind, type Range, type TextEdit } from 'vscode-languageserver-types';
import { definition, documentHighlights, prepareRename, references, renameEdits } from '../support/features';
import type { ParsedArticle } from '../../server/src/service/syntax';
import { article, example, parse, positionIn, toCrlf } from '../support/documents';

const BERLIN = example('berlin-security-dialogue.news');

const at = positionIn;

const textOf = (a: ParsedArticle, r: Range) => a.text.slice(a.lines.offset(r.start), a.lines.offset(r.end));

function applyEdits(text: string, a: ParsedArticle, edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ start: a.lines.offset(e.range.start), end: a.lines.offset(e.range.end), text: e.newText })).sort((x, y) => y.start - x.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('go to definition', () => {
  const a = parse(BERLIN);
  const chenKey = { start: { line: 5, character: 2 }, end: { line: 5, character: 6 } };

  test('from @id after a quote to the id in the front matter', () => {
    assert.deepEqual(definition(a, at(a, '{@chen}', 0, 3)), { uri: a.uri, range: chenKey });
    assert.deepEqual(definition(a, at(a, '{@chen}', 0, 1)), { uri: a.uri, range: chenKey }, 'on the @');
  });

  test('from a mention of the name or an alias', () => {
    assert.deepEqual(definition(a, at(a, 'Chen, also', 0, 2))?.range, chenKey);
    assert.deepEqual(definition(a, at(a, 'Chen Wenqing, a member', 0, 7))?.range, chenKey);
    assert.equal(definition(a, at(a, 'Wolfgang Schmidt, head', 0, 10))?.range.start.line, 10);
  });

  test('from the definition itself (id, name or alias) to the id', () => {
    assert.deepEqual(definition(a, at(a, 'chen:', 0, 1))?.range, chenKey);
    assert.deepEqual(definition(a, at(a, 'name: Chen Wenqing', 0, 8))?.range, chenKey);
    assert.deepEqual(definition(a, at(a, '[Chen]', 0, 2))?.range, chenKey);
  });

  test('nothing on plain text, nor for an id not in the front matter', () => {
    assert.equal(definition(a, at(a, 'opening ceremony')), null);
    const b = parse(article('Text [words]{@wang}.'));
    assert.equal(definition(b, at(b, '@wang', 0, 2)), null);
    assert.equal(definition(b, { line: 999, character: 0 }), null);
  });
});

describe('find references', () => {
  const a = parse(BERLIN);

  test('every @id and every mention, with the definition when asked', () => {
    const refs = references(a, at(a, '{@chen}', 0, 3), false);
    assert.equal(refs.length, 8 + 5);
    assert.equal(refs.filter((r) => textOf(a, r.range) === 'chen').length, 8);
    assert.deepEqual(refs.filter((r) => textOf(a, r.range) !== 'chen').map((r) => textOf(a, r.range)), ['Chen Wenqing', 'Chen', 'Chen', 'Chen', 'Chen']);
    const withDecl = references(a, at(a, 'Chen, also'), true);
    assert.equal(withDecl.length, 14);
    assert.deepEqual(withDecl[0].range, { start: { line: 5, character: 2 }, end: { line: 5, character: 6 } });
  });

  test('in document order, the same from any occurrence', () => {
    const fromMention = references(a, at(a, 'Chen said', 1), true);
    const fromKey = references(a, at(a, 'chen:'), true);
    assert.deepEqual(fromMention, fromKey);
    const offsets = fromKey.map((r) => a.lines.offset(r.range.start));
    assert.deepEqual(offsets, [...offsets].sort((x, y) => x - y));
  });

  test('a speaker only mentioned; an id only used in quotes', () => {
    assert.equal(references(a, at(a, 'schmidt:'), false).length, 1);
    const b = parse(article('Text [words]{@wang} and [more]{@wang}.'));
    assert.equal(references(b, at(b, '@wang', 1, 1), true).length, 2);
    assert.deepEqual(references(b, at(b, 'Text'), true), []);
  });
});

describe('document highlights', () => {
  test('definition = Write, attributions = Read, mentions = Text', () => {
    const a = parse(BERLIN);
    const hl = documentHighlights(a, at(a, '{@chen}', 2, 2));
    const count = (k: DocumentHighlightKind) => hl.filter((h) => h.kind === k).length;
    assert.equal(count(DocumentHighlightKind.Write), 1);
    assert.equal(count(DocumentHighlightKind.Read), 8);
    assert.equal(count(DocumentHighlightKind.Text), 5);
    assert.deepEqual(documentHighlights(a, at(a, 'remarks')), []);
  });
});

describe('rename', () => {
  const a = parse(BERLIN);

  test('prepareRename: on @id and on the id key, not on mentions or names', () => {
    const onAt = prepareRename(a, at(a, '{@chen}', 0, 4));
    assert.equal(onAt?.placeholder, 'chen');
    assert.equal(textOf(a, onAt!.range), 'chen');
    const onKey = prepareRename(a, at(a, 'chen:', 0, 0));
    assert.deepEqual(onKey, { range: { start: { line: 5, character: 2 }, end: { line: 5, character: 6 } }, placeholder: 'chen' });
    assert.equal(prepareRename(a, at(a, 'Chen, also')), null);
    assert.equal(prepareRename(a, at(a, 'name: Chen Wenqing', 0, 8)), null);
    assert.equal(prepareRename(a, at(a, 'opening ceremony')), null);
  });

  test('renames the front matter key and every @id, never the mentions', () => {
    const result = renameEdits(a, at(a, '{@chen}', 3, 3), 'chen-wenqing');
    assert.equal(result.error, undefined);
    const edits = result.edit?.changes?.[a.uri] ?? [];
    assert.equal(edits.length, 9);
    const renamed = applyEdits(BERLIN, a, edits);
    assert.ok(renamed.includes('  chen-wenqing:\n    name: Chen Wenqing'));
    assert.equal(renamed.split('{@chen-wenqing}').length - 1, 8);
    assert.ok(!renamed.includes('{@chen}'));
    assert.ok(renamed.includes('Chen, also head'));
    const b = parse(renamed);
    assert.ok(b.speakersById.has('chen-wenqing'));
    assert.equal(references(b, at(b, 'chen-wenqing'), true).length, 14);
  });

  test('works the same on CRLF text', () => {
    const crlf = toCrlf(BERLIN);
    const c = parse(crlf);
    const edits = renameEdits(c, at(c, 'chen:'), 'cwq').edit?.changes?.[c.uri] ?? [];
    const renamed = applyEdits(crlf, c, edits);
    assert.ok(renamed.includes('  cwq:\r\n    name: Chen Wenqing'));
    assert.equal(renamed.split('{@cwq}').length - 1, 8);
  });

  test('accepts a leading @, keeps the quotes of a quoted key', () => {
    const t = '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  "ann":\n    name: Ann Lee\n---\n\n[Words]{@ann} said Lee.';
    const b = parse(t);
    const edits = renameEdits(b, at(b, '@ann', 0, 1), '@anne').edit?.changes?.[b.uri] ?? [];
    assert.equal(applyEdits(t, b, edits), t.replace('"ann":', '"anne":').replace('{@ann}', '{@anne}'));
  });

  test('an id not in the front matter can be renamed: every @id changes', () => {
    const t = article('[One]{@wnag} and [two]{@wnag}.', { wang: 'Wang Yi' });
    const b = parse(t);
    const result = renameEdits(b, at(b, '@wnag', 0, 2), 'wang');
    assert.equal(result.error, undefined, 'a typo may be renamed to the id of a defined speaker');
    const renamed = applyEdits(t, b, result.edit?.changes?.[b.uri] ?? []);
    assert.ok(renamed.includes('[One]{@wang} and [two]{@wang}.'));
  });

  test('a defined speaker does not take an id that undefined quotes use', () => {
    const t = article('[One]{@ann} and [two]{@wang}.', { ann: 'Ann Lee' });
    const b = parse(t);
    assert.match(renameEdits(b, at(b, '@ann', 0, 1), 'wang').error ?? '', /^"wang" is already used by 1 quote \(not in the front matter\)/);
  });

  test('rejects invalid ids, ids of other speakers, and positions that are not ids', () => {
    const onChen = at(a, '{@chen}', 0, 3);
    assert.match(renameEdits(a, onChen, 'Wang').error ?? '', /"Wang" is not a valid speaker id: use lower-case letters/);
    assert.match(renameEdits(a, onChen, '1chen').error ?? '', /not a valid speaker id/);
    assert.match(renameEdits(a, onChen, 'chen wenqing').error ?? '', /not a valid speaker id/);
    assert.match(renameEdits(a, onChen, '').error ?? '', /not a valid speaker id/);
    assert.equal(renameEdits(a, onChen, 'schmidt').error, '"schmidt" is already the id of another speaker (Wolfgang Schmidt): choose another id.');
    assert.match(renameEdits(a, at(a, 'Chen, also'), 'wang').error ?? '', /^Only the speaker id can be renamed: place the cursor on "@chen"/);
    assert.match(renameEdits(a, at(a, 'opening ceremony'), 'wang').error ?? '', /^Place the cursor on a speaker id/);
    assert.equal(renameEdits(a, onChen, 'wang').edit?.changes?.[a.uri]?.length, 9);
  });

  test('renaming to the same id changes nothing', () => {
    assert.deepEqual(renameEdits(a, at(a, 'chen:'), 'chen'), { edit: { changes: { [a.uri]: [] } } });
  });
});
