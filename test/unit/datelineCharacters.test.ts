// Characters at the edges of a dateline and of a weekday: a dateline without a separator is
// recognised when the text after it opens with a quotation mark or bracket, and a weekday glued
// to a letter outside the Basic Multilingual Plane is no whole word. Written to kill mutants that
// survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';
import { weekdayMentions } from '../../server/src/service/parser/dateline/weekdays';

const datelineOf = (text: string) => {
  const d = recogniseDateline(text, 0, text.length);
  return d && { text: text.slice(d.start, d.end), place: d.place?.text, bodyStart: d.bodyStart };
};

describe('a dateline without a separator', () => {
  test('ends where the article opens with a quotation mark or bracket', () => {
    for (const opener of ['"', '\u201c', '\u2018', '\u00ab', '\u201e', '[', "'"]) {
      assert.deepEqual(datelineOf(`BERLIN, Sept. 27 ${opener}We are ready," Chen said.`), { text: 'BERLIN, Sept. 27', place: 'BERLIN', bodyStart: 17 }, opener);
    }
  });

  test('is not recognised before other punctuation', () => {
    assert.equal(datelineOf('BERLIN, Sept. 27 *We are ready," Chen said.'), undefined);
    assert.equal(datelineOf('BERLIN, Sept. 27 \u00bbWe are ready," Chen said.'), undefined);
  });
});

describe('weekdays next to characters outside the BMP', () => {
  test('a letter glued before makes no whole word; an emoji does not count as a letter', () => {
    assert.deepEqual(weekdayMentions('\u{1D400}Monday talks', 0, 14), []);
    assert.deepEqual(weekdayMentions('x\u{1D400}Monday', 0, 9), []);
    assert.deepEqual(weekdayMentions('\u{1F600}Monday talks', 0, 14), [{ start: 2, end: 8, weekday: 1 }]);
    assert.deepEqual(weekdayMentions('a\uDC00Monday', 0, 8), [{ start: 2, end: 8, weekday: 1 }]);
  });
});
