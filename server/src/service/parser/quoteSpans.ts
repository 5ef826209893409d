// Reads the inline markup of one paragraph: quote spans `[words]{@id}`, nested spans, escapes,
// plain bracket pairs, orphan closers and comments (skipped). Offsets are relative to the
// paragraph's own text so that the result can be cached and re-used wherever the paragraph moves.
//
// One left-to-right pass with a stack of open brackets. A `[` only becomes a quote when its `]` is
// followed by `{`, so the children found inside a bracket pair that turns out to be plain text are
// handed to the enclosing bracket.
//
// Nesting is capped at MAX_BRACKET_DEPTH open brackets (issue 13, item 8): each quote carries its
// published words, so 20,000 nested quotes would hold some 10^9 characters of text, and every
// reader of the tree that walks quotes recursively would overflow the stack. A `[` past the cap is
// text, a quote that would open there is not one, and the paragraph gets one `quote-depth`
// finding. With the cap, the parse is linear in the paragraph's length (times the cap).

import type { MarkupProblem, Quote, QuoteKind } from '../syntax';
import { OPENING_MARKS, QUOTE_PAIRS, isQuotationMarkAt, isWhitespace, mayBeTrailingApostrophe } from '../text/characters';
import { commentOpensAt, skipComment } from '../text/scan';

const ESCAPABLE = new Set(['[', ']', '{', '\\']);
/** Whether an escape opens at `i`: a backslash before one of ESCAPABLE, inside [.., end); the two are one character of text. */
function escapeAt(t: string, i: number, end: number): boolean {
  return t[i] === '\\' && i + 1 < end && ESCAPABLE.has(t[i + 1]);
}
const ID_CHAR = /[a-zA-Z0-9_-]/;

/** Open brackets at once beyond which `[` is read as text: far more than any copy nests quotes. */
export const MAX_BRACKET_DEPTH = 32;

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
  const handUp = (children: Quote[]) => { const to = childrenOfTop(); for (const c of children) to.push(c); };
  // `[` read as text past the cap, still open, and the first quote that was not one because of it.
  const tooDeep: number[] = [];
  let dropped: MarkupProblem | undefined;
  // The markup brackets of the whole paragraph, read once for every quote's published words
  // (the brackets inside a quote pair among themselves, so the paragraph's map serves them all).
  let markup: Map<number, number> | undefined;

  let i = 0;
  const n = t.length;
  while (i < n) {
    const ch = t[i];
    if (escapeAt(t, i, n)) { i += 2; continue; }
    if (commentOpensAt(t, i)) { i = skipComment(t, i); continue; }
    if (ch === '[') {
      if (stack.length < MAX_BRACKET_DEPTH) stack.push({ at: i, children: [] });
      else tooDeep.push(i);
      i++;
      continue;
    }
    if (ch === ']' && tooDeep.length) {
      const at = tooDeep.pop()!;
      if (t[i + 1] !== '{') { i++; continue; }
      const attribution = readAttribution(t, i + 1);
      if (!dropped || at < dropped.start) dropped = tooDeepProblem(t, at, attribution);
      i = attribution.end;
      continue;
    }
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
        if (open) handUp(open.children);
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
      markup ??= markupBrackets(t, 0, n);
      const quote = makeQuote(t, open, i, attribution, markup);
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
  while (stack.length) handUp(stack.pop()!.children);
  sortByStart(top);
  setDepths(top);
  if (dropped) problems.push(dropped);
  return { quotes: top, problems };
}

function tooDeepProblem(t: string, open: number, a: Attribution): MarkupProblem {
  return {
    code: 'quote-depth', start: open, end: a.end,
    message: `This quote of "@${a.id}" lies more than ${MAX_BRACKET_DEPTH} brackets deep: it and every quote inside it are read as plain text (their markup is still removed when published)`,
  };
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

function makeQuote(t: string, open: OpenBracket, close: number, a: Attribution, markup: Map<number, number>): Quote {
  sortByStart(open.children);
  const text = publish(t, open.at + 1, close, markup);
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
  return quote;
}

/** Sets every quote's depth once the tree is complete, with a stack rather than recursion. */
function setDepths(top: Quote[]) {
  const pending: { quotes: Quote[]; depth: number }[] = [{ quotes: top, depth: 0 }];
  while (pending.length) {
    const { quotes, depth } = pending.pop()!;
    for (const q of quotes) {
      q.depth = depth;
      if (q.children.length) pending.push({ quotes: q.children, depth: depth + 1 });
    }
  }
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
export function publish(t: string, start: number, end: number, markup = markupBrackets(t, start, end)): string {
  let out = '';
  let run = start; // the plain characters [run, i) are not yet in `out`
  let i = start;
  while (i < end) {
    const escape = escapeAt(t, i, end);
    const comment = !escape && commentOpensAt(t, i);
    const skipTo = escape || comment ? undefined : markup.get(i);
    if (!escape && !comment && skipTo === undefined) { i++; continue; }
    out += t.slice(run, i);
    if (escape) {
      // `\]{` unescaped would read as quote markup again: keep that one escape.
      if (t[i + 1] === ']' && t[i + 2] === '{') out += '\\';
      out += t[i + 1];
      i += 2;
    } else if (comment) {
      i = pastComment(t, i, end, out);
      // A comment on the last lines of what is published, with a line break after it (past `end`:
      // the caller keeps that one, as the paragraph's own), goes with the line break before it.
      if (i > end && out.endsWith('\n')) out = out.slice(0, out.endsWith('\r\n') ? -2 : -1);
    } else {
      i = skipTo!;
    }
    run = i;
  }
  out += t.slice(run, end);
  // A comment at the end of a paragraph leaves trailing spaces on its line: drop them.
  let e = out.length;
  while (e > 0 && isWhitespace(out.charCodeAt(e - 1)) && out[e - 1] !== '\n') e--;
  return out.slice(0, e);
}

/**
 * The words of [start, end) as published when they are the start of a longer stretch that runs to
 * `scanEnd` (the dateline of a paragraph): a `[` before `end` whose `]{@id}` lies past it is still
 * markup, as it is when the whole stretch is published.
 */
export function publishOpening(t: string, start: number, end: number, scanEnd: number): string {
  return publish(t, start, end, markupBrackets(t, start, Math.max(end, scanEnd)));
}

/** Where publishing resumes after the comment at `i`, given what was published before it. */
function pastComment(t: string, i: number, end: number, out: string): number {
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
  return after;
}

/** Maps the offset of each markup bracket to the offset just past it (`[` → +1, `]{@id}` → past `}`). */
function markupBrackets(t: string, start: number, end: number): Map<number, number> {
  const result = new Map<number, number>();
  const stack: number[] = [];
  let i = start;
  while (i < end) { // callers scan to a block's end, where no "]" stands
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
    // A mark that closes is never counted as an opener: straight `"` marks do not nest.
    if (closers.includes(ch)) {
      if (depth === 0) return i;
      depth--;
    } else if (ch === opener) depth++;
  }
  return -1;
}

function onlyPunctuationAfter(words: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!',.;:!?'.includes(words[i]) && !isWhitespace(words.charCodeAt(i))) return false;
  return true;
}
