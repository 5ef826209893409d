// Quotation marks in a paragraph, paired: the direct quotes the attribution rules start from.
// Straight double quotes open and close by turns; curly and angle marks by their shape. A mark
// that opens and never closes runs to the paragraph's end: wire style leaves the closing mark off
// a paragraph whose quote goes on in the next one.

import { QUOTE_PAIRS, isQuotationMarkAt } from '../text/characters';

export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph's end when unclosed. */
  end: number;
  closed: boolean;
  /** Words between the marks. */
  words: number;
}

const DOUBLE_OPENERS = new Set(['"', '\u201c', '\u00ab', '\u201e']);

export function quotationsIn(text: string, start: number, end: number): Quotation[] {
  const out: Quotation[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (!DOUBLE_OPENERS.has(ch)) { i++; continue; }
    const closers = QUOTE_PAIRS.get(ch) ?? ['"'];
    let j = i + 1;
    while (j < end && !closers.includes(text[j])) j++;
    const closed = j < end;
    const stop = closed ? j + 1 : end;
    out.push({ open: i, end: stop, closed, words: countWords(text, i + 1, closed ? j : end) });
    i = stop;
  }
  return out;
}

function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
    if (letter && !inWord) n++;
    inWord = letter || (inWord && (c === 39 || c === 45));
  }
  return n;
}

/**
 * Quotations in single curly marks (‘...’), the wire's quote inside a quote. The closing ’ is also
 * the apostrophe, so only one after sentence punctuation and before a non-letter closes
 * ("‘Write it down.’"); the opening ‘ follows a space or punctuation.
 */
export function singleQuotationsIn(text: string, start: number, end: number): Quotation[] {
  return singleMarked(text, start, end, (j) => '.,!?'.includes(text[j - 1]));
}

/**
 * British copy quotes in single curly marks at the top level (‘We will fight this,’ she said).
 * For a paragraph with no double marks: inside an open quote, any ’ that isQuotationMarkAt takes
 * for a mark (not don’t, Xinhua’s) and that a non-letter follows closes it (‘every lever it has’
 * to keep ...), as NewsMark reads an open quote: it wants its closer.
 */
export function topLevelSingleQuotationsIn(text: string, start: number, end: number): Quotation[] {
  return singleMarked(text, start, end, (j) => isQuotationMarkAt(text, j));
}

/** ‘...’ runs: an opening ‘ after a non-letter, closed by the first ’ before a non-letter that `closes` accepts. */
function singleMarked(text: string, start: number, end: number, closes: (j: number) => boolean): Quotation[] {
  const out: Quotation[] = [];
  for (let i = start; i < end; i++) {
    if (text[i] !== '\u2018' || i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) continue;
    let j = i + 1;
    while (j < end && !(text[j] === '\u2019' && closes(j) && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? ' '))) j++;
    if (j >= end) continue;
    out.push({ open: i, end: j + 1, closed: true, words: countWords(text, i + 1, j) });
    i = j;
  }
  return out;
}
