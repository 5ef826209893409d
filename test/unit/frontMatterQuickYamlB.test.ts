// The quick front matter YAML reader (parser/frontMatterYaml.ts) on block lists, flow lists, empty
// values and keys, against the `yaml` package's full document model: where it answers, its tree is
// the full model's (values, scalar types, all three offsets of every range); where the full model
// finds an error or reads something other than text, or a value goes on below its line, it gives
// up. Written to kill mutants that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { fullYaml, quickYaml } from '../../server/src/service/parser/frontMatterYaml';

/** A node as the data both readers must agree on: scalars as [value, type, range], collections with their items. */
function tree(node: unknown): unknown {
  if (isPair(node)) return { key: tree(node.key), value: tree(node.value) };
  if (isScalar(node)) return [node.value, node.type, node.range];
  if (isMap(node) || isSeq(node)) return { kind: isMap(node) ? 'map' : 'seq', flow: Boolean(node.flow), range: node.range, items: node.items.map(tree) };
  return node;
}

/** Shapes the quick reader reads itself, each with the same tree as the full model. */
const READ_QUICKLY: [why: string, src: string][] = [
  ['a key with no value, then another key', 'a:\nb: c\n'],
  ['a key with no value at the end', 'b: c\na:'],
  ['a key with no value and spaces after the colon', 'a:   \nb: c\n'],
  ['a block list at the key\'s column', 'a:\n- b\n- c\nd: e\n'],
  ['a block list indented under its key', 'a:\n  - b\n  - c\n'],
  ['list items with more than one space after the dash', 'a:\n-   b\n-  "c"\n-    [d]\n'],
  ['a list item that is a map, with more spaces after the dash', 'a:\n-   file: x.txt\n    note: y\n'],
  ['a plain value on the last line, no line break after it', 'a: b'],
  ['a quoted value on the last line, no line break after it', 'a: "b c"'],
  ['single-quoted values', "a: 'b c'\nd: 'it''s'"],
  ['a flow list on the last line, no line break after it', 'a: [b, c]'],
  ['a list item on the last line, no line break after it', 'a:\n- b'],
  ['quoted items in a flow list, single and double', 'a: [\'b\', "c d", \'it\'\'s\']\n'],
  ['quoted and plain items in a flow list, with spaces', 'a: [ "b" , c ,\'d\' ]\n'],
  ['a trailing comma in a flow list', 'a: [b, "c",]\n'],
  ['an empty flow list', 'a: []\n'],
  ['keys opening with `_`', '_a: b\nc:\n  _d: e\n'],
  ['keys of letters, digits, `_`, `-` and `.`', 'a1_b-c.d: e\nf: g\n'],
];

/** Text the quick reader must leave to the full model: YAML errors, values other than text, values going on below their line. */
const LEFT_TO_THE_FULL_MODEL: [why: string, src: string][] = [
  ['text after a closing quote', 'a: "b" c\n'],
  ['text after a closing single quote', "a: 'b' c\n"],
  ['a number as a value', 'a: 1\n'],
  ['a dash with no space after it where a list item belongs', 'a:\n-bc\n'],
  ['a list item less indented than the list', 'a:\n  - b\n- c\n'],
  ['a number in a flow list', 'a: [1, b]\n'],
  ['a boolean in a flow list', 'a: [b, true]\n'],
  ['a colon in a flow list item', 'a: [b: c]\n'],
  ['text after a quoted flow list item', 'a: ["b" c]\n'],
  ['text after a plain flow list item and its spaces', "a: ['b'  c, d]\n"],
  ['text after the closing bracket', 'a: [b] c\n'],
  ['a flow list not closed on its line', 'a: [b, c\nd: e\n'],
  ['a flow list not closed at the end of the text', 'a: [b'],
  ['a flow list going on to the next line', 'a: [b,\n  c]\n'],
  ['a list item continued on a deeper line', 'a:\n- b\n  - c\n'],
  ['a list item with a deeper key below it', 'a:\n- b\n  c: d\n'],
];

describe('the quick front matter reader: lists, empty values and keys', () => {
  test('the shapes it reads itself make the full model\'s tree', () => {
    for (const [why, src] of READ_QUICKLY) {
      const full = fullYaml(src);
      assert.deepEqual(full.errors, [], `${why}: the full model finds no error`);
      const quick = quickYaml(src);
      assert.ok(quick, `${why}: read quickly`);
      assert.deepEqual(quick.errors, [], why);
      assert.deepEqual(tree(quick.contents), tree(full.contents), why);
    }
  });

  test('it gives up on YAML errors, values other than text and values over several lines', () => {
    for (const [why, src] of LEFT_TO_THE_FULL_MODEL) assert.equal(quickYaml(src), undefined, why);
  });
});
