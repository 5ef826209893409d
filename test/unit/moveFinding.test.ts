// A finding moved by a number of characters (checks/moveFinding.ts), as the cached findings of a
// paragraph are moved to where the paragraph now lies: its range, every edit of its fixes and its
// related spans move together; what they say does not change, and the finding moved is left as it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moveFinding } from '../../server/src/service/checks/moveFinding';
import type { Finding } from '../../server/src/service/diagnostics/finding';

const finding = (): Finding => ({
  code: 'quote-marks', start: 10, end: 20, message: 'The quotation mark " in this quote is never closed',
  fixes: [{ title: 'Close the quote with "', preferred: true, edits: [{ start: 19, end: 19, newText: '"' }, { start: 10, end: 11, newText: '' }] }],
  related: [{ start: 30, end: 34, message: 'the next paragraph' }, { start: 2, end: 5, message: 'the speaker' }],
});

test('a finding moved forwards or backwards: range, fix edits and related spans by the same amount', () => {
  const rows: [by: number, ranges: number[][]][] = [
    [5, [[15, 25], [24, 24], [15, 16], [35, 39], [7, 10]]],
    [-2, [[8, 18], [17, 17], [8, 9], [28, 32], [0, 3]]],
    [0, [[10, 20], [19, 19], [10, 11], [30, 34], [2, 5]]],
  ];
  for (const [by, ranges] of rows) {
    const original = finding();
    const moved = moveFinding(original, by);
    const spans = [moved, ...moved.fixes![0].edits, ...moved.related!].map((s) => [s.start, s.end]);
    assert.deepEqual(spans, ranges, `by ${by}`);
    assert.deepEqual([moved.code, moved.message, moved.fixes![0].title, moved.fixes![0].preferred, moved.fixes![0].edits.map((e) => e.newText), moved.related!.map((r) => r.message)],
      ['quote-marks', original.message, 'Close the quote with "', true, ['"', ''], ['the next paragraph', 'the speaker']], `by ${by}`);
    assert.deepEqual(original, finding(), `by ${by}: the original is unchanged`);
  }
});

test('a finding without fixes or related spans moves without gaining any', () => {
  const moved = moveFinding({ code: 'quote-empty', start: 3, end: 9, message: 'empty' }, 4);
  assert.deepEqual([moved.start, moved.end, moved.fixes, moved.related], [7, 13, undefined, undefined]);
});
