// recogniseDateline and weekdayReferences read the paragraph [start, end) and nothing after it:
// what follows `end` (the next paragraph, or the rest of a line the caller cut) never changes the
// dateline or a weekday's date, even when a word, a hyphenated name, a date, a dash run or two
// months joined by a slash go on across `end`. Each case is read once in the whole text and once
// in the text cut at `end`: the two must agree, and say what the cut paragraph holds.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';
import { weekdayReferences } from '../../server/src/service/parser/dateline/weekdays';

function parts(text: string, end: number) {
  const d = recogniseDateline(text, 0, end);
  if (!d) return undefined;
  return { place: d.place?.text, date: d.date?.text, day: d.date?.day, separator: d.separator?.text, end: d.end, standalone: d.standalone };
}

describe('recogniseDateline: nothing past the end of the paragraph', () => {
  const cases: [string, string, ReturnType<typeof parts>][] = [
    // A separator right after the end does not belong to the place before it.
    ['BERLIN', '—The minister said.', undefined],
    ['BERLIN', '\n\n-- The minister said.', undefined],
    // A day cut at the end is the day the paragraph holds.
    ['BERLIN, Sept. 2', '7 (Xinhua) -- Text.', { place: 'BERLIN', date: 'Sept. 2', day: 2, separator: undefined, end: 15, standalone: true }],
    // A hyphen at the end is a separator, whatever letter follows it beyond.
    ['WINSTON-', 'SALEM, N.C. (AP) — Text.', { place: 'WINSTON', date: undefined, day: undefined, separator: '-', end: 8, standalone: true }],
    // A dash run stops at the end.
    ['BERLIN -', '- Text.', { place: 'BERLIN', date: undefined, day: undefined, separator: '-', end: 8, standalone: true }],
  ];
  for (const [paragraph, after, expected] of cases) {
    test(JSON.stringify(paragraph + '|' + after), () => {
      const end = paragraph.length;
      assert.deepEqual(parts(paragraph + after, end), expected);
      assert.deepEqual(parts(paragraph, end), expected);
    });
  }
});

describe('weekdayReferences: nothing past the end of the paragraph', () => {
  const weekdayDates = (text: string, end: number) => weekdayReferences(text, 0, end).map((r) => ({ qualifier: r.qualifier, phrase: r.phrase.text, date: r.date?.text }));
  // A slash at the end joins no month beyond it: the paragraph's date is `26 Sept`.
  const cases: [string, string, string][] = [
    ['The talks began on Tuesday, 26 Sept/', 'Oct. in Geneva.', '26 Sept'],
    ['The talks began on Tuesday, Sept. 2', '6 in Geneva.', 'Sept. 2'],
  ];
  for (const [paragraph, after, date] of cases) {
    test(JSON.stringify(paragraph + '|' + after), () => {
      const end = paragraph.length;
      const expected = [{ qualifier: 'date', phrase: `Tuesday, ${date}`, date }];
      assert.deepEqual(weekdayDates(paragraph + after, end), expected);
      assert.deepEqual(weekdayDates(paragraph, end), expected);
    });
  }
});
