// Finds words in quotation marks that lie outside every quote span: candidates for
// `quote-unattributed`. Scans the paragraph once, jumping over quote spans and comments.

import type { LooseQuotation, Quote } from '../syntax';
import { QUOTE_PAIRS, countWords, isQuotationMarkAt } from '../text/characters';

export function findLooseQuotations(t: string, quotes: readonly Quote[]): LooseQuotation[] {
  const found: LooseQuotation[] = [];
  let q = 0; // next top-level quote span to jump over
  let open = -1; // offset of the open quotation mark, or -1
  let closers: readonly string[] = [];
  const wordCount = (from: number, to: number) => countWords(t, from, to);

  let i = 0;
  while (i < t.length) {
    if (q < quotes.length && i >= quotes[q].start) {
      // A quote span interrupts a run: what was open before it is left as it is (unbalanced
      // marks around spans are the quote-marks check's business).
      open = -1;
      i = Math.max(i, quotes[q].end);
      q++;
      continue;
    }
    const ch = t[i];
    if (ch === '\\') { i += 2; continue; }
    if (ch === '<' && t.startsWith('<!--', i)) {
      const close = t.indexOf('-->', i + 4);
      i = close === -1 ? t.length : close + 3;
      continue;
    }
    if (isQuotationMarkAt(t, i)) {
      if (open >= 0 && closers.includes(ch)) {
        found.push({ start: open, end: i + 1, wordCount: wordCount(open + 1, i) });
        open = -1;
      } else if (open < 0 && QUOTE_PAIRS.has(ch)) {
        open = i;
        closers = QUOTE_PAIRS.get(ch)!;
      }
    }
    i++;
  }
  if (open >= 0) found.push({ start: open, end: trimmedEnd(t), wordCount: wordCount(open + 1, t.length) });
  return found;
}

function trimmedEnd(t: string): number {
  let e = t.length;
  while (e > 0 && /\s/.test(t[e - 1])) e--;
  return e;
}
