// The quick front matter reader (parser/frontMatterYaml.ts, issue 9) on the lines it splits and the
// keys it reads: it answers, with the full model's tree, on the common shapes, on text beyond ASCII
// (accents, CJK punctuation) and on a last line without a newline; it gives up where the full model
// reads the text differently (a tab, CR, a comment, an indented line where a key belongs, a list
// less indented than the key above it); and the full model's options keep a duplicate key one
// problem and a long key a key. Written to kill mutants that survived `npm run mutate`
// (docs/testing.md).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isCollection, isPair, isScalar } from 'yaml';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';
import { fullYaml, quickYaml } from '../../server/src/service/parser/frontMatterYaml';

/** A node tree as plain data: values, scalar types, block or flow, and every range. */
const tree = (n: unknown): unknown => isScalar(n) ? [n.value, n.type, n.range]
  : isCollection(n) ? [!!n.flow, n.range, n.items.map((i) => isPair(i) ? [tree(i.key), tree(i.value)] : tree(i))] : n;

describe('the quick YAML reader', () => {
  test('answers on the common shapes with the full model\'s tree', () => {
    const answered = [
      'headline: Talks resume\ndate: 2023-09-28\n',
      'headline: Talks resume\ndate: 2023-09-28', // the last line without its newline is still read
      'headline: Talks',
      'headline: Gespräche in Zürich\nlocation: 北京，中国\n', // Latin-1 letters; a fullwidth comma (U+FF0C)
      'speakers:\n  chen:\n    name: Chen Wenqing\n    aliases: [Chen, \'the minister\']\nbyline:\n- Ann Lee\n- Bob Kay\ntags: [a, b]\n',
      'headline: T\nnote:', // a key without a value on the last line
      'headline: T\nnote:\n',
      'byline:\n- Ann Lee\nnote:\n',
    ];
    for (const src of answered) {
      const quick = quickYaml(src);
      assert.ok(quick, `the quick reader gave up on ${JSON.stringify(src)}`);
      const full = fullYaml(src);
      assert.deepEqual(full.errors, [], src);
      assert.deepEqual(quick.errors, [], src);
      assert.deepEqual(tree(quick.contents), tree(full.contents), src);
    }
  });

  test('gives up where the full model reads the text differently', () => {
    const givenUp = [
      '', // nothing to read: the full model's null document
      '\n  \n',
      'headline: Talks\t\n', // the full model drops a trailing tab
      'headline: Talks\r\ndate: 2023-09-28\r\n', // and a CR before the newline
      'headline: Talks # resume\n', // a comment
      'tags: [a b # c]\n',
      ' headline: T\ndate: 2023-09-28\n', // an indented first line: a YAML error below it
      'headline: T\n  date: 2023-09-28\n', // a line deeper than its key's value: YAML errors
      'speakers:\n  chen:\n- x\n', // a list less indented than the key above it: a YAML error
    ];
    for (const src of givenUp) assert.equal(quickYaml(src), undefined, JSON.stringify(src));
    // Each of these reads otherwise in the full model than line by line: errors, or another value.
    assert.deepEqual(tree(fullYaml('headline: Talks # resume\n').contents), [false, [0, 25, 25], [[['headline', 'PLAIN', [0, 8, 8]], ['Talks', 'PLAIN', [10, 15, 25]]]]]);
    for (const src of givenUp.slice(6)) assert.notDeepEqual(fullYaml(src).errors, [], src);
  });
});

describe('the full YAML model\'s options', () => {
  const yamlProblems = (text: string) => parseFrontMatter(text, 0)!.problems
    .filter((p) => p.code === 'front-matter-yaml').map((p) => [text.slice(p.start, p.end), p.message]);

  test('a key given twice is one problem, also in front matter the quick reader leaves to it', () => {
    const text = '---\nheadline: T # first\nheadline: U\ndate: 2023-09-28\n---\nBody';
    assert.equal(quickYaml(text.slice(4, text.indexOf('\n---\n') + 1)), undefined);
    assert.deepEqual(yamlProblems(text), [['headline', 'Front matter YAML: the key "headline" is given twice: keep one']]);
  });

  test('a key longer than YAML\'s 1,024 characters is read as a key, not a YAML error', () => {
    const long = 'k'.repeat(1100);
    const text = `---\nheadline: T\n${long}: v\n---\nBody`;
    assert.deepEqual(yamlProblems(text), []);
    assert.deepEqual(parseFrontMatter(text, 0)!.problems.map((p) => [p.code, text.slice(p.start, p.end)]), [['front-matter-key', long]]);
  });
});
