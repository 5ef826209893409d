// The dateline code never throws and stays linear: random strings, dateline-shaped noise,
// and large or pathological paragraphs.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { propertyParameters } from '../property/parameters';
import { checkDateline } from '../../server/src/service/checks/dateline/check';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';
import { resolveHouseStyle } from '../../server/src/service/domain/styles';
import { resolveDatelineDate } from '../../server/src/service/domain/resolve';
import { resolveWeekdayReference } from '../../server/src/service/domain/weekdays';
import { weekdayMentions, weekdayReferences } from '../../server/src/service/parser/dateline/weekdays';
import type { HouseStyle } from '../../server/src/service/options';

// The dateline code has no safety net of its own (the server's request guard is the one
// boundary): a bug throws, and fails these tests.

const STYLES: HouseStyle[] = ['ap', 'reuters', 'xinhua', 'upi', 'none'];
const PIECES = [
  'BERLIN', 'KANSAS CITY', 'New Delhi', 'By', 'Bedah', 'Mengo', 'NAIROBI', 'CHICAGO', 'Mo.', 'MO', 'Texas', 'Georgia',
  'Sept.', 'Sep', 'Feb.', 'May', 'April', '27', '30', '29', '0', '2009', '27th', ',', ', ', ' ', '  ', '\n', '\r\n',
  '(', ')', '(Xinhua)', '(AP)', '(Reuters)', '(UPI)', '--', '—', '–', ' - ', '-', '---', '<!--', '-->', '[', ']', '{@chen}',
  'Tuesday', 'next', 'last', 'before', 'week', 'of', 'The', 'said', '"', '“', 'É', 'ß', '😀', '\ud800', 'ǅ', 'İ', '.',
];
const datelineish = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
const anyString = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 80 }), datelineish);
const publication = fc.option(fc.record({ year: fc.integer({ min: 1, max: 3000 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }), { nil: undefined });

function exercise(text: string, a: number, b: number, style: HouseStyle, pub: { year: number; month: number; day: number } | undefined, agency?: string) {
  // A paragraph span as the parser gives one: inside the text (the random loop may draw b < 0).
  const start = Math.max(0, Math.min(a, b, text.length));
  const end = Math.min(Math.max(a, b), text.length);
  const d = recogniseDateline(text, start, end);
  if (d) {
    // Parts lie inside the paragraph, in order, and their text is what the offsets cover.
    assert.ok(d.start >= start && d.start <= d.end && d.end <= d.bodyStart && d.bodyStart <= end, JSON.stringify({ text, start, end, d }));
    let last = d.start;
    for (const p of [d.byline, d.place, d.region, d.date, d.agency, d.separator]) {
      if (!p) continue;
      assert.ok(p.start >= last && p.end <= d.end, JSON.stringify({ text, p }));
      assert.equal(text.slice(p.start, p.end), p.text);
      last = p.end;
    }
    if (d.date) resolveDatelineDate(d.date, pub);
  }
  const findings = checkDateline({
    text, dateline: d, firstParagraph: { start, end }, leadParagraphs: [{ start, end }], publication: pub, agency, style,
  });
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.start <= e.end && e.end <= text.length);
  }
  for (const r of weekdayReferences(text, start, end)) resolveWeekdayReference(r, pub ?? { year: 2023, month: 9, day: 27 });
}

describe('never throws', () => {
  test('random strings, ranges, styles and publication dates (fast-check)', () => {
    fc.assert(fc.property(
      anyString, fc.nat(200), fc.nat(200), fc.constantFrom(...STYLES), publication, fc.option(fc.constantFrom('AP', 'Xinhua', 'Reuters', 'Daily Planet', ''), { nil: undefined }),
      (text, a, b, style, pub, agency) => exercise(text, a, b, style, pub, agency),
    ), propertyParameters(3000));
  });

  test('dateline-shaped noise recognised in full paragraphs', () => {
    fc.assert(fc.property(datelineish, fc.constantFrom(...STYLES), publication, (text, style, pub) => exercise(text, 0, text.length, style, pub)), propertyParameters(3000));
  });

  test('a plain random loop over every character class', () => {
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let run = 0; run < 2000; run++) {
      let text = '';
      const len = rand(80);
      for (let i = 0; i < len; i++) text += rand(4) === 0 ? PIECES[rand(PIECES.length)] : String.fromCharCode(rand(0x3000));
      exercise(text, rand(20), text.length - rand(5), STYLES[rand(5)], rand(3) ? { year: 2000 + rand(40), month: 1 + rand(12), day: 1 + rand(31) } : undefined);
    }
  });

  test('odd inputs to the other entry points', () => {
    assert.equal(resolveHouseStyle('bogus' as never, 'AP'), 'none');
    assert.doesNotThrow(() => weekdayMentions('Tuesday', -3, 99));
    assert.doesNotThrow(() => checkDateline({ text: 'X', leadParagraphs: [], style: 'ap', dateline: { start: 0, end: 0, bodyStart: 0 } }));
    assert.doesNotThrow(() => resolveDatelineDate({ start: 0, end: 0, text: '', month: 13, day: -1, monthPart: { start: 0, end: 0, text: '' }, dayPart: { start: 0, end: 0, text: '' }, dayFirst: false }, undefined));
  });
});

// Cost is measured by `npm run bench`, not asserted here: these inputs once made scanners quadratic,
// so they are kept as inputs that must complete with sane results.
describe('very large and pathological inputs', () => {
  test('a 2 MB first paragraph: recognition reads only its window, weekdays are all found', () => {
    const unit = 'BERLIN, Sept. 27 (Xinhua) Tuesday ';
    const big = 'BERLIN, ' + unit.repeat(60_000);
    assert.equal(recogniseDateline(big, 0, big.length)?.place?.text, 'BERLIN');
    assert.equal(weekdayMentions(big, 0, big.length).length, 60_000);
  });

  test('pathological repetitions', () => {
    for (const text of ['<!--'.repeat(100_000), '-'.repeat(200_000), 'A '.repeat(100_000), '('.repeat(100_000), 'By '.repeat(100_000), '1 '.repeat(100_000), 'Sept. '.repeat(50_000)]) {
      const d = recogniseDateline(text, 0, text.length);
      const findings = checkDateline({ text, dateline: d, firstParagraph: { start: 0, end: text.length }, leadParagraphs: [{ start: 0, end: text.length }], publication: { year: 2023, month: 9, day: 28 }, style: 'ap' });
      for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
    }
  });
});
