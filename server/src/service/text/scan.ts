// The small scanning moves every scanner of the service makes: past an HTML comment, to a line's
// start or end, back over trailing white space, "is this character escaped". Written once so that
// the copies cannot drift (the parser and the checks once had two definitions of white space).
// Inner loops read char codes and allocate nothing.

import { isWhitespace } from './characters';

const LF = 10;
const CR = 13;
const BACKSLASH = 92;
const LESS_THAN = 60;

/** Whether an HTML comment opens at `i` (`<!--`). The first character is compared alone: most are not `<`. */
export function commentOpensAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === LESS_THAN && text.startsWith('<!--', i);
}

/**
 * The offset just past the `-->` closing the comment that opens at `i` (`<!--`), or -1 when it is
 * not closed before `end`.
 */
export function commentEndAt(text: string, i: number, end = text.length): number {
  const close = text.indexOf('-->', i + 4);
  return close < 0 || close + 3 > end ? -1 : close + 3;
}

/** Past the comment that opens at `i` (`<!--`): after its `-->`, or `end` when it is unclosed. */
export function skipComment(text: string, i: number, end = text.length): number {
  const after = commentEndAt(text, i, end);
  return after < 0 ? end : after;
}

/** The start of the line holding `offset` (just after the previous `\n` or `\r`). */
export function lineStartAt(text: string, offset: number): number {
  let s = offset;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === LF || c === CR) break;
    s--;
  }
  return s;
}

/** The end of the line holding `offset`: the offset of its `\n` or `\r`, or `limit`. */
export function lineEndAt(text: string, offset: number, limit = text.length): number {
  let e = offset;
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c === LF || c === CR) break;
    e++;
  }
  return e;
}

/** The start of the next line, given a line's end (`\r\n` counts as one break), at most `limit`. */
export function nextLineStart(text: string, lineEnd: number, limit = text.length): number {
  if (text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF) return lineEnd + 2;
  return Math.min(limit, lineEnd + 1);
}

/** The line break the text uses (its first one): `\r\n` or `\n`. */
export function detectEol(text: string): string {
  const i = text.indexOf('\n');
  return text.charCodeAt(i - 1) === CR ? '\r\n' : '\n'; // charCodeAt(-1 or -2) is NaN
}

/** `end` moved back over white space (text/characters.ts `isWhitespace`), not before `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether the character at `at` is escaped: an odd number of backslashes stands right before it. */
export function isEscaped(text: string, at: number): boolean {
  let n = 0;
  while (text.charCodeAt(at - n - 1) === BACKSLASH) n++; // NaN before the start ends it
  return n % 2 === 1;
}
