// Where a quote stands in a source word for word, or with one word changed, whatever its words'
// frequencies. The votes of matching.ts place a quote by its rarest words, and a quote made only of
// common words loses them to chance spots where a few of its words happen to stand close; so
// before any vote, each piece of the quote (its words between two gaps) is looked up through the
// index's positions of its two rarest words (one of them stands where the piece does, if at most
// one word is changed), and the pieces are required in order, each within its gap's reach of the
// one before. A quote that is in the source is then aligned where it is, never near a chance spot.

import type { QuoteItem } from './quoteWords';
import type { SourceIndex } from './sourceIndex';

type WordItem = Extract<QuoteItem, { kind: 'word' }>;

/** A run of the quote's words without a gap, and how many source words the gap before it may stand for. */
interface Piece { words: WordItem[]; reach: number }

/** Where a piece stands: word for word (`exact`), or with one word changed (`changed`), each sorted. */
interface Places { exact: number[]; changed: number[] }

/** Limits on the source words gaps stand for: one ellipsis, and all the gaps of a quote. */
interface GapLimits { ellipsis: number; total: number }

/** `equal(item, k)`: whether the quote word stands at source word `k` (letters only: the alignment judges case). */
type WordEqual = (item: WordItem, k: number) => boolean;

/** How far the pieces reached, from a start: the end of the last placed, the source words gaps passed over. */
interface Reached { end: number; skipped: number }

/**
 * The source index of the quote's first word where all its pieces stand in order, with at most one
 * word changed in all: word for word first, then the tightest. Undefined when there is no such
 * place (the quote is more altered, or not there: the votes will look).
 */
export function placement(items: readonly QuoteItem[], source: SourceIndex, equal: WordEqual, limits: GapLimits): { at: number; changed: boolean } | undefined {
  const pieces = piecesOf(items, limits.ellipsis);
  if (!pieces.length) return undefined;
  const places = pieces.map((p) => placesOf(p, source, equal));
  let best: { at: number; changed: boolean; span: number } | undefined;
  const consider = (at: number, reached: Reached | undefined, changed: boolean) => {
    if (!reached) return;
    const span = reached.end - at;
    if (!best || (best.changed && !changed) || (best.changed === changed && span < best.span)) best = { at, changed, span };
  };
  for (const at of places[0].exact) {
    const [exact, changed] = follow(pieces, places, limits.total, { end: at + pieces[0].words.length, skipped: 0 });
    consider(at, exact, false);
    consider(at, changed, true);
  }
  for (const at of places[0].changed) consider(at, follow(pieces, places, limits.total, { end: at + pieces[0].words.length, skipped: 0 })[0], true);
  return best && { at: best.at, changed: best.changed };
}

/**
 * From the first piece's end, the rest placed in order: the earliest end with no word changed, and
 * with one (the earliest place of each piece is the best: a later one only widens the gaps).
 */
function follow(pieces: readonly Piece[], places: readonly Places[], total: number, first: Reached): [Reached | undefined, Reached | undefined] {
  let exact: Reached | undefined = first, changed: Reached | undefined;
  for (let k = 1; k < pieces.length && (exact || changed); k++) {
    const step = (from: Reached | undefined, at: readonly number[]) => next(from, at, pieces[k], total);
    const viaChange = step(exact, places[k].changed), keepChanged = step(changed, places[k].exact);
    changed = !viaChange || (keepChanged && keepChanged.end <= viaChange.end) ? keepChanged : viaChange;
    exact = step(exact, places[k].exact);
  }
  return [exact, changed];
}

function next(from: Reached | undefined, at: readonly number[], piece: Piece, total: number): Reached | undefined {
  if (!from) return undefined;
  const start = firstAtOrAfter(at, from.end);
  if (start === undefined || start - from.end > piece.reach || from.skipped + start - from.end > total) return undefined;
  return { end: start + piece.words.length, skipped: from.skipped + start - from.end };
}

function piecesOf(items: readonly QuoteItem[], ellipsisReach: number): Piece[] {
  const pieces: Piece[] = [];
  let reach = 0, run: WordItem[] = [];
  for (const item of items) {
    if (item.kind === 'word') { run.push(item); continue; }
    if (run.length) pieces.push({ words: run, reach });
    run = [];
    reach = Math.min(item.max, ellipsisReach);
  }
  if (run.length) pieces.push({ words: run, reach });
  return pieces;
}

/** Where the piece stands: through its two rarest words' positions (a piece of one word, only as it is). */
function placesOf(piece: Piece, source: SourceIndex, equal: WordEqual): Places {
  const anchors = piece.words
    .map((item, q) => ({ q, at: source.positions.get(item.word.key) }))
    .filter((a): a is { q: number; at: number[] } => a.at !== undefined)
    .sort((a, b) => a.at.length - b.at.length)
    .slice(0, piece.words.length > 1 ? 2 : 1);
  const places: Places = { exact: [], changed: [] };
  for (const start of mergedStarts(anchors)) {
    if (start < 0 || start + piece.words.length > source.words.length) continue;
    let differing = 0;
    for (let q = 0; q < piece.words.length && differing < 2; q++) if (!equal(piece.words[q], start + q)) differing++;
    if (differing === 0) places.exact.push(start);
    else if (differing === 1 && piece.words.length > 1) places.changed.push(start);
  }
  return places;
}

/** The piece's starts the anchors point at, in order, once each (each anchor's positions are sorted). */
function* mergedStarts(anchors: readonly { q: number; at: readonly number[] }[]): Generator<number> {
  const [a, b] = anchors;
  let i = 0, j = 0, last = -Infinity;
  while (a && i < a.at.length) {
    const fromA = a.at[i] - a.q, fromB = b && j < b.at.length ? b.at[j] - b.q : Infinity;
    const start = Math.min(fromA, fromB);
    if (fromA === start) i++;
    if (fromB === start) j++;
    if (start !== last) yield (last = start);
  }
  while (b && j < b.at.length) { const start = b.at[j++] - b.q; if (start !== last) yield (last = start); }
}

/** The first of the sorted `values` at or after `min`. */
function firstAtOrAfter(values: readonly number[], min: number): number | undefined {
  let lo = 0, hi = values.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (values[mid] < min) lo = mid + 1; else hi = mid; }
  return lo < values.length ? values[lo] : undefined;
}
