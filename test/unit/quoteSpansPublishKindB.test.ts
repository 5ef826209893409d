// publish() (escapes, comments and their line breaks, markup brackets) and quoteKind()'s closing-mark
// search, each as a table of inputs and the exact result. Written for mutation survivors in
// parser/quoteSpans.ts from line 208 on (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { publish, quoteKind } from '../../server/src/service/parser/quoteSpans';

describe('publish: escapes, comments, markup', () => {
  // [text, end (undefined: the whole text), published]
  const CASES: [string, number | undefined, string][] = [
    ['a \\[b', undefined, 'a [b'], // an escape not before `]{`: the backslash goes
    ['a \\]{b', undefined, 'a \\]{b'], // `\]{` keeps its backslash
    ['a\n<!-- c -->\nb', 'a\n<!-- c -->'.length, 'a'], // comment on the last line, break past end
    ['a\r\n<!-- c -->\r\nb', 'a\r\n<!-- c -->'.length, 'a'],
    ['a\r<!-- c -->\rb', undefined, 'a\rb'], // a CR line break before a comment alone on its line
    ['a\n<!-- c -->  \nb', undefined, 'a\nb'], // spaces after the comment, then the break
    ['a\n<!-- c -->\t\nb', undefined, 'a\nb'], // a tab after the comment
    ['a\n<!-- c -->\nb', undefined, 'a\nb'],
    ['a\n<!-- c --> \n', 'a\n<!-- c -->'.length, 'a\n'], // end before the space: the line is not only the comment
    ['a<!-- c --> b', undefined, 'a b'], // mid-line comment: its spaces stay
    ['a <!-- c --> b', undefined, 'a b'],
    ['a  <!-- c -->', undefined, 'a'],
    ['a<!-- c -->\nb', undefined, 'a\nb'], // not at a line start: the line break stays
    ['a\n<!-- c --> b', undefined, 'a\n b'], // words after it on its line: nothing more goes
    ['<!-- c -->\nb', undefined, 'b'], // at the start of the text
    ['ab\n<!-- c -->\nb', 'ab\n<!-- c -->'.length, 'ab'],
    ['abc\r\n<!-- c -->\r\nb', 'abc\r\n<!-- c -->'.length, 'abc'],
    ['[a <!-- ] --> b]{@id}', undefined, 'a b'], // a `]` in a comment closes nothing
    ['[a]{@id} and [b', undefined, 'a and [b'],
  ];
  for (const [text, end, expected] of CASES) {
    test(JSON.stringify(text) + (end === undefined ? '' : ` to ${end}`), () => {
      assert.equal(publish(text, 0, end ?? text.length), expected);
    });
  }
});

describe('quoteKind: the first mark\'s partner', () => {
  const CASES: [string, string][] = [
    ['\u201cA \u2018B\u2019 C\u201d', 'direct'], // single marks inside do not close or nest
    ['\u201cA \u2018B\u2019 C\u201d D', 'partial'],
    ['\u201cA \u201cB\u201d C\u201d D', 'partial'], // the nested pair is skipped, the outer one closes
    ['\u201cA \u201cB\u201d C\u201d', 'direct'],
    ['\u201cA\u201d and B', 'partial'],
    ['\u201cA\u201d,', 'direct'], // only punctuation after the closing mark
    ['\u201cA\u201d ,', 'direct'],
    ['\u201cA\u201d x', 'partial'],
    ['\u201cA\u201d, x', 'partial'],
    ['"A" and "B"', 'partial'],
    ['"A "B" C"', 'partial'],
    ['"A"', 'direct'],
    ['   ', 'indirect'],
    ['', 'indirect'],
  ];
  for (const [words, kind] of CASES) {
    test(JSON.stringify(words), () => assert.equal(quoteKind(words), kind));
  }
});
