// Finds where a quote stands in its sources. First where it stands word for word or with one word
// changed (placement.ts: each piece between its gaps looked up, the pieces in order), so that a
// quote that is in a source is found there however common its words. Otherwise each quote word
// votes, through the source's index, for the diagonal (source position minus quote position) it
// would lie on; the few diagonals with the most votes nearby are aligned (align.ts) over a stretch
// around them, and the best alignment of all the speaker's sources wins. It is close when most of
// the quote's words are found there (in order, or for a reordered clause, at least in the
// stretch); exact when nothing differs.

import { align, type Alignment } from './align';
import { placement } from './placement';
import { fitsPattern, type QuoteItem } from './quoteWords';
import type { SourceIndex } from './sourceIndex';
import { spellingKey } from './spelling';

export interface QuoteMatch extends Alignment {
  source: SourceIndex;
  /** How many words the quote compares (its own words, without gaps' contents). */
  words: number;
  /** Most of the quote's words are in the passage: it is this passage, altered or not. */
  close: boolean;
}

/** Candidate diagonals aligned per source. */
const CANDIDATES = 3;
/** A word standing more often than this votes only when the quote has no rarer word. */
const COMMON = 400;
/** How many of the quote's rarest words vote for where it stands; the first few however common. */
const VOTERS = 8;
const ALWAYS_VOTING = 3;
/** Diagonals voted for together. */
const BUCKET = 4;
/** Source words an ellipsis may stand for, at most, when the stretch to align is chosen; all the gaps of a quote, at most MAX_REACH. */
const ELLIPSIS_REACH = 400;
const MAX_REACH = 1200;

type WordItem = Extract<QuoteItem, { kind: 'word' }>;

/** The best match of the quote in any of the sources; undefined when the quote has no words or no source has any of them. */
export function bestMatch(items: readonly QuoteItem[], sources: readonly SourceIndex[], spellingVariants: boolean): QuoteMatch | undefined {
  const words = items.filter((i): i is WordItem => i.kind === 'word');
  if (!words.length) return undefined;
  const reach = 8 + BUCKET + Math.ceil(words.length / 2) + Math.min(MAX_REACH, items.reduce((r, i) => r + (i.kind === 'gap' ? Math.min(i.max, ELLIPSIS_REACH) : 0), 0));
  let best: QuoteMatch | undefined;
  const alignAt = (source: SourceIndex, diagonal: number): QuoteMatch => {
    const lo = Math.max(0, diagonal - reach), hi = Math.min(source.words.length, diagonal + words.length + reach);
    const found = align(items, source.words, lo, hi, sameWord(source, spellingVariants));
    const match: QuoteMatch = { ...found, source, words: words.length, close: isClose(found, words, source, lo, hi) };
    if (!best || better(match, best)) best = match;
    return match;
  };
  // Word for word: nothing can be better (the usual case, and the cheap one).
  const exact = (match: QuoteMatch) => match.close && !match.differences.length;
  // Where the quote stands word for word, or with a word changed: the votes may then find no better.
  // First with letter case judged as the alignment judges it (a place where only a capital differs
  // would hide the place word for word after it), then in letters only (a capital and a word changed).
  const limits = { ellipsis: ELLIPSIS_REACH, total: MAX_REACH };
  for (const source of sources) {
    const placed = placement(items, source, sameWord(source, spellingVariants), limits) ?? placement(items, source, sameLetters(source, spellingVariants), limits);
    if (placed && exact(alignAt(source, placed.at))) return best;
  }
  const voting = longestStretch(items);
  for (const source of sources) {
    for (const diagonal of candidateDiagonals(voting, words.length, source)) if (exact(alignAt(source, diagonal))) return best;
  }
  return best;
}

function better(a: QuoteMatch, b: QuoteMatch): boolean {
  if (a.close !== b.close) return a.close;
  if (a.matched !== b.matched) return a.matched > b.matched;
  return a.differences.length < b.differences.length;
}

function isClose(found: Alignment, words: readonly WordItem[], source: SourceIndex, lo: number, hi: number): boolean {
  if (found.matched === 0) return false;
  if (found.matched >= 0.6 * words.length) return true;
  if (words.length < 4) return false;
  // A reordered clause: the words are there, not in the quote's order.
  const stretch = new Set<string>();
  for (let k = lo; k < hi; k++) stretch.add(source.words[k].key);
  return words.filter((w) => stretch.has(w.word.key)).length >= 0.8 * words.length;
}

/** Equal words but for letter case: where a quote may stand word for word (the alignment then judges case). */
function sameLetters(source: SourceIndex, spellingVariants: boolean): (item: WordItem, k: number) => boolean {
  return (item, k) => (item.fits ? fitsPattern(item.fits, source.words[k].key)
    : item.word.key === source.words[k].key || (spellingVariants && spellingKey(item.word.key) === spellingKey(source.words[k].key)));
}

/** Equal words: the same letters, case aside only where it may differ; with the setting, British and American spellings too. */
function sameWord(source: SourceIndex, spellingVariants: boolean): (item: WordItem, k: number) => boolean {
  return (item, k) => {
    const theirs = source.words[k];
    if (item.fits) return fitsPattern(item.fits, theirs.key);
    if (item.word.key !== theirs.key) return spellingVariants && spellingKey(item.word.key) === spellingKey(theirs.key) && (item.caseFree || item.word.text[0] === theirs.text[0]);
    return item.caseFree || item.word.text === theirs.text;
  };
}

/**
 * The words that vote, each with its place among the quote's words: those of the longest stretch
 * between gaps, whose words stand together in the source (around an ellipsis the votes would split).
 */
function longestStretch(items: readonly QuoteItem[]): { item: WordItem; q: number }[] {
  let best: { item: WordItem; q: number }[] = [], run: { item: WordItem; q: number }[] = [];
  let q = 0;
  for (const item of items) {
    if (item.kind === 'gap') { run = []; continue; }
    run.push({ item, q: q++ });
    if (run.length > best.length) best = run;
  }
  return best;
}

/** The diagonals (source index of the quote's first word) with the most votes within a few words, best first. */
function candidateDiagonals(voting: readonly { item: WordItem; q: number }[], wordCount: number, source: SourceIndex): number[] {
  // The quote's rarest words vote (a few even when common): they place it; common words would vote everywhere.
  const lists = voting.map(({ item, q }) => ({ q, at: source.positions.get(item.word.key) ?? [] })).filter((l) => l.at.length);
  if (!lists.length) return [];
  lists.sort((a, b) => a.at.length - b.at.length);
  const voters = lists.slice(0, VOTERS).filter((l, k) => k < ALWAYS_VOTING || l.at.length <= COMMON);
  // Votes by bucket of a few diagonals: a dropped or added word shifts the diagonal a little.
  const votes = new Map<number, number>();
  for (const { q, at } of voters) for (const p of at) { const b = Math.floor((p - q) / BUCKET); votes.set(b, (votes.get(b) ?? 0) + 1); }
  const scored: { b: number; score: number }[] = [];
  for (const [b, n] of votes) scored.push({ b, score: n + (votes.get(b - 1) ?? 0) / 2 + (votes.get(b + 1) ?? 0) / 2 });
  scored.sort((a, b) => b.score - a.score || a.b - b.b);
  const chosen: number[] = [];
  for (const { b } of scored) {
    if (chosen.length >= CANDIDATES) break;
    const d = b * BUCKET;
    if (chosen.every((c) => Math.abs(c - d) > wordCount + 8)) chosen.push(d);
  }
  return chosen;
}
