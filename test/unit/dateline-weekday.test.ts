// Weekdays in the lead: finding them, reading their qualifiers, and dateline-weekday.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDateline } from '../../server/src/service/checks/dateline/check';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';
import { resolveHouseStyle } from '../../server/src/service/domain/styles';
import { resolveWeekdayReference } from '../../server/src/service/domain/weekdays';
import { weekdayMentions, weekdayReferences } from '../../server/src/service/parser/dateline/weekdays';
import type { PublicationDate } from '../../server/src/service/syntax';

const SEPT_28: PublicationDate = { year: 2023, month: 9, day: 28 };
const WED_SEPT_27 = { year: 2023, month: 9, day: 27 };

describe('weekdayMentions', () => {
  test('whole capitalised weekday names, with exact offsets', () => {
    const text = 'Talks held here on Tuesday ended; Wednesday\'s session and FRIDAY too.';
    assert.deepEqual(weekdayMentions(text, 0, text.length), [
      { start: 19, end: 26, weekday: 2 },
      { start: 34, end: 43, weekday: 3 },
      { start: 58, end: 64, weekday: 5 },
    ]);
  });

  test('not: plurals, lowercase, names of feasts and sales, comments, outside the range', () => {
    const text = 'On Tuesdays, tuesday, Good Friday, Black Friday, Super Tuesday <!-- on Monday --> Sundayx 3Monday.';
    assert.deepEqual(weekdayMentions(text, 0, text.length), []);
    const two = 'Monday. Friday.';
    assert.deepEqual(weekdayMentions(two, 8, two.length).map((m) => m.weekday), [5]);
    assert.deepEqual(weekdayMentions(two, 0, 5), []); // "Monday" cut by the range end is no whole word
  });
});

describe('weekdayReferences and resolveWeekdayReference', () => {
  const one = (text: string) => {
    const refs = weekdayReferences(text, 0, text.length);
    assert.equal(refs.length, 1, text);
    return refs[0];
  };
  const day = (text: string) => resolveWeekdayReference(one(text), WED_SEPT_27);

  test('bare: the most recent such day on or before the reference', () => {
    assert.equal(one('on Tuesday').qualifier, 'none');
    assert.deepEqual(day('on Tuesday'), { year: 2023, month: 9, day: 26 });
    assert.deepEqual(day('on Wednesday'), WED_SEPT_27);
    assert.deepEqual(day('on Thursday'), { year: 2023, month: 9, day: 21 });
  });

  test('qualifiers and their phrases', () => {
    for (const [text, qualifier, phrase, date] of [
      ['said next Tuesday it', 'next', 'next Tuesday', '2023-10-3'],
      ['this coming Friday', 'next', 'this coming Friday', '2023-9-29'],
      ['last Wednesday', 'last', 'last Wednesday', '2023-9-20'],
      ['this past Monday', 'last', 'this past Monday', '2023-9-25'],
      ['on Tuesday before last', 'before-last', 'Tuesday before last', '2023-9-19'],
      ['on Tuesday last week', 'last-week', 'Tuesday last week', '2023-9-19'],
      ['on Sunday last week', 'last-week', 'Sunday last week', '2023-9-24'],
      ['on Friday of next week', 'next-week', 'Friday of next week', '2023-10-6'],
      ['on Tuesday, Sept. 26, the', 'date', 'Tuesday, Sept. 26', '2023-9-26'],
      ['on Tuesday (Sept. 19) the', 'date', 'Tuesday (Sept. 19)', '2023-9-19'],
      ['on Monday 2 October', 'date', 'Monday 2 October', '2023-10-2'],
      ['on Friday, Dec. 29, 2023', 'date', 'Friday, Dec. 29, 2023', '2023-12-29'],
    ] as const) {
      const ref = one(text);
      assert.equal(ref.qualifier, qualifier, text);
      assert.equal(ref.phrase.text, phrase, text);
      assert.equal(text.slice(ref.phrase.start, ref.phrase.end), phrase);
      const d = resolveWeekdayReference(ref, WED_SEPT_27)!;
      assert.equal(`${d.year}-${d.month}-${d.day}`, date, text);
    }
  });

  test('an explicit date without a year takes the year nearest the reference', () => {
    const d = resolveWeekdayReference(one('on Friday, Dec. 29'), { year: 2024, month: 1, day: 2 });
    assert.deepEqual(d, { year: 2023, month: 12, day: 29 });
    assert.equal(resolveWeekdayReference(one('on Friday, Sept. 31'), WED_SEPT_27), undefined);
  });
});

/** An article whose lead is `paras`; the first paragraph starts with `dateline`. */
function run(paras: string[], publication: PublicationDate | null = SEPT_28) {
  const front = '---\ndate: 2023-09-28\n---\n\n';
  const text = front + paras.join('\n\n') + '\n';
  const spans: { start: number; end: number }[] = [];
  let at = front.length;
  for (const p of paras) { spans.push({ start: at, end: at + p.length }); at += p.length + 2; }
  const dateline = recogniseDateline(text, spans[0].start, spans[0].end);
  const agency = dateline?.agency?.text;
  const findings = checkDateline({
    text, dateline, firstParagraph: spans[0], leadParagraphs: spans.slice(0, 3), publication: publication ?? undefined, agency,
    style: resolveHouseStyle('auto', agency),
  });
  return { text, findings: findings.filter((f) => f.code === 'dateline-weekday'), all: findings };
}

describe('dateline-weekday', () => {
  const DL = 'BERLIN, Sept. 27 (Xinhua) -- ';

  test('bare weekdays always fit (the reference example: "held here on Tuesday")', () => {
    const r = run([`${DL}Chen said.`, 'Chen made the remarks at the dialogue held here on Tuesday.']);
    assert.deepEqual(r.all, []);
    for (const w of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
      assert.deepEqual(run([`${DL}Chen said on ${w}.`]).findings, [], w);
      assert.deepEqual(run([`${DL}${w}'s talks ended.`]).findings, [], w);
    }
    assert.deepEqual(run([`${DL}Chen said last Wednesday.`]).findings, []);
  });

  test('next Tuesday falls after the dateline date', () => {
    const r = run([`${DL}Talks resume next Tuesday.`]);
    assert.equal(r.findings.length, 1);
    const f = r.findings[0];
    assert.equal(r.text.slice(f.start, f.end), 'next Tuesday');
    assert.equal(f.message, '"next Tuesday" (Tuesday, October 3, 2023) falls after the dateline date, Wednesday, September 27, 2023: a weekday in the lead names a day of the week up to the dateline; give the date, or check the dateline');
  });

  test('more than 7 days before the dateline date', () => {
    const before = run([`${DL}Talks began on Tuesday before last.`]);
    assert.equal(before.findings.length, 1);
    assert.match(before.findings[0].message, /"Tuesday before last" \(Tuesday, September 19, 2023\) is 8 days before the dateline date/);
    assert.equal(run([`${DL}Talks began on Tuesday last week.`]).findings.length, 1);
    assert.equal(run([`${DL}Talks began on Friday last week.`]).findings.length, 0); // Sept. 22: 5 days
    assert.equal(run([`${DL}Talks began on Tuesday, Sept. 19.`]).findings.length, 1);
    assert.equal(run([`${DL}Talks began on Wednesday, Sept. 20.`]).findings.length, 0); // exactly 7 days
    assert.equal(run([`${DL}Talks begin on Tuesday, Oct. 3.`]).findings.length, 1); // after
  });

  test('a weekday that contradicts its own date', () => {
    const r = run([`${DL}Talks began on Tuesday, Sept. 27.`]);
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0].message, '"Tuesday, Sept. 27": September 27, 2023 is a Wednesday, not a Tuesday');
    assert.equal(r.text.slice(r.findings[0].start, r.findings[0].end), 'Tuesday, Sept. 27');
  });

  test('only the first three paragraphs count', () => {
    const r = run([`${DL}X.`, 'Y.', 'Z.', 'Talks resume next Tuesday.']);
    assert.deepEqual(r.findings, []);
    assert.equal(run([`${DL}X.`, 'Y.', 'Talks resume next Tuesday.']).findings.length, 1);
  });

  test('without a dateline date, the publication date is the reference; without either, nothing', () => {
    const ap = run(['WASHINGTON (AP) — Talks resume next Thursday.']);
    assert.equal(ap.findings.length, 1);
    assert.match(ap.findings[0].message, /after the publication date, Thursday, September 28, 2023/);
    assert.deepEqual(run(['WASHINGTON (AP) — Talks resume next Thursday.'], null).findings, []);
    // An impossible dateline date is reported as dateline-date, not measured against.
    assert.deepEqual(run(['BERLIN, Feb. 30 (Xinhua) -- Talks resume next Thursday.']).findings, []);
  });

  test('the reference is the resolved dateline date, across a year boundary', () => {
    const r = run(['BERLIN, Dec. 29 (Xinhua) -- Talks ended on Friday, Dec. 29.'], { year: 2024, month: 1, day: 2 });
    assert.deepEqual(r.findings, []);
  });
});
