// The quick front matter YAML reader's scalars (parser/frontMatterYaml.ts, issue 9): quoted values
// (closing quote, `''` in single quotes only), plain values in a block and inside `[...]`, and the
// core schema's non-strings. Whenever the quick reader answers, its tree must be the full model's;
// where YAML reads the text as something else (a nested key, an anchor, a number, an error) it must
// give up. Written to kill mutants that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isCollection, isMap, isPair, isScalar } from 'yaml';
import { fullYaml, quickYaml } from '../../server/src/service/parser/frontMatterYaml';

/** A reader's tree as plain data: each scalar's value, style and range; each collection's items, kind, style and range. */
const plain = (n: unknown): unknown =>
  isScalar(n) ? [n.value, n.type, n.range]
    : isPair(n) ? [plain(n.key), plain(n.value)]
      : isCollection(n) ? [isMap(n) ? 'map' : 'seq', n.items.map(plain), !!n.flow, n.range] : n;

/** The quick reader's tree of `yaml` (a line of its own), checked against the full model's; undefined when it gives up. */
function quickTree(yaml: string): unknown {
  const src = `${yaml}\n`;
  const quick = quickYaml(src);
  if (!quick) return undefined;
  const full = fullYaml(src);
  assert.deepEqual(full.errors.map((e) => e.message), [], `the quick reader answered on YAML with errors: ${yaml}`);
  assert.deepEqual(plain(quick.contents), plain(full.contents), `the trees differ: ${yaml}`);
  return plain(quick.contents);
}

describe('the quick front matter reader, scalars', () => {
  test('quoted values and quoted list items are read quickly, as the full model reads them', () => {
    // A `''` stands for `'` in single quotes only; in double quotes it is two characters. A `\` escapes in double quotes only.
    for (const yaml of ['a: "b c"', `a: 'it''s'`, `a: "it''s"`, `a: ["x", 'y']`, `a: ["it''s", 'it''s']`, `a: 'x'' '`, 'a: ["b" , c]', `a: 'C:\\x'`, `a: [b, 'C:\\x']`]) {
      assert.notEqual(quickTree(yaml), undefined, yaml);
    }
    assert.deepEqual(quickTree(`a: "it''s"`), ['map', [[['a', 'PLAIN', [0, 1, 1]], [`it''s`, 'QUOTE_DOUBLE', [3, 10, 11]]]], false, [0, 11, 11]]);
    assert.deepEqual(quickTree(`a: 'it''s'`), ['map', [[['a', 'PLAIN', [0, 1, 1]], [`it's`, 'QUOTE_SINGLE', [3, 10, 11]]]], false, [0, 11, 11]]);
  });

  test('a quoted value that does not close where the line ends is left to the full model', () => {
    for (const yaml of ['a: "b', `a: 'b`, 'a: "b" c"', `a: 'b' c'`, 'a: "b\\"c"', `a: 'b''`, 'a: "b""c"', 'a: ["b""c"]', `a: "b"'c"`, `a: ["b"'c"]`, 'a: ["b]', 'a: ["b\\n"]']) {
      assert.equal(quickTree(yaml), undefined, yaml);
    }
  });

  test('a plain value ending in a colon is a nested key: left to the full model', () => {
    for (const yaml of ['a: b:', 'a: x y:', '- b c:']) assert.equal(quickTree(yaml), undefined, yaml);
  });

  test('list items that are not plain text in a flow list are left to the full model', () => {
    const notText = [
      'a: [a, , b]', 'a: [&x]', 'a: [*x]', 'a: [!t]', 'a: [|a]', 'a: [>a]', 'a: [%a]', 'a: [@a]', 'a: [`a]', // empty, or an indicator first
      'a: [a: b]', 'a: [a:]', 'a: [b, a:]', 'a: [a{b}]', 'a: [a}b]', 'a: [a[b]]', 'a: [a[b, c]', 'a: [a{b]', 'a: [a{b, c]', // a pair, a nested or broken collection
    ];
    for (const yaml of notText) assert.equal(quickTree(yaml), undefined, yaml);
    assert.deepEqual(quickTree('a: [b c, d]'), ['map', [[['a', 'PLAIN', [0, 1, 1]], ['seq', [['b c', 'PLAIN', [4, 7, 7]], ['d', 'PLAIN', [9, 10, 10]]], true, [3, 11, 12]]]], false, [0, 12, 12]]);
  });

  test('numbers, booleans and null are left to the full model, in a block, in a list and as keys', () => {
    const notStrings = ['12', '-3', '+1e3', '.5', '1.', '0x1F', '0o17', '.inf', '-.Inf', '.nan', 'true', 'False', 'NULL', 'null', '~'];
    for (const v of notStrings) {
      for (const yaml of [`a: ${v}`, `a: [${v}]`, `a: [b, ${v}]`, `a:\n  - ${v}`, `${v}: b`]) assert.equal(quickTree(yaml), undefined, yaml);
    }
    // Text that only starts like a number, or that starts otherwise, is read quickly.
    for (const v of ['12a', 'true story', 'nullable', '.5 km', '~x', 'Berlin', 'x12']) {
      assert.notEqual(quickTree(`a: ${v}`), undefined, v);
      assert.notEqual(quickTree(`a: [${v}]`), undefined, v);
    }
  });
});
