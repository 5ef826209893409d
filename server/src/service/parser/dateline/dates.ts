// Reading a date out of a token list: `Sept. 27`, `Sep 20`, `Jan. 14, 2009`, `30 April 2009`,
// `27th`. Used by the dateline recogniser and by the weekday check ("Tuesday, Sept. 26").

import type { DatelineDate } from '../../syntax';
import { isDigit } from '../../text/characters';
import { monthFromWord } from '../../domain/data';
import type { Token } from './tokens';

export interface DateAt {
  date: DatelineDate;
  /** Index of the first token after the date. */
  next: number;
}

/** A word without the full stop that ends a sentence (`Sept. 19.`): words absorb periods. */
function withoutStop(w: string): string {
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

/**
 * A day number: one or two digits, optionally with an English ordinal suffix (`27th`). `length`
 * is the day's length in the text, without a sentence's full stop. Only a word token starts with
 * a digit (tokens.ts), so the token's kind needs no check of its own.
 */
function dayOf(tok: Token): { day: number; digits: number; length: number } | undefined {
  const w = withoutStop(tok.text);
  let n = 0;
  while (n < w.length && isDigit(w[n])) n++;
  if (n === 0 || n > 2) return undefined;
  const rest = w.slice(n).toLowerCase();
  if (rest !== '' && rest !== 'st' && rest !== 'nd' && rest !== 'rd' && rest !== 'th') return undefined;
  return { day: Number(w.slice(0, n)), digits: n, length: w.length };
}

/** Four digits; like a day, only a word token can spell them. */
function yearOf(tok: Token | undefined): number | undefined {
  if (!tok) return undefined;
  const w = withoutStop(tok.text);
  if (w.length !== 4) return undefined;
  for (const c of w) if (!isDigit(c)) return undefined;
  return Number(w);
}

/** A month's name or abbreviation: letters, so a word token's (or 0). */
function monthOf(tok: Token): number {
  return monthFromWord(tok.text);
}

/** A year after the day: ` 2009` or `, 2009`. Returns the index after it, or -1. */
function yearAfter(toks: Token[], k: number): { year: number; last: number } | undefined {
  const direct = yearOf(toks[k]);
  if (direct !== undefined && toks[k].spaceBefore) return { year: direct, last: k };
  if (toks[k]?.kind === 'comma') {
    const y = yearOf(toks[k + 1]);
    if (y !== undefined) return { year: y, last: k + 1 };
  }
  return undefined;
}

/** The date starting at token `k`, month first or day first, or undefined. */
export function parseDateAt(text: string, toks: Token[], k: number): DateAt | undefined {
  const a = toks[k];
  const b = toks[k + 1];
  if (!a || !b || !b.spaceBefore || b.newlineBefore) return undefined;
  let month = monthOf(a);
  let monthTok: Token;
  let dayTok: Token;
  let day: ReturnType<typeof dayOf>;
  let dayFirst: boolean;
  if (month) {
    day = dayOf(b);
    if (!day) return undefined;
    monthTok = a;
    dayTok = b;
    dayFirst = false;
  } else {
    day = dayOf(a);
    month = monthOf(b);
    if (!day || !month) return undefined;
    monthTok = b;
    dayTok = a;
    dayFirst = true;
  }
  const y = yearAfter(toks, k + 2);
  // The date ends with the year, or with the day (month first) or the month (day first); a full
  // stop glued to the last word is the sentence's, not the date's.
  const end = y ? toks[y.last].start + 4 : dayFirst ? monthTok.end : dayTok.start + day.length;
  const date: DatelineDate = {
    start: a.start,
    end,
    text: text.slice(a.start, end),
    month,
    monthPart: { start: monthTok.start, end: monthTok.end, text: monthTok.text },
    day: day.day,
    dayPart: { start: dayTok.start, end: dayTok.start + day.digits, text: dayTok.text.slice(0, day.digits) },
    dayFirst,
  };
  if (y) date.year = y.year;
  return { date, next: y ? y.last + 1 : k + 2 };
}
