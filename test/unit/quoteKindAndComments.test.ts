// A quote's kind (direct, partial, indirect: what hover counts and the outline shows) with nested
// and surrounding quotation marks, and comments removed from the published text by strip():
// a comment filling its line goes with its line break, in LF and CRLF. Written for mutants that
// the in-memory tests did not reach under `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quoteKind } from '../../server/src/service/parser/quoteSpans';
import { stripOf } from '../support/serviceCalls';

describe('quoteKind', () => {
  const CASES: [string, string][] = [
    ['\u201cHe said \u201cno\u201d to it\u201d', 'direct'], // a nested pair of the same marks
    ['\u201cA \u201cB\u201d C\u201d', 'direct'],
    ['\u00abA \u00abB\u00bb C\u00bb', 'direct'],
    ['\u201cA \u201cB\u201d C', 'direct'], // runs on: the quote-marks check decides
    ['  \u201cWe are ready.\u201d  ', 'direct'],
    ['\u201cA\u201d, ', 'direct'],
    ['\u201cA\u201d and \u201cB\u201d', 'partial'],
    ['"A" and "B"', 'partial'], // straight marks do not nest
    ['\u201cWe are ready,\u201d he said', 'partial'],
    ['the \u201cready\u201d state', 'partial'],
    ['the residents\u2019 homes', 'indirect'],
    ['we are ready', 'indirect'],
    [' ', 'indirect'],
  ];
  for (const [words, kind] of CASES) test(`${JSON.stringify(words)} is ${kind}`, () => assert.equal(quoteKind(words), kind));
});

describe('strip() and comments', () => {
  const FRONT = '---\nheadline: T\ndate: 2023-09-28\n---\n\n';
  const strip = (body: string) => stripOf(FRONT + body);
  const DL = 'BERLIN, Sept. 27 (Xinhua) -- ';

  test('a comment on its own line goes with its line break', () => {
    assert.equal(strip(`${DL}One.\n<!-- note -->\nTwo.\n`), `${DL}One.\nTwo.\n`);
    assert.equal(strip(`${DL}One.\r\n<!-- note -->  \r\nTwo.\r\n`), `${DL}One.\r\nTwo.\r\n`);
    assert.equal(strip(`${DL}One.\n<!-- note -->`), `${DL}One.\n`);
  });

  test('a comment inside a line leaves one space', () => {
    assert.equal(strip(`${DL}One <!-- x --> two.\n`), `${DL}One two.\n`);
    assert.equal(strip(`${DL}One <!-- x -->two.\n`), `${DL}One two.\n`);
  });
});
