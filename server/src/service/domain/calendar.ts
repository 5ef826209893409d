// Calendar arithmetic on plain {year, month, day} triples. Day numbers use the proleptic
// Gregorian calendar (Howard Hinnant's days_from_civil), not `Date`, so that years 0-99 and
// time zones cannot shift a date.

import { plural } from '../labels';

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; for an unknown (non-finite) year February may have 29. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return !Number.isFinite(year) || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(d: CalendarDate): boolean {
  return Number.isInteger(d.year) && Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** Days since 1970-01-01 (negative before). */
function dayNumber(d: CalendarDate): number {
  const m = d.month;
  const y = d.year - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `b - a` in days: daysBetween(Sept. 27, Sept. 28) = 1. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: CalendarDate): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The most recent `weekday` on or before `reference` (the reference itself when it is that day). */
export function resolveWeekday(weekday: number, reference: CalendarDate): CalendarDate {
  const back = (((weekdayOf(reference) - weekday) % 7) + 7) % 7;
  return addDays(reference, -back);
}

/** "Wednesday, September 27, 2023"; without a known year just "September 27". */
export function formatDate(d: CalendarDate): string {
  const month = MONTH_NAMES[d.month - 1] ?? `month ${d.month}`;
  if (!Number.isFinite(d.year)) return `${month} ${d.day}`;
  if (!isValidDate(d)) return `${month} ${d.day}, ${d.year}`;
  return `${WEEKDAY_NAMES[weekdayOf(d)]}, ${month} ${d.day}, ${d.year}`;
}

/** ISO form, as the front matter writes the publication date: 2023-09-28. */
export function formatIsoDate(d: CalendarDate): string {
  const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');
  return `${d.year < 0 ? '-' : ''}${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** How far a date lies from publication, given daysBetween(date, publication): "1 day before publication". */
export function describeDistance(daysBeforePublication: number): string {
  const days = plural(Math.abs(daysBeforePublication), 'day');
  if (daysBeforePublication === 0) return 'the day of publication';
  return daysBeforePublication > 0 ? `${days} before publication` : `${days} after publication`;
}
