// How the dateline recogniser's tokens (server/src/service/parser/dateline/tokens.ts) cut a
// paragraph's first line into words, seen through the recognised dateline's parts: apostrophes,
// hyphens and slashes inside place names, the marks that may open the text after a dateline
// without a separator, line breaks (LF, CR, CRLF) that a dateline may not cross, the `Mc` of a
// place in capitals, and the signs inside an agency's parentheses.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';

interface Parts { place?: string; region?: string; date?: string; agency?: string; separator?: string; body: string }

function parts(text: string): Parts | undefined {
  const d = recogniseDateline(text, 0, text.length);
  if (!d) return undefined;
  const out: Parts = { body: text.slice(d.bodyStart) };
  if (d.place) out.place = d.place.text;
  if (d.region) out.region = d.region.text;
  if (d.date) out.date = d.date.text;
  if (d.agency) out.agency = d.agency.text;
  if (d.separator) out.separator = d.separator.text;
  return out;
}

describe('dateline words: apostrophes, hyphens and slashes', () => {
  const cases: [string, Parts | undefined][] = [
    ["COEUR D'ALENE, Idaho (AP) — Text.", { place: "COEUR D'ALENE", region: 'Idaho', agency: 'AP', separator: '—', body: 'Text.' }],
    ['COEUR D’ALENE, Idaho (AP) — Text.', { place: 'COEUR D’ALENE', region: 'Idaho', agency: 'AP', separator: '—', body: 'Text.' }],
    ['ST. JOHN’S, Newfoundland (AP) — Text.', { place: 'ST. JOHN’S', region: 'Newfoundland', agency: 'AP', separator: '—', body: 'Text.' }],
    // A hyphen after a single letter joins it to the rest of the name, as after a longer one.
    ['U-TAPAO, Thailand (AP) — Text.', { place: 'U-TAPAO', region: 'Thailand', agency: 'AP', separator: '—', body: 'Text.' }],
    ['WINSTON-SALEM, N.C. (AP) — Text.', { place: 'WINSTON-SALEM', region: 'N.C.', agency: 'AP', separator: '—', body: 'Text.' }],
    // A hyphen glued to a place with no letter after it is a separator, not part of the word.
    ['BERLIN-- The minister said.', { place: 'BERLIN', separator: '--', body: 'The minister said.' }],
    ['KABUL- The minister said.', { place: 'KABUL', separator: '-', body: 'The minister said.' }],
    // After an abbreviation's full stop a hyphen is a separator, not part of the word.
    ['ST. PAUL, Minn.-The governor said.', { place: 'ST. PAUL', region: 'Minn.', separator: '-', body: 'The governor said.' }],
    ['NEW DELHI/MUMBAI (Reuters) — Text.', { place: 'NEW DELHI/MUMBAI', agency: 'Reuters', separator: '—', body: 'Text.' }],
    // A slash joins two places only when a letter follows it: `DELHI/` is no place.
    ['NEW DELHI/ MUMBAI (Reuters) — Text.', undefined],
    ['NEW DELHI/2 (Reuters) — Text.', undefined],
  ];
  for (const [text, expected] of cases) test(JSON.stringify(text), () => assert.deepEqual(parts(text), expected));
});

describe('dateline words: the Mc of a place in capitals', () => {
  const cases: [string, Parts | undefined][] = [
    ['McALLEN, Texas (AP) — Text.', { place: 'McALLEN', region: 'Texas', agency: 'AP', separator: '—', body: 'Text.' }],
    // In capitals, a separator is evidence enough; in title case it is not.
    ['McALLEN — Text.', { place: 'McALLEN', separator: '—', body: 'Text.' }],
    ['McAllen — Text.', undefined],
    // A lone `Mc` is no prefix, so `Mc ALLEN` is not all capitals.
    ['Mc ALLEN — Text.', undefined],
  ];
  for (const [text, expected] of cases) test(JSON.stringify(text), () => assert.deepEqual(parts(text), expected));
});

describe('dateline words: what may open the text after a dateline without a separator', () => {
  const cases: [string, Parts | undefined][] = [
    ["BERLIN, Sept. 27 'We will win,' he said.", { place: 'BERLIN', date: 'Sept. 27', body: "'We will win,' he said." }],
    ['BERLIN, Sept. 27 "We will win," he said.', { place: 'BERLIN', date: 'Sept. 27', body: '"We will win," he said.' }],
    ['BERLIN (Reuters) (This story was corrected.) Text', { place: 'BERLIN', agency: 'Reuters', body: '(This story was corrected.) Text' }],
    ['BERLIN, Sept. 27 *We will win.*', undefined],
  ];
  for (const [text, expected] of cases) test(JSON.stringify(text), () => assert.deepEqual(parts(text), expected));
});

describe('dateline words: a dateline stays on one line', () => {
  for (const br of ['\n', '\r', '\r\n']) {
    test(`an agency across a line break ${JSON.stringify(br)}`, () => assert.equal(parts(`BERLIN (Xin${br}hua) -- Text.`), undefined));
    test(`a date across a line break ${JSON.stringify(br)}`, () => assert.equal(parts(`BERLIN, Sept.${br}27 (Xinhua) -- Text.`), undefined));
    test(`a line break before the text ${JSON.stringify(br)}`, () => {
      assert.deepEqual(parts(`BERLIN (Xinhua) --${br}Text.`), { place: 'BERLIN', agency: 'Xinhua', separator: '--', body: 'Text.' });
    });
  }
});

describe('dateline words: signs inside the agency\'s parentheses', () => {
  const cases: [string, Parts | undefined][] = [
    ['PARIS (AFP & Reuters) -- Text.', { place: 'PARIS', agency: 'AFP & Reuters', separator: '--', body: 'Text.' }],
    ['PARIS (AFP/Getty) -- Text.', { place: 'PARIS', agency: 'AFP/Getty', separator: '--', body: 'Text.' }],
    ['PARIS (AFP: Reuters) -- Text.', { place: 'PARIS', agency: 'AFP: Reuters', separator: '--', body: 'Text.' }],
  ];
  for (const [text, expected] of cases) test(JSON.stringify(text), () => assert.deepEqual(parts(text), expected));
});
