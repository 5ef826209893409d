// Words with their offsets, the unit quotes are compared in: letters and digits, with an
// apostrophe or hyphen inside a word kept (`don't`, `long-term`). Everything else (punctuation,
// quotation marks, white space and line breaks) only separates words, which is how typographic
// marks, spacing and line breaks are tolerated. Typographic apostrophes are read as `'`.
// A source's markup (a `.news` article's front matter, quote markup and comments; a NITF file's
// tags) is blanked first, keeping every offset, so that a passage is shown where it is in the file.

import { isWordChar } from '../text/characters';

export interface Word {
  start: number;
  end: number;
  /** The word as written, apostrophes made straight. */
  text: string;
  /** `text` in lower case: what the index and the comparison read. */
  key: string;
}

const MODIFIER_APOSTROPHE = '\u02bc';
const APOSTROPHES = new Set(['\u2019', '\u2018', MODIFIER_APOSTROPHE, '\u2032', "'"]);
const JOINERS = new Set([...APOSTROPHES, '-', '\u2010', '\u2011']);
/** A letter or digit of a word: the modifier letter apostrophe (`donʼt`) is a letter to Unicode, but an apostrophe here like `’`. */
const inWord = (ch: string) => ch !== MODIFIER_APOSTROPHE && isWordChar(ch);

/** The words of `text[start, end)`; `isGap` marks offsets whose character is to be read as a separator. */
export function wordsOf(text: string, start = 0, end = text.length, isGap?: (offset: number) => boolean): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    if (isGap?.(i) || !inWord(text[i])) { i++; continue; }
    const from = i;
    let typographic = false; // a curly apostrophe or a Unicode hyphen inside: made plain below
    while (i < end && !isGap?.(i)) {
      const ch = text[i];
      if (inWord(ch)) { i++; continue; }
      if (!JOINERS.has(ch) || i + 1 >= end || !inWord(text[i + 1]) || isGap?.(i + 1)) break;
      if (ch !== "'" && ch !== '-') typographic = true;
      i++;
    }
    const raw = typographic ? plainJoiners(text.slice(from, i)) : text.slice(from, i);
    words.push({ start: from, end: i, text: raw, key: raw.toLowerCase() });
  }
  return words;
}

function plainJoiners(word: string): string {
  let out = '';
  for (const ch of word) out += APOSTROPHES.has(ch) ? "'" : JOINERS.has(ch) ? '-' : ch;
  return out;
}

/** How a source file is read, by its name: an article, a NITF (XML) file, or plain text. */
export function sourceKind(path: string): 'news' | 'xml' | 'plain' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.news')) return 'news';
  return lower.endsWith('.xml') || lower.endsWith('.nitf') ? 'xml' : 'plain';
}

/** The source's text with its markup turned into spaces (same length, same offsets). */
export function blankMarkup(text: string, kind: 'news' | 'xml' | 'plain'): string {
  if (kind === 'plain') return text;
  const out = text.split('');
  const blank = (from: number, to: number) => { for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' '; };
  if (kind === 'xml') {
    blankBetween(text, '<', '>', blank);
    blankBetween(text, '&', ';', blank, 10);
  } else {
    blank(0, frontMatterEnd(text));
    blankBetween(text, '<!--', '-->', blank);
    blankBetween(text, '{@', '}', blank, 64);
  }
  return out.join('');
}

/** Blanks every `open ... close` run (at most `within` characters long when given). */
function blankBetween(text: string, open: string, close: string, blank: (from: number, to: number) => void, within = Infinity) {
  let at = text.indexOf(open);
  while (at >= 0) {
    const end = text.indexOf(close, at + open.length);
    if (end < 0) return;
    if (end - at <= within) blank(at, end + close.length);
    at = text.indexOf(open, end - at <= within ? end + close.length : at + 1);
  }
}

/** Where a `.news` source's front matter ends (0 without one). */
function frontMatterEnd(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return 0;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = bom + 3;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}
