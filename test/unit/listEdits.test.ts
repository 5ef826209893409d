// text/listEdits.ts: a range of a list replaced, in place or in a copy, as slice + concat would
// give it, on both sides of the size from which items are no longer spread into splice.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { replaced, replaceInPlace } from '../../server/src/service/text/listEdits';

const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

describe('list edits', () => {
  for (const [length, from, to, items] of [[10, 0, 0, 0], [10, 3, 5, 1], [10, 3, 3, 4], [10, 0, 10, 2], [10, 10, 10, 3], [20_000, 7_000, 7_002, 5_000], [20_000, 0, 20_000, 0]] as const) {
    test(`[${from}, ${to}) of ${length} replaced by ${items} items`, () => {
      const list = range(length);
      const news = range(items, 100_000);
      const want = list.slice(0, from).concat(news, list.slice(to));
      const copy = replaced(list, from, to, news);
      assert.deepEqual(copy, want);
      assert.deepEqual(list, range(length), 'the copy leaves the list as it was');
      assert.notEqual(copy, list);
      const edited = replaceInPlace(list, from, to, news);
      assert.deepEqual(edited, want);
      if (items < 4096) assert.equal(edited, list, 'a few items are spliced into the list itself');
    });
  }

  test('more items than a call takes arguments (V8: about 120,000) are inserted, not spread', () => {
    const news = range(300_000, 100_000);
    const want = [0, 1].concat(news, [8, 9]);
    assert.deepEqual(replaced(range(10), 2, 8, news), want);
    assert.deepEqual(replaceInPlace(range(10), 2, 8, news), want);
  });
});
