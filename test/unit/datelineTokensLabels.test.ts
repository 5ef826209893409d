// Labels in capitals where a dateline goes (`EDITOR’S NOTE — ...`) name no place, however their
// apostrophe is written: straight, curly, a modifier letter, left out, or put in the wrong place
// (server/src/service/parser/dateline/recognise.ts compares them without apostrophes).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';

const read = (text: string) => recogniseDateline(text, 0, text.length);

describe('recogniseDateline: a note\'s label is no place', () => {
  for (const label of ["EDITOR'S NOTE", 'EDITOR’S NOTE', 'EDITORʼS NOTE', "EDITORS' NOTE", 'EDITORS’ NOTE', 'EDITORS NOTE', 'EDITOR’ NOTE', "EDITOR' NOTE", 'EDITOR NOTE']) {
    test(label, () => assert.equal(read(`${label} — This story contains offensive language.`), undefined));
  }
  test('a place with an apostrophe stays a place', () => {
    assert.equal(read('ST. JOHN’S — The ferry left.')?.place?.text, 'ST. JOHN’S');
  });
});
