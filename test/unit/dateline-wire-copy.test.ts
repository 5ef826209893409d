// Real wire copy against the dateline recogniser and checks: each agency's datelines read with the
// right parts, prose that opens with an acronym never taken for one, and the repairs found in
// review (two places joined by a slash, a region that lost its comma, an impossible day's year,
// copy in a language whose month names the recogniser does not read).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDateline } from '../../server/src/service/checks/dateline/check';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';
import { resolveHouseStyle } from '../../server/src/service/domain/styles';
import type { Finding } from '../../server/src/service/diagnostics/finding';
import type { HouseStyle } from '../../server/src/service/options';
import { codes } from '../support/documents';

const FRONT = '---\ndate: 2023-09-28\n---\n\n';

function recognise(para: string) {
  const text = `${FRONT}${para}\n\nSecond paragraph.\n`;
  const start = FRONT.length;
  return { text, start, end: start + para.length, dateline: recogniseDateline(text, start, start + para.length) };
}

/** The parts as written, for compact comparison. */
function parts(para: string) {
  const d = recognise(para).dateline;
  if (!d) return undefined;
  return {
    place: d.place?.text, region: d.region?.text, date: d.date?.text, agency: d.agency?.text, separator: d.separator?.text,
  };
}

function check(para: string, agency: string | undefined, style?: HouseStyle) {
  const r = recognise(para);
  const findings = checkDateline({
    text: r.text, dateline: r.dateline, firstParagraph: { start: r.start, end: r.end },
    leadParagraphs: [{ start: r.start, end: r.end }], publication: { year: 2023, month: 9, day: 28 },
    agency, style: style ?? resolveHouseStyle('auto', agency),
  });
  return { ...r, findings };
}

/** The paragraph after applying a finding's first fix. */
function fixed(r: { text: string; start: number }, f: Finding): string {
  let t = r.text;
  for (const e of [...f.fixes![0].edits].sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
  return t.slice(r.start, t.indexOf('\n', r.start));
}

describe('wire datelines are read with the right parts', () => {
  const cases: [string, ReturnType<typeof parts>][] = [
    ['NEW YORK (AP) — Stocks fell.', { place: 'NEW YORK', region: undefined, date: undefined, agency: 'AP', separator: '—' }],
    ['SAN JUAN, Puerto Rico (AP) — The island.', { place: 'SAN JUAN', region: 'Puerto Rico', date: undefined, agency: 'AP', separator: '—' }],
    ['ST. LOUIS (AP) — The city.', { place: 'ST. LOUIS', region: undefined, date: undefined, agency: 'AP', separator: '—' }],
    ['WINSTON-SALEM, N.C. (AP) — The city.', { place: 'WINSTON-SALEM', region: 'N.C.', date: undefined, agency: 'AP', separator: '—' }],
    ["COEUR D'ALENE, Idaho (AP) — The city.", { place: "COEUR D'ALENE", region: 'Idaho', date: undefined, agency: 'AP', separator: '—' }],
    ['LONDON, Jan 5 (Reuters) - Shares rose.', { place: 'LONDON', region: undefined, date: 'Jan 5', agency: 'Reuters', separator: '-' }],
    ['NEW DELHI/MUMBAI, Sept 3 (Reuters) - India said.', { place: 'NEW DELHI/MUMBAI', region: undefined, date: 'Sept 3', agency: 'Reuters', separator: '-' }],
    ['BEIJING, Jan. 5 (Xinhua) -- China said.', { place: 'BEIJING', region: undefined, date: 'Jan. 5', agency: 'Xinhua', separator: '--' }],
    ['UNITED NATIONS, Jan. 5 (Xinhua) -- The council.', { place: 'UNITED NATIONS', region: undefined, date: 'Jan. 5', agency: 'Xinhua', separator: '--' }],
    ['HORIZON CITY, Texas, Jan. 14 (UPI) -- About 7,000 homes.', { place: 'HORIZON CITY', region: 'Texas', date: 'Jan. 14', agency: 'UPI', separator: '--' }],
    ['МОСКВА (ТАСС) — Город.', { place: 'МОСКВА', region: undefined, date: undefined, agency: 'ТАСС', separator: '—' }],
    ['<!-- desk: check the date --> BEIJING, Jan. 5 (Xinhua) -- China said.', { place: 'BEIJING', region: undefined, date: 'Jan. 5', agency: 'Xinhua', separator: '--' }],
  ];
  for (const [para, want] of cases) test(para, () => assert.deepEqual(parts(para), want));

  test('a date in a script or language the recogniser cannot read is not misread (no crash, no dateline)', () => {
    assert.equal(parts('МОСКВА, 5 янв. (ТАСС) — Город.'), undefined);
    assert.equal(parts('ΑΘΗΝΑ, 5 Ιαν. (ΑΠΕ) — Η πόλη.'), undefined);
  });
});

describe('prose is not a dateline, however it opens', () => {
  for (const para of [
    'US officials said on Monday the talks would resume.',
    'NATO leaders met in Brussels on Jan. 5 (Thursday) -- and agreed.',
    'AP sources say the deal is done.',
    'UN Secretary-General Antonio Guterres said (AP) — X.',
    'FBI agents raided (AP) the house.',
    'IBM said Jan. 5 (Reuters) - Things.',
    'NATO Allies — The alliance met.',
    'NATO Secretary General Jens Stoltenberg — The alliance met.',
    'EDITOR’S NOTE — This story contains graphic details.',
    "EDITOR'S NOTE -- This story was reported from Kyiv.",
    'CORRECTION — An earlier version misspelled a name.',
    '"We are ready," Chen said on Monday.',
    '["We are ready,"]{@chen} Chen said.',
  ]) test(JSON.stringify(para), () => assert.equal(recognise(para).dateline, undefined));
});

describe('two places joined by a slash (Reuters)', () => {
  test('one place, in capitals: no finding', () => {
    const r = check('NEW DELHI/MUMBAI, Sept 27 (Reuters) - India said.', 'Reuters');
    assert.deepEqual(r.findings, []);
  });
  test('in title case: capitalised whole', () => {
    const r = check('New Delhi/Mumbai, Sept 27 (Reuters) - India said.', 'Reuters');
    assert.deepEqual(r.findings.map((f) => f.code), ['dateline-place-case']);
    assert.equal(fixed(r, r.findings[0]), 'NEW DELHI/MUMBAI, Sept 27 (Reuters) - India said.');
  });
  test('a slash between digits joins nothing: `LONDON, Jan 5/6` is not read as a dateline', () => {
    assert.equal(recognise('LONDON, Jan 5/6 (Reuters) - Shares rose.').dateline, undefined);
  });
});

describe('a region that lost its comma', () => {
  test('KANSAS CITY Mo. (AP): the place stays in capitals, the comma is inserted', () => {
    const r = check('KANSAS CITY Mo. (AP) — A tornado hit.', 'AP');
    assert.deepEqual(parts('KANSAS CITY Mo. (AP) — A tornado hit.'),
      { place: 'KANSAS CITY', region: 'Mo.', date: undefined, agency: 'AP', separator: '—' });
    assert.deepEqual(r.findings.map((f) => f.code), ['dateline-form']);
    const f = r.findings[0];
    assert.equal(f.message, 'A comma separates the place "KANSAS CITY" from "Mo."');
    assert.equal(r.text.slice(f.start, f.end), 'KANSAS CITY Mo.');
    assert.equal(fixed(r, f), 'KANSAS CITY, Mo. (AP) — A tornado hit.');
  });
  test('with a date after it: both commas, each its own fix', () => {
    const r = check('BEIJING China Sept. 27 (Xinhua) -- China said.', 'Xinhua');
    assert.deepEqual(r.findings.map((f) => fixed(r, f)), [
      'BEIJING, China Sept. 27 (Xinhua) -- China said.',
      'BEIJING China, Sept. 27 (Xinhua) -- China said.',
    ]);
  });
  test('a lone abbreviation in capitals is a place half in capitals, not place and region', () => {
    const r = check('ST. Louis (AP) — The city.', 'AP');
    assert.deepEqual(r.findings.map((f) => f.code), ['dateline-place-case']);
    assert.equal(fixed(r, r.findings[0]), 'ST. LOUIS (AP) — The city.');
  });
});

describe('an impossible day keeps the publication year', () => {
  test('Sept. 31 published Sept. 28: dateline-date only, no distance of a year', () => {
    const r = check('BEIJING, Sept. 31 (Xinhua) -- China said.', 'Xinhua');
    assert.deepEqual(r.findings.map((f) => [f.code, f.message]), [['dateline-date', 'There is no "Sept. 31": September has 30 days']]);
  });
});

describe('a weekday with its date at a sentence end', () => {
  test('"on Monday, Sept. 26." is a dated weekday: Sept. 26, 2023 was a Tuesday', () => {
    const r = check('WASHINGTON, Sept. 27 (UPI) -- The talks ended on Monday, Sept. 26.', 'UPI');
    assert.deepEqual(r.findings.map((f) => [f.code, r.text.slice(f.start, f.end), f.message]), [
      ['dateline-weekday', 'Monday, Sept. 26', '"Monday, Sept. 26": September 26, 2023 is a Tuesday, not a Monday'],
    ]);
  });
});

describe('dateline-missing and the front matter lang', () => {
  const article = (lang: string | undefined, body: string) =>
    `---\nheadline: H\ndate: 2023-09-28\n${lang ? `lang: ${lang}\n` : ''}---\n\n${body}\n`;
  test('English (or no lang): reported', () => {
    assert.ok(codes(article(undefined, 'The Senate voted.')).includes('dateline-missing'));
    assert.ok(codes(article('en-GB', 'The Senate voted.')).includes('dateline-missing'));
  });
  test('another language: a dateline with its own month names is not called missing', () => {
    assert.ok(!codes(article('ru', 'МОСКВА, 5 янв. (ТАСС) — Город.')).includes('dateline-missing'));
    assert.ok(!codes(article('fr', 'PARIS, 5 janv. (AFP) - La ville.')).includes('dateline-missing'));
  });
});
