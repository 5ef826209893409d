// Completion in the places the other completion tests leave out: inside a comment left open, the
// value of the front matter's `agency:`, a key under a list item (no speaker map around it), a
// month right after the dateline's comma, and a front matter agency written with spaces around it.
// Written to kill mutants that `npm run mutate` left without coverage in features/completion.ts
// (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompletionItemKind, type CompletionList, type TextEdit } from 'vscode-languageserver-types';
import { article, parse } from '../support/documents';
import { completions } from '../support/features';

/** Completions at the `|` in `text` (the `|` is removed first), and the text without it. */
function complete(textWithCursor: string): { text: string; list: CompletionList } {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const a = parse(text);
  return { text, list: completions(a, a.lines.position(offset)) };
}

const labels = (list: CompletionList) => list.items.map((i) => i.label);

/** The text an item's edit replaces, and the text after it. */
function applied(text: string, edit: TextEdit): { replaced: string; after: string } {
  const a = parse(text);
  const s = a.lines.offset(edit.range.start);
  const e = a.lines.offset(edit.range.end);
  return { replaced: text.slice(s, e), after: text.slice(0, s) + edit.newText + text.slice(e) };
}

test('no speaker ids inside a comment left open; after a closed one, yes', () => {
  assert.deepEqual(labels(complete(article('He said [x]{@a}. <!-- note {@|', { a: 'Ann Lee' })).list), []);
  assert.deepEqual(labels(complete(article('He said [x]{@a}. <!-- note --> {@|', { a: 'Ann Lee' })).list), ['a']);
});

test('the value of agency: every agency, replacing what is typed up to the line end', () => {
  const { text, list } = complete('---\nheadline: H\nagency: Xin|hu\n---\n\nText.');
  assert.ok(labels(list).includes('Xinhua') && labels(list).includes('AP') && labels(list).includes('Reuters'), labels(list).join(', '));
  const xinhua = list.items.find((i) => i.label === 'Xinhua')!;
  assert.equal(xinhua.kind, CompletionItemKind.Value);
  const { replaced, after } = applied(text, xinhua.textEdit as TextEdit);
  assert.equal(replaced, 'Xinhu');
  assert.match(after, /\nagency: Xinhua\n---/);
});

test('a key indented under a list item, or with nothing above it, gets no speaker keys', () => {
  assert.deepEqual(labels(complete('---\n  na|\n---\n\nText.').list), []);
  assert.deepEqual(labels(complete('---\nspeakers:\n  chen:\n    - x\n      na|\n---\n\nText.').list), []);
  // The same key directly in the speaker map does get them.
  assert.ok(labels(complete('---\nspeakers:\n  chen:\n    na|\n---\n\nText.').list).includes('name'));
});

test('months right after the dateline comma, with or without a space', () => {
  for (const cursor of ['BERLIN,|', 'BERLIN, |', 'BERLIN,Se|']) {
    const { list } = complete(article(cursor));
    assert.ok(labels(list).includes('Sept.'), `${cursor}: ${labels(list).slice(0, 5).join(', ')}`);
  }
});

test('the front matter agency in parentheses, trimmed of the spaces written around it', () => {
  const { list } = complete('---\nheadline: H\ndate: 2023-09-28\nagency: " Foo Press "\n---\n\nBERLIN (|');
  assert.equal(list.items[0].label, 'Foo Press');
  assert.equal((list.items[0].textEdit as TextEdit).newText, 'Foo Press)');
});
