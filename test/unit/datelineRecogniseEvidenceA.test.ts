// How much a first line must show to be a dateline (server/src/service/parser/dateline/
// recognise.ts, docs/syntax.md): a place in capitals needs a date, an agency or a separator; a
// place in title case two of them; no place, a date first and an agency or separator. And where
// the dateline stops: what follows its date is the article's text unless it is a comma, an agency
// or a separator; the text after it may open with a letter of a script without case.
// The whole recognised dateline is compared, every part and range: a part that is absent must be
// absent, not present and undefined (the outline, hover and checks test `'separator' in dateline`).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';
import type { Dateline } from '../../server/src/service/syntax';

const read = (line: string) => recogniseDateline(line, 0, line.length);

/** Where `piece` first is in `line`, as a part. */
function at(line: string, piece: string) {
  const start = line.indexOf(piece);
  assert.ok(start >= 0, `${piece} in ${line}`);
  return { start, end: start + piece.length, text: piece };
}

/** The same without its text (the agency's parentheses). */
function span(line: string, piece: string) {
  const { start, end } = at(line, piece);
  return { start, end };
}

function sept27(line: string, written = 'Sept. 27') {
  const d = at(line, written);
  return { ...d, month: 9, monthPart: at(line, written.split(' ')[0]), day: 27, dayPart: at(line, '27'), dayFirst: false };
}

describe('recogniseDateline: the whole dateline', () => {
  test('a date and then the text, without a separator', () => {
    const line = 'BERLIN, Sept. 27 The mayor said.';
    assert.deepStrictEqual(read(line), { start: 0, end: 16, bodyStart: 17, place: at(line, 'BERLIN'), date: sept27(line) } satisfies Dateline);
  });

  test('a word between the date and an agency is the text', () => {
    const line = 'BERLIN, Sept. 27 Police (AP) \u2014 X.';
    assert.deepStrictEqual(read(line), { start: 0, end: 16, bodyStart: 17, place: at(line, 'BERLIN'), date: sept27(line) } satisfies Dateline);
  });

  test('text in a script without capitals after the agency', () => {
    const line = 'BEIJING, Sept. 27 (Xinhua) \u4e2d\u56fd\u5916\u4ea4\u90e8\u8868\u793a\u3002';
    assert.deepStrictEqual(read(line), {
      start: 0, end: 26, bodyStart: 27, place: at(line, 'BEIJING'), date: sept27(line),
      agency: at(line, 'Xinhua'), agencyParens: span(line, '(Xinhua)'),
    } satisfies Dateline);
  });

  test('no place: a date in capitals first, an agency and a separator', () => {
    const line = 'SEPT. 27 (UPI) \u2014 X.';
    assert.deepStrictEqual(read(line), {
      start: 0, end: 16, bodyStart: 17, date: sept27(line, 'SEPT. 27'),
      agency: at(line, 'UPI'), agencyParens: span(line, '(UPI)'), separator: at(line, '\u2014'),
    } satisfies Dateline);
  });

  test('a place half in capitals: an abbreviation, a particle, a word in title case', () => {
    // `ST. Louis`-style: the capitals are a lone abbreviation, so the whole name is the place (the
    // place-case check repairs it); the particle after the capitals belongs to it.
    const line = 'MT. of Olives, Jerusalem (AP) \u2014 X.';
    assert.deepStrictEqual(read(line), {
      start: 0, end: 31, bodyStart: 32, place: at(line, 'MT. of Olives'), region: at(line, 'Jerusalem'),
      agency: at(line, 'AP'), agencyParens: span(line, '(AP)'), separator: at(line, '\u2014'),
    } satisfies Dateline);
  });

  test('a place of two letters in capitals', () => {
    const line = 'UR, Iraq, Sept. 27 (AP) \u2014 X.';
    assert.deepStrictEqual(read(line), {
      start: 0, end: 25, bodyStart: 26, place: at(line, 'UR'), region: at(line, 'Iraq'), date: sept27(line),
      agency: at(line, 'AP'), agencyParens: span(line, '(AP)'), separator: at(line, '\u2014'),
    } satisfies Dateline);
  });
});

describe('recogniseDateline: too little evidence, or no place where one must be', () => {
  for (const line of [
    ', Sept. 27 (AP) \u2014 X.', // a comma where the place or date should start
    'Berlin, Sept. 27 The mayor said.', // a place in title case and only a date
    'Berlin \u2014 The mayor said.', // a place in title case and only a separator
    'I, Sept. 27 (AP) \u2014 X.', // one letter in capitals is no place
    'RIO de Janeiro, Sept. 27 (AP) \u2014 X.', // capitals, then a particle: the text would start in lower case
  ]) test(JSON.stringify(line), () => assert.equal(read(line), undefined));
});
