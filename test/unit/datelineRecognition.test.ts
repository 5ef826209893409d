// Which first lines are datelines, and their parts: bylines before the place, regions written
// without their comma, comments before the dateline, and the prose that only looks like one.
// A table of [first line, dateline text, place, region, date, byline] or not a dateline. Written
// to kill mutants that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';

type Parts = [text: string, place?: string, region?: string, date?: string, byline?: string];

function parts(line: string): Parts | undefined {
  const d = recogniseDateline(line, 0, line.length);
  if (!d) return undefined;
  const p: Parts = [line.slice(d.start, d.end), d.place?.text, d.region?.text, d.date?.text, d.byline?.text];
  while (p.length > 1 && p[p.length - 1] === undefined) p.pop();
  return p;
}

const X = ' (Xinhua) -- X.';
const DATELINES: [string, Parts][] = [
  [`<!-- a --> BERLIN, Sept. 27${X}`, ['BERLIN, Sept. 27 (Xinhua) --', 'BERLIN', undefined, 'Sept. 27']],
  ['BERLIN, Sept. 27 1,000 people came.', ['BERLIN, Sept. 27', 'BERLIN', undefined, 'Sept. 27']],
  ['BERLIN, Sept. 27 \u00dcber alles.', ['BERLIN, Sept. 27', 'BERLIN', undefined, 'Sept. 27']],
  [`Sept. 27${X}`, ['Sept. 27 (Xinhua) --', undefined, undefined, 'Sept. 27']],
  ['Sept. 27 -- X.', ['Sept. 27 --', undefined, undefined, 'Sept. 27']],
  ['Berlin (Xinhua) -- X.', ['Berlin (Xinhua) --', 'Berlin']],
  ['Berlin, Sept. 27 -- X.', ['Berlin, Sept. 27 --', 'Berlin', undefined, 'Sept. 27']],
  [`By John Smith BERLIN, Sept. 27${X}`, ['By John Smith BERLIN, Sept. 27 (Xinhua) --', 'BERLIN', undefined, 'Sept. 27', 'By John Smith']],
  [`By J. R. Smith BERLIN, Sept. 27${X}`, ['By J. R. Smith BERLIN, Sept. 27 (Xinhua) --', 'BERLIN', undefined, 'Sept. 27', 'By J. R. Smith']],
  [`By Ludwig van Beethoven BONN, Sept. 27${X}`, ['By Ludwig van Beethoven BONN, Sept. 27 (Xinhua) --', 'BONN', undefined, 'Sept. 27', 'By Ludwig van Beethoven']],
  [`By A B C D E F G H BERLIN, Sept. 27${X}`, ['By A B C D E F G H BERLIN, Sept. 27 (Xinhua) --', 'BERLIN', undefined, 'Sept. 27', 'By A B C D E F G H']],
  ['KANSAS CITY Mo. (AP) \u2014 X.', ['KANSAS CITY Mo. (AP) \u2014', 'KANSAS CITY', 'Mo.']],
  ['KANSAS CITY Mo. Sept. 27 (AP) \u2014 X.', ['KANSAS CITY Mo. Sept. 27 (AP) \u2014', 'KANSAS CITY', 'Mo.', 'Sept. 27']],
  ['KANSAS CITY Mo, Sept. 27 (AP) \u2014 X.', ['KANSAS CITY Mo, Sept. 27 (AP) \u2014', 'KANSAS CITY', 'Mo', 'Sept. 27']],
  ['KANSAS CITY Mo., (AP) \u2014 X.', ['KANSAS CITY Mo., (AP) \u2014', 'KANSAS CITY', 'Mo.']],
  ['KANSAS CITY New Mex Ok (AP) \u2014 X.', ['KANSAS CITY New Mex Ok (AP) \u2014', 'KANSAS CITY', 'New Mex Ok']],
  ['HORIZON CITY, Texas, Jan. 14, (UPI) -- X.', ['HORIZON CITY, Texas, Jan. 14, (UPI) --', 'HORIZON CITY', 'Texas', 'Jan. 14']],
];

const NOT_DATELINES = [
  `<!-- a --BERLIN, Sept. 27${X}`, // the comment never closes
  '<!-- a -->',
  'BERLIN, Sept. 27 we said.', // prose goes on in lower case
  'BERLIN, Sept. 27 (Xinhua) -- we said.',
  'Sept. 27 X.', // a date alone needs an agency or separator
  'The city, Sept. 27 (Xinhua) -- X.',
  `By BERLIN, Sept. 27${X}`, // a byline names someone
  `By John 2 BERLIN, Sept. 27${X}`,
  `By john Smith BERLIN, Sept. 27${X}`,
  `By Jo\nSmith BERLIN, Sept. 27${X}`,
  `By A B C D E F G H I BERLIN, Sept. 27${X}`, // more than eight names
  'KANSAS CITY Mo. Ka. Ok. Tx. (AP) \u2014 X.', // more than three region words without a comma
  'KANSAS CITY Mo. is big.',
  'KANSAS CITY Mo., what \u2014 X.',
  'HORIZON CITY, Texas, what (UPI) -- X.',
  'HORIZON CITY, , (UPI) -- X.',
];

describe('recogniseDateline on first lines', () => {
  for (const [line, expected] of DATELINES) test(`a dateline: ${JSON.stringify(line)}`, () => assert.deepEqual(parts(line), expected));
  for (const line of NOT_DATELINES) test(`no dateline: ${JSON.stringify(line)}`, () => assert.equal(parts(line), undefined));
});
