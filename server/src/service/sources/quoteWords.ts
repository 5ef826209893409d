// A quote as the aligner reads it: its words in the document (offsets kept for the quick fix),
// with gaps where the writer left words out on purpose: an ellipsis (`…`, `...`) stands for any
// number of the source's words, a bracketed insertion (`[the agreement]`, escaped or plain
// brackets) for a few of them, and its own words are not compared. The markup of quotes nested
// inside (`[`, `]{@id}`) is no part of the words. Of a partial quote only the words inside its
// quotation marks are the speaker's: the rest is the writer's paraphrase, an ellipsis between them.

import type { Quote } from '../syntax';
import { walkQuotes } from '../syntax';
import { QUOTE_PAIRS, isQuotationMarkAt } from '../text/characters';
import { wordsOf, type Word } from './words';

/** How many source words a bracketed insertion may stand for. */
const BRACKET_GAP = 8;

export type QuoteItem =
  | { kind: 'word'; word: Word; /** Letter case may differ: the first word, or the first after a gap. */ caseFree: boolean }
  | { kind: 'gap'; /** The most source words it stands for (Infinity for an ellipsis). */ max: number; start: number; end: number };

export function quoteItems(text: string, quote: Quote): QuoteItem[] {
  const masked: [number, number][] = [];
  for (const child of walkQuotes(quote.children)) masked.push([child.start, child.content.start], [child.content.end, child.end]);
  const inMask = (at: number) => masked.some(([a, b]) => at >= a && at < b);
  const fragments = quote.kind === 'partial' ? quotedFragments(text, quote.content.start, quote.content.end, inMask) : [];
  masked.push(...gapsAsMask(fragments, quote.content.start, quote.content.end, quote.kind === 'partial'));
  const gaps = gapsOf(text, quote.content.start, quote.content.end, inMask);
  // Between two quoted fragments of a partial quote: the paraphrase, read as an ellipsis.
  for (let k = 1; k < fragments.length; k++) gaps.push({ kind: 'gap', max: Infinity, start: fragments[k - 1][1], end: fragments[k][0] });
  gaps.sort((a, b) => a.start - b.start);
  const inGap = (at: number) => inMask(at) || gaps.some((g) => g.max !== Infinity && at >= g.start && at < g.end);
  const items: QuoteItem[] = [];
  let g = 0;
  let afterGap = true;
  for (const word of wordsOf(text, quote.content.start, quote.content.end, inGap)) {
    while (g < gaps.length && gaps[g].start < word.start) { items.push(gaps[g++]); afterGap = true; }
    items.push({ kind: 'word', word, caseFree: afterGap });
    afterGap = false;
  }
  while (g < gaps.length) items.push(gaps[g++]);
  return items;
}

/** The ellipses and bracketed insertions of `text[start, end)`, in order. */
function gapsOf(text: string, start: number, end: number, inMask: (at: number) => boolean): Extract<QuoteItem, { kind: 'gap' }>[] {
  const gaps: Extract<QuoteItem, { kind: 'gap' }>[] = [];
  let i = start;
  while (i < end) {
    if (inMask(i)) { i++; continue; }
    const ch = text[i];
    if (ch === '\u2026') { gaps.push({ kind: 'gap', max: Infinity, start: i, end: i + 1 }); i++; continue; }
    if (ch === '.' && text.startsWith('..', i + 1)) {
      let j = i + 3;
      while (j < end && text[j] === '.') j++;
      gaps.push({ kind: 'gap', max: Infinity, start: i, end: j });
      i = j;
      continue;
    }
    if (ch === '[' || (ch === '\\' && text[i + 1] === '[')) {
      const close = text.indexOf(']', i + 1);
      if (close > 0 && close < end) {
        gaps.push({ kind: 'gap', max: BRACKET_GAP, start: i, end: close + 1 });
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return gaps;
}

/** The stretches inside quotation marks, as [start, end) pairs (a stack of open marks, so `‘…’` inside `“…”` stays inside). */
function quotedFragments(text: string, start: number, end: number, inMask: (at: number) => boolean): [number, number][] {
  const fragments: [number, number][] = [];
  const open: string[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (inMask(i) || !isQuotationMarkAt(text, i)) continue;
    const ch = text[i];
    const top = open[open.length - 1];
    if (top !== undefined && QUOTE_PAIRS.get(top)!.includes(ch)) {
      open.pop();
      if (!open.length) fragments.push([from, i]);
    } else if (QUOTE_PAIRS.has(ch)) { // an apostrophe ending a word (’) is no opening mark
      if (!open.length) from = i + 1;
      open.push(ch);
    }
  }
  if (open.length) fragments.push([from, end]);
  return fragments;
}

/** The complement of the fragments within [start, end): what is masked out of a partial quote (nothing of another). */
function gapsAsMask(fragments: readonly [number, number][], start: number, end: number, partial: boolean): [number, number][] {
  const mask: [number, number][] = [];
  if (!partial) return mask;
  let at = start;
  for (const [a, b] of fragments) { if (a > at) mask.push([at, a]); at = b; }
  if (at < end) mask.push([at, end]);
  return mask;
}
