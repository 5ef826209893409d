// Local alignment of a quote's words against a stretch of a source's words: the fewest word edits
// (a word changed, added or left out) that turn some passage of the stretch into the quote, the
// passage's start and end being free. A gap of the quote (an ellipsis, a bracketed insertion)
// passes over source words at no cost, up to its length. The table is (quote words) × (stretch),
// small because matching.ts aligns only around the passages the index points at.

import type { QuoteItem } from './quoteWords';
import type { Word } from './words';

/** What the quote and the source disagree on at one place: words of the quote against words of the source. */
export interface WordDifference {
  quote: Word[];
  source: Word[];
  /**
   * The quote's word just before the difference, if any: where words left out go back (a run of
   * them always has one: the alignment leaves words out after a quote word, never before the
   * quote's first word or right after a gap).
   */
  before?: Word;
}

export interface Alignment {
  /** The passage: source word indexes [from, to). */
  from: number;
  to: number;
  /** Quote words equal to their source word. */
  matched: number;
  differences: WordDifference[];
}

const DIAGONAL = 0, UP = 1, LEFT = 2, GAP = 3;
/**
 * Costs in tenths: a word changed or added costs 10; leaving out source words costs 10 for the
 * first and 1 for each next, so that a clause dropped without an ellipsis is told as "leaves out"
 * rather than as many words changed.
 */
const WORD = 10, LEAVE_OUT = 10, LEAVE_OUT_MORE = 1;
const NEVER = 1 << 30;

/** `same(item, k)`: whether the quote's word item equals the source's word `k`. */
export function align(items: readonly QuoteItem[], words: readonly Word[], lo: number, hi: number, same: (item: Extract<QuoteItem, { kind: 'word' }>, k: number) => boolean): Alignment {
  const n = items.length, w = hi - lo, cols = w + 1;
  // Costs are counted in units of n + 1, less one per word matched: of two ways that cost the
  // same, the one matching more words wins (`go the the no` against `go the the the no` leaves
  // out a word rather than changing `go` into the word before it), and no number of words
  // matched outweighs a unit of cost.
  const unit = n + 1, word = WORD * unit, leaveOut = LEAVE_OUT * unit, leaveOutMore = LEAVE_OUT_MORE * unit;
  const cost = new Int32Array((n + 1) * cols);
  const move = new Uint8Array((n + 1) * cols);
  const from = new Int32Array((n + 1) * cols); // the column a gap row came from
  // The cheapest way to reach a cell by leaving out source words, and whether its run opens there.
  const left = new Int32Array((n + 1) * cols).fill(NEVER);
  const opens = new Uint8Array((n + 1) * cols);
  for (let i = 1; i <= n; i++) {
    const item = items[i - 1];
    const row = i * cols, prev = row - cols;
    if (item.kind === 'gap') {
      let best = 0;
      for (let j = 0; j <= w; j++) {
        // An ellipsis: the cheapest column so far (the latest of equals: a quote opening on an
        // ellipsis starts its passage at its first word, not at the stretch's); a bracket: the cheapest of the last few.
        if (item.max === Infinity) { if (cost[prev + j] <= cost[prev + best]) best = j; } else {
          best = j;
          for (let k = Math.max(0, j - item.max); k < j; k++) if (cost[prev + k] < cost[prev + best]) best = k;
        }
        cost[row + j] = cost[prev + best]; move[row + j] = GAP; from[row + j] = best;
      }
      continue;
    }
    cost[row] = cost[prev] + word; move[row] = UP;
    for (let j = 1; j <= w; j++) {
      const open = cost[row + j - 1] + leaveOut, more = left[row + j - 1] + leaveOutMore;
      left[row + j] = Math.min(open, more); opens[row + j] = open <= more ? 1 : 0;
      const diag = cost[prev + j - 1] + (same(item, lo + j - 1) ? -1 : word);
      const up = cost[prev + j] + word, leave = left[row + j];
      if (diag <= up && diag <= leave) { cost[row + j] = diag; move[row + j] = DIAGONAL; } else if (up <= leave) { cost[row + j] = up; move[row + j] = UP; } else { cost[row + j] = leave; move[row + j] = LEFT; }
    }
  }
  let end = 0;
  for (let j = 1; j <= w; j++) if (cost[n * cols + j] <= cost[n * cols + end]) end = j; // the last of the cheapest: a word left out before the end is named as such
  return traceBack(items, words, lo, { cols, move, from, opens }, n, end, same);
}

interface Table { cols: number; move: Uint8Array; from: Int32Array; opens: Uint8Array }

function traceBack(items: readonly QuoteItem[], words: readonly Word[], lo: number, t: Table, n: number, end: number, same: Parameters<typeof align>[4]): Alignment {
  const differences: WordDifference[] = [];
  let open: WordDifference | undefined;
  let i = n, j = end, matched = 0;
  let to: number | undefined; // where the passage ends: at the quote's last word, whatever gap follows it
  const close = () => {
    const before = i > 0 ? items[i - 1] : undefined;
    if (open) differences.push({ quote: open.quote.reverse(), source: open.source.reverse(), before: before?.kind === 'word' ? before.word : undefined });
    open = undefined;
  };
  const differ = () => (open ??= { quote: [], source: [] });
  let leaving = false; // in a run of source words left out, read from its end
  while (i > 0) {
    const item = items[i - 1];
    const at = i * t.cols + j;
    if (leaving) {
      differ().source.push(words[lo + j - 1]);
      leaving = !t.opens[at];
      j--;
      continue;
    }
    if (t.move[at] === GAP) { close(); j = t.from[at]; i--; continue; }
    to ??= j;
    if (item.kind !== 'word') break;
    if (t.move[at] === DIAGONAL && j > 0) {
      if (same(item, lo + j - 1)) { close(); matched++; } else { differ().quote.push(item.word); differ().source.push(words[lo + j - 1]); }
      i--; j--;
    } else if (t.move[at] === LEFT && j > 0) leaving = true;
    else { differ().quote.push(item.word); i--; }
  }
  close();
  return { from: lo + j, to: lo + (to ?? end), matched, differences: differences.reverse() };
}
