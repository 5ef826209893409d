// Which parts a recognised dateline has, and nothing more (server/src/service/parser/dateline/
// recognise.ts): the outline, hover and the checks ask `'date' in dateline`-style questions, so a
// part that is absent must be absent, not present and undefined. Also the near misses that are
// no dateline: a byline before a date with no place, a body glued to the agency or in lower case,
// a heading of a note, a one-letter place, a paragraph of only a comment.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';

const read = (text: string) => recogniseDateline(text, 0, text.length);

describe('recogniseDateline: the parts present', () => {
  const cases: [string, string[], string][] = [
    ['Sept. 27 (Xinhua) -- Text.', ['date', 'agency', 'agencyParens', 'separator'], 'Sept. 27 (Xinhua) --'],
    ['BERLIN -- Text.', ['place', 'separator'], 'BERLIN --'],
    ['BERLIN (Xinhua) -- Text.', ['place', 'agency', 'agencyParens', 'separator'], 'BERLIN (Xinhua) --'],
    ['BERLIN, Sept. 27 -- Text.', ['place', 'date', 'separator'], 'BERLIN, Sept. 27 --'],
    ['Berlin (Xinhua) -- Text.', ['place', 'agency', 'agencyParens', 'separator'], 'Berlin (Xinhua) --'],
    ['KANSAS CITY Mo. (AP) — Text.', ['place', 'region', 'agency', 'agencyParens', 'separator'], 'KANSAS CITY Mo. (AP) —'],
    ['By John Smith NAIROBI, Sept. 27 (Xinhua) -- Text.', ['byline', 'place', 'date', 'agency', 'agencyParens', 'separator'], 'By John Smith NAIROBI, Sept. 27 (Xinhua) --'],
    ['  <!-- c -->  BERLIN, Sept. 27 (Xinhua) -- Text.', ['place', 'date', 'agency', 'agencyParens', 'separator'], 'BERLIN, Sept. 27 (Xinhua) --'],
  ];
  for (const [text, parts, written] of cases) {
    test(JSON.stringify(text), () => {
      const d = read(text);
      assert.ok(d);
      assert.deepEqual(Object.keys(d).filter((k) => !['start', 'end', 'bodyStart'].includes(k)), parts);
      assert.equal(text.slice(d.start, d.end), written);
      assert.equal(text.slice(d.bodyStart), 'Text.');
    });
  }
});

describe('recogniseDateline: no dateline', () => {
  for (const text of [
    'By John Smith SEPT. 27 (Xinhua) -- Text.', // a byline needs a place after it
    'BERLIN, Sept. 27 (Xinhua)Text', 'BERLIN, Sept. 27 (Xinhua) text',
    'EDITOR’S NOTE — This story', 'EDITOR’S  NOTE — This story', 'B (Xinhua) -- Text.',
    '<!-- c --> ', '<!-- unclosed BERLIN -- Text.', '',
  ]) {
    test(JSON.stringify(text), () => assert.equal(read(text), undefined));
  }
});
