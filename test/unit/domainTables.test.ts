// The domain knowledge behind the dateline checks, hover and fixes, pinned down on tables of
// inputs: month lengths and valid days, the year a dateline date resolves to, weekday phrases
// placed on the calendar, agencies and house-style month forms, US state names. Written for the
// mutants `npm run mutate` left alive in server/src/service/domain/ (docs/testing.md): each row
// is a case a user meets (a 31st of April, an AP story from the publication day, "Sep." in
// Reuters copy), not a restatement of the code.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysInMonth, isValidDate } from '../../server/src/service/domain/calendar';
import { findAgency, matchState, normalisePlace } from '../../server/src/service/domain/data';
import { isPublicationDay, referenceDate, resolveDatelineDate } from '../../server/src/service/domain/resolve';
import { agencyDatelineForm, resolveHouseStyle, sameAgency, styleDate, suggestedMonth } from '../../server/src/service/domain/styles';
import { resolveWeekdayReference, type PlacedWeekday } from '../../server/src/service/domain/weekdays';
import type { DatelineDate } from '../../server/src/service/syntax';

const ymd = (year: number, month: number, day: number) => ({ year, month, day });
/** A dateline date as the parser gives it; only month, day and year matter here. */
const dated = (month: number, day: number, year?: number) => ({ month, day, ...(year === undefined ? {} : { year }) }) as DatelineDate;

describe('calendar: month lengths and valid days', () => {
  test('each month of a common and of a leap year, and months that do not exist', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m)), [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(NaN, 2), 29, 'an unknown year allows Feb. 29');
    for (const month of [0, 13, -1, 1.5]) assert.equal(daysInMonth(2023, month), 0, `month ${month}`);
  });

  test('valid days: the last of each month, not the day after; whole numbers only', () => {
    const rows: [ReturnType<typeof ymd>, boolean][] = [
      [ymd(2023, 4, 30), true], [ymd(2023, 4, 31), false], [ymd(2023, 2, 28), true], [ymd(2023, 2, 29), false],
      [ymd(2024, 2, 29), true], [ymd(2023, 1, 31), true], [ymd(2023, 1, 0), false], [ymd(2023, 1, -3), false],
      [ymd(2023, 1, 1.5), false], [ymd(2023.5, 1, 1), false], [ymd(NaN, 1, 1), false], [ymd(2023, 13, 1), false],
    ];
    for (const [d, valid] of rows) assert.equal(isValidDate(d), valid, JSON.stringify(d));
  });
});

describe('resolve: the year of a dateline date', () => {
  const publication = ymd(2023, 9, 28);

  test('a written year wins; otherwise the latest year on or before publication; none without either', () => {
    assert.deepEqual(resolveDatelineDate(dated(9, 27, 2020), publication), { ...ymd(2020, 9, 27), valid: true, yearSource: 'dateline' });
    assert.deepEqual(resolveDatelineDate(dated(9, 27), publication), { ...ymd(2023, 9, 27), valid: true, yearSource: 'publication' });
    assert.deepEqual(resolveDatelineDate(dated(9, 29), publication), { ...ymd(2022, 9, 29), valid: true, yearSource: 'publication' });
    assert.equal(resolveDatelineDate(dated(9, 27, NaN), publication).yearSource, 'publication', 'a year that is no number is no year');
    const none = resolveDatelineDate(dated(2, 29), undefined);
    assert.equal(none.yearSource, 'none');
    assert.ok(Number.isNaN(none.year));
    assert.equal(none.valid, true, 'Feb. 29 exists in some year');
  });

  test('the publication day itself, and the days that only look like it', () => {
    assert.equal(isPublicationDay(dated(9, 28), publication), true);
    assert.equal(isPublicationDay(dated(9, 28, 2023), publication), true);
    assert.equal(isPublicationDay(dated(9, 28, 2022), publication), false, 'a year earlier');
    assert.equal(isPublicationDay(dated(8, 28), publication), false, 'a month earlier');
    assert.equal(isPublicationDay(dated(9, 27), publication), false, 'a day earlier');
  });

  test('the reference date: the dateline\'s own, else publication; none for a day that cannot be placed', () => {
    assert.deepEqual(referenceDate(undefined, publication), { date: publication, source: 'publication' });
    assert.equal(referenceDate(undefined, undefined), undefined);
    assert.deepEqual(referenceDate(dated(9, 26), publication), { date: ymd(2023, 9, 26), source: 'dateline' });
    assert.equal(referenceDate(dated(9, 26), undefined), undefined, 'no year to place it in');
    assert.equal(referenceDate(dated(9, 31), publication), undefined, 'no such day');
  });
});

describe('weekdays: a weekday phrase placed relative to the dateline date', () => {
  const TUESDAY = 2;
  const wednesday = ymd(2023, 9, 27);
  const place = (ref: PlacedWeekday, reference = wednesday) => resolveWeekdayReference(ref, reference);

  test('each qualifier, from Wednesday, Sept. 27, 2023', () => {
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'none' }), ymd(2023, 9, 26));
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'last' }), ymd(2023, 9, 26));
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'next' }), ymd(2023, 10, 3));
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'before-last' }), ymd(2023, 9, 19));
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'last-week' }), ymd(2023, 9, 19));
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'next-week' }), ymd(2023, 10, 3));
  });

  test('"Tuesday before last" is a week before the last Tuesday strictly before the reference, not Tuesday of last week', () => {
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'before-last' }, ymd(2023, 9, 25)), ymd(2023, 9, 12), 'from a Monday');
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'last-week' }, ymd(2023, 9, 25)), ymd(2023, 9, 19), 'from a Monday');
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'before-last' }, ymd(2023, 9, 26)), ymd(2023, 9, 12), 'from a Tuesday');
  });

  test('an explicit date: its own year when written, else the year nearest the reference (the earlier on a tie)', () => {
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'date', date: ymd(2020, 9, 26) }), ymd(2020, 9, 26));
    assert.equal(place({ weekday: TUESDAY, qualifier: 'date', date: ymd(2023, 2, 29) }), undefined);
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'date', date: { month: 1, day: 2 } }, ymd(2023, 12, 30)), ymd(2024, 1, 2));
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'date', date: { month: 12, day: 30 } }, ymd(2024, 1, 2)), ymd(2023, 12, 30));
    // 2024-01-01 and 2025-01-01 both lie 183 days from July 2, 2024.
    assert.deepEqual(place({ weekday: TUESDAY, qualifier: 'date', date: { month: 1, day: 1 } }, ymd(2024, 7, 2)), ymd(2024, 1, 1));
  });
});

describe('agencies and house styles', () => {
  test('agency names: aliases, case, spacing and stray blanks; unknown ones compare as written', () => {
    assert.equal(sameAgency('AP', 'The Associated Press'), true);
    assert.equal(sameAgency(' xinhua ', 'Xinhua'), true);
    assert.equal(sameAgency('AP', 'Reuters'), false);
    assert.equal(sameAgency('Daily  Planet', 'daily planet'), true, 'unknown agencies compare normalised');
    assert.equal(sameAgency('Daily Planet', 'Daily Bugle'), false);
    assert.equal(resolveHouseStyle('auto', ' Reuters '), 'reuters');
    assert.equal(findAgency(' A.P. ')?.style, 'ap');
    assert.equal(agencyDatelineForm('The Associated Press'), 'AP');
    assert.equal(agencyDatelineForm('  Daily Planet '), 'Daily Planet');
  });

  test('the month form a fix writes: the accepted form closest to what is written', () => {
    const rows: [string, number, 'ap' | 'reuters' | 'xinhua' | 'none', string][] = [
      ['sept.', 9, 'ap', 'Sept.'],
      ['Sep', 9, 'ap', 'Sept.'],
      ['Sep.', 9, 'reuters', 'Sep'],
      ['SEP', 9, 'reuters', 'Sep'],
      ['SEP.', 9, 'reuters', 'Sep'],
      ['Sept.', 9, 'reuters', 'Sept'],
      ['September', 9, 'reuters', 'Sept'],
      ['Jan', 1, 'xinhua', 'Jan.'],
      ['march', 3, 'ap', 'March'],
    ];
    for (const [written, month, style, fix] of rows) assert.equal(suggestedMonth(written, month, style), fix, `${written} in ${style}`);
  });

  test('a dateline date in each style; a style without month forms writes AP\'s; a month out of range as a number', () => {
    assert.equal(styleDate(9, 27, 'ap'), 'Sept. 27');
    assert.equal(styleDate(9, 27, 'reuters'), 'Sept 27');
    assert.equal(styleDate(9, 27, 'none'), 'Sept. 27');
    assert.equal(styleDate(13, 1, 'ap'), '13 1');
    assert.equal(styleDate(0, 1, 'ap'), '0 1');
  });
});

describe('US states and places', () => {
  test('a region names a state by its AP form, name, postal code (in capitals only) or a variant', () => {
    const rows: [string, string | undefined, string | undefined][] = [
      ['MO', 'Missouri', 'postal'],
      [' MO ', 'Missouri', 'postal'],
      ['Mo.', 'Missouri', 'dateline'],
      ['Mo', 'Missouri', 'variant'],
      ['Calif', 'California', 'variant'],
      ['Cal.', 'California', 'variant'],
      ['New Mexico', 'New Mexico', 'name'],
      ['newmexico', 'New Mexico', 'name'],
      ['Atlantis', undefined, undefined],
    ];
    for (const [region, name, form] of rows) {
      const m = matchState(region);
      assert.deepEqual([m?.state.name, m?.form], [name, form], region);
    }
  });

  test('places compare in capitals with single spaces, without the blanks around them', () => {
    assert.equal(normalisePlace(' kansas \t city '), 'KANSAS CITY');
  });
});
