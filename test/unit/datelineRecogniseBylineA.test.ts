// A byline glued in front of the dateline (`By Ana Ruiz NAIROBI, ...`, server/src/service/parser/
// dateline/recognise.ts): "By", then names in title case, initials or particles inside a name, up
// to the first word in capitals, which starts the place. Anything else after "By" (a comma, a
// digit, a line break, a lowercase word, a symbol, a ninth name) makes it no byline, and then the
// line is no dateline at all: a place cannot start with "By", which opens sentences.
// A table of first lines and the byline, place and region read, or no dateline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';

type Parts = [written: string, byline?: string, place?: string, region?: string];

function parts(line: string): Parts | undefined {
  const d = recogniseDateline(line, 0, line.length);
  if (!d) return undefined;
  const p: Parts = [line.slice(d.start, d.end), d.byline?.text, d.place?.text, d.region?.text];
  while (p.length > 1 && p[p.length - 1] === undefined) p.pop();
  return p;
}

const BYLINES: [string, Parts][] = [
  // Initials written together are one name.
  ['By J.R. Smith BERLIN, Sept. 27 (Xinhua) -- X.', ['By J.R. Smith BERLIN, Sept. 27 (Xinhua) --', 'By J.R. Smith', 'BERLIN']],
  // Two letters in capitals are a place's first word, even an abbreviation.
  ['By Ana Ruiz ST. PAUL, Minn. (AP) \u2014 X.', ['By Ana Ruiz ST. PAUL, Minn. (AP) \u2014', 'By Ana Ruiz', 'ST. PAUL', 'Minn.']],
  ['By Ana de la Cruz MANILA (AP) \u2014 X.', ['By Ana de la Cruz MANILA (AP) \u2014', 'By Ana de la Cruz', 'MANILA']],
];

const NOT_BYLINES = [
  'With Ana Ruiz BERLIN, Sept. 27 (Xinhua) -- X.', // only "By" opens a byline
  'By Ana Ruiz', // names and nothing after them
  'By Ana Ruiz\n\nBERLIN, Sept. 27 (Xinhua) -- X.',
  'By Ana Ruiz, Sept. 27 (AP) \u2014 X.', // a comma ends it before any place
  'By Ana\nBERLIN, Sept. 27 (AP) \u2014 X.', // the place on the next line
  'By Pius \u216b ROME, Sept. 27 (AP) \u2014 X.', // a Roman numeral sign is no word
  'By Ana Ruiz in LONDON (Reuters) \u2014 X.', // a lowercase word that is no particle
  'By van Dyke AMSTERDAM (Reuters) \u2014 X.', // a particle only inside a name
  'By Ana sept. 27 (AP) \u2014 X.', // a date in lower case after the names
  'By A B C D E F Gh Ij Kl (AP) \u2014 X.', // nine names: too many for a byline
];

describe('recogniseDateline: bylines', () => {
  for (const [line, expected] of BYLINES) test(`a byline: ${JSON.stringify(line)}`, () => assert.deepEqual(parts(line), expected));
  for (const line of NOT_BYLINES) test(`no byline, no dateline: ${JSON.stringify(line)}`, () => assert.equal(parts(line), undefined));
});
