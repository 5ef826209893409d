// The unchanged start and end of a text after an edit, which decide what the incremental parse
// re-reads: exact at every position, around the 16 KiB chunks compared first, and never
// overlapping. Written to kill mutants that survived `npm run mutate` (docs/testing.md): only
// small documents were edited in the tests, so the chunked comparison was never checked.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED } from '../../server/src/service';
import { commonPrefix, commonSuffix } from '../../server/src/service/parser/textDiff';
import { article, doc } from '../support/documents';
import { diagnosticsOf } from '../support/serviceCalls';
import { testService } from '../support/service';

const CHUNK = 1 << 14;
const text = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 23))).join('');
const changedAt = (s: string, i: number) => `${s.slice(0, i)}#${s.slice(i + 1)}`;

describe('commonPrefix', () => {
  const a = text(3 * CHUNK + 100);
  test('the length of the equal start, at and around chunk boundaries', () => {
    for (const i of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 7, a.length - 1]) assert.equal(commonPrefix(a, changedAt(a, i)), i, `changed at ${i}`);
  });
  test('equal texts, and one text the start of the other', () => {
    assert.equal(commonPrefix(a, a), a.length);
    assert.equal(commonPrefix(a, a.slice(0, CHUNK)), CHUNK);
    assert.equal(commonPrefix(a.slice(0, 2 * CHUNK + 3), a), 2 * CHUNK + 3);
    assert.equal(commonPrefix('', a), 0);
  });
});

describe('commonSuffix', () => {
  const a = text(3 * CHUNK + 100);
  test('the length of the equal end, at and around chunk boundaries', () => {
    for (const k of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 7]) assert.equal(commonSuffix(a, changedAt(a, a.length - 1 - k), 0), k, `changed ${k} from the end`);
  });
  test('never overlaps the common prefix', () => {
    assert.equal(commonSuffix('aaaa', 'aaa', 3), 0);
    assert.equal(commonSuffix('abcabc', 'abc', 0), 3);
    assert.equal(commonSuffix('xabc', 'abc', 1), 2);
    const inserted = `${a.slice(0, CHUNK)}${a.slice(0, CHUNK)}`;
    assert.equal(commonSuffix(inserted, a.slice(0, CHUNK), CHUNK), 0);
    assert.equal(commonSuffix(a, a, commonPrefix(a, a)), 0);
    assert.equal(commonSuffix(`#${a}`, a, 0), a.length);
  });
});

describe('an edit in a long article', () => {
  test('gives the diagnostics of a fresh parse', () => {
    const para = 'Chen said [We are ready]{@chen}, he claimed. More words follow here to fill the line.\n\n';
    const body = `BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing spoke.\n\n${para.repeat(600)}`;
    const v1 = article(body, { chen: 'Chen Wenqing' });
    const at = v1.length >> 1;
    const v2 = `${v1.slice(0, at)}Wang said [the talks went well]{@wang}.\n\n${v1.slice(at)}`;
    // One service for both versions: the second parse is incremental.
    const service = testService();
    service.diagnostics(doc(v1, 'file:///long.news', 1), {}, {}, NEVER_CANCELLED);
    const edited = service.diagnostics(doc(v2, 'file:///long.news', 2), {}, {}, NEVER_CANCELLED);
    assert.deepEqual(edited, diagnosticsOf(v2));
    assert.ok(edited.some((d) => d.code === 'quote-unknown-speaker'));
  });
});
