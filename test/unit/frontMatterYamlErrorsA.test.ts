// The front-matter-yaml problems: their exact ranges and messages, for the YAML package's errors,
// a front matter nested too deep, more errors than are listed, and a reader that fails outright.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';

const yamlProblems = (text: string) => parseFrontMatter(text, 0)!.problems
  .filter((p) => p.code === 'front-matter-yaml')
  .map((p) => [text.slice(p.start, p.end), p.start, p.message] as const);

describe('front-matter-yaml problems', () => {
  test('the YAML error\'s own range and message, cut at the end of the front matter', () => {
    const anchors = '---\nheadline: &a &b x\ndate: 2023-09-28\n---\nBody';
    assert.deepEqual(yamlProblems(anchors), [['&b', anchors.indexOf('&b'), 'Front matter YAML: A node can have at most one anchor']]);
    const implicit = '---\nheadline: H\n  bad: x\ndate: 2023-09-28\n---\nBody';
    assert.deepEqual(yamlProblems(implicit), [
      ['H', 14, 'Front matter YAML: Nested mappings are not allowed in compact mappings'],
      ['H\n  bad', 14, 'Front matter YAML: Implicit keys need to be on a single line'],
    ]);
    // An error at the very end of the YAML still covers one character (the closing fence's first).
    const unterminated = '---\nheadline: "unterminated\n---\nBody';
    assert.deepEqual(yamlProblems(unterminated), [['-', unterminated.indexOf('\n---') + 1, 'Front matter YAML: Missing closing "quote']]);
  });

  test('nested too deep: one problem at the bracket that goes past the limit, and nothing read', () => {
    const text = `---\nheadline: H\nagency: ${'['.repeat(70)}\n---\n`;
    const fm = parseFrontMatter(text, 0)!;
    const at = text.indexOf('[') + 63; // the 64th bracket is the 65th level, with the map's
    assert.deepEqual(fm.problems.map((p) => [p.code, p.start, p.end]), [['front-matter-yaml', at, at + 1]]);
    assert.match(fm.problems[0].message, /^The front matter nests lists or maps more than 64 deep here/);
    assert.equal(fm.headline, undefined);
  });

  test('more errors than are listed: the summary points at the first one left out', () => {
    // Each line's value is one problem (YAML reports it twice: one value, one fix).
    const lines = Array.from({ length: 40 }, (_, i) => `k${i}: a: b: c`);
    const text = `---\nheadline: H\n${lines.join('\n')}\n---\n`;
    const problems = yamlProblems(text);
    assert.equal(problems.length, 31);
    assert.deepEqual(problems[29].slice(0, 2), ['a: b: c', text.indexOf('k29:') + 'k29: '.length]);
    const first = text.indexOf('k30:') + 'k30: '.length;
    assert.deepEqual(problems[30], ['a', first, 'Front matter YAML: 10 more problems from here are not listed (at most 3 a line, 30 in all): fix the ones above first']);
  });

  test('a reader that fails outright: one problem over the whole YAML, with its message', () => {
    const text = '---\nheadline: H\ndate: 2023-09-28\n---\nBody';
    const fm = parseFrontMatter(text, 0, () => { throw new Error('out of memory'); })!;
    assert.deepEqual(fm.problems, [{ code: 'front-matter-yaml', start: 4, end: text.indexOf('---', 4), message: 'The front matter could not be read: out of memory' }]);
    assert.equal(fm.headline, undefined);
  });
});
