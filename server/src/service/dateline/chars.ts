// Character classes for the dateline scanner. Each test looks at one code point, so none of them
// can backtrack; "uppercase" follows the spec's definition that works in any cased script.

const LETTER = /^[\p{L}\p{M}]$/u;

/** The code point starting at `i` as a string (one or two UTF-16 units); '' past the end. */
export function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The code point ending right before `i` (one or two UTF-16 units); '' at the start. */
export function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
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

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' ||
    ch === '\u202f' || ch === '\u3000' || ch === '\f' || ch === '\v';
}

/** Dash characters a dateline separator can be made of (the check says which are right). */
export function isDash(ch: string): boolean {
  return ch === '-' || ch === '\u2013' || ch === '\u2014' || ch === '\u2015' || ch === '\u2012';
}

/** Opening quotation marks and brackets that may start the article text after a dateline. */
export function isBodyOpener(ch: string): boolean {
  return ch === '"' || ch === '\u201c' || ch === '\u2018' || ch === '\u00ab' || ch === '\u201e' || ch === '[' ||
    ch === "'" || ch === '(';
}
