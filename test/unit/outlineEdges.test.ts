// Outline, folding and workspace symbols in the odd cases: a speaker id given twice (its quotes go
// to the first entry), a speaker without a name (the id names it, else "(no name)"), a cancelled
// section outline, a comment starting on a subheading's line (the wider range is kept), an
// article whose file name is not valid percent-encoding, quotes without a speaker id (one entry
// of their own), and a subheading without a title (selected on its `##`). Written to kill mutants that `npm run
// mutate` left without coverage in features/symbols.ts, folding.ts, workspaceSymbols.ts
// (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, parse } from '../support/documents';
import { documentSymbols, foldingRanges, workspaceSymbols } from '../support/features';
import { outlineOf } from '../support/serviceCalls';

const TWICE = '---\nheadline: H\nspeakers:\n  chen:\n    name: Chen Wenqing\n  chen:\n    name: Chen Two\n  lee:\n    role: officer\n---\n\nChen said [x y]{@chen}. [z]{@lee}\n';

test('an id given twice: both entries listed, the quotes under the first; a speaker without name is named by its id', () => {
  assert.deepEqual(outlineOf(TWICE).map((s) => [s.name, s.detail, (s.children ?? []).map((c) => c.name)]), [
    ['H', '', []],
    ['Chen Wenqing', '@chen · 1 quote', ['x y']],
    ['Chen Two', '@chen · 0 quotes', []],
    ['lee', '@lee · 1 quote', ['z']],
  ]);
});

test('a speaker with neither name nor id is listed as (no name)', () => {
  assert.deepEqual(outlineOf('---\nspeakers:\n  "":\n    role: x\n---\n\nText.').map((s) => [s.name, s.detail]), [['(no name)', '@ · 0 quotes']]);
});

test('a cancelled section outline answers nothing', () => {
  const a = parse(article('# One\n\nText.\n\n## Two\n\nMore.'));
  assert.deepEqual(documentSymbols(a, 'section').map((s) => s.name), ['Test headline', 'One']);
  assert.deepEqual(documentSymbols(a, 'section', { isCancellationRequested: true }), []);
});

test('a comment starting on a subheading line: the section, the wider range, is kept', () => {
  const a = parse(article('## Part <!-- a\nb -->\n\nText.\n\nMore.'));
  assert.deepEqual(foldingRanges(a), [{ startLine: 0, endLine: 4, kind: 'comment' }, { startLine: 6, endLine: 11 }]);
  // And when the comment is the wider one (the section is the heading and one line).
  const b = parse(article('## Part <!-- a\n\nb\n\nc -->'));
  assert.deepEqual(foldingRanges(b), [{ startLine: 0, endLine: 4, kind: 'comment' }, { startLine: 6, endLine: 10, kind: 'comment' }]);
});

test('workspace symbols of an article without headline whose file name is not valid percent-encoding', () => {
  const a = parse('Chen said [talks go on]{@chen}.', 'file:///news/bad%E0%A4.news');
  const found = workspaceSymbols([a], 'talks');
  assert.deepEqual(found.map((s) => [s.name, s.containerName]), [['talks go on', '@chen']]);
  const speakers = parse('---\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\nText.', 'file:///news/bad%E0%A4.news');
  assert.deepEqual(workspaceSymbols([speakers], 'chen').map((s) => [s.name, s.containerName]), [['Chen Wenqing', 'bad%E0%A4.news']]);
});

test('quotes without a speaker id: one entry of their own, after the speakers, selected on the first `@`', () => {
  const text = article('Li said [talks go on]{@}, and [yes]{@li}. [Maybe]{@}.', { li: 'Li Na' });
  const outline = outlineOf(text);
  assert.deepEqual(outline.map((s) => [s.name, s.detail, (s.children ?? []).map((c) => c.name)]), [
    ['Test headline', '2023-09-28 · Xinhua', []],
    ['Li Na', '@li · 1 quote', ['yes']],
    ['(no speaker id)', 'quotes without a speaker id', ['talks go on', 'Maybe']],
  ]);
  const at = text.split('\n').findIndex((l) => l.startsWith('Li said'));
  assert.deepEqual(outline[2].selectionRange, { start: { line: at, character: 22 }, end: { line: at, character: 23 } });
});

test('a subheading without a title is listed as untitled and selected on its marks', () => {
  const text = article('Text.\n\n## \n\nChen said [yes]{@chen}.', { chen: 'Chen Wenqing' });
  const section = outlineOf(text, 'section').find((s) => s.detail === '##');
  const at = text.split('\n').indexOf('## ');
  assert.equal(section?.name, '(untitled section)');
  assert.deepEqual(section?.selectionRange, { start: { line: at, character: 0 }, end: { line: at, character: 2 } });
  assert.deepEqual(section?.children?.map((c) => c.name), ['yes']);
});
