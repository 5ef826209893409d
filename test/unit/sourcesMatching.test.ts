// Where a quote stands in its sources and how it differs from them (sources/matching.ts,
// align.ts, placement.ts, quoteWords.ts): the passage found, the words matched, and each
// difference with the quote's words around it, on a table of quotes. The diagnostics built from
// these are tested in sourcesChecks.test.ts; here the match itself is pinned down.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allQuotes } from '../../server/src/service/syntax';
import { bestMatch, type QuoteMatch } from '../../server/src/service/sources/matching';
import { quoteItems, type QuoteItem } from '../../server/src/service/sources/quoteWords';
import { SourceIndexCache, type SourceIndex } from '../../server/src/service/sources/sourceIndex';
import { article, parse } from '../support/documents';

const STATEMENT = [
  'Statement by the Regional Water Board, 3 March 2024.',
  '',
  'We will rebuild the Xigaze pumping station with vigor before the summer, and no household',
  'will go without water for more than two days. The cost will be met by the regional budget.',
  "We don't expect the agreement to be signed before April, but we are confident of it.",
].join('\n');

/** A source indexed afresh on each call (a mutation run keeps modules, and what they cached, between tests). */
const indexOf = (text: string, path = 'statement.txt'): SourceIndex => new SourceIndexCache().get({ path, uri: `file:///test/${path}`, text });
const statement = () => indexOf(STATEMENT);

/** The items of the first quote of an article whose body is `body` (the quote's markup as written). */
export function itemsOf(body: string): QuoteItem[] {
  const a = parse(article(body, { wen: 'Wen Ming', li: 'Li Hua' }));
  const [quote] = allQuotes(a);
  return quoteItems(a.text, quote);
}

const join = (words: readonly { text: string }[] | undefined) => words?.map((w) => w.text).join(' ');

/** A match as a reader checks it: the passage's words, counts, and each difference (quote words, source words, the quote's words around it). */
function summary(m: QuoteMatch | undefined) {
  if (!m) return undefined;
  return {
    passage: join(m.source.words.slice(m.from, m.to)), matched: m.matched, words: m.words, close: m.close,
    differences: m.differences.map((d) => [join(d.quote), join(d.source), d.before?.text, d.after?.text]),
  };
}

const matchOf = (body: string, sources: readonly SourceIndex[] = [statement()], variants = false) => summary(bestMatch(itemsOf(body), sources, variants));

describe('sources: a quote matched against its source', () => {
  test('word for word: the passage, every word matched, nothing differs', () => {
    assert.deepEqual(matchOf('["rebuild the Xigaze pumping station"]{@wen}'),
      { passage: 'rebuild the Xigaze pumping station', matched: 5, words: 5, close: true, differences: [] });
    // The first word's case may differ; punctuation, line breaks and curly marks are no words.
    assert.deepEqual(matchOf('[“no household will go without water,”]{@wen}'),
      { passage: 'no household will go without water', matched: 6, words: 6, close: true, differences: [] });
    assert.deepEqual(matchOf('["We don’t expect the agreement"]{@wen}'),
      { passage: "We don't expect the agreement", matched: 5, words: 5, close: true, differences: [] });
    assert.deepEqual(matchOf('["we will rebuild"]{@wen}')?.differences, []);
  });

  test('a word changed, added or left out: the difference and the quote words either side', () => {
    const table: [string, string, (string | undefined)[][]][] = [
      ['["rebuild the Shigatse pumping station"]{@wen}', 'rebuild the Xigaze pumping station', [['Shigatse', 'Xigaze', 'the', 'pumping']]],
      ['["Rebuilt the Xigaze pumping station"]{@wen}', 'rebuild the Xigaze pumping station', [['Rebuilt', 'rebuild', undefined, 'the']]],
      ['["rebuild the Xigaze pumping plant"]{@wen}', 'rebuild the Xigaze pumping station', [['plant', 'station', 'pumping', undefined]]],
      ['["The cost will be fully met"]{@wen}', 'The cost will be met', [['fully', '', 'be', 'met']]],
      ['["for more than days"]{@wen}', 'for more than two days', [['', 'two', 'than', 'days']]],
      // Inside the quote, letter case is part of the word.
      ['["We will Rebuild the Xigaze pumping station"]{@wen}', 'We will rebuild the Xigaze pumping station', [['Rebuild', 'rebuild', 'will', 'the']]],
      // Two differences apart, each with its own neighbours.
      ['["We will repair the Xigaze pumping station with vigor after the summer"]{@wen}', 'We will rebuild the Xigaze pumping station with vigor before the summer',
        [['repair', 'rebuild', 'will', 'the'], ['after', 'before', 'vigor', 'the']]],
    ];
    for (const [quote, passage, differences] of table) {
      const m = matchOf(quote);
      assert.equal(m?.passage, passage, quote);
      assert.deepEqual(m?.differences, differences, quote);
      assert.equal(m?.close, true, quote);
      assert.equal(m?.matched, m!.words - differences.reduce((n, d) => n + (d[0] ? d[0].split(' ').length : 0), 0), quote);
    }
  });

  test('a clause left out without an ellipsis is one difference, not many words changed', () => {
    const m = matchOf('["We will rebuild the Xigaze pumping station. The cost will be met"]{@wen}');
    assert.equal(m?.differences.length, 1);
    const [[quote, source, before, after]] = m!.differences;
    assert.equal(quote, '');
    assert.equal(source, 'with vigor before the summer and no household will go without water for more than two days');
    assert.deepEqual([before, after], ['station', 'The']);
    assert.equal(m?.matched, 12);
  });

  test('words left out in a row are one difference', () => {
    assert.deepEqual(matchOf('["for more than days. The cost will be met by the budget"]{@wen}')?.differences,
      [['', 'two', 'than', 'days'], ['', 'regional', 'the', 'budget']]);
    assert.deepEqual(matchOf('["no household will go without water for days. The cost"]{@wen}')?.differences,
      [['', 'more than two', 'for', 'days']]);
  });

  test('an ellipsis stands for any number of source words; the words after it may start with a capital', () => {
    assert.deepEqual(matchOf('["We will rebuild the … Regional budget"]{@wen}')?.differences, []);
    assert.deepEqual(matchOf('["We will rebuild the... Regional budget"]{@wen}')?.differences, []);
    assert.deepEqual(matchOf('["We will rebuild the .... regional budget"]{@wen}')?.differences, []);
    // Two dots are no ellipsis.
    assert.notDeepEqual(matchOf('["We will rebuild the .. regional budget"]{@wen}')?.differences, []);
    // Inside a piece, case still counts.
    assert.deepEqual(matchOf('["We will rebuild the … Regional Budget"]{@wen}')?.differences, [['Budget', 'budget', 'Regional', undefined]]);
  });

  test('a bracketed insertion stands for a few source words, at most eight', () => {
    assert.deepEqual(matchOf('["We don\'t expect [the water agreement] to be signed"]{@wen}')?.differences, []);
    assert.deepEqual(matchOf('["We don\'t expect \\[it\\] to be signed"]{@wen}')?.differences, []);
    // The bracket standing for no word at all.
    assert.deepEqual(matchOf('["the agreement [this year] to be signed"]{@wen}')?.differences, []);
    // Eight words: "with vigor before the summer and no household".
    assert.deepEqual(matchOf('["We will rebuild the Xigaze pumping station [quickly] will go without water for more"]{@wen}')?.differences, []);
    // Nine ("... household will") is more than a bracket may stand for.
    assert.notDeepEqual(matchOf('["We will rebuild the Xigaze pumping station [quickly] go without water for more than"]{@wen}')?.differences, []);
  });

  test('British and American spellings meet only with the setting, and never change a capital', () => {
    const quote = '["the Xigaze pumping station with vigour before the summer"]{@wen}';
    assert.deepEqual(matchOf(quote)?.differences, [['vigour', 'vigor', 'with', 'before']]);
    assert.deepEqual(matchOf(quote, undefined, true)?.differences, []);
    assert.equal(matchOf(quote, undefined, true)?.matched, 9);
    const centre = indexOf('The Centre will open. The centre will open.', 'centre.txt');
    assert.deepEqual(matchOf('["The Center will open"]{@wen}', [centre], true)?.differences, []);
    assert.deepEqual(matchOf('["open. The center will"]{@wen}', [centre], true)?.differences, []);
    // After a gap the first word's case is free, spelling or not.
    assert.deepEqual(matchOf('["center will open"]{@wen}', [centre], true)?.differences, []);
    assert.deepEqual(matchOf('["the Center will"]{@wen}', [indexOf('so the centre will', 'c2.txt')], true)?.differences, [['Center', 'centre', 'the', 'will']]);
  });

  test('close when most words are there; not close, or no match at all, otherwise', () => {
    assert.equal(matchOf('["Tariffs on imported steel"]{@wen}'), undefined);
    assert.equal(matchOf('["…"]{@wen}'), undefined);
    // Three of five words in order: close; two of five: not.
    assert.equal(matchOf('["rebuild the Xigaze plant quickly"]{@wen}')?.close, true);
    assert.equal(matchOf('["repair a Xigaze pumping plant"]{@wen}')?.close, false);
    // Short quotes need most words in order.
    assert.equal(matchOf('["rebuild my house"]{@wen}')?.close, false);
    // A reordered clause: its words are all around the passage, not in order.
    assert.equal(matchOf('["before the summer we will rebuild the Xigaze station"]{@wen}')?.close, true);
    // Four of eight in order, and the rest not around the passage either.
    assert.equal(matchOf('["we will rebuild the bridges and roads and schools"]{@wen}')?.close, false);
  });

  test('of two sources the one holding the quote wins, whichever comes first', () => {
    const statementIndex = statement();
    const other = indexOf('Transcript of the press conference. We owe the farmers an answer, and they will have one by Friday.', 'press.txt');
    for (const sources of [[statementIndex, other], [other, statementIndex]]) {
      assert.equal(bestMatch(itemsOf('["We owe the farmers an answer"]{@wen}'), sources, false)?.source, other);
      assert.equal(bestMatch(itemsOf('["The cost will be met by the regional budget"]{@wen}'), sources, false)?.source, statementIndex);
      // An altered quote: the source with more of its words.
      assert.equal(bestMatch(itemsOf('["We owe the fishermen an answer"]{@wen}'), sources, false)?.source, other);
    }
  });
});
