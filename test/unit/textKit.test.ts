// The text helpers every scanner of the service shares (server/src/service/text/): quotation mark
// or apostrophe, word counts, code points around surrogate pairs, comment and line moves, escapes,
// offsets and positions, "did you mean". Each is pinned on a table of inputs, the edge cases
// first (start and end of the text, the limits of a range), because a wrong answer there shows
// up far away: a quote span that never closes, a word count off by one, a fix at the wrong place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codePointAt, codePointBefore, countWords, isDigit, isLetter, isLower, isQuotationMarkAt, isUpper, isWordChar, isWordCode, mayBeTrailingApostrophe, oneLine } from '../../server/src/service/text/characters';
import { nearest } from '../../server/src/service/text/editDistance';
import { LineIndex } from '../../server/src/service/text/lineIndex';
import { commentEndAt, detectEol, isEscaped, lineEndAt, lineStartAt, nextLineStart, skipComment, trimEnd } from '../../server/src/service/text/scan';

describe('isQuotationMarkAt: quotation marks, not apostrophes', () => {
  const cases: [string, number, boolean][] = [
    ['„Ja“', 0, true], // U+201E, the last code point of the quotation range
    ['\u201aa', 0, false], // U+201A (single low mark): in the range, not a mark we pair
    ['«a»', 2, true],
    ['"a"', 0, true],
    ['don’t', 3, false], // between two letters
    ['Xinhua’s', 6, false],
    ['‘Hello’', 0, true], // opening before a letter
    ['‘Hello’', 6, true], // closing at the end of the text
    ['residents’', 9, true], // after a letter at the end: the caller decides (mayBeTrailingApostrophe)
    ['said: ’Yes', 6, true], // after a space, before a letter
    ['the ‘90s', 4, false],
    ['the ’90s', 4, false],
    ['’', 0, true], // alone: both neighbours are the text's ends
    ['a', 0, false],
  ];
  for (const [text, i, expected] of cases) {
    test(`${JSON.stringify(text)} at ${i}: ${expected}`, () => assert.equal(isQuotationMarkAt(text, i), expected));
  }
});

describe('mayBeTrailingApostrophe', () => {
  test('a ’ right after a letter, not at the start, not after a space', () => {
    assert.equal(mayBeTrailingApostrophe('the Joneses’', 11), true);
    assert.equal(mayBeTrailingApostrophe('’', 0), false);
    assert.equal(mayBeTrailingApostrophe('a ’', 2), false);
    assert.equal(mayBeTrailingApostrophe('a"', 1), false);
  });
});

describe('countWords', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['one', 1],
    ['  one  two  ', 2],
    ['— word', 1], // a dash alone is no word
    ['word — word', 2],
    ['word —', 1],
    ['-- 42 --', 1],
    ['a\tb\nc\u00a0d', 4],
    // Every space of isWhitespace separates words: a thin space in `10\u2009000` or before a
    // French colon, a narrow no-break space, an ideographic space, form feed and vertical tab.
    ['Paris\u2009: 10\u2009000', 3],
    ['Sept.\u202f27', 2],
    ['北京\u3000上海', 2],
    ['page\fbreak\vtab', 3],
  ];
  for (const [text, n] of cases) test(`${JSON.stringify(text)}: ${n}`, () => assert.equal(countWords(text), n));
  test('within a range of the text', () => {
    assert.equal(countWords('one two three', 4, 7), 1);
    assert.equal(countWords('one two three', 2, 9), 3);
  });
});

describe('oneLine', () => {
  test('runs of white space become one space, the ends trimmed', () => {
    assert.equal(oneLine('  a \n\n b\t\tc  '), 'a b c');
    assert.equal(oneLine('a  b'), 'a b');
  });
});

describe('codePointAt and codePointBefore', () => {
  test('one or two UTF-16 units, empty past the ends', () => {
    assert.equal(codePointAt('a😀', 1), '😀');
    assert.equal(codePointAt('ab', 2), '');
    assert.equal(codePointBefore('ab', 0), '');
    assert.equal(codePointBefore('ab', 1), 'a');
    assert.equal(codePointBefore('a😀', 3), '😀');
    assert.equal(codePointBefore('😀', 2), '😀');
    assert.equal(codePointBefore('a😀b', 4), 'b');
  });
  test('the first and last low surrogates, and units just past them', () => {
    assert.equal(codePointBefore('x\u{10000}', 3), '\u{10000}'); // low unit U+DC00
    assert.equal(codePointBefore('x\u{103FF}', 3), '\u{103FF}'); // low unit U+DFFF
    assert.equal(codePointBefore('a\uff41', 2), '\uff41'); // above the surrogates
    assert.equal(codePointBefore('a\udbff', 2), '\udbff'); // a high surrogate alone
    assert.equal(codePointBefore('\udc00x', 1), '\udc00'); // a low surrogate alone at the start
  });
});

describe('isUpper and isLower', () => {
  test('cased letters in any script; digits and uncased letters are neither', () => {
    for (const ch of ['A', 'Ä', 'Д', 'Σ']) assert.equal(isUpper(ch), true, ch);
    for (const ch of ['a', 'ä', 'д', 'σ']) assert.equal(isLower(ch), true, ch);
    // '\u01c5' (Dž) is a titlecase letter: its lowercase and uppercase both differ from it.
    for (const ch of ['1', '中', '-', ' ', '\u01c5']) {
      assert.equal(isUpper(ch), false, ch);
      assert.equal(isLower(ch), false, ch);
    }
  });
});

describe('word characters, letters and digits', () => {
  // [character, a word character, a letter, a digit]: ASCII on both sides of each range's ends,
  // and past ASCII letters, digits and combining marks of other scripts, which the fast ASCII
  // test must leave to the Unicode classes.
  const cases: [string, boolean, boolean, boolean][] = [
    ['/', false, false, false], ['0', true, false, true], ['9', true, false, true], [':', false, false, false],
    ['@', false, false, false], ['A', true, true, false], ['Z', true, true, false], ['[', false, false, false],
    ['`', false, false, false], ['a', true, true, false], ['z', true, true, false], ['{', false, false, false],
    [' ', false, false, false], ['_', false, false, false], ['\u00a0', false, false, false],
    ['é', true, true, false], ['Д', true, true, false], ['中', true, true, false], ['\u0301', true, true, false],
    ['٣', true, false, false], ['\u2019', false, false, false], ['«', false, false, false],
  ];
  for (const [ch, word, letter, digit] of cases) {
    test(`${JSON.stringify(ch)}: word ${word}, letter ${letter}, digit ${digit}`, () => {
      assert.equal(isWordChar(ch), word);
      assert.equal(isWordCode(ch.charCodeAt(0)), word);
      assert.equal(isLetter(ch), letter);
      assert.equal(isDigit(ch), digit);
    });
  }
  test('a letter or a digit is one code point: no more, no less', () => {
    assert.equal(isLetter(''), false);
    assert.equal(isDigit(''), false);
    assert.equal(isDigit('10'), false);
    assert.equal(isDigit('1a'), false);
    assert.equal(isLetter('\u{1D400}'), true); // MATHEMATICAL BOLD CAPITAL A, two UTF-16 units
  });
});

describe('comments', () => {
  const text = '<!-- a -->';
  test('commentEndAt: just past `-->`, or -1 when it closes after the limit', () => {
    assert.equal(commentEndAt(text, 0), 10);
    assert.equal(commentEndAt(text, 0, 10), 10);
    assert.equal(commentEndAt(text, 0, 9), -1);
    assert.equal(commentEndAt(`${text} x`, 0, 11), 10);
    assert.equal(commentEndAt('<!-- a', 0), -1);
    assert.equal(commentEndAt('<!-->', 0), -1); // the `-->` must follow the opening `<!--`
  });
  test('skipComment: past the comment, or to the limit when it is unclosed', () => {
    assert.equal(skipComment(`${text} x`, 0), 10);
    assert.equal(skipComment(`${text} x`, 0, 8), 8);
    assert.equal(skipComment('<!-- x', 0), 6);
  });
});

describe('line breaks', () => {
  test('nextLineStart: CRLF is one break, a lone CR or LF another', () => {
    assert.equal(nextLineStart('a\r\nb', 1), 3);
    assert.equal(nextLineStart('a\rb', 1), 2);
    assert.equal(nextLineStart('a\r\rb', 1), 2);
    assert.equal(nextLineStart('a\nb', 1), 2);
    assert.equal(nextLineStart('a', 1), 1);
    assert.equal(nextLineStart('a\nb', 1, 1), 1);
  });
  test('lineStartAt: just after the previous LF or lone CR, or the text\'s start', () => {
    const text = 'ab\ncd\ref\r\ngh';
    assert.deepEqual([0, 2, 3, 5, 6, 8, 10, 12].map((o) => lineStartAt(text, o)), [0, 0, 3, 3, 6, 6, 10, 10]);
  });
  test('lineEndAt: at the next LF or lone CR, or at the limit', () => {
    const text = 'ab\ncd\ref\r\ngh';
    assert.deepEqual([0, 2, 3, 6, 8, 10, 12].map((o) => lineEndAt(text, o)), [2, 2, 5, 8, 8, 12, 12]);
    assert.equal(lineEndAt(text, 10, 11), 11); // the limit before the text's end
    assert.equal(lineEndAt(text, 3, 3), 3);
  });
  test('trimEnd: back over any white space, never before the start', () => {
    assert.equal(trimEnd('ab \t\n\u00a0', 0, 6), 2);
    assert.equal(trimEnd('ab  ', 0, 3), 2);
    assert.equal(trimEnd('    ', 1, 4), 1);
    assert.equal(trimEnd('  x  ', 2, 2), 2);
    assert.equal(trimEnd('a b', 0, 3), 3);
  });
  test('detectEol: the first break decides', () => {
    assert.equal(detectEol('a\r\nb\nc'), '\r\n');
    assert.equal(detectEol('a\nb\r\nc'), '\n');
    assert.equal(detectEol('\nb'), '\n');
    assert.equal(detectEol('abc'), '\n');
  });
});

describe('isEscaped', () => {
  const cases: [string, number, boolean][] = [
    ['"', 0, false],
    ['\\"', 1, true], // the backslash is the text's first character
    ['\\\\"', 2, false],
    ['\\\\\\"', 3, true],
    ['a\\\\"', 3, false],
    ['a\\"', 2, true],
    ['a"\\', 1, false], // a backslash after the character does not count
  ];
  for (const [text, at, expected] of cases) test(`${JSON.stringify(text)} at ${at}: ${expected}`, () => assert.equal(isEscaped(text, at), expected));
});

describe('LineIndex', () => {
  test('offsets past the last line, and lines ended by LF, CR, CRLF and empty lines', () => {
    const text = 'ab\r\ncd\ref\n\r\rg';
    const index = LineIndex.of(text);
    assert.deepEqual(index.lineStarts, [0, 4, 7, 10, 11, 12]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((l) => index.lineEnd(l)), [2, 6, 9, 10, 11, 13]);
    assert.equal(index.offset({ line: 6, character: 0 }), text.length);
    assert.equal(index.offset({ line: 5, character: 9 }), text.length);
    assert.equal(index.offset({ line: 0, character: 9 }), 2);
    assert.deepEqual(index.position(3), { line: 0, character: 2 }); // between CR and LF: the line's end
    // Two LFs are two breaks, and a break at the text's end opens an empty last line.
    assert.deepEqual(LineIndex.of('a\n\nb\r\n').lineStarts, [0, 2, 3, 6]);
  });
  test('after an edit, the same starts as a fresh index', () => {
    const before = 'one\ntwo\r\nthree\rfour\n';
    const edits: [number, number, string][] = [[0, 0, 'x\n'], [1, 1, '\r\n'], [5, 6, ''], [8, 9, '\n'], [7, 8, 'q'], [19, 20, 'end'], [3, 4, '']];
    for (const [from, to, insert] of edits) {
      const after = before.slice(0, from) + insert + before.slice(to);
      const next = LineIndex.afterEdit(LineIndex.of(before), after, from, before.length - to);
      assert.deepEqual(next.lineStarts, LineIndex.of(after).lineStarts, `${from}-${to} ${JSON.stringify(insert)}`);
    }
  });
});

describe('nearest: did you mean', () => {
  test('nearest first, ties in alphabetical order, at most `limit`', () => {
    assert.deepEqual(nearest('jon', ['zed', 'john', 'joan', 'jo', 'jon2']), ['jo', 'joan', 'john']);
    assert.deepEqual(nearest('jon', ['john', 'jon2', 'joan'], 5), ['joan', 'john', 'jon2']);
    assert.deepEqual(nearest('Smith', ['SMYTH', 'smith']), ['smith', 'SMYTH']);
  });
  test('the distance allowed grows with the length of the word (at least 2)', () => {
    assert.deepEqual(nearest('abcd', ['abcdxy', 'abcdxyz']), ['abcdxy']);
    assert.deepEqual(nearest('abcdefgh', ['abcdeXYZ', 'abXYZXYh']), ['abcdeXYZ']);
    assert.deepEqual(nearest('ab', ['xy', 'xyz']), ['xy']);
  });
});
