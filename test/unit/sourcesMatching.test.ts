// Where a quote stands in its sources and how it differs from them (sources/matching.ts,
// align.ts, placement.ts, quoteWords.ts): the passage found, the words matched, and each
// difference with the quote's words around it, on a table of quotes. The diagnostics built from
// these are tested in sourcesChecks.test.ts; here the match itself is pinned down.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allQuotes } from '../../server/src/service/syntax';
import { align } from '../../server/src/service/sources/align';
import { bestMatch, type QuoteMatch } from '../../server/src/service/sources/matching';
import { placement } from '../../server/src/service/sources/placement';
import { fitsPattern, quoteItems, type LetterPattern, type QuoteItem } from '../../server/src/service/sources/quoteWords';
import { SourceIndexCache, type SourceIndex } from '../../server/src/service/sources/sourceIndex';
import { article, parse } from '../support/documents';
import { STATEMENT } from '../support/sourceTexts';

/** A source indexed afresh on each call (a mutation run keeps modules, and what they cached, between tests). */
const indexOf = (text: string, path = 'statement.txt'): SourceIndex => new SourceIndexCache().get({ path, uri: `file:///test/${path}`, text });
const statement = () => indexOf(STATEMENT);

/** The items of the first quote of an article whose body is `body` (the quote's markup as written). */
function itemsOf(body: string): QuoteItem[] {
  const a = parse(article(body, { wen: 'Wen Ming', li: 'Li Hua' }));
  const [quote] = allQuotes(a);
  return quoteItems(a.text, quote);
}

const join = (words: readonly { text: string }[] | undefined) => words?.map((w) => w.text).join(' ');

/** A match as a reader checks it: the passage's words, counts, and each difference (quote words, source words, the quote's word before it). */
function summary(m: QuoteMatch | undefined) {
  if (!m) return undefined;
  return {
    passage: join(m.source.words.slice(m.from, m.to)), matched: m.matched, words: m.words, close: m.close,
    differences: m.differences.map((d) => [join(d.quote), join(d.source), d.before?.text]),
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
      ['["rebuild the Shigatse pumping station"]{@wen}', 'rebuild the Xigaze pumping station', [['Shigatse', 'Xigaze', 'the']]],
      ['["Rebuilt the Xigaze pumping station"]{@wen}', 'rebuild the Xigaze pumping station', [['Rebuilt', 'rebuild', undefined]]],
      ['["rebuild the Xigaze pumping plant"]{@wen}', 'rebuild the Xigaze pumping station', [['plant', 'station', 'pumping']]],
      ['["The cost will be fully met"]{@wen}', 'The cost will be met', [['fully', '', 'be']]],
      ['["for more than days"]{@wen}', 'for more than two days', [['', 'two', 'than']]],
      // The second word left out: not the first changed into the source word before it.
      ['["rebuild Xigaze pumping station"]{@wen}', 'rebuild the Xigaze pumping station', [['', 'the', 'rebuild']]],
      ['["household go without water"]{@wen}', 'household will go without water', [['', 'will', 'household']]],
      // Inside the quote, letter case is part of the word.
      ['["We will Rebuild the Xigaze pumping station"]{@wen}', 'We will rebuild the Xigaze pumping station', [['Rebuild', 'rebuild', 'will']]],
      // Words changed next to each other are one difference, in the quote's order.
      ['["We will repair a Xigaze pumping station"]{@wen}', 'We will rebuild the Xigaze pumping station', [['repair a', 'rebuild the', 'will']]],
      // Two differences apart, each with its own neighbours.
      ['["We will repair the Xigaze pumping station with vigor after the summer"]{@wen}', 'We will rebuild the Xigaze pumping station with vigor before the summer',
        [['repair', 'rebuild', 'will'], ['after', 'before', 'vigor']]],
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
    const [[quote, source, before]] = m!.differences;
    assert.equal(quote, '');
    assert.equal(source, 'with vigor before the summer and no household will go without water for more than two days');
    assert.equal(before, 'station');
    assert.equal(m?.matched, 12);
  });

  test('a run left out is one difference even where one of its words is a quote word', () => {
    // "moon" stands twice: the run "star moon rain" is left out after the first, not "star" after "sun" and "rain" after the second.
    assert.deepEqual(matchOf('["sun moon wind blows"]{@wen}', [indexOf('sun moon star moon rain wind blows', 'sky.txt')])?.differences, [['', 'star moon rain', 'moon']]);
  });

  test('a one-word quote found word for word is that word alone', () => {
    assert.deepEqual(matchOf('["Xigaze"]{@wen}', [indexOf('Xigaze pumping station', 'one.txt')]), { passage: 'Xigaze', matched: 1, words: 1, close: true, differences: [] });
  });

  test('of equally cheap descriptions, a word matched or changed goes before a word added, and both before words left out', () => {
    // Found by comparing the alignment with its variants on random quotes: each pair below costs the same either way.
    const whole = (quote: string, source: string) => {
      const s = indexOf(source, 'ties.txt');
      const m = align(itemsOf(`["${quote}"]{@wen}`), s.words, 0, s.words.length, (item, k) => item.word.key === s.words[k].key);
      return [join(s.words.slice(m.from, m.to)), m.differences.map((d) => [join(d.quote), join(d.source), d.before?.text])];
    };
    assert.deepEqual(whole('sun moon sun moon moon sun sun', 'sun moon rain moon moon moon rain rain moon sun sun'),
      ['sun moon rain moon moon moon rain rain moon sun sun', [['sun', 'rain', 'moon'], ['', 'moon moon rain rain', 'moon']]]);
    assert.deepEqual(whole('moon moon rain rain sun', 'rain moon sun sun moon rain moon rain sun rain rain'),
      ['moon rain moon rain sun', [['', 'rain', 'moon'], ['rain', '', 'moon']]]);
  });

  test('words left out in a row are one difference', () => {
    assert.deepEqual(matchOf('["for more than days. The cost will be met by the budget"]{@wen}')?.differences,
      [['', 'two', 'than'], ['', 'regional', 'the']]);
    assert.deepEqual(matchOf('["no household will go without water for days. The cost"]{@wen}')?.differences,
      [['', 'more than two', 'for']]);
  });

  test('an ellipsis stands for any number of source words; the words after it may start with a capital', () => {
    assert.deepEqual(matchOf('["We will rebuild the … Regional budget"]{@wen}')?.differences, []);
    assert.deepEqual(matchOf('["We will rebuild the... Regional budget"]{@wen}')?.differences, []);
    assert.deepEqual(matchOf('["We will rebuild the .... regional budget"]{@wen}')?.differences, []);
    // Two dots are no ellipsis.
    assert.notDeepEqual(matchOf('["We will rebuild the .. regional budget"]{@wen}')?.differences, []);
    // Inside a piece, case still counts.
    assert.deepEqual(matchOf('["We will rebuild the … Regional Budget"]{@wen}')?.differences, [['Budget', 'budget', 'Regional']]);
  });

  test('a gap opening or closing the quote: the passage is its words\', not the stretch around them', () => {
    const table: [string, string][] = [
      ['["… the Xigaze pumping station"]{@wen}', 'the Xigaze pumping station'],
      ['["We will rebuild …"]{@wen}', 'We will rebuild'],
      ['["[it] the Xigaze pumping station"]{@wen}', 'the Xigaze pumping station'],
      ['["the Xigaze pumping station [it]"]{@wen}', 'the Xigaze pumping station'],
      ['["… the budget …"]{@wen}', 'the regional budget'],
      // Between two places of its words, an ellipsis keeps the passage to the later, tighter one.
      ['["the … summer"]{@wen}', 'the summer'],
      ['["the … household"]{@wen}', 'the summer and no household'],
    ];
    for (const [quote, passage] of table) assert.equal(matchOf(quote)?.passage, passage, quote);
    assert.deepEqual(matchOf('["… the budget …"]{@wen}')?.differences, [['', 'regional', 'the']]);
  });

  test('an ellipsis stands for at most 400 source words', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, k) => `w${k}`).join(' ');
    const quote = '["alpha beta … gamma delta"]{@wen}';
    const near = matchOf(quote, [indexOf(`alpha beta ${filler(300)} gamma delta`, 'near.txt')]);
    assert.deepEqual([near?.close, near?.matched, near?.differences], [true, 4, []]);
    // 600 words on, the second piece is out of the ellipsis' reach: half the quote, not close.
    const far = matchOf(quote, [indexOf(`alpha beta ${filler(600)} gamma delta`, 'far.txt')]);
    assert.deepEqual([far?.close, far?.matched], [false, 2]);
  });

  test('a quote of single words between ellipses, one of them altered, is found by its words', () => {
    const m = matchOf('["household … goes … water"]{@wen}');
    assert.deepEqual([m?.passage, m?.matched, m?.close], ['household will go without water', 2, true]);
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
    assert.deepEqual(matchOf(quote)?.differences, [['vigour', 'vigor', 'with']]);
    assert.deepEqual(matchOf(quote, undefined, true)?.differences, []);
    assert.equal(matchOf(quote, undefined, true)?.matched, 9);
    // Another word with the same first letter is no variant.
    assert.deepEqual(matchOf('["the Xigaze pumping station with verve before the summer"]{@wen}', undefined, true)?.differences, [['verve', 'vigor', 'with']]);
    const centre = indexOf('The Centre will open. The centre will open.', 'centre.txt');
    assert.deepEqual(matchOf('["The Center will open"]{@wen}', [centre], true)?.differences, []);
    assert.deepEqual(matchOf('["open. The center will"]{@wen}', [centre], true)?.differences, []);
    // After a gap the first word's case is free, spelling or not.
    assert.deepEqual(matchOf('["center will open"]{@wen}', [centre], true)?.differences, []);
    assert.deepEqual(matchOf('["the Center will"]{@wen}', [indexOf('so the centre will', 'c2.txt')], true)?.differences, [['Center', 'centre', 'the']]);
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
    // A reordered clause counts from four words, and with four of five words around the passage (one in order):
    // three words, one in order, are not close; four or five are.
    assert.deepEqual([matchOf('["summer the before"]{@wen}')?.close, matchOf('["summer the before vigor"]{@wen}')?.close, matchOf('["summer the before vigor xyzzy"]{@wen}')?.close], [false, true, true]);
    // No word as written (a capital inside the quote is a difference), though four of five stand around the passage: not close.
    assert.deepEqual([matchOf('["XYZ WILL REBUILD THE XIGAZE"]{@wen}')?.close, matchOf('["XYZ WILL REBUILD THE XIGAZE"]{@wen}')?.matched], [false, 0]);
    // Four of eight in order, and the rest not around the passage either.
    assert.equal(matchOf('["we will rebuild the bridges and roads and schools"]{@wen}')?.close, false);
  });

  test('of two close passages, the one with more words as in the source wins, even with more differences', () => {
    // Against the statement two words differ (10 of 12 as in it); against the other one run of four (8 of 12).
    const quote = '["We will repair the Xigaze pumping station with vigor after the summer"]{@wen}';
    const statementIndex = statement(), other = indexOf('We will repair the Xigaze water tower today after the summer.', 'other.txt');
    for (const sources of [[statementIndex, other], [other, statementIndex]]) {
      const m = bestMatch(itemsOf(quote), sources, false);
      assert.equal(m?.source, statementIndex);
      assert.deepEqual([m?.matched, m?.differences.length], [10, 2]);
    }
  });

  test('a close passage wins over one with more words in order that is not close; of two alike, the one with fewer differences', () => {
    // Its three clauses reordered: three words in order, but all nine in the passage (close); the other source has five in order, and no more.
    const quote = '["one two three four five six seven eight nine"]{@wen}';
    const reordered = indexOf('seven eight nine four five six one two three', 'reordered.txt'), half = indexOf('one two three four five', 'half.txt');
    for (const sources of [[reordered, half], [half, reordered]]) {
      const m = bestMatch(itemsOf(quote), sources, false);
      assert.deepEqual([m?.source, m?.matched, m?.close], [reordered, 3, true]);
    }
    // Alike (one word changed in each): the source listed first.
    const so = indexOf('so we will repair the pumping station now', 'so.txt'), and = indexOf('and we will repair the pumping station soon', 'and.txt');
    for (const sources of [[so, and], [and, so]]) assert.equal(bestMatch(itemsOf('["we will rebuild the pumping station"]{@wen}'), sources, false)?.source, sources[0]);
    // Every word in order in both: two runs left out against one.
    const twice = indexOf('red green grey blue cyan black pink gold', 'twice.txt'), once = indexOf('red green blue grey black cyan pink gold', 'once.txt');
    for (const sources of [[twice, once], [once, twice]]) {
      const m = bestMatch(itemsOf('["red green blue cyan pink gold"]{@wen}'), sources, false);
      assert.equal(m?.source, once);
      assert.deepEqual(summary(m)?.differences, [['', 'grey black', 'blue']]);
    }
  });

  test('a quote whose rarer words also stand together elsewhere is found where it stands, not where they stand by chance', () => {
    const repeat = (text: string, n: number) => Array.from({ length: n }, () => text).join(' ');
    const filler = (n: number, word: string) => Array.from({ length: n }, (_, k) => `${word}${k}`).join(' ');
    const at = (m: QuoteMatch | undefined) => [summary(m)?.passage, m?.matched, m?.close];
    // The votes: "delta" and "epsilon" stand over 400 times, close together; only the three rarest words vote then, and the quote's place gets all three.
    const dense = indexOf(`${repeat('delta epsilon', 401)} ${filler(30, 'f')} alpha beta gamma delta epsilon eta theta`, 'dense.txt');
    assert.deepEqual(at(bestMatch(itemsOf('["alpha beta gamma delta epsilon zeta iota"]{@wen}'), [dense], false)), ['alpha beta gamma delta epsilon eta theta', 5, true]);
    // Words not in the source take no voter's place: "alpha", "beta" and "gamma", over 400 times each apart, still vote together.
    const spread = (word: string) => repeat(`${word} ${filler(10, 'f')}`, 401);
    const apart = indexOf(`${spread('alpha')} ${spread('beta')} ${spread('gamma')} alpha beta gamma eta theta`, 'apart.txt');
    assert.deepEqual(at(bestMatch(itemsOf('["alpha beta gamma zeta iota"]{@wen}'), [apart], false)), ['alpha beta gamma eta theta', 3, true]);
    // The votes of a neighbouring stretch count half: three places where "alpha beta" and, a few words on, "gamma" stand are not the quote's.
    const region = `alpha beta f1 f2 f3 f4 gamma ${filler(30, 'g')}`;
    const regions = indexOf(`${region} ${region} ${region} alpha beta gamma eta theta`, 'regions.txt');
    assert.deepEqual(at(bestMatch(itemsOf('["alpha beta gamma zeta iota"]{@wen}'), [regions], false)), ['alpha beta gamma eta theta', 3, true]);
    // With spelling variants on, a capital and a word changed: placed by letters where it stands, not where its first words stand three times.
    const chance = `alpha beta gamma x y z ${filler(20, 'f')}`;
    const capital = indexOf(`${repeat(chance, 3)} ${repeat('delta epsilon', 401)} ${filler(20, 'g')} alpha beta gamma delta Epsilon eta`, 'capital.txt');
    for (const variants of [false, true]) {
      assert.deepEqual(at(bestMatch(itemsOf('["alpha beta gamma delta epsilon zeta"]{@wen}'), [capital], variants)), ['alpha beta gamma delta Epsilon eta', 4, true]);
    }
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

describe('sources: where a quote is placed before any vote', () => {
  // Word indexes:   0 1 2 3   4    5   6   7    8 9 10  11   12 13  14   15 16 17    18    19  20     21  22   23  24  25
  const SOURCE = 'x y z the news you can read x y the news we can read z z plain words and simple the news you can read';
  const place = (body: string, limits = { ellipsis: 400, total: 1200 }) => {
    const source = indexOf(SOURCE, 'places.txt');
    return placement(itemsOf(body), source, (item, k) => item.word.key === source.words[k].key, limits);
  };

  test('word for word: the first place of the tightest; with one word changed: flagged so', () => {
    assert.deepEqual(place('["the news you can read"]{@wen}'), { at: 3, changed: false });
    assert.deepEqual(place('["the news you can trust"]{@wen}'), { at: 3, changed: true });
    assert.deepEqual(place('["the papers you can read"]{@wen}'), { at: 3, changed: true });
    assert.deepEqual(place('["the news we can read"]{@wen}'), { at: 10, changed: false });
    assert.deepEqual(place('["plain words and simple"]{@wen}'), { at: 17, changed: false });
    // Two words changed, or a word of its own: not placed.
    assert.equal(place('["the papers they can read"]{@wen}'), undefined);
    assert.equal(place('["nowhere"]{@wen}'), undefined);
    assert.equal(place('["…"]{@wen}'), undefined);
  });

  test('pieces between gaps in order, each within its gap\'s reach of the one before, the tightest first', () => {
    assert.deepEqual(place('["plain words … the news you can read"]{@wen}'), { at: 17, changed: false });
    assert.deepEqual(place('["plain words … the news you can trust"]{@wen}'), { at: 17, changed: true });
    assert.deepEqual(place('["plain verbs … the news you can read"]{@wen}'), { at: 17, changed: true });
    // "x y" stands at 0 and 8; "can read" 4 words after the first, 3 after the second.
    assert.deepEqual(place('["x y … can read"]{@wen}'), { at: 8, changed: false });
    assert.deepEqual(place('["x y … can read"]{@wen}', { ellipsis: 3, total: 1200 }), { at: 8, changed: false });
    assert.equal(place('["x y … can read"]{@wen}', { ellipsis: 2, total: 1200 }), undefined);
    // All the gaps together reach no further than the total.
    assert.deepEqual(place('["x y … news … can read"]{@wen}', { ellipsis: 400, total: 2 }), { at: 8, changed: false });
    assert.equal(place('["x y … news … can read"]{@wen}', { ellipsis: 400, total: 1 }), undefined);
    // A piece before the one before it is no place.
    assert.equal(place('["plain words … x y"]{@wen}'), undefined);
    // A bracket reaches eight words: from the second "x y", "plain words" is 7 on, "and simple" 9.
    assert.deepEqual(place('["x y [it] plain words"]{@wen}'), { at: 8, changed: false });
    assert.equal(place('["x y [it] and simple"]{@wen}'), undefined);
  });

  test('a gap closing the quote adds no piece; a piece with a word changed is followed only by pieces after it', () => {
    assert.deepEqual(place('["the news we can read …"]{@wen}'), { at: 10, changed: false });
    assert.deepEqual(place('["plain words and [it]"]{@wen}'), { at: 17, changed: false });
    // "plain verbs" (changed) at 17; "we can read" stands only before it, "z plain" only across it.
    assert.equal(place('["plain verbs … we can read"]{@wen}'), undefined);
    assert.equal(place('["plain verbs … z plain"]{@wen}'), undefined);
    // Nor does a gap opening the quote, or two gaps side by side.
    assert.deepEqual(place('["… the news we can read"]{@wen}'), { at: 10, changed: false });
    assert.deepEqual(place('["the news [a][b] can read"]{@wen}'), { at: 3, changed: false });
  });

  test('a place word for word is better than an earlier one with a word changed', () => {
    // "p q" at 0 and 14; "s t" changed ("s u") 0 words after the first, word for word 0 after the second;
    // the bracket reaches no further than eight words.
    const source = indexOf(`p q s u ${'m '.repeat(10)}p q s t`, 'pq.txt');
    const places = placement(itemsOf('["p q [it] s t"]{@wen}'), source, (item, k) => item.word.key === source.words[k].key, { ellipsis: 400, total: 1200 });
    assert.deepEqual(places, { at: 14, changed: false });
  });

  test('a piece is looked for through both of its rarest words, the second after the first has run out', () => {
    // "u" points at a start where two words differ; only "v" points at the place with one changed ("k v w").
    const source = indexOf('u a b c k v w w w', 'uvw.txt');
    assert.deepEqual(placement(itemsOf('["u v w"]{@wen}'), source, (item, k) => item.word.key === source.words[k].key, { ellipsis: 400, total: 1200 }), { at: 4, changed: true });
  });

  test('each of the two rarest words points at the piece\'s start from its own place in the piece, in the order of the starts', () => {
    const placeIn = (body: string, text: string) => {
      const source = indexOf(text, 'anchors.txt');
      return placement(itemsOf(body), source, (item, k) => item.word.key === source.words[k].key, { ellipsis: 400, total: 1200 });
    };
    // "u" (the rarer by order) points at 10 ("u x w", one word changed); "v" at 0 first, where two differ.
    assert.deepEqual(placeIn('["u v w"]{@wen}', 'p v q r s t m n o k u x w w w'), { at: 10, changed: true });
    // "u", the rarest, is the piece's second word: it points one word back, at "x u w".
    assert.deepEqual(placeIn('["v u w"]{@wen}', 'v p q v r s t m n x u w w w'), { at: 9, changed: true });
    // "v", the second word, points one word back, at "x v w", before "u" points at 10.
    assert.deepEqual(placeIn('["u v w"]{@wen}', 'p q r s t x v w m n u y z w'), { at: 5, changed: true });
    // And with "u y w" at 10 too, one word changed in each: the first of the two.
    assert.deepEqual(placeIn('["u v w"]{@wen}', 'p q r s t x v w m n u y w'), { at: 5, changed: true });
  });

  test('three pieces, the second with a word changed and the third word for word after it: placed, changed', () => {
    const source = indexOf('p q s x v w', 'pqsxvw.txt');
    const places = placement(itemsOf('["p q … s t … v w"]{@wen}'), source, (item, k) => item.word.key === source.words[k].key, { ellipsis: 400, total: 1200 });
    assert.deepEqual(places, { at: 0, changed: true });
  });

  test('three pieces in a run of the same word, each gap standing for at most one word: placed at the start', () => {
    // Found by comparing placement with its variants on random quotes: one that dropped a way of
    // reaching a piece with one word changed threw here.
    const source = indexOf(`${'la '.repeat(13)}re la la`, 'la.txt');
    const places = placement(itemsOf('["la la la [x] la la la [x] la"]{@wen}'), source, (item, k) => item.word.key === source.words[k].key, { ellipsis: 1, total: 4 });
    assert.deepEqual(places, { at: 0, changed: false });
  });

  test('word for word further on is better than one word changed closer', () => {
    // "you can read" (one word changed) follows "z the news" at once, "we can read" word for word 7 words on.
    assert.deepEqual(place('["z the news … we can read"]{@wen}'), { at: 2, changed: false });
    assert.deepEqual(place('["z the news … they can read"]{@wen}'), { at: 2, changed: true });
    // Of two places word for word, the tighter: "the news" at 3 and at 10, "we can read" at 12.
    assert.deepEqual(place('["the news … we can read"]{@wen}'), { at: 10, changed: false });
  });
});

describe('sources: a quote as it is compared', () => {
  /** Words as written (`^` where case may differ: the first, and the first after a gap), `…` for an ellipsis, `[n:text]` for a bracket standing for n words. */
  const read = (body: string) => {
    const a = parse(article(body, { wen: 'Wen Ming', li: 'Li Hua' }));
    const [quote] = allQuotes(a);
    return quoteItems(a.text, quote).map((i) => i.kind === 'word' ? `${i.caseFree ? '^' : ''}${i.word.text}` : i.max === Infinity ? '…' : `[${i.max}:${a.text.slice(i.start, i.end)}]`);
  };

  test('letters in brackets against a word: one word, standing for the source words with its letters outside the brackets', () => {
    // Each word as written, then its pattern: the letters outside the brackets, `…` where brackets
    // stand at its start, between or at its end.
    const shown = (body: string) => {
      const a = parse(article(body, { wen: 'Wen Ming' }));
      return quoteItems(a.text, [...allQuotes(a)][0]).map((i) => i.kind === 'gap' ? `[${a.text.slice(i.start, i.end)}]`
        : i.fits ? `${i.word.text} ${i.fits.fromStart ? '' : '…'}${i.fits.parts.join('…')}${i.fits.toEnd ? '' : '…'}` : i.word.text);
    };
    const table: [string, string[]][] = [
      ['["[T]he cost"]{@wen}', ['[T]he …he', 'cost']],
      ['["they call[ed] it"]{@wen}', ['they', 'call[ed] call…', 'it']],
      ['["a wom[a]n came"]{@wen}', ['a', 'wom[a]n wom…n', 'came']],
      ['["we [re]bui[l]t it"]{@wen}', ['we', '[re]bui[l]t …bui…t', 'it']],
      ['["we [re]bui[l]t"]{@wen}', ['we', '[re]bui[l]t …bui…t']],
      ['["[T]he[y] do"]{@wen}', ['[T]he[y] …he…', 'do']],
      // Escaped brackets are read alike (they publish as plain ones).
      ['["\\[T\\]he cost"]{@wen}', ['\\[T\\]he …he', 'cost']],
      // Not against a word, or not letters only: a bracketed insertion, as before.
      ['["the [new] cost"]{@wen}', ['the', '[[new]]', 'cost']],
      ['["the[, new] cost"]{@wen}', ['the', '[[, new]]', 'cost']],
      // An insertion that is not letters only, against a word: the word after it is read whole.
      ['["the [, new]go"]{@wen}', ['the', '[[, new]]', 'go']],
      ['["the [new]."]{@wen}', ['the', '[[new]]']],
      ['["the [] cost"]{@wen}', ['the', '[[]]', 'cost']],
      ['["the[] cost"]{@wen}', ['the', '[[]]', 'cost']],
    ];
    for (const [body, items] of table) assert.deepEqual(shown(body), items, body);
  });

  test('a pattern fits the source words with its letters, in order, at the start and end where it has them', () => {
    const pattern = (shape: string): LetterPattern => {
      const parts = shape.split('…');
      return { parts: parts.filter(Boolean), fromStart: parts[0] !== '', toEnd: parts[parts.length - 1] !== '' };
    };
    const table: [shape: string, fits: string[], fitsNot: string[]][] = [
      ['…he', ['the', 'she', 'he'], ['hat', 'then', 'h']],
      ['call…', ['called', 'calls', 'call'], ['recall', 'cal']],
      ['wom…n', ['woman', 'women'], ['wombat', 'wman', 'won']],
      ['ab…b', ['abb', 'abxb'], ['ab', 'b']],
      ['…bui…t', ['rebuilt', 'built', 'buit'], ['rebuild', 'tbui']],
      ['…bui…l…', ['rebuilt', 'buildings'], ['rebuit', 'lbui', 'bu']],
      ['re…d', ['rebuild', 'red'], ['rebuilt', 'build', 're']],
    ];
    for (const [shape, fits, fitsNot] of table) {
      for (const key of fits) assert.equal(fitsPattern(pattern(shape), key), true, `${shape} fits ${key}`);
      for (const key of fitsNot) assert.equal(fitsPattern(pattern(shape), key), false, `${shape} does not fit ${key}`);
    }
  });

  test('words, ellipses and bracketed insertions, in order', () => {
    const table: [string, string[]][] = [
      ['["We will … rebuild"]{@wen}', ['^We', 'will', '…', '^rebuild']],
      ['["We ... it .... so .. on"]{@wen}', ['^We', '…', '^it', '…', '^so', 'on']],
      ['["We [x y] go \\[z\\] on"]{@wen}', ['^We', '[8:[x y]]', '^go', '[8:\\[z\\]]', '^on']],
      ['["We [x]"]{@wen}', ['^We', '[8:[x]]']],
      ['["… and more …"]{@wen}', ['…', '^and', 'more', '…']],
      // An ellipsis inside a bracket is part of the insertion; brackets side by side are two insertions.
      ['["We [so…] go"]{@wen}', ['^We', '[8:[so…]]', '^go']],
      ['["We [x][y] go"]{@wen}', ['^We', '[8:[x]]', '[8:[y]]', '^go']],
      // A bracket never closed inside the quote is no insertion (the `]` after it closes the quote's markup).
      ['["We will \\[rebuild the station"]{@wen}', ['^We', 'will', 'rebuild', 'the', 'station']],
      // Letters written against a bracket make one word with it, the bracket's letters the writer's
      // change (`[T]he`, `call[ed]`), compared in any case; a backslash before anything but a bracket opens none.
      ['["We [x]go"]{@wen}', ['^We', '^[x]go']],
      ['["[T]he cost was call[ed] fair"]{@wen}', ['^[T]he', 'cost', 'was', '^call[ed]', 'fair']],
      ['["We [re]bui[l]t it"]{@wen}', ['^We', '^[re]bui[l]t', 'it']],
      ['["We \\ go [it] on"]{@wen}', ['^We', 'go', '[8:[it]]', '^on']],
      // However many dots, one ellipsis.
      ['["We ...... go"]{@wen}', ['^We', '…', '^go']],
      // A direct quote is read whole, whatever marks stand inside it.
      ['[“We will „rebuild“ the” “station”]{@wen}', ['^We', 'will', 'rebuild', 'the', 'station']],
    ];
    for (const [body, items] of table) assert.deepEqual(read(body), items, body);
  });

  test('a partial quote: only the words inside its quotation marks, its paraphrase read as an ellipsis', () => {
    assert.deepEqual(read('Wen said [the plant would be rebuilt "with vigor" and "before the summer"]{@wen}'), ['^with', 'vigor', '…', '^before', 'the', 'summer']);
    // Marks nested, of every pair; an apostrophe ending a word opens nothing; a mark never closed runs to the end.
    assert.deepEqual(read('Wen said [the farmers’ fields were “‘dry’ and barren” and «very» „old“ then "unclosed]{@wen}'),
      ['^dry', 'and', 'barren', '…', '^very', '…', '^old', '…', '^unclosed']);
    assert.deepEqual(read('Wen [said "we will" go]{@wen}'), ['^we', 'will']);
    // Words before a nested mark are quoted too; the mark's own character is none; a closing mark opens nothing.
    assert.deepEqual(read('Wen said [it was “so ‘dry’ and barren”]{@wen}'), ['^so', 'dry', 'and', 'barren']);
    assert.deepEqual(read('Wen said [it was"with vigor"]{@wen}'), ['^with', 'vigor']);
    assert.deepEqual(read('Wen said [it was» "with vigor"]{@wen}'), ['^with', 'vigor']);
    // An ellipsis inside the second quoted stretch comes after the paraphrase before it.
    assert.deepEqual(read('Wen said [the plant "We will rebuild" and "no household … water"]{@wen}'), ['^We', 'will', 'rebuild', '…', '^no', 'household', '…', '^water']);
  });

  test('the markup of a quote inside is no part of the words; its words are', () => {
    assert.deepEqual(read('["We will rebuild the [‘Xigaze pumping station’]{@li} with vigor"]{@wen}'),
      ['^We', 'will', 'rebuild', 'the', 'Xigaze', 'pumping', 'station', 'with', 'vigor']);
    assert.deepEqual(read('["We [a]{@li} go"]{@wen}'), ['^We', 'a', 'go']);
  });
});

describe('sources: the places the votes align, for a quote changed in two words or more', () => {
  // Each source is built so that the placement (word for word, or one word changed) finds nothing
  // and the votes must choose; decoys are places where some of the quote's words stand together.
  const words = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k}`).join(' ');
  const repeat = (text: string, n: number) => Array.from({ length: n }, () => text).join(' ');
  const found = (quote: string, text: string, variants = false) => {
    const m = summary(bestMatch(itemsOf(`["${quote}"]{@wen}`), [indexOf(text, 'votes.txt')], variants));
    return [m?.passage, m?.matched, m?.close];
  };

  test('three places the votes tie on, two of them within a quote\'s length and eight words: both and the quote\'s own are aligned', () => {
    // Six votes each (the rarer "dune", "elm", "fir" stand only at the quote's place): the decoys at
    // words 16, 32 and 64, the quote's place at 96, the earlier first. The decoy at 32 is as near the
    // one at 16 as the quote's 8 words and 8 more: the same place, so the quote's own is the third aligned.
    const decoy = 'ash birch ash birch cedar cedar';
    const text = [words('x', 16), decoy, words('y', 10), decoy, words('z', 26), decoy, words('v', 26), 'ash birch cedar dune elm fir oak pine', words('u', 10)].join(' ');
    assert.deepEqual(found('ash birch cedar dune elm fir gum hazel', text), ['ash birch cedar dune elm fir oak pine', 6, true]);
  });

  test('a word past the three rarest votes when it stands at 400 places, no more', () => {
    // "amber beech cedar" stands at three decoys and the quote's place; "dune", 400 times, is the vote that tells them apart.
    const text = [repeat(`amber beech cedar ${words('x', 20)}`, 3), repeat('dune f f f f f f f', 399), words('y', 10), 'amber beech cedar dune elm fir', words('z', 10)].join(' ');
    assert.deepEqual(found('amber beech cedar dune oak pine', text), ['amber beech cedar dune elm fir', 4, true]);
  });

  test('the rarest words vote, not the first: words standing everywhere would outvote the quote\'s place', () => {
    const text = [repeat('la di da', 401), words('x', 30), 'la di da amber beech cedar fig gum', words('y', 10)].join(' ');
    assert.deepEqual(found('la di da amber beech cedar dune elm', text), ['la di da amber beech cedar fig gum', 6, true]);
  });

  test('at most eight words vote: commoner ones, standing close together elsewhere, would outvote the quote\'s place', () => {
    const decoy = `${repeat('m1', 8)} ${repeat('m2', 8)}`;
    const quote = 'r1 r2 r3 r4 r5 r6 r7 r8 m1 m2';
    const text = [words('x', 16), decoy, words('y', 32), decoy, words('z', 32), decoy, words('v', 32), 'r1 r2 r3 r4 r5 r6 r7 r8 oak pine', words('u', 10)].join(' ');
    assert.deepEqual(found(quote, text), ['r1 r2 r3 r4 r5 r6 r7 r8 oak pine', 8, true]);
  });

  test('the longest stretch between gaps votes, the first of two alike', () => {
    // "dune elm fir" stands together at three places far before the quote's; "amber beech cedar" only at its own.
    const text = [repeat(`dune elm fir ${words('x', 20)}`, 3), words('y', 450), 'amber beech cedar x y z dune oak pine', words('z', 10)].join(' ');
    assert.deepEqual(found('amber beech cedar … dune elm fir', text), ['amber beech cedar x y z dune oak pine', 4, true]);
  });

  test('with spelling variants on, a capital, a variant and a word changed: placed by letters where it stands', () => {
    // The votes ("alpha beta gamma", tied at four places) align the three chance places first.
    const chance = `alpha beta gamma x y z ${words('f', 20)}`;
    const text = [repeat(chance, 3), repeat('delta epsilon', 401), words('g', 20), 'alpha beta gamma delta Epsilon vigor eta', words('h', 10)].join(' ');
    assert.deepEqual(found('alpha beta gamma delta epsilon vigour zeta', text, true), ['alpha beta gamma delta Epsilon vigor eta', 5, true]);
  });

  test('each voting word votes for where the quote\'s first word would stand', () => {
    // The eight rarest words are the quote's last: they point back 12 to 19 words, to its start.
    const quote = words('n', 20);
    const source = words('n', 20).replace('n10 n11', 'oak pine');
    const reversed = words('n', 12).split(' ').reverse().join(' ');
    const text = [reversed, words('x', 500), reversed, words('y', 500), source, words('z', 10)].join(' ');
    assert.deepEqual(found(quote, text), [source, 18, true]);
  });

  test('a place\'s votes split between two neighbouring stretches of diagonals count for both, either way round', () => {
    // A word added in the quote's place shifts the words after it by one diagonal, across a stretch's
    // edge (the place at word 115): six votes and two, or two and six. Its best stretch, six and half
    // of two, outvotes the three decoys of six votes each.
    const decoy = 'q0 q1 q2 q3 q4 q5';
    const before = [words('x', 16), decoy, words('y', 26), decoy, words('z', 26), decoy, words('v', 29)].join(' ');
    for (const place of ['q0 q1 q2 q3 q4 q5 added q6 q7 oak pine', 'q0 q1 added q2 q3 q4 q5 q6 q7 oak pine']) {
      assert.deepEqual(found(words('q', 10), `${before} ${place} ${words('u', 10)}`), [place, 8, true], place);
    }
  });

  test('of two places alike, votes and words, the earlier in the source', () => {
    // "u", as rare as "v" and before it in the quote, votes first, for the later place (it stands only
    // there; "v" only at the earlier): the tie still goes to the earlier.
    const text = [words('x', 20), 'o v k1 k2 k3 k4 s t', words('y', 40), 'u o k1 k2 k3 k4 s t', words('z', 20)].join(' ');
    assert.deepEqual(found('u v k1 k2 k3 k4 e f', text), ['o v k1 k2 k3 k4 s t', 5, true]);
  });

  test('a place where a bracket would stand for nine words is not word for word: no better than an earlier one with a word added', () => {
    const text = [words('x', 20), 'a1 a2 a3 k1 k2 added k3 k4', words('y', 40), 'a1 a2 a3', words('f', 9), 'k1 k2 k3 k4', words('z', 20)].join(' ');
    assert.deepEqual(found('a1 a2 a3 [it] k1 k2 k3 k4', text), ['a1 a2 a3 k1 k2 added k3 k4', 7, true]);
  });

  test('a clause left out without an ellipsis is found within twelve words and half the quote\'s beyond it', () => {
    // 16 quote words: the stretch aligned reaches 20 words past the quote's length; past it the last word is told added.
    const quote = `${words('a', 10)} ${words('b', 6)}`;
    const within = found(quote, `${words('a', 10)} ${words('f', 20)} ${words('b', 6)} ${words('z', 30)}`);
    assert.deepEqual(within, [`${words('a', 10)} ${words('f', 20)} ${words('b', 6)}`, 16, true]);
    const beyond = found(quote, `${words('a', 10)} ${words('f', 21)} ${words('b', 6)} ${words('z', 30)}`);
    assert.deepEqual(beyond, [`${words('a', 10)} ${words('f', 21)} ${words('b', 5)}`, 15, true]);
  });
});
