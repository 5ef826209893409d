import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_BRACKET_DEPTH, parseQuoteSpans, publish } from '../../server/src/service/parser/quoteSpans';

const codes = (t: string) => parseQuoteSpans(t).problems.map(p => `${p.code}@${p.start}-${p.end}`);

describe('parseQuoteSpans: speaker ids, stray attributions, depth (A)', () => {
  test('blanks around the speaker id are skipped, the id span is the id alone', () => {
    const rows: [string, string, number, number, number][] = [
      // text, id, idStart, idEnd, quote end
      ['[hi]{@ chen }', 'chen', 7, 11, 13],
      ['[hi]{@\tchen\t}', 'chen', 7, 11, 13],
      ['[hi]{@  \t chen}', 'chen', 10, 14, 15],
      ['[hi]{@chen \t } x', 'chen', 6, 10, 14],
    ];
    for (const [t, id, s, e, end] of rows) {
      const { quotes, problems } = parseQuoteSpans(t);
      assert.deepEqual(problems, [], t);
      assert.equal(quotes.length, 1, t);
      assert.equal(quotes[0].speakerId, id, t);
      assert.deepEqual(quotes[0].speakerSpan, { start: s, end: e }, t);
      assert.equal(quotes[0].end, end, t);
    }
  });

  test('an unclosed speaker at the end of the paragraph, after blanks', () => {
    const { quotes, problems } = parseQuoteSpans('[hi]{@ ');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speakerId, '');
    assert.deepEqual(problems.map(p => p.code), ['quote-unclosed']);
  });

  test('a stray {@id} is reported with its exact text; text that only looks like it is not', () => {
    const rows: [string, string[]][] = [
      ['[words] {@chen} more', ['quote-orphan@8-15']],
      ['mail a@b} now', []], // no `{`
      ['a {x} b', []],
      ['a\\]{@x} b', []], // `\]{@x}` written as text on purpose
      ['say {@chen more', []], // not closed: not an attribution
      ['[a]{@x} text', []],
    ];
    for (const [t, want] of rows) assert.deepEqual(codes(t), want, t);
  });

  test('the stray attribution message quotes it, cut at 40 characters', () => {
    const t = '[words] {@chen} more';
    assert.equal(parseQuoteSpans(t).problems[0].message,
      '"{@chen}" follows no quoted words: write them in brackets right before it, "[...]{@chen}"');
    const id = 'x'.repeat(50);
    const long = `a {@${id}} b`;
    const cut = `{@${'x'.repeat(38)}`;
    assert.equal(parseQuoteSpans(long).problems[0].message,
      `"${cut}" follows no quoted words: write them in brackets right before it, "[...]${cut}"`);
  });

  test('quote with only blanks between its brackets is empty', () => {
    assert.deepEqual(parseQuoteSpans('[ \t ]{@x}').problems.map(p => p.code), ['quote-empty']);
    assert.deepEqual(parseQuoteSpans('[ a ]{@x}').problems, []);
  });

  test('quotes inside brackets left open at the end are kept', () => {
    const t = 'x [open [a]{@p} and [b]{@q}';
    const { quotes } = parseQuoteSpans(t);
    assert.deepEqual(quotes.map(q => q.speakerId), ['p', 'q']);
    assert.deepEqual(quotes.map(q => q.depth), [0, 0]);
  });

  test('plain brackets past the depth cap are text, and the first dropped quote is the one reported', () => {
    const open = '['.repeat(MAX_BRACKET_DEPTH);
    const close = ']'.repeat(MAX_BRACKET_DEPTH);
    const plain = `${open}[a] b${close}`;
    assert.deepEqual(parseQuoteSpans(plain), { quotes: [], problems: [] });
    const t = `${open}[a]{@x} [b]{@y}${close}`;
    const { problems } = parseQuoteSpans(t);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'quote-depth');
    assert.equal(problems[0].start, MAX_BRACKET_DEPTH);
    assert.match(problems[0].message, /"@x"/);
    // A plain pair inside a dropped quote closes only itself.
    const nested = parseQuoteSpans(`${open}[[a] b]{@x}${close}`);
    assert.deepEqual(nested.quotes, []);
    assert.deepEqual(nested.problems.map(p => `${p.code}@${p.start}`), [`quote-depth@${MAX_BRACKET_DEPTH}`]);
  });
});

describe('publish of part of a paragraph (A)', () => {
  test('a backslash at the end of the range is text, not an escape of what follows', () => {
    assert.equal(publish('a\\[b', 0, 2), 'a\\');
    assert.equal(publish('a\\[b', 0, 3), 'a[');
  });

  test('a comment just past the end of the range does not take the line break before it', () => {
    assert.equal(publish('a\n<!-- c -->\n', 0, 2), 'a\n');
  });
});
