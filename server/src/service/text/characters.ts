// Character classes shared by the parser and the checks. Hand-written tests, no regular
// expressions with backtracking: the parser's cost must stay linear in the text.

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** A character that can be part of a word (any script's letters, digits and combining marks). */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

/** `isWordChar` of the UTF-16 code unit `c`, for scanners that walk char codes: no string made below 128. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/**
 * The one definition of white space for every scanner: space, tab, line breaks, form feed and
 * vertical tab, no-break space, thin and narrow no-break spaces, ideographic space.
 */
export function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 ||
    c === 12 || c === 11;
}

/** Opening quotation marks and the closing marks each accepts. `"` opens and closes itself. */
export const QUOTE_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ['"', ['"']],
  ['\u201c', ['\u201d']], // “ ”
  ['\u2018', ['\u2019']], // ‘ ’
  ['\u00ab', ['\u00bb']], // « »
  ['\u201e', ['\u201c', '\u201d']], // „ “ (German), „ ” (Polish)
]);

export const OPENING_MARKS = new Set(QUOTE_PAIRS.keys());
const CLOSING_MARKS = new Set(['"', '\u201d', '\u2019', '\u00bb', '\u201c']);

/**
 * Whether the character at `i` is a quotation mark rather than an apostrophe: `’` between two
 * letters (`don’t`) or after a letter and before a letter/space in `Xinhua’s` is an apostrophe.
 */
export function isQuotationMarkAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // Fast exit for the common case: only these code points can be quotation marks.
  if (code !== 34 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201e)) return false;
  const ch = text[i];
  if (ch === '\u2019' || ch === '\u2018') {
    const before = i > 0 ? text[i - 1] : ' ';
    const after = i + 1 < text.length ? text[i + 1] : ' ';
    if (isWordChar(before) && isWordChar(after)) return false; // don’t, Xinhua’s
    // Past the line above, a digit after the mark has no letter before it: ‘90s, ’90s.
    if (/\d/.test(after)) return false;
  }
  return OPENING_MARKS.has(ch) || CLOSING_MARKS.has(ch);
}

/**
 * A `’` right after a letter that no `‘` before it opened is an apostrophe of a plural possessive
 * (`residents’ homes`, `the Joneses’`), not a closing mark: the callers know whether one is open.
 */
export function mayBeTrailingApostrophe(text: string, i: number): boolean {
  return text[i] === '\u2019' && i > 0 && isWordChar(text[i - 1]);
}

/** Count words: runs of non-space characters holding at least one letter or digit. */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  let hasLetter = false; // the current run of non-space characters holds a letter or digit
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      if (hasLetter) words++;
      hasLetter = false;
    } else if (!hasLetter && isWordChar(text[i])) {
      hasLetter = true;
    }
  }
  if (hasLetter) words++;
  return words;
}

/** Text on one line: runs of white space (line breaks included) become one space, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// One code point at a time (the dateline scanner). Each test looks at one code point, so none of
// them can backtrack; "uppercase" follows the spec's definition that works in any cased script.

const LETTER = /^[\p{L}\p{M}]$/u;

/** The code point starting at `i` as a string (one or two UTF-16 units); '' past the end. */
export function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The code point ending right before `i` (one or two UTF-16 units); '' at the start (`text[-1]`). */
export function codePointBefore(text: string, i: number): string {
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1] ?? '';
}

export function isLetter(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  return ch.length > 0 && LETTER.test(ch);
}

export function isDigit(ch: string): boolean {
  return ch.length === 1 && ch >= '0' && ch <= '9';
}

/** Uppercase in any cased script (`Ä`, `Д`, `Σ`); uncased letters (CJK) are neither. */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
