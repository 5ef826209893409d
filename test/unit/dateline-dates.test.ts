// Date resolution, calendar helpers and house style resolution.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { daysBetween, describeDistance, formatDate, isLeapYear, resolveWeekday, weekdayOf } from '../../server/src/service/domain/calendar';
import { resolveDatelineDate } from '../../server/src/service/domain/resolve';
import { agencyDatelineForm, resolveHouseStyle, sameAgency, styleDate } from '../../server/src/service/domain/styles';
import type { DatelineDate } from '../../server/src/service/syntax';

function date(month: number, day: number, year?: number): DatelineDate {
  const d: DatelineDate = {
    start: 0, end: 5, text: `${month}/${day}`, month, day, dayFirst: false,
    monthPart: { start: 0, end: 2, text: String(month) }, dayPart: { start: 3, end: 5, text: String(day) },
  };
  if (year !== undefined) d.year = year;
  return d;
}
const pub = (year: number, month: number, day: number) => ({ year, month, day });

describe('resolveDatelineDate', () => {
  test('the publication year when the date is on or before publication', () => {
    assert.deepEqual(resolveDatelineDate(date(9, 27), pub(2023, 9, 28)), { year: 2023, month: 9, day: 27, valid: true, yearSource: 'publication' });
    assert.equal(resolveDatelineDate(date(9, 28), pub(2023, 9, 28)).year, 2023);
  });

  test('across a year boundary: Dec. 30 published Jan. 2 is the previous year', () => {
    const r = resolveDatelineDate(date(12, 30), pub(2024, 1, 2));
    assert.deepEqual({ year: r.year, valid: r.valid }, { year: 2023, valid: true });
    assert.equal(daysBetween(r, pub(2024, 1, 2)), 3);
  });

  test('a date the day after publication is pushed back a year', () => {
    assert.equal(resolveDatelineDate(date(9, 29), pub(2023, 9, 28)).year, 2022);
  });

  test('an explicit year wins', () => {
    const r = resolveDatelineDate(date(4, 30, 2009), pub(2023, 9, 28));
    assert.deepEqual(r, { year: 2009, month: 4, day: 30, valid: true, yearSource: 'dateline' });
  });

  test('leap days: Feb. 29 exists in 2024 and 2000, not in 2023 or 1900', () => {
    assert.equal(resolveDatelineDate(date(2, 29), pub(2024, 3, 1)).valid, true);
    assert.equal(resolveDatelineDate(date(2, 29), pub(2023, 3, 1)).valid, false);
    assert.equal(resolveDatelineDate(date(2, 29, 2000), undefined).valid, true);
    assert.equal(resolveDatelineDate(date(2, 29, 1900), undefined).valid, false);
    // Feb. 29 published on Jan. 5, 2025 reads as 2024, a leap year.
    assert.deepEqual(resolveDatelineDate(date(2, 29), pub(2025, 1, 5)).year, 2024);
    assert.equal(isLeapYear(2100), false);
  });

  test('no such day: Feb. 30, Sept. 31, day 0', () => {
    assert.equal(resolveDatelineDate(date(2, 30), pub(2024, 3, 1)).valid, false);
    assert.equal(resolveDatelineDate(date(9, 31), pub(2023, 10, 1)).valid, false);
    assert.equal(resolveDatelineDate(date(9, 0), pub(2023, 10, 1)).valid, false);
    assert.equal(resolveDatelineDate(date(12, 31), pub(2024, 1, 1)).valid, true);
  });

  test('a day that exists in no year keeps the publication year, even when it lies "after" publication', () => {
    // Sept. 31 published Sept. 28: no Sept. 31 lies before publication in any year, so hover and
    // messages must not show "September 31, 2022".
    const r = resolveDatelineDate(date(9, 31), pub(2023, 9, 28));
    assert.deepEqual(r, { year: 2023, month: 9, day: 31, valid: false, yearSource: 'publication' });
    assert.equal(formatDate(r), 'September 31, 2023');
    assert.equal(resolveDatelineDate(date(2, 30), pub(2024, 2, 1)).year, 2024);
    assert.equal(resolveDatelineDate(date(9, 0), pub(2023, 8, 1)).year, 2023);
    // A day that exists in some years still follows the rule: Feb. 29 published Jan. 5, 2025 is 2024's.
    assert.equal(resolveDatelineDate(date(2, 29), pub(2025, 1, 5)).year, 2024);
  });

  test('without a publication date the year is unknown, and Feb. 29 may exist', () => {
    const r = resolveDatelineDate(date(2, 29), undefined);
    assert.equal(r.yearSource, 'none');
    assert.ok(Number.isNaN(r.year));
    assert.equal(r.valid, true);
    assert.equal(resolveDatelineDate(date(2, 30), undefined).valid, false);
  });
});

describe('calendar helpers', () => {
  test('weekdays and formatting', () => {
    assert.equal(weekdayOf(pub(2023, 9, 27)), 3); // Wednesday
    assert.equal(weekdayOf(pub(1970, 1, 1)), 4);
    assert.equal(weekdayOf(pub(2000, 2, 29)), 2);
    assert.equal(weekdayOf(pub(1969, 12, 31)), 3);
    assert.equal(formatDate(pub(2023, 9, 27)), 'Wednesday, September 27, 2023');
    assert.equal(formatDate({ year: NaN, month: 9, day: 27 }), 'September 27');
    assert.equal(`${formatDate(pub(2023, 9, 27))} — ${describeDistance(daysBetween(pub(2023, 9, 27), pub(2023, 9, 28)))}`,
      'Wednesday, September 27, 2023 — 1 day before publication');
    assert.equal(describeDistance(0), 'the day of publication');
    assert.equal(describeDistance(-2), '2 days after publication');
  });

  test('daysBetween matches Date.UTC over four centuries', () => {
    const base = Date.UTC(1900, 0, 1);
    for (let y = 1900; y <= 2300; y += 7) {
      for (const [m, d] of [[1, 1], [2, 28], [3, 1], [12, 31]]) {
        const expected = Math.round((Date.UTC(y, m - 1, d) - base) / 86400000);
        assert.equal(daysBetween(pub(1900, 1, 1), pub(y, m, d)), expected, `${y}-${m}-${d}`);
      }
    }
  });

  test('resolveWeekday: the most recent such day on or before the reference', () => {
    const ref = pub(2023, 9, 27); // a Wednesday
    assert.deepEqual(resolveWeekday(2, ref), pub(2023, 9, 26)); // Tuesday: the day before
    assert.deepEqual(resolveWeekday(3, ref), ref); // Wednesday: that day
    assert.deepEqual(resolveWeekday(4, ref), pub(2023, 9, 21)); // Thursday: six days before
    assert.deepEqual(resolveWeekday(5, pub(2024, 1, 2)), pub(2023, 12, 29)); // across the year
  });
});

describe('resolveHouseStyle', () => {
  test('auto picks the style from the agency, data-driven and case-insensitive', () => {
    for (const [agency, style] of [
      ['AP', 'ap'], ['Associated Press', 'ap'], ['The Associated Press', 'ap'], ['A.P.', 'ap'],
      ['Reuters', 'reuters'], ['REUTERS', 'reuters'], ['Xinhua', 'xinhua'], ['xinhua news agency', 'xinhua'],
      ['UPI', 'upi'], ['United Press International', 'upi'], ['AFP', 'none'], ['PTI', 'none'],
      ['Daily Planet', 'none'], [undefined, 'none'], ['', 'none'],
    ] as const) {
      assert.equal(resolveHouseStyle('auto', agency), style, String(agency));
    }
  });

  test('an explicit setting wins over the agency', () => {
    assert.equal(resolveHouseStyle('reuters', 'Xinhua'), 'reuters');
    assert.equal(resolveHouseStyle('none', 'AP'), 'none');
  });

  test('agency names: aliases are the same agency', () => {
    assert.ok(sameAgency('AP', 'Associated Press'));
    assert.ok(sameAgency('xinhua', 'Xinhua News Agency'));
    assert.ok(sameAgency('Daily Planet', 'daily  planet'));
    assert.ok(!sameAgency('AP', 'Reuters'));
    assert.ok(!sameAgency('AP', 'AAP'));
    assert.equal(agencyDatelineForm('Associated Press'), 'AP');
    assert.equal(agencyDatelineForm('Daily Planet'), 'Daily Planet');
  });

  test('dates in each style', () => {
    assert.equal(styleDate(9, 27, 'ap'), 'Sept. 27');
    assert.equal(styleDate(9, 27, 'reuters'), 'Sept 27');
    assert.equal(styleDate(3, 2, 'xinhua'), 'March 2');
    assert.equal(styleDate(8, 2, 'upi'), 'Aug. 2');
    assert.equal(styleDate(6, 1, 'reuters'), 'June 1');
  });
});
