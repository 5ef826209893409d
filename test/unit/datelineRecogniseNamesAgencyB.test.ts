// Where a dateline's place ends and what its agency in parentheses may hold: a place half in
// capitals (`ST. Louis`) against a place in capitals followed by a region that lost its comma
// (`AVA Mo.`), the six-word limit of a place, words that cannot belong to a place (digits,
// symbols, a new line, lowercase prose, particles at either end), and the agency's limits
// (12 tokens, 50 characters, one line, no digits, no nested parenthesis, blanks trimmed off its
// range). A table of first lines and the parts recognised, or none; written to kill mutants that
// survived `npm run mutate` in recognise.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';

/** What the tree shows of a dateline: its text, place, region, and the agency with its range. */
interface Seen { text: string; place?: string; region?: string; agency?: string; agencyAt?: [number, number] }

function seen(line: string): Seen | undefined {
  const d = recogniseDateline(line, 0, line.length);
  if (!d) return undefined;
  const out: Seen = { text: line.slice(d.start, d.end) };
  if (d.place) out.place = d.place.text;
  if (d.region) out.region = d.region.text;
  if (d.agency) {
    out.agency = d.agency.text;
    out.agencyAt = [d.agency.start, d.agency.end];
  }
  return out;
}

const TAIL = ', Sept. 27 (AP) \u2014 X.';
const AP_TAIL = ' (AP) \u2014 X.';
const BOTH_AGENCIES = 'Agence France-Presse and the Deutsche Presse-Agentur';
const AGENCY_50 = BOTH_AGENCIES.slice(0, 50);
const AGENCY_51 = BOTH_AGENCIES.slice(0, 51);
const TWELVE_WORDS = 'A B C D E F G H I J K L';

const PLACES: [line: string, expected: Seen][] = [
  // A lone abbreviation in capitals before ordinary case is a place half in capitals...
  [`ST. Louis${TAIL}`, { text: 'ST. Louis, Sept. 27 (AP) \u2014', place: 'ST. Louis', agency: 'AP', agencyAt: [21, 23] }],
  [`STE. Genevieve${TAIL}`, { text: 'STE. Genevieve, Sept. 27 (AP) \u2014', place: 'STE. Genevieve', agency: 'AP', agencyAt: [26, 28] }],
  // ...but not a longer word with a dot, a short word without one, or two words in capitals.
  [`MOUNT. Vernon${TAIL}`, { text: 'MOUNT. Vernon, Sept. 27 (AP) \u2014', place: 'MOUNT.', region: 'Vernon', agency: 'AP', agencyAt: [25, 27] }],
  [`AVA Mo.${AP_TAIL}`, { text: 'AVA Mo. (AP) \u2014', place: 'AVA', region: 'Mo.', agency: 'AP', agencyAt: [9, 11] }],
  [`NEW YORK Mo.${AP_TAIL}`, { text: 'NEW YORK Mo. (AP) \u2014', place: 'NEW YORK', region: 'Mo.', agency: 'AP', agencyAt: [14, 16] }],
  [`ST. LOUIS Mo.${AP_TAIL}`, { text: 'ST. LOUIS Mo. (AP) \u2014', place: 'ST. LOUIS', region: 'Mo.', agency: 'AP', agencyAt: [15, 17] }],
  // Six words at most; a particle inside the name.
  [`SANTA CRUZ DE LA SIERRA NORTE${TAIL}`, { text: 'SANTA CRUZ DE LA SIERRA NORTE, Sept. 27 (AP) \u2014', place: 'SANTA CRUZ DE LA SIERRA NORTE', agency: 'AP', agencyAt: [41, 43] }],
  [`Rio de Janeiro${TAIL}`, { text: 'Rio de Janeiro, Sept. 27 (AP) \u2014', place: 'Rio de Janeiro', agency: 'AP', agencyAt: [26, 28] }],
];

const NO_PLACES = [
  'BERLIN', // a word in capitals alone is no dateline
  'NEW YORK',
  `SANTA CRUZ DE LA SIERRA NORTE ESTE${TAIL}`, // seven words
  `BERLIN A4${AP_TAIL}`, // a word with a digit ends the place
  `BERLIN \u24b6${AP_TAIL}`, // so does a symbol that is uppercase (a circled A) but no letter
  `BERLIN \u216b${AP_TAIL}`, // or a Roman numeral
  `BERLIN\nBONN${AP_TAIL}`, // a place stays on its line
  `BERLIN was${AP_TAIL}`, // lowercase prose ends it
  `de Panne${TAIL}`, // a particle does not start a place
  `Rio de${TAIL}`, // nor end one
  `Rio de${AP_TAIL}`,
];

const D = 'BERLIN, Sept. 27 (';
const AGENCIES: [line: string, expected: Seen][] = [
  [`${D}${TWELVE_WORDS}) \u2014 X.`, { text: `${D}${TWELVE_WORDS}) \u2014`, place: 'BERLIN', agency: TWELVE_WORDS, agencyAt: [18, 41] }],
  [`${D}${AGENCY_50}) \u2014 X.`, { text: `${D}${AGENCY_50}) \u2014`, place: 'BERLIN', agency: AGENCY_50, agencyAt: [18, 68] }],
  // Blanks inside the parentheses are no part of the agency's range.
  [`${D} AP ) \u2014 X.`, { text: `${D} AP ) \u2014`, place: 'BERLIN', agency: 'AP', agencyAt: [19, 21] }],
  [`${D}AP ) \u2014 X.`, { text: `${D}AP ) \u2014`, place: 'BERLIN', agency: 'AP', agencyAt: [18, 20] }],
  [`${D} AP) \u2014 X.`, { text: `${D} AP) \u2014`, place: 'BERLIN', agency: 'AP', agencyAt: [19, 21] }],
];

const NO_AGENCIES = [
  `${D}Xinhua`, // never closed
  `${D}${TWELVE_WORDS} M) \u2014 X.`, // thirteen tokens
  `${D}${AGENCY_51}) \u2014 X.`, // 51 characters
  `${D}AP (Reuters) \u2014 X.`, // a parenthesis inside
  `${D}AP\nReuters) \u2014 X.`, // over two lines
  `${D}AP 2) \u2014 X.`, // a digit
  `${D} ) \u2014 X.`, // nothing but a blank
];

describe('recogniseDateline: where the place ends', () => {
  for (const [line, expected] of PLACES) test(`place of ${JSON.stringify(line)}`, () => assert.deepEqual(seen(line), expected));
  for (const line of NO_PLACES) test(`no dateline in ${JSON.stringify(line)}`, () => assert.equal(seen(line), undefined));
});

describe('recogniseDateline: what an agency in parentheses may hold', () => {
  test('the agency names used are 50 and 51 characters long', () => {
    assert.equal(AGENCY_50.length, 50);
    assert.equal(AGENCY_51.length, 51);
  });
  for (const [line, expected] of AGENCIES) test(`agency of ${JSON.stringify(line)}`, () => assert.deepEqual(seen(line), expected));
  for (const line of NO_AGENCIES) test(`no dateline in ${JSON.stringify(line)}`, () => assert.equal(seen(line), undefined));
});
