// The fuzzer's range check must see what it is there to see, or the fuzz run passes for nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineLengths, rangeProblems } from './ranges';

const URI = 'file:///a.news';
const lengths = lineLengths('ab\r\ncd\n'); // lines of 2, 2 and 0 characters
const at = (line: number, character: number) => ({ line, character });
const range = (a: [number, number], b: [number, number]) => ({ start: at(...a), end: at(...b) });

describe('fuzz range check', () => {
  it('accepts ranges inside the text, up to the end of each line and the empty last line', () => {
    assert.deepEqual(rangeProblems([{ range: range([0, 0], [2, 0]) }, { range: range([1, 2], [1, 2]) }], URI, lengths), []);
  });

  it('flags a line past the end, a character past its line, a reversed range', () => {
    assert.equal(rangeProblems({ range: range([0, 0], [3, 0]) }, URI, lengths).length, 1);
    assert.equal(rangeProblems({ range: range([0, 3], [1, 0]) }, URI, lengths).length, 1);
    assert.equal(rangeProblems({ range: range([1, 1], [1, 0]) }, URI, lengths).length, 1);
  });

  it('flags folding past the last line and a selection range outside its symbol range', () => {
    assert.equal(rangeProblems([{ startLine: 1, endLine: 3 }], URI, lengths).length, 1);
    assert.equal(rangeProblems({ range: range([1, 0], [1, 2]), selectionRange: range([0, 0], [0, 1]) }, URI, lengths).length, 1);
  });

  it('finds ranges deep in an answer, and skips those of other documents', () => {
    const bad = range([9, 0], [9, 1]);
    assert.equal(rangeProblems({ edit: { changes: { [URI]: [{ range: bad, newText: '' }], 'file:///b.news': [{ range: bad, newText: '' }] } } }, URI, lengths).length, 1);
    assert.equal(rangeProblems([{ uri: 'file:///b.news', range: bad }, { uri: URI, range: bad }], URI, lengths).length, 1);
    assert.equal(rangeProblems({ documentChanges: [{ textDocument: { uri: 'file:///b.news' }, edits: [{ range: bad }] }] }, URI, lengths).length, 0);
  });
});
