// The dateline recogniser: every form of the spec, every broken form it lists, exact offsets
// (absolute, into the whole document), and prose that must not be taken for a dateline.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';

const FRONT = '---\ndate: 2023-09-28\n---\n\n'; // 26 characters: the paragraph starts at offset 26

/** The document with `para` as its first paragraph (and a second one after it). */
function doc(para: string): { text: string; start: number; end: number } {
  const text = `${FRONT}${para}\n\nSecond paragraph.\n`;
  return { text, start: FRONT.length, end: FRONT.length + para.length };
}

/** The span of the `nth` occurrence of `needle` in the paragraph (past the front matter). */
function span(text: string, needle: string, nth = 0) {
  let i = FRONT.length - 1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" not in the text`);
  return { start: i, end: i + needle.length, text: needle };
}

function recognise(para: string) {
  const d = doc(para);
  return { ...d, dateline: recogniseDateline(d.text, d.start, d.end) };
}

describe('recogniseDateline: the spec forms', () => {
  test('Xinhua: BERLIN, Sept. 27 (Xinhua) -- with literal offsets', () => {
    const { dateline } = recognise('BERLIN, Sept. 27 (Xinhua) -- [China is ready]{@chen}, Chen said.');
    assert.deepEqual(dateline, {
      start: 26, end: 54, bodyStart: 55,
      place: { start: 26, end: 32, text: 'BERLIN' },
      date: {
        start: 34, end: 42, text: 'Sept. 27', month: 9, day: 27, dayFirst: false,
        monthPart: { start: 34, end: 39, text: 'Sept.' },
        dayPart: { start: 40, end: 42, text: '27' },
      },
      agency: { start: 44, end: 50, text: 'Xinhua' },
      agencyParens: { start: 43, end: 51 },
      separator: { start: 52, end: 54, text: '--' },
    });
  });

  test('AP: WASHINGTON (AP) — ', () => {
    const { text, dateline } = recognise('WASHINGTON (AP) — The president said.');
    assert.ok(dateline);
    assert.deepEqual(dateline.place, span(text, 'WASHINGTON'));
    assert.equal(dateline.region, undefined);
    assert.equal(dateline.date, undefined);
    assert.deepEqual(dateline.agency, span(text, 'AP'));
    assert.deepEqual(dateline.agencyParens, { start: span(text, '(AP)').start, end: span(text, '(AP)').end });
    assert.deepEqual(dateline.separator, span(text, '—'));
    assert.equal(dateline.bodyStart, span(text, 'The president').start);
    assert.equal(dateline.start, span(text, 'WASHINGTON').start);
    assert.equal(dateline.end, span(text, '—').end);
  });

  test('AP: KANSAS CITY, Mo. (AP) — (city and state)', () => {
    const { text, dateline } = recognise('KANSAS CITY, Mo. (AP) — A man was shot.');
    assert.ok(dateline);
    assert.deepEqual(dateline.place, span(text, 'KANSAS CITY'));
    assert.deepEqual(dateline.region, span(text, 'Mo.'));
    assert.deepEqual(dateline.agency, span(text, 'AP'));
    assert.deepEqual(dateline.separator, span(text, '—'));
    assert.equal(dateline.bodyStart, span(text, 'A man').start);
  });

  test('Reuters: LONDON, Sept 27 (Reuters) - ', () => {
    const { text, dateline } = recognise('LONDON, Sept 27 (Reuters) - Oil prices rose.');
    assert.ok(dateline);
    assert.deepEqual(dateline.place, span(text, 'LONDON'));
    assert.equal(dateline.date?.text, 'Sept 27');
    assert.deepEqual(dateline.date?.monthPart, span(text, 'Sept'));
    assert.deepEqual(dateline.date?.dayPart, span(text, '27'));
    assert.deepEqual(dateline.agency, span(text, 'Reuters'));
    assert.deepEqual(dateline.separator, span(text, '-'));
    assert.equal(dateline.bodyStart, span(text, 'Oil').start);
  });

  test('UPI: HORIZON CITY, Texas, Jan. 14 (UPI) -- ', () => {
    const { text, dateline } = recognise('HORIZON CITY, Texas, Jan. 14 (UPI) -- Police said.');
    assert.ok(dateline);
    assert.deepEqual(dateline.place, span(text, 'HORIZON CITY'));
    assert.deepEqual(dateline.region, span(text, 'Texas'));
    assert.equal(dateline.date?.month, 1);
    assert.equal(dateline.date?.day, 14);
    assert.deepEqual(dateline.agency, span(text, 'UPI'));
    assert.equal(dateline.separator?.text, '--');
    assert.equal(dateline.bodyStart, span(text, 'Police').start);
  });

  test('en dash and a dateline with place and separator only', () => {
    const { text, dateline } = recognise('PARIS – The French government fell.');
    assert.ok(dateline);
    assert.deepEqual(dateline.place, span(text, 'PARIS'));
    assert.deepEqual(dateline.separator, span(text, '–'));
  });

  test('places in other scripts and with punctuation', () => {
    for (const [para, place] of [
      ['MÜNCHEN, Sept. 27 (dpa) -- Die Polizei.', 'MÜNCHEN'],
      ['МОСКВА (ТАСС) -- Президент.', 'МОСКВА'],
      ["ST. JOHN'S, Newfoundland (AP) — A storm.", "ST. JOHN'S"],
      ['WINSTON-SALEM, N.C. (AP) — A man.', 'WINSTON-SALEM'],
      ['RIO DE JANEIRO (AP) — Brazil said.', 'RIO DE JANEIRO'],
      ['McALLEN, Texas (AP) — Border agents.', 'McALLEN'],
      ['ΑΘΗΝΑ (AP) — Greece said.', 'ΑΘΗΝΑ'],
    ]) {
      const { text, dateline } = recognise(para);
      assert.deepEqual(dateline?.place, span(text, place), para);
    }
  });

  test('month forms: full, abbreviated, capitals, ordinal day, a year', () => {
    for (const [para, month, day, year] of [
      ['BEIJING, September 27 (Xinhua) -- X.', 9, 27, undefined],
      ['BEIJING, SEPT. 27 (Xinhua) -- X.', 9, 27, undefined],
      ['BEIJING, May 5 (Xinhua) -- X.', 5, 5, undefined],
      ['BEIJING, Sept. 27th (Xinhua) -- X.', 9, 27, undefined],
      ['BEIJING, Jan. 14, 2009 (Xinhua) -- X.', 1, 14, 2009],
    ] as const) {
      const { dateline } = recognise(para);
      assert.equal(dateline?.date?.month, month, para);
      assert.equal(dateline?.date?.day, day, para);
      assert.equal(dateline?.date?.year, year, para);
    }
    const { text, dateline } = recognise('BEIJING, Sept. 27th (Xinhua) -- X.');
    assert.deepEqual(dateline?.date?.dayPart, span(text, '27'));
    assert.equal(dateline?.date?.end, span(text, '27th').end);
  });

  test('a leading HTML comment is skipped, on the same line or its own', () => {
    for (const para of ['<!-- check the quote -->\nBERLIN, Sept. 27 (Xinhua) -- X.', '<!-- a --> <!-- b\nmore --> BERLIN, Sept. 27 (Xinhua) -- X.']) {
      const { text, dateline } = recognise(para);
      assert.deepEqual(dateline?.place, span(text, 'BERLIN'), para);
    }
    assert.equal(recognise('<!-- never closed BERLIN, Sept. 27 (Xinhua) -- X.').dateline, undefined);
  });

  test('a dateline on its own line, the text on the next', () => {
    const { text, dateline } = recognise('BERLIN, Sept. 27 (Xinhua) --\nChina is ready.');
    assert.equal(dateline?.bodyStart, span(text, 'China').start);
  });
});

describe('recogniseDateline: the broken forms of the spec', () => {
  test('NAIROBI, (Xinhua) -- : date dropped, comma left', () => {
    const { text, dateline } = recognise('NAIROBI, (Xinhua) -- Kenya said on Tuesday.');
    assert.ok(dateline);
    assert.deepEqual(dateline.place, span(text, 'NAIROBI'));
    assert.equal(dateline.date, undefined);
    assert.equal(dateline.region, undefined);
    assert.deepEqual(dateline.agency, span(text, 'Xinhua'));
    assert.deepEqual(dateline.separator, span(text, '--'));
    assert.equal(dateline.bodyStart, span(text, 'Kenya').start);
  });

  test('New Delhi, Sep 20 (PTI) The ... : title case, no separator', () => {
    const { text, dateline } = recognise('New Delhi, Sep 20 (PTI) The government on Wednesday said.');
    assert.ok(dateline);
    assert.deepEqual(dateline.place, span(text, 'New Delhi'));
    assert.equal(dateline.date?.text, 'Sep 20');
    assert.deepEqual(dateline.agency, span(text, 'PTI'));
    assert.equal(dateline.separator, undefined);
    assert.equal(dateline.end, span(text, '(PTI)').end);
    assert.equal(dateline.bodyStart, span(text, 'The government').start);
  });

  test('BEIJING, China, 30 April 2009 -- : day first, with a year', () => {
    const { text, dateline } = recognise('BEIJING, China, 30 April 2009 -- China said.');
    assert.ok(dateline);
    assert.deepEqual(dateline.place, span(text, 'BEIJING'));
    assert.deepEqual(dateline.region, span(text, 'China'));
    const date = dateline.date;
    assert.ok(date);
    assert.equal(date.dayFirst, true);
    assert.equal(date.year, 2009);
    assert.equal(date.month, 4);
    assert.equal(date.day, 30);
    assert.deepEqual({ start: date.start, end: date.end, text: date.text }, span(text, '30 April 2009'));
    assert.deepEqual(date.monthPart, span(text, 'April'));
    assert.deepEqual(date.dayPart, span(text, '30'));
    assert.equal(dateline.bodyStart, span(text, 'China said').start);
  });

  test('By Bedah Mengo NAIROBI, (Xinhua) -- : byline glued on', () => {
    const { text, dateline } = recognise('By Bedah Mengo NAIROBI, (Xinhua) -- Kenya said.');
    assert.ok(dateline);
    assert.deepEqual(dateline.byline, span(text, 'By Bedah Mengo'));
    assert.deepEqual(dateline.place, span(text, 'NAIROBI'));
    assert.equal(dateline.start, span(text, 'By').start);
    assert.equal(dateline.bodyStart, span(text, 'Kenya').start);
  });

  test('Nov. 28 (UPI) -- : no place', () => {
    const { text, dateline } = recognise('Nov. 28 (UPI) -- The company said.');
    assert.ok(dateline);
    assert.equal(dateline.place, undefined);
    assert.deepEqual(dateline.date?.monthPart, span(text, 'Nov.'));
    assert.deepEqual(dateline.agency, span(text, 'UPI'));
    assert.equal(dateline.start, span(text, 'Nov.').start);
    assert.equal(dateline.bodyStart, span(text, 'The company').start);
  });

  test('a missing comma before the date, a stray one after it, odd separator spacing', () => {
    assert.equal(recognise('NAIROBI Sept. 27 (Xinhua) -- X.').dateline?.date?.text, 'Sept. 27');
    assert.equal(recognise('NAIROBI, Sept. 27, (Xinhua) -- X.').dateline?.agency?.text, 'Xinhua');
    const { text, dateline } = recognise('WASHINGTON (AP)—The president said.');
    assert.deepEqual(dateline?.separator, span(text, '—'));
    assert.equal(dateline?.bodyStart, span(text, 'The').start);
  });

  test('no separator and no date, but a known agency', () => {
    const { text, dateline } = recognise('NAIROBI (Xinhua) Kenya said.');
    assert.equal(dateline?.bodyStart, span(text, 'Kenya').start);
  });

  test('a dateline that is the whole paragraph', () => {
    const { text, dateline } = recognise('BERLIN, Sept. 27 (Xinhua) --');
    assert.equal(dateline?.bodyStart, span(text, '--').end);
  });
});

describe('recogniseDateline: prose is not a dateline', () => {
  for (const para of [
    'The minister said on Tuesday that talks would resume.',
    'In a statement, the ministry said it was ready.',
    'In Paris, Jan. 3 was a cold day.',
    'Meanwhile, Mr. Smith — who arrived late — said nothing.',
    'NATO (North Atlantic Treaty Organization) Secretary General Jens Stoltenberg said.',
    'NATO said on Tuesday it would send more troops.',
    'NATO, the alliance, said it was ready.',
    'EU — the bloc — said it would act.',
    'WASHINGTON The president said.',
    'UPDATE 1-Oil prices rise.',
    'BREAKING: A fire broke out.',
    'A fire broke out (local time) — The police came.',
    'Officials (in Nairobi) — The police came.',
    'May 5 was chosen as the date.',
    'Chen Wenqing, head of the commission, said.',
    '"We are ready," Chen said.',
    '[China is ready]{@chen}, Chen said.',
    '',
    '   ',
    '<!-- only a comment -->',
    'I, Claudius — The novel.',
  ]) {
    test(JSON.stringify(para), () => assert.equal(recognise(para).dateline, undefined));
  }
});

describe('recogniseDateline: bounds', () => {
  test('only [start, end) is read: a dateline in the second paragraph is not found from the first', () => {
    const text = 'Intro.\n\nBERLIN (AP) — X.';
    assert.equal(recogniseDateline(text, 0, 6), undefined);
    assert.equal(recogniseDateline(text, 8, text.length)?.place?.start, 8);
  });

  test('the end of the range cuts the dateline: a separator past it is not seen', () => {
    const text = 'BERLIN (AP) — X.';
    assert.equal(recogniseDateline(text, 0, 11)?.separator, undefined); // (AP) at the end, no text: no dateline
  });

  test('a paragraph end past the text, or before its start, does not throw', () => {
    const text = 'BERLIN (AP) — X.';
    assert.equal(recogniseDateline(text, 0, 1000)?.place?.text, 'BERLIN');
    assert.equal(recogniseDateline(text, 10, 2), undefined);
  });

  test('the window is bounded: a separator far into the paragraph is not a dateline', () => {
    const para = 'BERLIN ' + 'x'.repeat(300) + ' — X.';
    assert.equal(recogniseDateline(para, 0, para.length), undefined);
  });
});
