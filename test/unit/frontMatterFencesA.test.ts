// Where the front matter begins and ends (its `---` fences), what an empty one reads as, and which
// keys name something: the tree's fields that follow from the fences alone.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';

describe('front matter fences', () => {
  test('which first lines open a front matter, and which lines close it', () => {
    // [text, headline read, where the node ends (the rest of the text), closed]
    const cases: [string, string | undefined, string, boolean][] = [
      ['---\nheadline: H\n---\nBody', 'H', '\nBody', true],
      ['--- \nheadline: H\n---\nBody', 'H', '\nBody', true], // blanks after the opening fence
      ['---\nheadline: H\n---  \nBody', 'H', '\nBody', true], // blanks after the closing fence
      ['---\nheadline: H\n...\nBody', 'H', '\nBody', true], // YAML's document end closes it too
      ['---\nheadline: H\n... \nBody', 'H', '\nBody', true],
      // An indented `---` is YAML text (a continuation of the headline), not a fence.
      ['---\nheadline: H\n  ---\n---\nBody', 'H ---', '\nBody', true],
      ['---\nheadline: H\n  ...\n---\nBody', 'H ...', '\nBody', true],
    ];
    for (const [text, headline, rest, closed] of cases) {
      const fm = parseFrontMatter(text, 0);
      assert.ok(fm, text);
      assert.equal(fm.headline?.value, headline, text);
      assert.equal(text.slice(fm.end), rest, text);
      assert.equal(fm.closed, closed, text);
      assert.deepEqual(fm.problems, [], text);
    }
  });

  test('a first line other than `---` opens no front matter', () => {
    for (const text of [' ---\nheadline: H\n---\nBody', '\t---\nheadline: H\n---\n', '----\nheadline: H\n---\n', '-- -\nheadline: H\n---\n']) {
      assert.equal(parseFrontMatter(text, 0), undefined, JSON.stringify(text));
    }
  });

  test('unclosed: the YAML ends at the first blank or blank-looking line', () => {
    for (const [text, headline, rest] of [
      ['---\nheadline: H\n\nBERLIN -- Body', 'H', '\nBERLIN -- Body'],
      ['---\nheadline: H\n   \nBERLIN -- Body', 'H', '   \nBERLIN -- Body'],
      ['---\nheadline: H\nagency: A', 'H', ''],
    ]) {
      const fm = parseFrontMatter(text, 0)!;
      assert.equal(fm.closed, false, text);
      assert.equal(fm.headline?.value, headline, text);
      assert.equal(text.slice(fm.end), rest, text);
      assert.deepEqual(fm.problems.map((p) => [p.code, text.slice(p.start, p.end)]), [['front-matter-unclosed', '---']], text);
    }
  });

  test('an empty front matter, or one of comments only, reads as nothing and has no problems', () => {
    for (const text of ['---\n---\nBody', '---\n# just a comment\n---\nBody', '---\n\n---\nBody']) {
      const fm = parseFrontMatter(text, 0)!;
      assert.deepEqual(fm.problems, [], text);
      assert.equal(fm.headline, undefined, text);
      assert.deepEqual(fm.speakers, [], text);
      assert.equal(text.slice(fm.end), '\nBody', text);
    }
  });

  test('without speakers, new speaker entries are indented two spaces', () => {
    assert.equal(parseFrontMatter('---\nheadline: H\n---\nBody', 0)!.speakerIndent, '  ');
    assert.equal(parseFrontMatter('---\nheadline: H\nspeakers:\n    chen: Chen Wenqing\n---\nBody', 0)!.speakerIndent, '    ');
  });

  test('a list or map used as a key names no key: it is passed over without a problem', () => {
    for (const text of ['---\n[a, b]: x\nheadline: H\n---\nBody', '---\n? [a, b]\n: x\nheadline: H\n---\nBody', '---\n{a: 1}: x\nheadline: H\n---\nBody']) {
      const fm = parseFrontMatter(text, 0)!;
      assert.deepEqual(fm.problems, [], text);
      assert.equal(fm.headline?.value, 'H', text);
    }
  });
});
