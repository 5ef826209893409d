// Recognising weekdays named in the lead ("held here on Tuesday", "Tuesday's talks", "next
// Friday", "Tuesday, Sept. 26") and the words that place them. Where such a phrase falls on the
// calendar is domain knowledge (domain/weekdays.ts); which placements are reported is the check's
// business (checks/dateline/checkWeekday.ts).

import type { DatelineDate, TextPart } from '../../syntax';
import { codePointAt, codePointBefore, isDigit, isLetter } from '../../text/characters';
import { commentOpensAt, skipComment } from '../../text/scan';
import { NOT_A_WEEKDAY_AFTER, weekdayFromWord } from '../../domain/data';
import { parseDateAt } from './dates';
import { part, tokenize } from './tokens';
import type { WeekdayQualifier } from '../../domain/weekdays';

export interface WeekdayMention {
  start: number;
  end: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
}

export interface WeekdayReference extends WeekdayMention {
  qualifier: WeekdayQualifier;
  /** The whole phrase: `next Tuesday`, `Tuesday before last`, `Tuesday (Sept. 26)`. */
  phrase: TextPart;
  /** For qualifier `date`: the date written after the weekday. */
  date?: DatelineDate;
}

/** Weekday names in [start, end) as whole words, outside HTML comments (`Tuesdays` is not one). */
export function weekdayMentions(text: string, start: number, end: number): WeekdayMention[] {
  const out: WeekdayMention[] = [];
  const e = Math.min(end, text.length);
  let i = start;
  while (i < e) {
    if (commentOpensAt(text, i)) { i = skipComment(text, i, e); continue; }
    const ch = codePointAt(text, i);
    if (!isLetter(ch)) { i += ch.length || 1; continue; }
    let j = i;
    while (j < e) {
      const c = codePointAt(text, j);
      if (!isLetter(c)) break;
      j += c.length;
    }
    // A whole word: no digit glued on either side, and not cut off by the end of the range.
    const before = i > 0 ? codePointBefore(text, i) : '';
    const after = j < text.length ? codePointAt(text, j) : '';
    if (!isDigit(before) && !isDigit(after) && !isLetter(after) && !isLetter(before)) {
      const weekday = weekdayFromWord(text.slice(i, j));
      if (weekday >= 0 && !NOT_A_WEEKDAY_AFTER.has(previousWord(text, i, start)?.text ?? '')) out.push({ start: i, end: j, weekday });
    }
    i = j;
  }
  return out;
}

/** Weekday mentions together with what places them. */
export function weekdayReferences(text: string, start: number, end: number): WeekdayReference[] {
  const e = Math.min(end, text.length);
  return weekdayMentions(text, start, end).map((m) => qualify(text, m, start, e));
}

/** The word (letters only) ending right before `i`, across one run of spaces; bounded by `floor`. */
function previousWord(text: string, i: number, floor: number): TextPart | undefined {
  let z = i;
  let spaces = 0;
  while (z > floor && spaces < 4 && (text[z - 1] === ' ' || text[z - 1] === '\u00a0' || text[z - 1] === '\n')) { z--; spaces++; }
  if (z === i || z <= floor) return undefined;
  let a = z;
  while (a > floor && z - a < 16 && isLetter(text[a - 1])) a--;
  if (a === z || (a > floor && isLetter(text[a - 1]))) return undefined;
  return { start: a, end: z, text: text.slice(a, z) };
}

/** Up to `n` words (letters only, single spaces) right after `i`, bounded by `limit`. */
function nextWords(text: string, i: number, limit: number, n: number): TextPart[] {
  const words: TextPart[] = [];
  let p = i;
  while (words.length < n) {
    if (p >= limit || text[p] !== ' ') break;
    p++;
    const a = p;
    while (p < limit && p - a < 16 && isLetter(text[p])) p++;
    if (p === a) break;
    words.push({ start: a, end: p, text: text.slice(a, p) });
  }
  return words;
}

function qualify(text: string, m: WeekdayMention, floor: number, limit: number): WeekdayReference {
  let qualifier: WeekdayQualifier = 'none';
  let phraseStart = m.start;
  let phraseEnd = m.end;

  // An explicit date right after: `Tuesday, Sept. 26`, `Tuesday (Sept. 26)`, `Tuesday 26 September`.
  const toks = tokenize(text, m.end, Math.min(limit, m.end + 40));
  const at = toks[0]?.kind === 'comma' || toks[0]?.kind === 'open' ? 1 : toks[0]?.spaceBefore ? 0 : -1;
  const d = at >= 0 ? parseDateAt(text, toks, at) : undefined;
  if (d) {
    const close = toks[0].kind === 'open' && toks[d.next]?.kind === 'close' ? toks[d.next] : undefined;
    return { ...m, qualifier: 'date', phrase: part(text, m.start, close ? close.end : d.date.end), date: d.date };
  }

  const prev = previousWord(text, m.start, floor);
  const p = prev?.text.toLowerCase();
  if (prev && (p === 'next' || p === 'coming' || p === 'last' || p === 'past')) {
    qualifier = p === 'next' || p === 'coming' ? 'next' : 'last';
    phraseStart = prev.start;
    const before = previousWord(text, prev.start, floor); // `this coming`, `this past`
    if (before && before.text.toLowerCase() === 'this' && (p === 'coming' || p === 'past')) phraseStart = before.start;
  }
  const words = nextWords(text, m.end, limit, 3);
  const w = words.map((x) => x.text.toLowerCase());
  const of = w[0] === 'of' ? 1 : 0; // `Tuesday of last week`
  if (w[0] === 'before' && w[1] === 'last') { qualifier = 'before-last'; phraseEnd = words[1].end; }
  else if ((w[of] === 'last' || w[of] === 'next') && w[of + 1] === 'week') {
    qualifier = w[of] === 'last' ? 'last-week' : 'next-week';
    phraseEnd = words[of + 1].end;
  }
  return { ...m, qualifier, phrase: part(text, phraseStart, phraseEnd) };
}
