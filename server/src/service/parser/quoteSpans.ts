// Reads the inline markup of one paragraph: quote spans `[words]{@id}`, nested spans, escapes,
// plain bracket pairs, orphan closers and comments (skipped). Offsets are relative to the
// paragraph's own text so that the result can be cached and re-used wherever the paragraph moves.
//
// One left-to-right pass with a stack of open brackets: linear in the paragraph's length, whatever
// the nesting. A `[` only becomes a quote when its `]` is followed by `{`, so the children found
// inside a bracket pair that turns out to be plain text are handed to the enclosing bracket.

import type { MarkupProblem, Quote, QuoteKind } from '../syntax';
import { OPENING_MARKS, QUOTE_PAIRS, isQuotationMarkAt, isWhitespace, mayBeTrailingApostrophe } from '../text/characters';
import { commentOpensAt, skipComment } from '../text/scan';

const ESCAPABLE = new Set(['[', ']', '{', '\\']);
/** Whether an escape opens at `i`: a backslash before one of ESCAPABLE, inside [.., end); the two are one character of text. */
function escapeAt(t: string, i: number, end: number): boolean {
  return t[i] === '\\' && i + 1 < end && ESCAPABLE.has(t[i + 1]);
}
const ID_CHAR = /[a-zA-Z0-9_-]/;

export interface ParagraphMarkup {
  quotes: Quote[];
  problems: MarkupProblem[];
}

interface OpenBracket {
  at: number;
  children: Quote[];
}

export function parseQuoteSpans(t: string): ParagraphMarkup {
  const problems: MarkupProblem[] = [];
  const top: Quote[] = [];
  const stack: OpenBracket[] = [];
  const childrenOfTop = () => (stack.length ? stack[stack.length - 1].children : top);

  let i = 0;
  const n = t.length;
  while (i < n) {
    const ch = t[i];
    if (escapeAt(t, i, n)) { i += 2; continue; }
    if (commentOpensAt(t, i)) { i = skipComment(t, i); continue; }
    if (ch === '[') { stack.push({ at: i, children: [] }); i++; continue; }
    if (ch === '{' && t[i + 1] === '@' && t[i - 1] !== ']') { // after `\]`: written as text on purpose
      // `{@id}` that follows no `]` (`[words] {@chen}`, `[x]{@a}{@b}`): markup that would be
      // published as it stands.
      const stray = readAttribution(t, i);
      if (stray.closed) {
        problems.push({
          code: 'quote-orphan', start: i, end: stray.end,
          message: `"${t.slice(i, Math.min(stray.end, i + 40))}" follows no quoted words: write them in brackets right before it, "[...]${t.slice(i, Math.min(stray.end, i + 40))}"`,
        });
        i = stray.end;
        continue;
      }
    }
    if (ch === ']') {
      if (t[i + 1] !== '{') {
        // A plain bracket pair: its inner quotes belong to the enclosing bracket.
        const open = stack.pop();
        if (open) childrenOfTop().push(...open.children);
        i++;
        continue;
      }
      const attribution = readAttribution(t, i + 1);
      const open = stack.pop();
      if (!open) {
        problems.push({
          code: 'quote-orphan', start: i, end: attribution.end,
          message: `"${t.slice(i, Math.min(attribution.end, i + 40))}" closes a quote that was never opened: add "[" where the quoted words begin`,
        });
        i = attribution.end;
        continue;
      }
      if (!attribution.closed) {
        problems.push({
          code: 'quote-unclosed', start: i + 1, end: attribution.end,
          message: attribution.hasAt
            ? `The speaker "{@${attribution.id}" is not closed: add "}" after the speaker id`
            : 'A quote\'s words must be followed by "{@speaker-id}"',
        });
      }
      const quote = makeQuote(t, open, i, attribution);
      if (quote.text.trim() === '') {
        problems.push({ code: 'quote-empty', start: quote.start, end: quote.end, message: `The quote attributed to "@${quote.speakerId}" has no words between its brackets` });
      }
      childrenOfTop().push(quote);
      i = attribution.end;
      continue;
    }
    i++;
  }
  // Brackets still open at the end of the paragraph are plain text: keep what they held.
  while (stack.length) {
    const open = stack.pop()!;
    childrenOfTop().push(...open.children);
  }
  sortByStart(top);
  return { quotes: top, problems };
}

interface Attribution {
  /** Offset just past the attribution (past `}`, or past what was read when unclosed). */
  end: number;
  id: string;
  idStart: number;
  idEnd: number;
  closed: boolean;
  hasAt: boolean;
}

/** Reads `{@id}` starting at the `{`. Unclosed: stops at the first character that is not part of an id. */
function readAttribution(t: string, brace: number): Attribution {
  let i = brace + 1;
  const hasAt = t[i] === '@';
  if (hasAt) i++;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  const idStart = i;
  while (i < t.length && ID_CHAR.test(t[i])) i++;
  const idEnd = i;
  let j = i;
  while (j < t.length && (t[j] === ' ' || t[j] === '\t')) j++;
  const closed = hasAt && t[j] === '}';
  return { end: closed ? j + 1 : idEnd, id: t.slice(idStart, idEnd), idStart, idEnd, closed, hasAt };
}

function makeQuote(t: string, open: OpenBracket, close: number, a: Attribution): Quote {
  sortByStart(open.children);
  const text = publish(t, open.at + 1, close);
  const quote: Quote = {
    start: open.at,
    end: a.end,
    content: { start: open.at + 1, end: close },
    speakerSpan: { start: a.idStart, end: a.idEnd },
    speakerId: a.id,
    kind: quoteKind(text),
    text,
    children: open.children,
    depth: 0,
  };
  setDepth(open.children, 1);
  return quote;
}

function setDepth(quotes: Quote[], depth: number) {
  for (const q of quotes) { q.depth = depth; setDepth(q.children, depth + 1); }
}

function sortByStart(quotes: Quote[]) {
  quotes.sort((a, b) => a.start - b.start);
}

/**
 * The words of [start, end) as published: escapes resolved, comments dropped (a comment alone on
 * its lines takes the lines with it), `[` and `]{@id}` of quote spans removed; plain bracket
 * pairs are kept, they are part of the words. strip() publishes paragraphs with it, and each
 * quote's `text` is its words published the same way.
 */
export function publish(t: string, start: number, end: number): string {
  const markup = markupBrackets(t, start, end);
  let out = '';
  let i = start;
  while (i < end) {
    if (escapeAt(t, i, end)) {
      // `\]{` unescaped would read as quote markup again: keep that one escape.
      if (t[i + 1] === ']' && t[i + 2] === '{') out += '\\';
      out += t[i + 1];
      i += 2;
      continue;
    }
    if (commentOpensAt(t, i)) {
      let after = skipComment(t, i, end);
      const lineStartOut = out.length === 0 || out.endsWith('\n') || out.endsWith('\r');
      let j = after;
      while (j < end && (t[j] === ' ' || t[j] === '\t')) j++;
      if (lineStartOut && (j === end || t[j] === '\n' || t[j] === '\r')) {
        // The comment filled its lines: drop its line break too.
        if (t[j] === '\r') j++;
        if (t[j] === '\n') j++;
        after = j;
      } else if (out.endsWith(' ') && t[after] === ' ') {
        after++; // "word <!-- x --> word": one space, not two
      }
      i = after;
      continue;
    }
    const skipTo = markup.get(i);
    if (skipTo !== undefined) { i = skipTo; continue; }
    out += t[i];
    i++;
  }
  // A comment at the end of a paragraph leaves trailing spaces on its line: drop them.
  let e = out.length;
  while (e > 0 && isWhitespace(out.charCodeAt(e - 1)) && out[e - 1] !== '\n') e--;
  return out.slice(0, e);
}

/** Maps the offset of each markup bracket to the offset just past it (`[` → +1, `]{@id}` → past `}`). */
function markupBrackets(t: string, start: number, end: number): Map<number, number> {
  const result = new Map<number, number>();
  const stack: number[] = [];
  let i = start;
  while (i < end) {
    if (escapeAt(t, i, end)) { i += 2; continue; }
    if (commentOpensAt(t, i)) { i = skipComment(t, i, end); continue; }
    const ch = t[i];
    if (ch === '[') stack.push(i);
    else if (ch === ']') {
      const open = stack.pop();
      if (t[i + 1] === '{') {
        const a = readAttribution(t, i + 1);
        const stop = Math.min(a.end, end);
        if (open !== undefined) result.set(open, open + 1);
        result.set(i, stop);
        i = stop;
        continue;
      }
    }
    i++;
  }
  return result;
}

/**
 * direct: the words open with a quotation mark and close with its closing mark (a continuing
 * paragraph may lack the closing one: the quote-marks check decides whether that is allowed);
 * partial: marks around only some of the words; indirect: no marks at all.
 */
export function quoteKind(words: string): QuoteKind {
  let s = 0, e = words.length;
  while (s < e && isWhitespace(words.charCodeAt(s))) s++;
  while (e > s && isWhitespace(words.charCodeAt(e - 1))) e--;
  if (s === e) return 'indirect';
  if (OPENING_MARKS.has(words[s])) {
    const closers = QUOTE_PAIRS.get(words[s])!;
    // Wholly quoted when the first mark's partner is the last mark of the words.
    const closeAt = findClosingMark(words, s + 1, e, words[s], closers);
    if (closeAt === -1 || closeAt >= e - 1 || onlyPunctuationAfter(words, closeAt + 1, e)) return 'direct';
    return 'partial';
  }
  // Scanning from the start, no `‘` is open yet: a `’` after a letter is a possessive apostrophe.
  for (let i = s; i < e; i++) if (isQuotationMarkAt(words, i) && !mayBeTrailingApostrophe(words, i)) return 'partial';
  return 'indirect';
}

function findClosingMark(words: string, from: number, end: number, opener: string, closers: readonly string[]): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const ch = words[i];
    if (!isQuotationMarkAt(words, i)) continue;
    if (closers.includes(ch) && (opener !== '"' || depth === 0)) {
      if (depth === 0) return i;
      depth--;
    } else if (ch === opener && opener !== '"') depth++;
  }
  return -1;
}

function onlyPunctuationAfter(words: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!',.;:!?'.includes(words[i]) && !isWhitespace(words.charCodeAt(i))) return false;
  return true;
}
