// Where a weekday phrase of the lead falls on the calendar, relative to a reference date (the
// dateline's date): the knowledge behind the weekday check and the weekday hover. The phrases
// themselves are recognised by parser/dateline/weekdays.ts.

import { addDays, daysBetween, isValidDate, resolveWeekday, weekdayOf, type CalendarDate } from './calendar';

/**
 * What places the weekday: nothing (`on Tuesday`: the most recent Tuesday on or before the
 * reference), `last`/`past` (strictly before), `next`/`coming` (strictly after), `before-last`
 * (`Tuesday before last`), `last-week`/`next-week` (`Tuesday last week`, calendar weeks from
 * Monday), or an explicit date written after it (`Tuesday, Sept. 26`).
 */
export type WeekdayQualifier = 'none' | 'last' | 'next' | 'before-last' | 'last-week' | 'next-week' | 'date';

/** What resolving needs of a recognised weekday phrase. */
export interface PlacedWeekday {
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  qualifier: WeekdayQualifier;
  /** For qualifier `date`: the date written after the weekday. */
  date?: { year?: number; month: number; day: number };
}

/**
 * The day a weekday reference names, relative to `reference` (the dateline date). For an
 * explicit date without a year, the year that puts it nearest the reference. Returns undefined
 * when an explicit date does not exist (Sept. 31).
 */
export function resolveWeekdayReference(ref: PlacedWeekday, reference: CalendarDate): CalendarDate | undefined {
  const w = ref.weekday;
  const mondayOffset = (weekdayOf(reference) + 6) % 7; // days since this week's Monday
  switch (ref.qualifier) {
    case 'date': {
      const d = ref.date!;
      if (d.year !== undefined) {
        const explicit = { year: d.year, month: d.month, day: d.day };
        return isValidDate(explicit) ? explicit : undefined;
      }
      let best: CalendarDate | undefined;
      for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
        const c = { year, month: d.month, day: d.day };
        if (!isValidDate(c)) continue;
        if (!best || Math.abs(daysBetween(c, reference)) < Math.abs(daysBetween(best, reference))) best = c;
      }
      return best;
    }
    case 'last': return resolveWeekday(w, addDays(reference, -1));
    case 'next': return resolveWeekday(w, addDays(reference, 7));
    case 'before-last': return addDays(resolveWeekday(w, addDays(reference, -1)), -7);
    case 'last-week': return addDays(reference, -mondayOffset - 7 + ((w + 6) % 7));
    case 'next-week': return addDays(reference, -mondayOffset + 7 + ((w + 6) % 7));
    default: return resolveWeekday(w, reference);
  }
}
