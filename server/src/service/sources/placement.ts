// Where a quote stands word for word in a source, whatever its words' frequencies. The votes of
// matching.ts place a quote by its rarest words, and a quote made only of common words loses them
// to chance spots where a few of its words happen to stand close; so before any vote, each piece of
// the quote (its words between two gaps) is looked up exactly, through the index's positions of the
// piece's rarest word, and the pieces are required in order, each within its gap's reach of the one
// before. A quote that is in the source is then aligned where it is, never near a chance spot.

import type { QuoteItem } from './quoteWords';
import type { SourceIndex } from './sourceIndex';

type WordItem = Extract<QuoteItem, { kind: 'word' }>;

/** A run of the quote's words without a gap, and how many source words the gap before it may stand for. */
interface Piece { words: WordItem[]; reach: number }

/** Limits on the source words gaps stand for: one ellipsis, and all the gaps of a quote. */
export interface GapLimits { ellipsis: number; total: number }

/** `equal(item, k)`: whether the quote word stands at source word `k` (letters only: the alignment judges case). */
export type WordEqual = (item: WordItem, k: number) => boolean;

/**
 * The source index of the quote's first word where all its pieces stand word for word, in order,
 * the tightest such place; undefined when there is none (the quote is altered, or not there).
 */
export function exactPlacement(items: readonly QuoteItem[], source: SourceIndex, equal: WordEqual, limits: GapLimits): number | undefined {
  const pieces = piecesOf(items, limits.ellipsis);
  if (!pieces.length) return undefined;
  const starts = pieces.map((p) => occurrences(p, source, equal));
  let best: { at: number; span: number } | undefined;
  for (const at of starts[0]) {
    let end = at + pieces[0].words.length, skipped = 0;
    for (let k = 1; k < pieces.length && end >= 0; k++) {
      // The earliest place of the next piece is the best: a later one only widens the gap.
      const next = firstAtOrAfter(starts[k], end);
      if (next === undefined || next - end > pieces[k].reach || skipped + next - end > limits.total) { end = -1; break; }
      skipped += next - end;
      end = next + pieces[k].words.length;
    }
    if (end >= 0 && (!best || end - at < best.span)) best = { at, span: end - at };
  }
  return best?.at;
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

/** Where the piece stands word for word, in order: found through its rarest word's positions. */
function occurrences(piece: Piece, source: SourceIndex, equal: WordEqual): number[] {
  let anchor = -1, positions: readonly number[] | undefined;
  piece.words.forEach((item, q) => {
    const at = source.positions.get(item.word.key);
    if (at && (!positions || at.length < positions.length)) { anchor = q; positions = at; }
  });
  // No word of the piece is in the source as written (a spelling variant at most): the votes will place it.
  if (!positions) return [];
  const found: number[] = [];
  for (const p of positions) {
    const start = p - anchor;
    if (start < 0 || start + piece.words.length > source.words.length) continue;
    if (piece.words.every((item, q) => equal(item, start + q))) found.push(start);
  }
  return found;
}

/** The first of the sorted `values` at or after `min`. */
function firstAtOrAfter(values: readonly number[], min: number): number | undefined {
  let lo = 0, hi = values.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (values[mid] < min) lo = mid + 1; else hi = mid; }
  return lo < values.length ? values[lo] : undefined;
}
