// The proleptic Gregorian calendar behind every weekday and distance message, checked against the
// JavaScript Date (UTC) as an independent oracle around the years where leap rules turn (1900,
// 2000, 2100) and every month boundary. Written to kill mutants that survived `npm run mutate`
// (docs/testing.md): only days near the examples' dates had been converted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, daysBetween, describeDistance, formatDate, formatIsoDate, weekdayOf } from '../../server/src/service/domain/calendar';

const DAY_MS = 86_400_000;
const fromUtc = (ms: number) => { const d = new Date(ms); return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }; };
const EPOCH = { year: 1970, month: 1, day: 1 };

describe('calendar arithmetic against Date', () => {
  test('every day of the winters around 1900, 2000 and 2100, and of 1600 and 2400', () => {
    for (const year of [1600, 1900, 2000, 2100, 2400]) {
      for (let ms = Date.UTC(year - 1, 11, 1); ms <= Date.UTC(year, 2, 31); ms += DAY_MS) {
        const date = fromUtc(ms);
        const days = Math.round(ms / DAY_MS);
        assert.equal(daysBetween(EPOCH, date), days, JSON.stringify(date));
        assert.deepEqual(addDays(EPOCH, days), date, `day ${days}`);
        assert.equal(weekdayOf(date), new Date(ms).getUTCDay(), JSON.stringify(date));
      }
    }
  });

  test('one day each month across four centuries', () => {
    for (let ms = Date.UTC(1601, 0, 31); ms < Date.UTC(2401, 0, 1); ms += 30 * DAY_MS) {
      assert.deepEqual(addDays(EPOCH, Math.round(ms / DAY_MS)), fromUtc(ms));
    }
  });
});

describe('dates in messages', () => {
  test('formatDate and formatIsoDate', () => {
    assert.equal(formatDate({ year: 2024, month: 2, day: 29 }), 'Thursday, February 29, 2024');
    assert.equal(formatDate({ year: 2023, month: 2, day: 29 }), 'February 29, 2023');
    assert.equal(formatDate({ year: Number.NaN, month: 9, day: 27 }), 'September 27');
    assert.equal(formatDate({ year: 2023, month: 13, day: 1 }), 'month 13 1, 2023');
    assert.equal(formatIsoDate({ year: 2023, month: 9, day: 8 }), '2023-09-08');
    assert.equal(formatIsoDate({ year: 0, month: 1, day: 1 }), '0000-01-01');
    assert.equal(formatIsoDate({ year: -44, month: 3, day: 15 }), '-0044-03-15');
  });

  test('describeDistance', () => {
    assert.equal(describeDistance(0), 'the day of publication');
    assert.equal(describeDistance(1), '1 day before publication');
    assert.equal(describeDistance(-1), '1 day after publication');
    assert.equal(describeDistance(-3), '3 days after publication');
  });
});
