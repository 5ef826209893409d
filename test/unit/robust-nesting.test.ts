// Issue 13, item 8: thousands of nested quote spans once took seconds per level (every quote
// published its words again and re-set the depth of everything inside it) and from about 4,000
// levels overflowed the stack, so the whole parse became an empty tree ("no front matter", no
// outline) on every keystroke. Nesting is now capped at MAX_BRACKET_DEPTH open brackets, with one
// `quote-depth` finding per paragraph; the speed is shown by `npm run bench`, not asserted here.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { strip, walkQuotes, type Quote } from '../../server/src/service';
import { MAX_BRACKET_DEPTH, parseQuoteSpans } from '../../server/src/service/parser/quoteSpans';
import { article, codes, parse } from '../support/documents';
import { documentSymbols } from '../support/features';

/** `levels` quotes of `@a`, each inside the one before, around one word. */
const nested = (levels: number) => '['.repeat(levels) + 'x' + ']{@a}'.repeat(levels);

function deepest(quotes: Quote[]): number {
  let max = -1;
  for (const q of walkQuotes(quotes)) max = Math.max(max, q.depth);
  return max;
}

describe('nested quote spans (issue 13, item 8)', () => {
  for (const levels of [4000, 20000]) {
    test(`${levels} levels: the article keeps its tree, quotes to the cap, and one quote-depth finding`, () => {
      const text = article(`BEIJING, Sept. 28 (Xinhua) -- Ann Lee said ${nested(levels)}.\n`, { a: 'Ann Lee' });
      const a = parse(text); // the test logger throws if the parse failed and was replaced
      assert.equal(a.frontMatter?.headline?.value, 'Test headline');
      assert.ok(a.dateline, 'the dateline is still read');
      const paragraph = a.blocks.find((b) => b.type === 'paragraph')!;
      assert.ok(paragraph.type === 'paragraph');
      assert.equal(paragraph.quotes.length, 1);
      assert.equal(deepest(paragraph.quotes), MAX_BRACKET_DEPTH - 1);
      assert.deepEqual(paragraph.problems.map((p) => p.code), ['quote-depth']);
      // Reported on the outermost quote that is not read as one: the 33rd bracket to its `]{@a}`.
      const problem = paragraph.problems[0];
      const opened = text.indexOf('[') + MAX_BRACKET_DEPTH;
      assert.equal(problem.start, opened);
      assert.equal(text.slice(problem.start, problem.end), nested(levels - MAX_BRACKET_DEPTH));
      // The published text has no markup left, deep or not.
      assert.equal(strip(a), 'BEIJING, Sept. 28 (Xinhua) -- Ann Lee said x.\n');
      const speaker = documentSymbols(a)?.find((s) => s.name === 'Ann Lee');
      assert.equal(speaker?.children?.length, MAX_BRACKET_DEPTH, 'the outline lists the quotes that are read');
      assert.deepEqual(codes(text).filter((c) => c === 'quote-depth'), ['quote-depth']);
    });
  }

  test('a quote at the cap is still a quote; one more level is not, and says so once', () => {
    const atCap = parseQuoteSpans(nested(MAX_BRACKET_DEPTH));
    assert.deepEqual(atCap.problems, []);
    assert.equal(deepest(atCap.quotes), MAX_BRACKET_DEPTH - 1);
    const past = parseQuoteSpans(nested(MAX_BRACKET_DEPTH + 1));
    assert.deepEqual(past.problems.map((p) => [p.code, p.start, p.end]), [['quote-depth', MAX_BRACKET_DEPTH, MAX_BRACKET_DEPTH + '[x]{@a}'.length]]);
    assert.equal(deepest(past.quotes), MAX_BRACKET_DEPTH - 1);
    assert.equal(past.quotes[0].text, 'x', 'the dropped quote\'s markup is not part of the published words');
  });

  test('plain brackets nested past the cap are text and no finding; a pair after them still pairs', () => {
    const t = `${'['.repeat(100)}a${']'.repeat(100)} [b]{@c}`;
    const { quotes, problems } = parseQuoteSpans(t);
    assert.deepEqual(problems, []);
    assert.deepEqual(quotes.map((q) => [q.speakerId, q.text, q.depth]), [['c', 'b', 0]]);
  });

  test('many sibling quotes inside a plain bracket pair are handed up without a spread (no stack overflow)', () => {
    const t = `[${'[w]{@a} '.repeat(200000)}]`;
    const { quotes } = parseQuoteSpans(t);
    assert.equal(quotes.length, 200000);
  });
});
