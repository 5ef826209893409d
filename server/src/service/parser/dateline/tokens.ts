// A tokenizer for a bounded window of text (the dateline lives in the first ~200 characters of
// the first paragraph). Every character is visited once; the callers then walk the token list
// with a cursor that only moves forward, so recognising a dateline is linear in the window.

import type { TextPart } from '../../syntax';
import { codePointAt, codePointBefore, isDigit, isLetter, isLower, isUpper, isWhitespace } from '../../text/characters';

type TokenKind = 'word' | 'comma' | 'dash' | 'open' | 'close' | 'other';

export interface Token extends TextPart {
  kind: TokenKind;
  /** Whitespace separates this token from the previous one (or from the window start). */
  spaceBefore: boolean;
  /** That whitespace holds a line break. */
  newlineBefore: boolean;
}

const MAX_TOKENS = 80;

/** Dash characters a dateline separator can be made of (the check says which are right). */
function isDash(ch: string): boolean {
  return ch === '-' || ch === '\u2013' || ch === '\u2014' || ch === '\u2015' || ch === '\u2012';
}

/** Opening quotation marks and brackets that may start the article text after a dateline. */
export function isBodyOpener(ch: string): boolean {
  return ch === '"' || ch === '\u201c' || ch === '\u2018' || ch === '\u00ab' || ch === '\u201e' || ch === '[' ||
    ch === "'" || ch === '(';
}

/**
 * Words are runs of letters, digits, combining marks, `.`, `'` and `’`, plus hyphens between two
 * letters or digits (`WINSTON-SALEM`, `Agence France-Presse`) and slashes between two letters
 * (`DELHI/MUMBAI`); a hyphen elsewhere is a dash token,
 * so that `--`, `—`, `–` and ` - ` come out as separators.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(end, text.length);
  let space = false;
  let newline = false;
  while (i < stop && tokens.length < MAX_TOKENS) {
    const ch = codePointAt(text, i);
    if (isWhitespace(text.charCodeAt(i))) {
      space = true;
      if (ch === '\n' || ch === '\r') newline = true;
      i += ch.length;
      continue;
    }
    let j = i + ch.length;
    let kind: TokenKind;
    if (isLetter(ch) || isDigit(ch)) {
      kind = 'word';
      let lastAlnum = true;
      while (j < stop) {
        const c = codePointAt(text, j);
        if (isLetter(c) || isDigit(c)) { lastAlnum = true; j += c.length; continue; }
        if (c === '.' || c === "'" || c === '\u2019') { lastAlnum = false; j += 1; continue; }
        if (c === '-' && lastAlnum && j + 1 < stop) {
          const next = codePointAt(text, j + 1);
          // The letter or digit after it, read next, keeps lastAlnum true.
          if (isLetter(next) || isDigit(next)) { j += 1; continue; }
        }
        // `NEW DELHI/MUMBAI`: Reuters joins two places with a slash; only between letters, so
        // that a date such as `Jan 5/6` keeps its day a word of its own.
        if (c === '/' && isLetter(codePointBefore(text, j)) && j + 1 < stop && isLetter(codePointAt(text, j + 1))) {
          j += 1; continue; // the letter after it keeps lastAlnum true
        }
        break;
      }
    } else if (isDash(ch)) {
      kind = 'dash';
      while (j < stop && isDash(text[j])) j++;
    } else if (ch === ',') kind = 'comma';
    else if (ch === '(') kind = 'open';
    else if (ch === ')') kind = 'close';
    else kind = 'other';
    tokens.push({ kind, start: i, end: j, text: text.slice(i, j), spaceBefore: space, newlineBefore: newline });
    space = false;
    newline = false;
    i = j;
  }
  return tokens;
}

/** The part of `text` in [start, end), with its offsets. */
export function part(text: string, start: number, end: number): TextPart {
  return { start, end, text: text.slice(start, end) };
}

// ---------------------------------------------------------------------------------------------
// Word shapes

/** The first letter of a word (skipping nothing: words start with a letter or digit). */
function firstChar(word: string): string {
  return codePointAt(word, 0);
}

export function startsUpper(word: string): boolean {
  return isUpper(firstChar(word));
}

export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigit(word[i])) return true;
  return false;
}

/**
 * A word in capitals: at least one uppercase letter and no lowercase one, except the `c` of a
 * Scottish/Irish `Mc` prefix, which AP keeps in datelines (`McALLEN, Texas`).
 */
export function isCapsWord(word: string): boolean {
  let upper = 0;
  for (let i = 0; i < word.length;) {
    const c = codePointAt(word, i);
    if (isLower(c) && !(i === 1 && word.startsWith('Mc') && word.length > 2)) return false;
    if (isUpper(c)) upper++;
    i += c.length;
  }
  return upper > 0;
}

/** Letters in a word (to tell a place such as `ROME` from a lone `A` or `I`). */
export function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length;) {
    const c = codePointAt(word, i);
    if (isLetter(c)) n++;
    i += c.length;
  }
  return n;
}

/** Initials as in a byline: `J.`, `J.R.`. */
export function isInitials(word: string): boolean {
  if (word.length < 2 || word.length % 2 !== 0) return false;
  for (let i = 0; i < word.length; i += 2) if (!isUpper(word[i]) || word[i + 1] !== '.') return false;
  return true;
}
