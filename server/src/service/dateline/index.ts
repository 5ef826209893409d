// The dateline module of the language service: recognising the dateline at the top of the first
// paragraph, resolving its date and house style, and checking it (spec sections 3 and 6).
// Pure: no editor, no connection, no file system; the data lists are bundled JSON (../data).

import type { HouseStyle, StyleSetting } from '../options';
import type { Dateline, DatelineDate, PublicationDate } from '../syntax';
import type { CalendarDate } from './calendar';
import { guarded } from './guard';
import { recogniseDateline as recognise } from './recognise';
import { resolveDatelineDate as resolveDate, type ResolvedDate } from './resolve';
import { resolveHouseStyle as resolveStyle } from './styles';
import {
  resolveWeekdayReference as resolveReference, weekdayMentions as mentions, weekdayReferences as references,
  type WeekdayMention, type WeekdayReference,
} from './weekdays';

export { checkDateline } from './check';
export type { DatelineCheckInput } from './context';
export type { ResolvedDate } from './resolve';
export type { WeekdayMention, WeekdayReference, WeekdayQualifier } from './weekdays';
export type { CalendarDate } from './calendar';
export {
  WEEKDAY_NAMES, MONTH_NAMES, daysBetween, addDays, weekdayOf, resolveWeekday, formatDate, formatIsoDate,
  describeDistance, isLeapYear, daysInMonth, isValidDate,
} from './calendar';
export { sameAgency, agencyDatelineForm, styleDate, styleMonth } from './styles';
export { weekdayReferenceDate } from './checkWeekday';
export { setDatelineErrorHandler } from './guard';
export { WINDOW as DATELINE_WINDOW } from './recognise';

/** The dateline opening the paragraph [start, end) of `text` (absolute offsets), or undefined. */
export function recogniseDateline(text: string, start: number, end: number): Dateline | undefined {
  return guarded(undefined, () => recognise(text, start, end));
}

/** The house style to check: the setting, or for `auto` the one data/agencies.json gives the agency. */
export function resolveHouseStyle(setting: StyleSetting, agency: string | undefined): HouseStyle {
  return guarded<HouseStyle>('none', () => resolveStyle(setting, agency));
}

/** The dateline date with its year: the latest that is on or before publication; a written year wins. */
export function resolveDatelineDate(date: DatelineDate, publication: PublicationDate | undefined): ResolvedDate {
  return guarded<ResolvedDate>(
    { year: NaN, month: date?.month ?? NaN, day: date?.day ?? NaN, valid: false, yearSource: 'none' },
    () => resolveDate(date, publication),
  );
}

/** Weekday names in [start, end) (hover shows which day each one is taken for). */
export function weekdayMentions(text: string, start: number, end: number): WeekdayMention[] {
  return guarded<WeekdayMention[]>([], () => mentions(text, start, end));
}

/** Weekday mentions with the words that place them ("next Tuesday", "Tuesday, Sept. 26"). */
export function weekdayReferences(text: string, start: number, end: number): WeekdayReference[] {
  return guarded<WeekdayReference[]>([], () => references(text, start, end));
}

/** The day a weekday reference names relative to `reference` (the dateline date). */
export function resolveWeekdayReference(ref: WeekdayReference, reference: CalendarDate): CalendarDate | undefined {
  return guarded<CalendarDate | undefined>(undefined, () => resolveReference(ref, reference));
}
