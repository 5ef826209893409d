// Finds words in quotation marks that lie outside every quote span: candidates for
// `quote-unattributed`. Scans the paragraph once, jumping over quote spans and comments.

import type { LooseQuotation, Quote } from '../syntax';
import { QUOTE_PAIRS, countWords, isQuotationMarkAt } from '../text/characters';
import { commentOpensAt, skipComment, trimEnd } from '../text/scan';

export function findLooseQuotations(t: string, quotes: readonly Quote[]): LooseQuotation[] {
  const found: LooseQuotation[] = [];
  let q = 0; // next top-level quote span to jump over
  let open = -1; // offset of the open quotation mark, or -1
  let closers: readonly string[] = [];
  // Words of the open run in the stretches before the quote spans it holds, and where the current
  // stretch starts: words inside a span are attributed, so they do not count.
  let wordsBefore = 0;
  let from = 0;
  const wordCount = (to: number) => wordsBefore + countWords(t, from, to);

  let i = 0;
  while (i < t.length) {
    if (q < quotes.length && i >= quotes[q].start) {
      // A quote span inside quotation marks (`"We will see [what]{@chen} happens next,"`) does
      // not end the run: its closing mark still closes it, and the words around the span count.
      if (open >= 0) wordsBefore += countWords(t, from, quotes[q].start);
      i = Math.max(i, quotes[q].end);
      from = i;
      q++;
      continue;
    }
    const ch = t[i];
    if (ch === '\\') { i += 2; continue; }
    if (commentOpensAt(t, i)) { i = skipComment(t, i); continue; }
    if (isQuotationMarkAt(t, i)) {
      if (open >= 0 && closers.includes(ch)) {
        found.push({ start: open, end: i + 1, wordCount: wordCount(i) });
        open = -1;
      } else if (open < 0 && QUOTE_PAIRS.has(ch)) {
        open = i;
        closers = QUOTE_PAIRS.get(ch)!;
        wordsBefore = 0;
        from = i + 1;
      }
    }
    i++;
  }
  if (open >= 0) found.push({ start: open, end: trimEnd(t, 0, t.length), wordCount: wordCount(t.length) });
  return found;
}

