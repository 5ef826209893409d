// Issue 13, items 9 to 11, through the front matter: the inputs that made three regular
// expressions backtrack for seconds (now scans; test/unit/regexSafety.test.ts keeps every
// expression safe), duplicate keys found without the `yaml` package's quadratic `uniqueKeys`
// (the same findings as it gave), and malformed front matter capped: a few findings a line, a
// summary for the rest, and nesting bounded before YAML sees it so that the result never depends
// on how deep the caller's stack already is. Results only: speed is in `npm run bench`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';
import { MAX_YAML_DEPTH, MAX_YAML_PROBLEMS, MAX_YAML_PROBLEMS_PER_LINE, duplicateKeys, yamlNestingTooDeep } from '../../server/src/service/parser/yamlGuards';
import { doc } from '../support/documents';
import { applyTextEdits, diagnosticsOf } from '../support/serviceCalls';
import { testService } from '../support/service';
import { NEVER_CANCELLED } from '../../server/src/service';

const BODY = '\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said [we are ready]{@chen}.\n';
const article = (frontMatter: string) => `---\n${frontMatter}\n---\n${BODY}`;
const yamlFindings = (text: string) => diagnosticsOf(text).filter((d) => d.code === 'front-matter-yaml');

describe('the inputs of the three backtracking expressions (issue 13, item 9)', () => {
  test('a flow-map speaker followed by 160,000 blanks: Remove speaker takes the entry and its comma', () => {
    const blanks = ' '.repeat(160000);
    const text = article(`headline: H\ndate: 2023-09-28\nspeakers: {bob: Bob Smith${blanks}, chen: Chen Wenqing}`);
    const unused = diagnosticsOf(text).filter((d) => d.code === 'speaker-unused');
    assert.equal(unused.length, 1);
    const fix = (unused[0].data as { fixes: { edits: never[] }[] }).fixes[0];
    assert.equal(applyTextEdits(text, fix.edits), article('headline: H\ndate: 2023-09-28\nspeakers: {chen: Chen Wenqing}'));
  });

  test('a block speaker whose line ends in blanks and a comment goes with its line', () => {
    const text = article(`headline: H\ndate: 2023-09-28\nspeakers:\n  chen: Chen Wenqing\n  bob: Bob Smith ${'\t '.repeat(1000)}, # gone`);
    const unused = diagnosticsOf(text).find((d) => d.code === 'speaker-unused')!;
    const fix = (unused.data as { fixes: { edits: never[] }[] }).fixes[0];
    assert.equal(applyTextEdits(text, fix.edits), article('headline: H\ndate: 2023-09-28\nspeakers:\n  chen: Chen Wenqing'));
  });

  test('a value with ": " followed by 160,000 " #" and a U+2028: the value ends before its comment', () => {
    const text = article(`headline: a: b${' #'.repeat(160000)}\u2028\ndate: 2023-09-28`);
    const found = yamlFindings(text);
    assert.equal(found.length, 1);
    assert.equal(doc(text).getText(found[0].range), 'a: b');
  });

  test('a duplicate key followed by 160,000 blanks and tabs is named and underlined', () => {
    const text = article(`headline: T\nheadline${' \t'.repeat(160000)}: U\ndate: 2023-09-28`);
    const found = yamlFindings(text);
    assert.deepEqual(found.map((d) => [doc(text).getText(d.range), d.message]), [['headline', 'Front matter YAML: the key "headline" is given twice: keep one']]);
  });
});

describe('duplicate keys without uniqueKeys (issue 13, item 10)', () => {
  const cases = [
    'headline: T\nheadline: U',
    'a: 1\nb: 2\na: 3\na: 4',
    '"date": 1\ndate: 2',
    "'x y': 1\nx y: 2",
    'speakers:\n  chen: Chen\n  chen:\n    name: Chen W\n    name: Again',
    'speakers: {a: A, b: B, a: C}',
    'list:\n  - k: 1\n    k: 2\n  - {k: 1, k: 2}',
    '1: one\n1.0: also one\n0x1: hex one',
    'true: t\nTrue: t2\n~: n\nnull: n2',
    '? complex\n: 1\ncomplex: 2',
    '[a]: 1\n[a]: 2',
  ];
  for (const src of cases) {
    test(`the same keys as yaml's own check: ${JSON.stringify(src)}`, () => {
      const theirs = parseDocument(src, { uniqueKeys: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
      const ours = duplicateKeys(parseDocument(src, { uniqueKeys: false }).contents, src).map((k) => k.start);
      assert.deepEqual(ours, theirs);
    });
  }

  test('1,000 keys of which every tenth repeats one: 90 findings, each naming its key', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `k${i % 10 === 9 ? i - 9 : i}: v`);
    const fm = parseFrontMatter(article(`headline: H\ndate: 2023-09-28\n${lines.join('\n')}`), 0)!;
    const dup = fm.problems.filter((p) => p.code === 'front-matter-yaml');
    // Capped like any YAML problem: MAX_YAML_PROBLEMS shown, one summary for the rest.
    assert.equal(dup.length, MAX_YAML_PROBLEMS + 1);
    assert.equal(dup[0].message, 'Front matter YAML: the key "k0" is given twice: keep one');
    assert.match(dup[MAX_YAML_PROBLEMS].message, /^Front matter YAML: 70 more problems from here are not listed/);
  });
});

describe('malformed front matter (issue 13, item 11)', () => {
  test('35 KB of `"[`: capped, with one summary finding', () => {
    const text = article('"['.repeat(17500));
    const found = yamlFindings(text);
    assert.ok(found.length >= 1 && found.length <= MAX_YAML_PROBLEMS + 1, `${found.length} findings`);
    assert.equal(found.filter((d) => /more problems from here are not listed|nests lists or maps/.test(d.message)).length, 1);
  });

  test(`one line with many errors gives ${MAX_YAML_PROBLEMS_PER_LINE} findings and a summary; the next line is still read`, () => {
    const text = article(`headline: ${'] '.repeat(50)}\nagency: [a\ndate: 2023-09-28`);
    const found = yamlFindings(text);
    const lines = found.map((d) => d.range.start.line);
    assert.ok(lines.filter((l) => l === 1).length <= MAX_YAML_PROBLEMS_PER_LINE + 1);
    assert.ok(lines.some((l) => l === 2), 'the line after the capped one has its own finding');
    assert.equal(found.filter((d) => /more problems from here are not listed/.test(d.message)).length, 1);
  });

  for (const [name, yaml, at] of [
    ['800 nested "["', `headline: ${'['.repeat(800)}`, `headline: ${'['.repeat(MAX_YAML_DEPTH - 1)}`.length],
    ['800 nested block maps', Array.from({ length: 800 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), -1],
    ['800 nested "- "', `byline:\n${'- '.repeat(800)}x`, `byline:\n${'- '.repeat(MAX_YAML_DEPTH - 1)}`.length],
  ] as const) {
    test(`${name}: one finding, not a YAML stack overflow, the same from any stack depth and after an edit`, () => {
      const text = article(yaml);
      const found = yamlFindings(text);
      assert.equal(found.length, 1);
      assert.match(found[0].message, new RegExp(`nests lists or maps more than ${MAX_YAML_DEPTH} deep`));
      if (at >= 0) assert.equal(doc(text).offsetAt(found[0].range.start), '---\n'.length + at);
      // From a deep stack: the same finding.
      const deep = (n: number): unknown => (n === 0 ? yamlFindings(text) : deep(n - 1));
      assert.deepEqual(deep(3000), found);
      // Edited into being rather than opened: the same finding.
      const service = testService();
      const uri = 'file:///test/robust-front-matter.news';
      service.parse(doc(text.replace('\n---\n', '\nx: 1\n---\n'), uri, 1));
      assert.deepEqual(service.diagnostics(doc(text, uri, 2), {}, {}, NEVER_CANCELLED).filter((d) => d.code === 'front-matter-yaml'), found);
    });
  }

  test('nesting up to the bound is read as YAML', () => {
    const depth = MAX_YAML_DEPTH - 2;
    const text = article(`headline: H\ndate: 2023-09-28\nbyline: ${'['.repeat(depth)}${']'.repeat(depth)}`);
    assert.deepEqual(yamlFindings(text), []);
  });
});

describe('yamlNestingTooDeep', () => {
  // A random nesting, `kinds.length` deep: block maps and list items outside (the one at level L
  // indented L + 1, its content L + 2), flow maps and lists inside them (YAML allows no block
  // collection inside a flow one).
  const nesting = (kinds: number[]): string => {
    const ordered = [...kinds].sort((a, b) => b - a);
    let inner = 'x';
    for (let level = ordered.length - 1; level >= 0; level--) {
      const k = ordered[level];
      if (k === 0) inner = `[${inner}]`;
      else if (k === 1) inner = `{k: ${inner}}`;
      else if (k === 2) inner = `k:\n${' '.repeat(level + 2)}${inner}`;
      else inner = `-\n${' '.repeat(level + 2)}${inner}`;
    }
    return `a:\n ${inner}`;
  };

  test('never below the nesting of the collections YAML builds, whatever the mix', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: MAX_YAML_DEPTH, maxLength: MAX_YAML_DEPTH + 40 }), (kinds) => {
      const src = nesting(kinds);
      assert.equal(parseDocument(src, { uniqueKeys: false }).errors.length, 0, `valid YAML: ${src}`);
      assert.ok(yamlNestingTooDeep(src) >= 0);
    }), { seed: 13, numRuns: 200 });
  });

  test('ends on any text (a comment, quotes, line breaks of every kind)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', "'", '\\', '#', ' ', '\t', '-', '?', ':', ',', 'a', '\n', '\r', '\r\n') }), (src) => {
      const at = yamlNestingTooDeep(src);
      assert.ok(at >= -1 && at < src.length);
    }), { seed: 13, numRuns: 500 });
  });
});
