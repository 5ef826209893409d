// Labels the features share: how a quote, a speaker and a dateline are named in the outline,
// workspace symbols, hover and code actions, and how a count is written ("1 quote", "3 quotes").
// One home, so that the outline and hover cannot name the same thing two ways.

import type { Dateline, ParsedArticle, TextSpan } from './syntax';
import { isWhitespace, oneLine } from './text/characters';

/** How many words of a quote name it in the outline and in workspace symbols. */
const OPENING_WORDS = 8;
/** A cap on the characters of a symbol name, for quotes made of one endless "word". */
const MAX_NAME_CHARS = 80;

/** A count with its noun: "1 quote", "3 quotes", "0 days" (English plurals in -s). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The opening words of a quote, "…" when there are more: its name in lists of symbols. */
export function openingWords(text: string, maxWords = OPENING_WORDS): string {
  const words: string[] = [];
  let i = 0;
  // Scan only as far as needed: a long quote costs no more than its opening words.
  while (i < text.length && words.length <= maxWords) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isWhitespace(text.charCodeAt(i))) i++;
    if (i > start) words.push(text.slice(start, i));
  }
  const more = words.length > maxWords;
  let name = words.slice(0, maxWords).join(' ');
  if (name.length > MAX_NAME_CHARS) return truncate(name, MAX_NAME_CHARS) + '…';
  if (more) name += '…';
  // Words of only invisible characters (U+FEFF, zero-width spaces, controls) would make a blank
  // name, which an editor shows as nothing or refuses.
  return VISIBLE_CHAR.test(name) ? name : '(empty quote)';
}

/** A character that shows: not white space, not a format (Cf) or control (Cc) character. */
const VISIBLE_CHAR = /[^\p{White_Space}\p{Cf}\p{Cc}]/u;

/** Whether any character of `text` shows (zero-width spaces, BOMs and controls alone show nothing). */
export const hasVisibleCharacter = (text: string): boolean => VISIBLE_CHAR.test(text);

/**
 * The text cut to at most `max` UTF-16 code units: at the last space when that keeps more than
 * half of it (no half word), and never between the two halves of a surrogate pair (an emoji).
 */
function truncate(text: string, max: number): string {
  let cut = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max / 2) cut = space;
  else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return text.slice(0, cut);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** A speaker's name as the article defines it (on one line), else `@id`. */
export function speakerLabel(article: ParsedArticle, speakerId: string): string {
  // The article's own definition, else the registry's (as the article context merges them).
  const def = article.speakersById.get(speakerId) ?? article.registry?.byId.get(speakerId);
  const name = oneLine(def?.name?.value ?? '');
  return name ? name : speakerId ? `@${speakerId}` : '(no speaker id)';
}

/** The dateline as written, up to its agency (without the separator): "BERLIN, Sept. 27 (Xinhua)". */
export function datelineText(article: ParsedArticle, d: Dateline): string {
  return oneLine(article.text.slice(d.start, datelineLabelEnd(d))) || 'Dateline';
}

/** Where the dateline's label ends: after its last part before the separator. */
export function datelineLabelEnd(d: Dateline): number {
  const parts: (TextSpan | undefined)[] = [d.byline, d.place, d.region, d.date, d.agencyParens];
  let end = d.start;
  for (const p of parts) if (p && p.end > end) end = p.end;
  return end > d.start ? end : d.end;
}

/** A name for a speaker known only by its id: `wolfgang-schmidt` → `Wolfgang Schmidt`. */
export function titleCase(id: string): string {
  return id.split(/[-_]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}
