// The quick front matter reader (parser/frontMatterYaml.ts) on its keys, list items and spacing:
// keys of every letter, digit, `_`, `-` and `.`; list items that are maps and items that only hold
// a colon (URLs); values and flow items with spaces around them. Where the reader answers, its tree
// (values, types, flow, all three offsets of every range) must be the full `yaml` model's; where the
// full model finds an error or reads another shape (a line that is no `key: value`, a quoted or
// bracketed key, text after a flow list), it must give up. The ordinary shapes must be read quickly:
// that is what the reader is for (issue 9). Written to kill mutants that survived `npm run mutate`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isCollection, isPair, isScalar } from 'yaml';
import { fullYaml, quickYaml } from '../../server/src/service/parser/frontMatterYaml';

/** A node as plain data: scalars as [value, type, range], collections as [range, flow, items]. */
const tree = (n: unknown): unknown =>
  isScalar(n) ? [n.value, n.type, n.range] : isCollection(n) ? [n.range, !!n.flow, n.items.map((x) => (isPair(x) ? [tree(x.key), tree(x.value)] : tree(x)))] : n;

/** Whether the quick reader answered; when it did, its tree is the full model's, which found no error. */
function quickAndSame(src: string): boolean {
  const quick = quickYaml(src);
  const full = fullYaml(src);
  if (!quick) return false;
  assert.deepEqual(full.errors.map((e) => e.message), [], `the quick reader took a document with YAML errors: ${JSON.stringify(src)}`);
  assert.deepEqual(tree(quick.contents), tree(full.contents), `the trees differ: ${JSON.stringify(src)}`);
  return true;
}

describe('the quick front matter reader: keys, list items, spacing', () => {
  test('ordinary front matters are read quickly, with the full model\'s tree', () => {
    const quick = [
      // Keys of capitals and small letters at both ends of the alphabet, digits, `_`, `-`, `.`.
      'Headline: Talks resume\nAZaz: 1x\nZone: z\nA: a\nz: Z\nabout: x',
      'h2: second\n_draft: no-thanks\nfirst_name: Ann\ndateline-style: short\nsource.url: u\nk09_-.x: y',
      // List items: names, URLs (a colon that is no key indicator), maps, a key with no value.
      'byline:\n  - Ann Lee\n  - Bob Ray',
      'sources:\n  - https://example.com/a\n  - a:b',
      'sources:\n  - file: a.txt\n    title: T',
      'sources:\n  - file:\n    title: T\n  - url:',
      // Spaces after values, around flow items and after the flow list.
      'headline: Talks resume  \ndate: 2023-09-28   \nbyline: "Ann Lee"  ',
      'tags: [a , b ,c  ]',
      'tags: ["Ann" , \'Bob\'  ,"Cy"]  \nnext: x',
      'tags: [ a ]   ',
      // Keys past the first 1,000 characters of the front matter.
      `headline: ${'word '.repeat(220)}end\ndate: 2023-09-28`,
    ];
    for (const src of quick) assert.ok(quickAndSame(src), `not read quickly: ${JSON.stringify(src)}`);
  });

  test('what the full model reads otherwise, or with an error, is left to it', () => {
    const fullOnly = [
      // A line that is no `key: value`.
      'headline: T\nabc def',
      'headline: T\nabc',
      'headline: T\nurl:http://x',
      'a:b',
      'a : b',
      // Keys that are not plain: quoted, bracketed, with a tag, anchor or reserved indicator.
      '"headline": T',
      '\'headline\': T',
      '[a]: b',
      '[a, b]: c',
      '{a}: b',
      '`a`: b',
      '@a: b',
      '&x a: b',
      '!t a: b',
      '*x: b',
      // Text after a flow list.
      'a: [b] c',
      'a: [b]c',
    ];
    for (const src of fullOnly) assert.equal(quickYaml(src), undefined, `read quickly: ${JSON.stringify(src)}`);
  });
});
