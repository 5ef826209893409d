// What is at an offset (server/src/service/query.ts), which hover, go to definition, references
// and rename all start from: every character of one small article checked, so that the ends of
// each target (a block's last offset, an alias among several, the space before the body) are
// pinned, not only their middles.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paragraphAt, targetAt } from '../../server/src/service/query';
import type { ParsedArticle } from '../../server/src/service';
import { parse } from '../support/documents';

const text = [
  '---', 'headline: H', 'date: 2023-09-28', 'speakers:', '  src:', '    name: A Source', '    aliases: [the source, a source]', '---',
  'BERLIN, Sept. 27 (Xinhua) -- Word [a [inner]{@b} here] and [x]{@src}.', '', '## Head', '', 'End.',
].join('\n');
// Parsed again in each describe body, not once for the file: under mutation testing the bodies run
// again before every mutant's tests, so no tree (and no list memoised on it) outlives one mutant.
let a: ParsedArticle;
const label = (offset: number) => {
  const t = targetAt(a, offset);
  return t ? `${t.type} ${text.slice(t.span.start, t.span.end)}` : '';
};
/** The label of each offset from the first character of `needle` on, `length` characters. */
const labelsAt = (needle: string, length = needle.length) => {
  const at = text.indexOf(needle);
  return Array.from({ length }, (_, i) => label(at + i));
};

describe('targetAt', () => {
  a = parse(text);
  test('a speaker entry: its id, its name, and each alias on its own', () => {
    assert.deepEqual(labelsAt('src:', 3), Array(3).fill('speaker-definition src'));
    assert.deepEqual(labelsAt('A Source', 8), Array(8).fill('speaker-definition A Source'));
    assert.deepEqual(labelsAt('the source', 10), Array(10).fill('speaker-definition the source'));
    assert.deepEqual(labelsAt('a source', 8), Array(8).fill('speaker-definition a source'));
    assert.equal(label(text.indexOf('headline')), '');
  });
  test('the dateline up to the space before the body, then nothing on plain words', () => {
    const body = a.dateline!.bodyStart;
    assert.equal(text.slice(body, body + 4), 'Word');
    assert.equal(label(a.dateline!.start), 'dateline BERLIN, Sept. 27 (Xinhua) --');
    assert.equal(label(body - 1), 'dateline BERLIN, Sept. 27 (Xinhua) --');
    assert.deepEqual([label(body), label(body + 1)], ['', '']);
  });
  test('a quote, its speaker reference with the `@`, and the innermost quote when nested', () => {
    assert.deepEqual(labelsAt('[inner]{@b}'), [...Array(8).fill('quote [inner]{@b}'), ...Array(3).fill('speaker-reference b')]);
    assert.deepEqual(labelsAt('[x]{@src}'), [...Array(4).fill('quote [x]{@src}'), ...Array(5).fill('speaker-reference src')]);
    assert.equal(label(text.indexOf('here')), '');
  });
});

describe('paragraphAt', () => {
  a = parse(text);
  test('the paragraph holding an offset, its end included; not a heading, not between blocks', () => {
    const [first, heading, last] = a.blocks;
    assert.equal(paragraphAt(a, first.end), first);
    assert.equal(paragraphAt(a, first.start), first);
    assert.equal(paragraphAt(a, first.end + 1), undefined);
    assert.equal(paragraphAt(a, heading.start + 3), undefined);
    assert.equal(paragraphAt(a, last.end), last);
    assert.equal(paragraphAt(a, last.start - 1), undefined);
  });
});
