// Laws of quotes matched against their sources (sources/matching.ts, align.ts, placement.ts), on
// generated sources of few distinct words (so that a quote's words stand in many places): a
// quote taken word for word from a source matches it exactly, whatever its punctuation and the
// case of its first word; with one of its inner words changed it differs in that word alone,
// the passage being the quote with the source's word in its place; with one inner word left out
// it is exact where the rest stands word for word, and otherwise leaves out one source word.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { allQuotes } from '../../server/src/service/syntax';
import { bestMatch } from '../../server/src/service/sources/matching';
import { quoteItems } from '../../server/src/service/sources/quoteWords';
import { SourceIndexCache } from '../../server/src/service/sources/sourceIndex';
import { article, parse } from '../support/documents';
import { propertyParameters } from './parameters';

const RUNS = 100;
const VOCABULARY = ['the', 'board', 'will', 'rebuild', 'water', 'station', 'before', 'summer', 'and', 'no', 'household', 'go', 'without', 'for', 'two', 'days', 'cost', 'met'];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', ' — ', '; '];

/** A source of 20 to 150 words, and a stretch of it: its first word and length (3 to 12). */
const sourceAndStretch = fc.record({
  words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 20, maxLength: 150 }),
  separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 150, maxLength: 150 }),
  from: fc.nat(),
  length: fc.integer({ min: 3, max: 12 }),
}).map(({ words, separators, from, length }) => {
  const start = from % (words.length - length);
  return { words, text: words.map((w, k) => `${w}${separators[k]}`).join(''), start, length };
});

/** The match of a direct quote of `quoteWords` in the source `text`. */
function matchOf(text: string, quoteWords: readonly string[]) {
  const a = parse(article(`["${quoteWords.join(' ')}"]{@wen}`, { wen: 'Wen Ming' }));
  const [quote] = allQuotes(a);
  const source = new SourceIndexCache().get({ path: 'generated.txt', uri: 'file:///test/generated.txt', text });
  const match = bestMatch(quoteItems(a.text, quote), [source], false);
  const keys = (from: number, to: number) => source.words.slice(from, to).map((w) => w.key);
  return { match, passage: match ? keys(match.from, match.to) : [] };
}

describe('sources: laws of a quote and its source', () => {
  test('a stretch of the source quoted word for word (first word capitalised) matches exactly', () => {
    fc.assert(fc.property(sourceAndStretch, ({ words, text, start, length }) => {
      const quoted = words.slice(start, start + length);
      quoted[0] = quoted[0][0].toUpperCase() + quoted[0].slice(1);
      const { match, passage } = matchOf(text, quoted);
      assert.ok(match?.close);
      assert.deepEqual(match.differences, []);
      assert.equal(match.matched, length);
      assert.deepEqual(passage, quoted.map((w) => w.toLowerCase()));
    }), propertyParameters(RUNS));
  });

  test('one inner word changed: one difference, that word against a source word, the passage the quote with it restored', () => {
    fc.assert(fc.property(sourceAndStretch, fc.nat(), ({ words, text, start, length }, at) => {
      const quoted = words.slice(start, start + length);
      const changed = 1 + (at % (length - 2));
      quoted[changed] = 'zebra';
      const { match, passage } = matchOf(text, quoted);
      assert.ok(match?.close);
      assert.equal(match.differences.length, 1);
      const [d] = match.differences;
      assert.deepEqual(d.quote.map((w) => w.text), ['zebra']);
      assert.equal(d.source.length, 1);
      assert.equal(d.before?.text, quoted[changed - 1]);
      assert.equal(match.matched, length - 1);
      assert.deepEqual(passage, quoted.map((w, k) => (k === changed ? d.source[0].key : w)));
    }), propertyParameters(RUNS));
  });

  test('one inner word left out: exact where the rest stands word for word, else one difference, a source word left out', () => {
    fc.assert(fc.property(sourceAndStretch, fc.nat(), ({ words, text, start, length }, at) => {
      const dropped = 1 + (at % (length - 2));
      const quoted = words.slice(start, start + length).filter((_, k) => k !== dropped);
      const { match, passage } = matchOf(text, quoted);
      assert.ok(match?.close);
      if (words.some((_, i) => quoted.every((w, k) => words[i + k] === w))) {
        assert.deepEqual(match.differences, []);
        return;
      }
      // Where the stretch repeats a word, another place of it may be the one told.
      assert.equal(match.matched, length - 1);
      assert.equal(match.differences.length, 1);
      const [d] = match.differences;
      assert.deepEqual([d.quote, d.source.length], [[], 1]);
      assert.ok(passage.some((w, k) => w === d.source[0].key && passage.filter((_, x) => x !== k).join(' ') === quoted.join(' ')), passage.join(' '));
    }), propertyParameters(RUNS));
  });
});
