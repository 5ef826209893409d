// text/forwardSearch.ts: the bounded indexOf of the block split and the line index must answer as
// indexOf does wherever the answer lies before the limit, across its 4,096-character chunks (a
// needle cut by a chunk's end included), and keep what it learnt between calls.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ForwardSearch } from '../../server/src/service/text/forwardSearch';
import { propertyParameters } from '../property/parameters';

/** What `before` must answer: indexOf, when it lies before the limit. */
function expected(text: string, needle: string, from: number, limit: number): number {
  const at = text.indexOf(needle, from);
  return at !== -1 && at < limit ? at : -1;
}

describe('ForwardSearch', () => {
  test('finds a needle that straddles the end of a chunk, and one far beyond the first chunk', () => {
    for (const at of [4093, 4094, 4095, 4096, 9000, 100_000]) {
      const text = 'a'.repeat(at) + '<!--' + 'b'.repeat(10);
      assert.equal(new ForwardSearch(text, '<!--').before(0, text.length), at, `at ${at}`);
      assert.equal(new ForwardSearch(text, '<!--').before(0, at), -1, `limit at ${at}`);
    }
  });

  test('a limit stops the search: a later call with a higher limit still finds the needle', () => {
    const text = 'x'.repeat(20_000) + '\r' + 'y'.repeat(10);
    const search = new ForwardSearch(text, '\r');
    assert.equal(search.before(0, 5_000), -1);
    assert.equal(search.before(6_000, 19_000), -1);
    assert.equal(search.before(19_000, text.length), 20_000);
    assert.equal(search.before(20_000, 20_001), 20_000);
    assert.equal(search.before(20_001, text.length), -1);
  });

  test('a needle right where a limited search stopped reading (the end of its last chunk) is found', () => {
    const text = 'x'.repeat(8192) + '\r';
    const search = new ForwardSearch(text, '\r');
    assert.equal(search.before(0, 5_000), -1); // read [0, 8192)
    assert.equal(search.before(8_000, text.length), 8192);
  });

  test('a needle it already found counts only if it starts before the limit (the limit is exclusive)', () => {
    const search = new ForwardSearch('ab\rcd', '\r');
    assert.equal(search.before(0, 10), 2);
    assert.equal(search.before(1, 2), -1); // found before, and starting at the limit
    assert.equal(search.before(2, 3), 2);
  });

  test('answers as indexOf over increasing offsets and any limits', () => {
    const piece = fc.constantFrom('a', '\r', '\n', '<!--', '-->', '<', '!', '-', 'x'.repeat(3000));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('\r', '<!--', '-->'), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }), (pieces, needle, asks) => {
      const text = pieces.join('');
      const search = new ForwardSearch(text, needle);
      let from = 0;
      for (const [step, reach] of asks) {
        from = Math.min(text.length + 1, from + (step % 5000));
        const limit = from + (reach % 9000);
        assert.equal(search.before(from, limit), expected(text, needle, from, limit), `${JSON.stringify(needle)} from ${from} before ${limit}`);
      }
    }), propertyParameters(200));
  });
});
