// A quote as the aligner reads it: its words in the document (offsets kept for the quick fix),
// with gaps where the writer left words out on purpose: an ellipsis (`…`, `...`) stands for any
// number of the source's words, a bracketed insertion (`[the agreement]`, escaped or plain
// brackets) for a few of them, and its own words are not compared. The markup of quotes nested
// inside (`[`, `]{@id}`) is no part of the words. Of a partial quote only the words inside its
// quotation marks are the speaker's: the rest is the writer's paraphrase, an ellipsis between them.

import type { Quote } from '../syntax';
import { walkQuotes } from '../syntax';
import { QUOTE_PAIRS, isQuotationMarkAt, isWordChar, isWordCode } from '../text/characters';
import { wordsOf, type Word } from './words';

/** How many source words a bracketed insertion may stand for. */
const BRACKET_GAP = 8;

export type QuoteItem =
  | {
    kind: 'word'; word: Word; /** Letter case may differ: the first word, or the first after a gap. */ caseFree: boolean;
    /**
     * A word whose letters the writer changed in brackets (`[T]he`, `call[ed]`, as style books
     * have it): it stands for any source word with its letters outside the brackets, in any case
     * (fitsPattern). Its key is no source word's (it holds the brackets).
     */
    fits?: LetterPattern;
  }
  | { kind: 'gap'; /** The most source words it stands for (Infinity for an ellipsis). */ max: number; start: number; end: number };

export function quoteItems(text: string, quote: Quote): QuoteItem[] {
  const masked: [number, number][] = [];
  for (const child of walkQuotes(quote.children)) masked.push([child.start, child.content.start], [child.content.end, child.end]);
  const inMask = (at: number) => masked.some(([a, b]) => at >= a && at < b);
  const fragments = quote.kind === 'partial' ? quotedFragments(text, quote.content.start, quote.content.end, inMask) : [];
  masked.push(...gapsAsMask(fragments, quote.content.start, quote.content.end, quote.kind === 'partial'));
  const inWordBrackets: [number, number][] = [];
  const gaps = gapsOf(text, quote.content.start, quote.content.end, inMask, inWordBrackets);
  // Between two quoted fragments of a partial quote: the paraphrase, read as an ellipsis.
  for (let k = 1; k < fragments.length; k++) gaps.push({ kind: 'gap', max: Infinity, start: fragments[k - 1][1], end: fragments[k][0] });
  gaps.sort((a, b) => a.start - b.start);
  const inGap = (at: number) => inMask(at) || gaps.some((g) => g.max !== Infinity && at >= g.start && at < g.end);
  const items: QuoteItem[] = [];
  let g = 0;
  let afterGap = true;
  for (const { word, fits } of joinBracketedLetters(text, wordsOf(text, quote.content.start, quote.content.end, inGap), inWordBrackets)) {
    while (g < gaps.length && gaps[g].start < word.start) { items.push(gaps[g++]); afterGap = true; }
    items.push(fits ? { kind: 'word', word, caseFree: true, fits } : { kind: 'word', word, caseFree: afterGap });
    afterGap = false;
  }
  while (g < gaps.length) items.push(gaps[g++]);
  return items;
}

/** The letters outside the brackets of a word written with some in brackets (`[T]he`: `he` at the end). */
export interface LetterPattern {
  /** The runs of letters outside the brackets, in order. */
  parts: string[];
  /** Whether the word starts (ends) with a run of letters rather than a bracket. */
  fromStart: boolean;
  toEnd: boolean;
}

/** Whether a source word's key has the pattern's letters in order, at its start and end where the pattern's are. */
export function fitsPattern(pattern: LetterPattern, key: string): boolean {
  const { parts, fromStart, toEnd } = pattern;
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (k === 0 && fromStart) {
      if (!key.startsWith(part)) return false;
      at = part.length;
    } else if (k === parts.length - 1 && toEnd) {
      return key.length - part.length >= at && key.endsWith(part);
    } else {
      const found = key.indexOf(part, at);
      if (found < 0) return false;
      at = found + part.length;
    }
  }
  return true;
}

/**
 * The words, with each run of words and brackets written together (`[T]he`, `call[ed]`) made one
 * word, the pattern of its letters outside the brackets kept.
 */
function joinBracketedLetters(text: string, words: readonly Word[], brackets: readonly [number, number][]): { word: Word; fits?: LetterPattern }[] {
  if (!brackets.length) return words.map((word) => ({ word }));
  // Words and brackets in order of start; a run is what touches or overlaps (a bracket holds its own letters' word).
  const segments = [...words.map((word) => ({ start: word.start, end: word.end, word })), ...brackets.map(([start, end]) => ({ start, end, word: undefined }))]
    .sort((x, y) => x.start - y.start); // no word starts at a bracket: no ties
  const out: { word: Word; fits?: LetterPattern }[] = [];
  for (let k = 0; k < segments.length;) {
    const run = [segments[k++]];
    let to = run[0].end;
    while (k < segments.length && segments[k].start <= to) { to = Math.max(to, segments[k].end); run.push(segments[k++]); }
    const ranges = run.filter((r) => !r.word);
    if (!ranges.length) { out.push({ word: run[0].word! }); continue; }
    // The letters outside every bracket of the run, in order.
    const outside = run.filter((r) => r.word && ranges.every((br) => r.start >= br.end || r.end <= br.start)).map((r) => r.word!);
    const from = run[0].start;
    const raw = text.slice(from, to);
    out.push({
      word: { start: from, end: to, text: raw, key: raw }, // holds a bracket: no source word's key
      fits: { parts: outside.map((w) => w.key), fromStart: outside[0]?.start === from, toEnd: outside[outside.length - 1]?.end === to },
    });
  }
  return out;
}

/**
 * The ellipses and bracketed insertions of `text[start, end)`, in order. A bracket written against
 * a word's letters (`[T]he`, `call[ed]`) is no insertion: it goes to `inWord`, the letters of a word.
 */
function gapsOf(text: string, start: number, end: number, inMask: (at: number) => boolean, inWord: [number, number][]): Extract<QuoteItem, { kind: 'gap' }>[] {
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
        if (isLetterEdit(text, i, close)) inWord.push([i, close + 1]);
        else gaps.push({ kind: 'gap', max: BRACKET_GAP, start: i, end: close + 1 });
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

/**
 * Whether the bracket `text[open..close]` changes a word's letters (`[T]he`, `call[ed]`): it holds
 * letters only and touches a letter outside. `[the board]`, `[sic]` and `[...]` stand alone.
 */
function isLetterEdit(text: string, open: number, close: number): boolean {
  // Escaped (`\\[T\\]he`, published as `[T]he`): the letters lie between the backslashed brackets.
  const first = text[open] === '\\' ? open + 2 : open + 1;
  const last = text[close - 1] === '\\' ? close - 1 : close;
  if (first >= last) return false;
  for (let k = first; k < last; k++) if (!isWordChar(text[k])) return false;
  return isWordCode(text.charCodeAt(open - 1)) || isWordCode(text.charCodeAt(close + 1));
}
