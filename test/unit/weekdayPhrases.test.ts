// The weekday phrases of a lead (server/src/service/parser/dateline/weekdays.ts), which the
// weekday check places on the calendar: what qualifies a weekday (next, this coming, before last,
// of next week, a date after it) and the whole phrase it makes, on a table of phrases, near
// misses included ("this next", "at last", "this week", five spaces, a comma without a space).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { weekdayMentions, weekdayReferences } from '../../server/src/service/parser/dateline/weekdays';

const refs = (text: string, start = 0, end = text.length) => weekdayReferences(text, start, end).map((r) => [r.qualifier, r.phrase.text]);

describe('weekdayReferences', () => {
  const cases: [string, string, string][] = [
    ['last Tuesday', 'last', 'last Tuesday'],
    ['coming Sunday', 'next', 'coming Sunday'],
    ['past Monday', 'last', 'past Monday'],
    ['this coming Tuesday', 'next', 'this coming Tuesday'],
    ['this past Friday', 'last', 'this past Friday'],
    ['this next Tuesday', 'next', 'next Tuesday'], // `this` only before coming and past
    ['that past Friday', 'last', 'past Friday'],
    ['next    Tuesday', 'next', 'next    Tuesday'], // up to four spaces
    ['next     Tuesday', 'none', 'Tuesday'],
    ['next\u00a0Tuesday', 'next', 'next\u00a0Tuesday'],
    ['next\nTuesday', 'next', 'next\nTuesday'],
    ['on Tuesday', 'none', 'Tuesday'],
    ['Tuesday before last', 'before-last', 'Tuesday before last'],
    ['Tuesday before noon', 'none', 'Tuesday'],
    ['Tuesday at last', 'none', 'Tuesday'],
    ['Tuesday last week', 'last-week', 'Tuesday last week'],
    ['Tuesday of next week', 'next-week', 'Tuesday of next week'],
    ['Tuesday this week', 'none', 'Tuesday'],
    ['Tuesday next month', 'none', 'Tuesday'],
    ['Tuesday,last week', 'none', 'Tuesday'], // the words after must follow a space
    ['Tuesday  last week', 'none', 'Tuesday'],
    ['Tuesday (Sept. 26)', 'date', 'Tuesday (Sept. 26)'],
    ['Tuesday (Sept. 26', 'date', 'Tuesday (Sept. 26'],
    ['Tuesday (Sept. 26 more', 'date', 'Tuesday (Sept. 26'],
    ['Tuesday, Sept. 26)', 'date', 'Tuesday, Sept. 26'], // a `)` closes only a `(`
    ['Tuesday, 26 September', 'date', 'Tuesday, 26 September'],
    ['Tuesday 26 September', 'date', 'Tuesday 26 September'],
    ['Tuesday/Sept. 26', 'none', 'Tuesday'],
    ['Tuesday-Sept. 26', 'none', 'Tuesday'],
  ];
  for (const [text, qualifier, phrase] of cases) {
    test(JSON.stringify(text), () => assert.deepEqual(refs(text), [[qualifier, phrase]]));
  }
  test('nothing beyond the range counts: neither the words after nor a date', () => {
    const text = 'next Tuesday last week, Sept. 26';
    assert.deepEqual(refs(text, 0, text.indexOf(' last')), [['next', 'next Tuesday']]);
    assert.deepEqual(refs('Tuesday, Sept. 26', 0, 7), [['none', 'Tuesday']]);
    assert.deepEqual(refs('next Tuesday', 5), [['none', 'Tuesday']]);
  });
});

describe('weekdayMentions', () => {
  test('whole words only, outside comments', () => {
    for (const text of ['Tuesday5', '5Tuesday', 'Tuesdays', 'aTuesday', 'éTuesday']) assert.deepEqual(weekdayMentions(text, 0, text.length), [], text);
    assert.deepEqual(weekdayMentions('Tuesdays', 0, 7), []);
    assert.deepEqual(weekdayMentions('x <!-- Tuesday --> Friday', 0, 30), [{ start: 19, end: 25, weekday: 5 }]);
    assert.deepEqual(weekdayMentions('– Monday, 😀 Sunday', 0, 30).map((m) => m.weekday), [1, 0]);
  });
});
