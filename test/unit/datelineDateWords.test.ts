// Which words after a month (or before it) the dateline reads as its day and year, seen in the
// parsed tree (article.dateline.date): ordinal days with every English suffix, and the words that
// look like a day but are none (three digits, a suffix alone or a wrong one, a day on the next
// line), which leave the dateline without a date. Written to kill mutants that survived
// `npm run mutate` in parser/dateline/dates.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../support/documents';

const FRONT = '---\nheadline: T\ndate: 2023-09-28\nagency: Xinhua\n---\n\n';

/** The dateline's date as [text, month, day, year], or undefined when none is read. */
function dateOf(paragraph: string): [string, number, number, number | undefined] | undefined {
  const d = parse(`${FRONT}${paragraph}\n`).dateline?.date;
  return d && [d.text, d.month, d.day, d.year];
}

describe('the day of a dateline date', () => {
  test('one or two digits, with or without an ordinal suffix in any case', () => {
    for (const [paragraph, date] of [
      ['BERLIN, Sept. 1st (Xinhua) -- X.', ['Sept. 1st', 9, 1, undefined]],
      ['BERLIN, Sept. 2nd (Xinhua) -- X.', ['Sept. 2nd', 9, 2, undefined]],
      ['BERLIN, Sept. 3rd (Xinhua) -- X.', ['Sept. 3rd', 9, 3, undefined]],
      ['BERLIN, Sept. 21ST (Xinhua) -- X.', ['Sept. 21ST', 9, 21, undefined]],
      ['BERLIN, 22nd September (Xinhua) -- X.', ['22nd September', 9, 22, undefined]],
      ['BERLIN, Sept. 7 (Xinhua) -- X.', ['Sept. 7', 9, 7, undefined]],
    ] as const) {
      assert.deepEqual(dateOf(paragraph), date, paragraph);
    }
  });

  test('the day is only its digits, without the suffix', () => {
    const text = `${FRONT}BERLIN, Sept. 2nd (Xinhua) -- X.\n`;
    const dayPart = parse(text).dateline?.date?.dayPart;
    assert.deepEqual(dayPart, { start: text.indexOf('2nd'), end: text.indexOf('2nd') + 1, text: '2' });
  });

  test('no day: three digits, a suffix alone, a wrong suffix, a day on the next line', () => {
    for (const paragraph of [
      'BERLIN, Sept. 123 (Xinhua) -- X.',
      'BERLIN, Sept. th (Xinhua) -- X.',
      'BERLIN, Sept. 27x (Xinhua) -- X.',
      'BERLIN, Sept. 3d (Xinhua) -- X.',
      'BERLIN, Sept.\n27 (Xinhua) -- X.',
    ]) {
      assert.equal(dateOf(paragraph), undefined, paragraph);
    }
  });
});

describe('the year of a dateline date', () => {
  test('a year after a separator is the text, not the date', () => {
    const a = parse(`${FRONT}WASHINGTON, Sept. 27 -- 2023 was the hottest year on record.\n`);
    assert.deepEqual(dateOf('WASHINGTON, Sept. 27 -- 2023 was the hottest year on record.'), ['Sept. 27', 9, 27, undefined]);
    assert.equal(a.dateline?.separator?.text, '--');
    assert.equal(a.text.slice(a.dateline?.bodyStart), '2023 was the hottest year on record.\n');
  });

  test('a year after the day, with or without a comma', () => {
    assert.deepEqual(dateOf('BERLIN, Jan. 14, 2009 (Xinhua) -- X.'), ['Jan. 14, 2009', 1, 14, 2009]);
    assert.deepEqual(dateOf('BEIJING, China, 30 April 2009 -- X.'), ['30 April 2009', 4, 30, 2009]);
  });
});
