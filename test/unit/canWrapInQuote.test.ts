// Which stretches of text may become a quote span (features/codeActions.ts, canWrapInQuote, which
// both "Mark as quote" and the markup suggestions obey), on a table of selections around quotes,
// comments, escapes and brackets; and the selection's own edges: reversed, and trimmed of blanks.
// Written for mutants `npm run mutate` left alive there.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { MARK_AS_QUOTE_KIND } from '../../server/src/protocol';
import { canWrapInQuote } from '../../server/src/service/features/codeActions';
import { parse } from '../support/documents';
import { codeActions } from '../support/features';

const TEXT = [
  '---', 'speakers:', '  chen:', '    name: Chen Wenqing', '---', '',
  'Before [quoted words here]{@chen} after <!-- note --> more \\[x\\] text,', 'second line [of] it.', '', 'Next paragraph.', '',
].join('\n');
/** The offset of `words` in the text, plus `k`. */
const at = (words: string, k = 0) => TEXT.indexOf(words) + k;

describe('canWrapInQuote', () => {
  test('a table of stretches: inside one paragraph, cutting no quote or comment, brackets balanced, nothing escaped', () => {
    const rows: [string, number, number, boolean][] = [
      ['empty', at('Before'), at('Before'), false],
      ['in the front matter', at('name'), at('Chen Wenqing', 4), false],
      ['a word', at('Before'), at('Before', 6), true],
      ['two paragraphs', at('it.'), at('Next', 4), false],
      ['two lines of one paragraph', at('text,'), at('second', 6), true],
      ['cutting into a quote', at('Before'), at('quoted', 6), false],
      ['from a quote\'s speaker out of it', at('{@chen}'), at('after', 5), false],
      ['from a quote\'s words into its speaker', at('here'), at('{@chen}', 3), false],
      ['holding a whole quote', at('Before'), at('after'), true],
      ['inside a quote\'s words', at('words'), at('words', 5), true],
      ['ending where a quote starts', at('Before'), at('[quoted'), true],
      ['starting where a quote ends', at(' after'), at('after', 5), true],
      ['cutting into a comment', at('after'), at('note', 4), false],
      ['holding a whole comment', at('after'), at('more'), true],
      ['ending where a comment starts', at('after'), at('<!--'), true],
      ['starting where a comment ends', at(' more'), at('more', 4), true],
      ['inside a comment', at('note'), at('note', 4), false],
      ['escaped brackets', at('\\[x'), at('x\\]', 3), true],
      ['starting after a backslash', at('[x'), at('x\\]', 3), false],
      ['ending on a backslash', at('more'), at('\\[x', 1), false],
      ['an unclosed bracket', at('[of'), at('[of', 3), false],
      ['balanced brackets', at('line'), at('it.'), true],
      ['a stray closing bracket', at('of]'), at('it.'), false],
    ];
    const a = parse(TEXT);
    for (const [what, start, end, allowed] of rows) assert.equal(canWrapInQuote(a, start, end), allowed, `${what}: ${JSON.stringify(TEXT.slice(start, end))}`);
  });

  test('"Mark as quote" wraps the selection trimmed of blanks, also when it was made backwards', () => {
    const a = parse(TEXT);
    const line = 6;
    const from = TEXT.split('\n')[line].indexOf(' after ');
    // Where each action puts the brackets: its last two edits (a new speaker's entry may come first).
    const edits = (actions: CodeAction[]) => actions.filter((x) => x.kind === MARK_AS_QUOTE_KIND)
      .map((x) => Object.values(x.edit?.changes ?? {})[0].slice(-2).map((e) => [e.range.start.line, e.range.start.character, e.range.end.character, e.newText.slice(0, 3)]));
    const forwards = edits(codeActions(a, { start: { line, character: from }, end: { line, character: from + 7 } }, { diagnostics: [] }));
    const backwards = edits(codeActions(a, { start: { line, character: from + 7 }, end: { line, character: from } }, { diagnostics: [] }));
    assert.ok(forwards.length > 0);
    for (const wrap of forwards) assert.deepEqual(wrap, [[line, from + 1, from + 1, '['], [line, from + 6, from + 6, ']{@']]);
    assert.deepEqual(backwards, forwards);
  });
});
