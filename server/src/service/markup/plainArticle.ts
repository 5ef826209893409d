// The plain article as agencies and the reference example file it: an optional header
// (` date YYYY-MM-DD Headline`, a blank line, the date written out, a blank line) and the body.
// The command line and the editor share this reader so that both take the same body.
//
// The body begins at its first line of text: blank lines before it are not part of the article
// (NewsMark never publishes them: strip starts at the first block), so a body defined this way
// comes back from strip() of the draft byte for byte, with no exception to state.

import { isWhitespace } from '../text/characters';
import type { PlainArticleInput } from './types';

export function readPlainArticle(text: string): PlainArticleInput {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstEnd = lineEnd(src, 0);
  const m = /^ ?date (\d{4}-\d\d-\d\d)(?: (.*))?$/.exec(src.slice(0, firstEnd).replace(/\r$/, ''));
  if (!m) return { body: fromFirstText(text) };
  // After the header line: blank lines, the date written out ("September 28, 2023") if there is
  // one, blank lines, then the body. A first line that is no date is the body's: it is kept.
  const rest = fromFirstText(src.slice(nextLine(src, firstEnd)));
  const restLineEnd = lineEnd(rest, 0);
  const body = isDateLine(rest.slice(0, restLineEnd)) ? fromFirstText(rest.slice(nextLine(rest, restLineEnd))) : rest;
  const headline = m[2]?.trim();
  return { body, date: m[1], ...(headline ? { headline } : {}) };
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The header's date written out ("September 28, 2023", "Jan 2", "28 September 2023"): a short
 * line with a number that starts with a month or a day. A dateline alone on its line ("BEIJING,
 * China, 30 April 2009") starts with its place, so it stays the body's first line.
 */
function isDateLine(line: string): boolean {
  const t = line.trim().toLowerCase();
  if (t.length > 40 || !/\d/.test(t)) return false;
  const c = t.charCodeAt(0);
  return (c >= 48 && c <= 57) || MONTH_PREFIXES.some((m) => t.startsWith(m));
}

/** `text` from the start of its first line that has more than white space; '' when none has. */
function fromFirstText(text: string): string {
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) return lineStart === 0 ? text : text.slice(lineStart);
    if (c === 10 || c === 13) lineStart = i + 1;
  }
  return '';
}

function lineEnd(s: string, from: number): number {
  const i = s.indexOf('\n', from);
  return i < 0 ? s.length : i;
}

function nextLine(s: string, end: number): number {
  return Math.min(s.length, end + 1);
}
