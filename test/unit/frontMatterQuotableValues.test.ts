// "Put the value in quotes" on a plain front matter value holding ": ", wherever the value is: after
// a one-letter key, and in list items (bylines, aliases) at any indentation. Written to kill
// mutants that `npm run mutate` left without coverage in parser/frontMatter.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyTextEdits, diagnosticsOf, fixesOf } from '../support/serviceCalls';
import { doc } from '../support/documents';

/** The value underlined by the YAML diagnostic and its line once "Put the value in quotes" is applied. */
function quoted(frontMatter: string, line: number): [underlined: string, fixed: string] {
  const text = `---\n${frontMatter}\n---\n\nBERLIN, Sept. 27 (Xinhua) -- X.\n`;
  const yaml = diagnosticsOf(text).filter((d) => d.code === 'front-matter-yaml');
  assert.equal(yaml.length, 1, JSON.stringify(yaml));
  const fix = fixesOf(yaml[0])[0];
  assert.equal(fix?.title, 'Put the value in quotes');
  return [doc(text).getText(yaml[0].range), applyTextEdits(text, fix.edits).split('\n')[line]];
}

test('after a one-letter key', () => {
  assert.deepEqual(quoted('x: Talks: resume', 1), ['Talks: resume', 'x: "Talks: resume"']);
});

test('in list items, at the margin or indented', () => {
  assert.deepEqual(quoted('headline: T\nbyline:\n  - Ann: the: writer', 3), ['the: writer', '  - Ann: "the: writer"']);
  assert.deepEqual(quoted('headline: T\nbyline:\n- Ann: the: writer', 3), ['the: writer', '- Ann: "the: writer"']);
  assert.deepEqual(quoted('headline: T\nspeakers:\n  a:\n    name: A\n    aliases:\n      - Chen: the: x', 6), ['the: x', '      - Chen: "the: x"']);
});
