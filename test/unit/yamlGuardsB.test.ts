// What parser/yamlGuards.ts answers, pinned exactly: the offset at which yamlNestingTooDeep stops
// a front matter (quotes, brackets closed again, `- ` and `? ` at a line's start, line ends of
// every kind), the duplicate keys with their spans and texts (quoted, empty, unterminated keys,
// keys never equal: NaN, dates), and which YAML problems capYamlErrors shows and hides (source
// order, per line with LF, CR and CRLF line ends, problems that start on a line break). Also
// through the front matter, where a user sees them as findings.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Pair, Scalar, YAMLMap, parseDocument } from 'yaml';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';
import { MAX_YAML_DEPTH as D, MAX_YAML_PROBLEMS, capYamlErrors, duplicateKeys, yamlNestingTooDeep } from '../../server/src/service/parser/yamlGuards';

const article = (yaml: string) => `---\n${yaml}\n---\nBody\n`;
/** The front matter's YAML findings: the text each covers and its message. */
const yamlFindings = (text: string) => parseFrontMatter(text, 0)!.problems
  .filter((p) => p.code === 'front-matter-yaml')
  .map((p) => [text.slice(p.start, p.end), p.start, p.message] as const);

describe('yamlNestingTooDeep: the offset it stops at', () => {
  const dashes = (k: number) => '- '.repeat(k);
  // The first line's indentation is one level, so D - 1 more levels are allowed and the D-th is
  // reported: for `k` dashes opening the first line, the D-th dash at 2 * (D - 1).
  const cases: [string, string, number][] = [
    // Quotation marks hide the brackets inside them, both kinds.
    ['brackets in double quotes', `a: "${'['.repeat(D)}"`, -1],
    ['brackets in single quotes', `a: '${'['.repeat(D)}'`, -1],
    ['brackets in single quotes after an escaped one', `a: 'it''s ${'{'.repeat(D)}'`, -1],
    ['brackets in double quotes after an escaped one', `a: "say \\"${'['.repeat(D)}"`, -1],
    ['brackets after a closed quote count', `a: "x" ${'['.repeat(D)}`, 'a: "x" '.length + D - 1],
    ['a quotation mark inside a word opens nothing', `a: it"s ${'['.repeat(D)}`, 'a: it"s '.length + D - 1],
    // A comment hides its brackets; a `#` glued to a word starts none.
    ['brackets in a comment', `a: x # ${'['.repeat(D)}`, -1],
    ['brackets in a comment line between list items', `${dashes(D - 1)}x\n# ${'['.repeat(D)}\n- y`, -1],
    ['a # glued to a word is text', `a: x#${'['.repeat(D)}`, 'a: x#'.length + D - 1],
    // Brackets closed again do not add up.
    ['D lists opened and closed in turn', `a: ${'[]'.repeat(D)}`, -1],
    ['D maps opened and closed in turn', `a: ${'{}'.repeat(D)}`, -1],
    ['D lists closed on the lines after them', Array.from({ length: D }, () => 'a: [\n]').join('\n'), -1],
    ['D - 1 nested lists', `a: ${'['.repeat(D - 1)}`, -1],
    ['D nested lists: the D-th bracket', `a: ${'['.repeat(D)}`, 'a: '.length + D - 1],
    ['D nested maps and lists: the D-th bracket', `a: ${'{['.repeat(D / 2)}`, 'a: '.length + D - 1],
    ['a closing bracket with none open closes nothing', `a: ]${'['.repeat(D)}`, 'a: ]'.length + D - 1],
    ['a closing brace with none open closes nothing', `a: }}\nb: ${'['.repeat(D)}`, 'a: }}\nb: '.length + D - 1],
    // `- ` and `? ` opening a line.
    ['D - 1 dashes', `${dashes(D - 1)}x`, -1],
    ['D dashes: the D-th', `${dashes(D)}x`, 2 * (D - 1)],
    ['D question marks: the D-th', `${'? '.repeat(D)}x`, 2 * (D - 1)],
    ['D dashes and question marks in turn: the D-th', `${'- ? '.repeat(D / 2)}x`, 2 * (D - 1)],
    ['the D-th dash ends the text', `${dashes(D - 1)}-`, 2 * (D - 1)],
    ['the D-th dash ends its line (LF)', `${dashes(D - 1)}-\nx`, 2 * (D - 1)],
    ['the D-th dash ends its line (CR)', `${dashes(D - 1)}-\rx`, 2 * (D - 1)],
    ['the D-th dash ends its line (CRLF)', `${dashes(D - 1)}-\r\nx`, 2 * (D - 1)],
    ['the D-th dash before a tab', `${dashes(D - 1)}-\tx`, 2 * (D - 1)],
    ['the D-th dash on the next line', `${dashes(D - 1)}\n${dashes(D)}x`, `${dashes(D - 1)}\n`.length + 2 * (D - 1)],
    ['a dash glued to a word is text', `${dashes(D - 1)}-x`, -1],
    ['a question mark glued to a word is text', `${dashes(D - 1)}?x`, -1],
    ['a dash not at the end of its line and text after it', `${dashes(D - 1)}-x -`, -1],
    ['a word followed by a blank is text', `${dashes(D - 1)}x y`, -1],
    ['a colon followed by a blank is text', `${dashes(D - 1)}: y`, -1],
    ['dashes after a key are text', `a: ${dashes(D + 1)}x`, -1],
    ['dashes after a word are text', `a ${dashes(D + 1)}x`, -1],
    ['question marks after a key are text', `a: ${'? '.repeat(D + 1)}x`, -1],
    ['dashes at the start of a line inside an open list are text', `a: [\n${dashes(D + 1)}x]`, -1],
    ['dashes after a list closed on the line', `a: []\n${dashes(D)}x`, 'a: []\n'.length + 2 * (D - 1)],
    // Line ends: CR and CRLF end a line like LF, and take nothing of the next line with them.
    ['brackets after a CR line end: the D-th', `a:\r${'['.repeat(D)}`, 'a:\r'.length + D - 1],
    ['brackets after a CRLF line end: the D-th', `a:\r\n${'['.repeat(D)}`, 'a:\r\n'.length + D - 1],
    ['dashes after blank CR lines: the D-th', `a:\r\r\r${dashes(D)}x`, 'a:\r\r\r'.length + 2 * (D - 1)],
    ['D - 1 brackets after a CR line end', `a:\r${'['.repeat(D - 1)}`, -1],
  ];
  for (const [name, src, at] of cases) {
    test(`${name}: ${at}`, () => {
      assert.equal(yamlNestingTooDeep(src), at);
    });
  }

  test('through the front matter: one finding on the character found, nothing read', () => {
    const yaml = `headline: "${'['.repeat(D)}"\nbyline:\r\n${dashes(D)}x`;
    const text = article(yaml);
    const at = '---\n'.length + `headline: "${'['.repeat(D)}"\nbyline:\r\n`.length + 2 * (D - 1);
    assert.deepEqual(yamlFindings(text), [['-', at, `The front matter nests lists or maps more than ${D} deep here: NewsMark does not read it. Remove the extra brackets or indentation`]]);
    assert.deepEqual(yamlFindings(article(`headline: "${'['.repeat(D)}"\nbyline: [${'[], '.repeat(D)}[]]`)), []);
  });
});

describe('duplicateKeys: the later key, its span and its text', () => {
  /** Each duplicate as [its source text, start, end - start, text]. */
  const dups = (src: string, schema: 'core' | 'yaml-1.1' = 'core') =>
    duplicateKeys(parseDocument(src, { uniqueKeys: false, prettyErrors: false, strict: false, schema }).contents, src)
      .map((k) => [src.slice(k.start, k.end), k.start, k.end - k.start, k.text]);
  const cases: [string, string, unknown[][]][] = [
    ['a plain key', 'xyx: 1\nxyx: 2', [['xyx', 7, 3, 'xyx']]],
    ['a double-quoted key: its text without the quotes', 'date: 1\n"date": 2', [['"date"', 8, 6, 'date']]],
    ['a single-quoted key: its text without the quotes', "date: 1\n'date': 2", [["'date'", 8, 6, 'date']]],
    ['a key quoted both ways', `"a'": 1\n'a''': 2`, [["'a'''", 8, 5, "a''"]]],
    ['an empty quoted key', `"": 1\n'': 2`, [["''", 6, 2, '']]],
    ['an unterminated quoted key of one mark', '"": 1\n? "', [['"', 8, 1, '"']]],
    ['an unterminated quoted key in a flow map', '{a: 1, "a}', [['"a}', 7, 3, '"a}']]],
    ['an empty key: one character', ': 1\n: 2', [[':', 4, 1, '']]],
    ['keys equal as values', '1: a\n1.0: b\n0x1: c\ntrue: d\nTrue: e', [['1.0', 5, 3, '1.0'], ['0x1', 12, 3, '0x1'], ['True', 27, 4, 'True']]],
    ['null keys', '~: a\nnull: b\n: c', [['null', 5, 4, 'null'], [':', 13, 1, '']]],
    ['a number and a string of the same digits differ', '1: a\n"1": b', []],
    ['the string "null" and null differ', 'null: a\n"null": b', []],
    ['NaN is never equal to itself', '.nan: 1\n.NaN: 2\n.nan: 3', []],
    ['lists and maps as keys are never equal', '[a]: 1\n[a]: 2\n? {b: 1}\n: 3\n? {b: 1}\n: 4', []],
    ['in a map of a list of pairs', 'k: !!pairs\n  - a: {x: 1, x: 2}\n  - a: 3', [['x', 25, 1, 'x']]],
    ['in nested maps and lists, in source order', 'a:\n  - {b: 1, b: 2}\n  - c: 1\n    c: 2\na: 3', [['b', 14, 1, 'b'], ['c', 33, 1, 'c'], ['a', 38, 1, 'a']]],
  ];
  for (const [name, src, expected] of cases) {
    test(`${name}: ${JSON.stringify(src)}`, () => {
      assert.deepEqual(dups(src), expected);
      // The same keys as the yaml package's own (quadratic) check.
      const theirs = parseDocument(src, { uniqueKeys: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
      assert.deepEqual(dups(src).map((d) => d[1]), theirs);
    });
  }

  test('timestamps and binary values (YAML 1.1) are objects, never equal, as in the yaml package', () => {
    const src = '2023-01-01: a\n2023-01-01: b\n? !!binary aGk=\n: c\n? !!binary aGk=\n: d';
    assert.deepEqual(dups(src, 'yaml-1.1'), []);
    assert.deepEqual(parseDocument(src, { uniqueKeys: true, schema: 'yaml-1.1' }).errors.filter((e) => e.code === 'DUPLICATE_KEY'), []);
    // The core schema reads the timestamps as strings, which are equal.
    assert.deepEqual(dups(src).map((d) => d[3]), ['2023-01-01']);
  });

  test('a tree built in code, without source ranges: the key at offset 0, one character, no text', () => {
    const map = new YAMLMap();
    map.items.push(new Pair(new Scalar('a'), new Scalar(1)), new Pair(new Scalar('a'), new Scalar(2)));
    assert.deepEqual(duplicateKeys(map, 'a: 1\na: 2'), [{ start: 0, end: 1, text: '' }]);
  });

  test('through the front matter: a finding on the key as written, naming its text', () => {
    const text = article("headline: H\n'headline': I\n\"\": 1\n'': 2\n: x\n: y");
    const message = (key: string) => `Front matter YAML: the key ${JSON.stringify(key)} is given twice: keep one`;
    assert.deepEqual(yamlFindings(text).filter((f) => f[2].includes('given twice')), [
      ["'headline'", text.indexOf("'headline'"), message('headline')],
      ["''", text.indexOf("''"), message('')],
      [':', text.indexOf(': y'), message('')],
    ]);
  });
});

describe('capYamlErrors: which problems are shown', () => {
  const err = (start: number) => ({ start, end: start + 1, message: `at ${start}` });
  /** The starts of the problems shown, how many are hidden and where the first hidden one starts. */
  const capped = (starts: number[], src: string) => {
    const { shown, hidden, firstHidden } = capYamlErrors(starts.map(err), src);
    return [shown.map((e) => e.start), hidden, firstHidden?.start];
  };
  const cases: [string, number[], string, unknown[]][] = [
    ['one a line on four LF lines, given backwards: in source order', [6, 4, 2, 0], 'a\nb\nc\nd', [[0, 2, 4, 6], 0, undefined]],
    ['four on one line, given out of order: the last one hidden', [3, 0, 2, 1], 'abcd', [[0, 1, 2], 1, 3]],
    ['four at one place: the fourth hidden', [1, 1, 1, 1], 'abcd', [[1, 1, 1], 1, 1]],
    ['two on each of two CR lines', [0, 1, 3, 4], 'ab\rcd', [[0, 1, 3, 4], 0, undefined]],
    ['two on each of two CRLF lines', [0, 1, 4, 5], 'ab\r\ncd', [[0, 1, 4, 5], 0, undefined]],
    ['a CRLF is one line end: two before it, two on its LF are one line', [0, 0, 2, 2], 'a\r\nb', [[0, 0, 2], 1, 2]],
    ['an LF belongs to the line it ends', [0, 0, 1, 1], 'a\nb', [[0, 0, 1], 1, 1]],
    ['a CR after an LF ends an empty line of its own', [2, 2, 3, 3], 'a\n\rb', [[2, 2, 3, 3], 0, undefined]],
    ['a blank line between: two lines', [0, 0, 3, 3], 'a\n\nb', [[0, 0, 3, 3], 0, undefined]],
    ['problems at the very end of the text', [0, 0, 3, 3, 3, 3], 'a\nb', [[0, 0, 3, 3, 3], 1, 3]],
  ];
  for (const [name, starts, src, expected] of cases) {
    test(name, () => {
      assert.deepEqual(capped(starts, src), expected);
    });
  }

  test(`at most ${MAX_YAML_PROBLEMS} in all: the rest hidden from the first of them, in source order`, () => {
    const n = MAX_YAML_PROBLEMS + 3;
    const src = 'x\n'.repeat(n);
    const starts = Array.from({ length: n }, (_, i) => 2 * (n - 1 - i));
    assert.deepEqual(capped(starts, src), [Array.from({ length: MAX_YAML_PROBLEMS }, (_, i) => 2 * i), 3, 2 * MAX_YAML_PROBLEMS]);
  });

  test('through the front matter: YAML errors and duplicate keys in source order, a summary for the rest of a line', () => {
    const text = article('a: 1\na: 2\nb: [x\nc: {k: 1, k: 2, k: 3, k: 4, k: 5}');
    const at = (piece: string, from = 0) => text.indexOf(piece, from);
    const given = (key: string) => `Front matter YAML: the key "${key}" is given twice: keep one`;
    const flow = at('{k');
    // The duplicate keys are found after the parse's errors and shown among them, in source order;
    // the unclosed list is reported on the next line, which then has three problems and a summary.
    assert.deepEqual(yamlFindings(text), [
      ['a', at('a: 2'), given('a')],
      ['c', at('c: {'), 'Front matter YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
      ['k', at('k: 2', flow), given('k')],
      ['k', at('k: 3', flow), given('k')],
      ['k', at('k: 4', flow), 'Front matter YAML: 2 more problems from here are not listed (at most 3 a line, 30 in all): fix the ones above first'],
    ]);
  });
});
