// The year of a dateline date: the spec says "the latest year that puts it on or before the
// front matter `date`". A year written in the dateline (`30 April 2009`) wins.

import type { DatelineDate, PublicationDate } from '../syntax';
import { daysInMonth, type CalendarDate } from './calendar';

export interface ResolvedDate {
  year: number;
  month: number;
  day: number;
  /** False when no such day exists (Feb. 30; Feb. 29 of a common year; Sept. 31). */
  valid: boolean;
  /**
   * Where the year comes from. `none`: no year in the dateline and no publication date; `year`
   * is then NaN, and `valid` only asks whether the day can exist in some year (Feb. 29 can).
   */
  yearSource: 'dateline' | 'publication' | 'none';
}

export function resolveDatelineDate(date: DatelineDate, publication: PublicationDate | undefined): ResolvedDate {
  const month = date.month;
  const day = date.day;
  let year: number;
  let yearSource: ResolvedDate['yearSource'];
  if (date.year !== undefined && Number.isInteger(date.year)) {
    year = date.year;
    yearSource = 'dateline';
  } else if (publication && Number.isInteger(publication.year)) {
    // The publication year, unless month/day fall after the publication day: then the year before.
    // A day that exists in no year (Sept. 31, Feb. 30) has no latest year before publication: it
    // keeps the publication year, so that messages and hover do not send the reader a year back.
    const possible = Number.isInteger(day) && day >= 1 && day <= daysInMonth(NaN, month);
    const after = month > publication.month || (month === publication.month && day > publication.day);
    year = after && possible ? publication.year - 1 : publication.year;
    yearSource = 'publication';
  } else {
    year = NaN;
    yearSource = 'none';
  }
  const valid = Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
  return { year, month, day, valid, yearSource };
}

/** Whether a dateline date is the publication day itself (AP then drops the date). */
export function isPublicationDay(date: DatelineDate, publication: PublicationDate): boolean {
  const r = resolveDatelineDate(date, publication);
  return r.valid && r.year === publication.year && r.month === publication.month && r.day === publication.day;
}

/**
 * The date a dateline stands for, which weekdays in the lead are counted from: its own date with
 * the year resolved against publication; without a date in the dateline (AP on the day), the
 * publication date. Undefined when there is none to trust: the dateline's date is no real day,
 * or has no year because the front matter has no publication date.
 */
export interface ReferenceDate {
  date: CalendarDate;
  /** Where it comes from: the dateline's own date, or the publication date. */
  source: 'dateline' | 'publication';
}

export function referenceDate(date: DatelineDate | undefined, publication: PublicationDate | undefined): ReferenceDate | undefined {
  if (!date) return publication && { date: { year: publication.year, month: publication.month, day: publication.day }, source: 'publication' };
  const r = resolveDatelineDate(date, publication);
  return r.valid && r.yearSource !== 'none' ? { date: { year: r.year, month: r.month, day: r.day }, source: 'dateline' } : undefined;
}
