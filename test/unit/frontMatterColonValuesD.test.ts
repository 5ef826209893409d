// Which YAML errors of the front matter are read as "a plain value holding ': '" (underlined value,
// "put the value in quotes" and its fix) and which keep the YAML package's own message: the
// value's line is found in LF and in lone-CR text, a line that opens with ": " or holds no ": ",
// values that open with a quote or end with ":". Written to kill mutants of frontMatter.ts's
// unquotedColonValue that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doc } from '../support/documents';
import { applyTextEdits, diagnosticsOf, fixesOf } from '../support/serviceCalls';

type Seen = [underlined: string, message: string, fixedLine?: string];

/** The front matter's YAML diagnostics; with a fix, the front matter's line `line` (1-based after `---`) once fixed. */
function seen(frontMatter: string, line: number, eol = '\n'): Seen[] {
  const text = `---\n${frontMatter}\n---\n\nBERLIN, Sept. 27 (Xinhua) -- X.\n`.replace(/\n/g, eol);
  const d = doc(text);
  return diagnosticsOf(text).filter((x) => x.code === 'front-matter-yaml').map((x) => {
    const s: Seen = [d.getText(x.range), x.message];
    const fix = fixesOf(x)[0];
    if (fix) s.push(applyTextEdits(text, fix.edits).split(eol)[line]);
    return s;
  });
}

const VALUE_WITH_COLON = (v: string) => `Front matter YAML: the value "${v}" contains ": ", which YAML reads as a nested key: put the value in quotes`;
const VALUE_ENDING_IN_COLON = (v: string) => `Front matter YAML: the value "${v}" ends with ":", which YAML reads as a nested key: put the value in quotes`;
const NESTED = 'Front matter YAML: Nested mappings are not allowed in compact mappings';

test('the value is read on the line of the error, not on the first line', () => {
  assert.deepEqual(seen('headline: T\nagency: Talks: x', 2), [['Talks: x', VALUE_WITH_COLON('Talks: x'), 'agency: "Talks: x"']]);
});

test('in text whose lines end with a lone CR, the line of the error is found too', () => {
  // The yaml package reads a lone CR as no line break: its other errors (on the first line) keep its message.
  assert.deepEqual(seen('headline: T\ndate: 2023-09-28\nagency: Talks: x', 3, '\r'), [
    ['T', NESTED],
    ['2', NESTED],
    ['Talks: x', VALUE_WITH_COLON('Talks: x'), 'agency: "Talks: x"'],
  ]);
});

test('a line that opens with ": " has an empty key and the rest for value', () => {
  assert.deepEqual(seen(': Talks: resume\nheadline: T', 1), [['Talks: resume', VALUE_WITH_COLON('Talks: resume'), ': "Talks: resume"']]);
});

test('a line without ": " has no value to quote: the YAML message stays', () => {
  assert.deepEqual(seen('headline: T\nheadline:\ndate: 2023-09-28', 2), [['headline', 'Front matter YAML: the key "headline" is given twice: keep one']]);
});

test('a value that opens with ": " or ends with ":" is put in quotes', () => {
  assert.deepEqual(seen('headline: : b', 1), [[': b', VALUE_WITH_COLON(': b'), 'headline: ": b"']]);
  assert.deepEqual(seen('headline: Talks:', 1), [['Talks:', VALUE_ENDING_IN_COLON('Talks:'), 'headline: "Talks:"']]);
});

test('a value that opens with a quote is not plain: the YAML message stays', () => {
  assert.deepEqual(seen('headline: "Talks": resume', 1), [['"', NESTED]]);
  assert.deepEqual(seen("headline: 'Talks': resume", 1), [["'", NESTED]]);
});

test('a value that YAML reports twice is one problem with one fix', () => {
  assert.deepEqual(seen('headline: a: b: c', 1), [['a: b: c', VALUE_WITH_COLON('a: b: c'), 'headline: "a: b: c"']]);
  assert.deepEqual(seen('headline: T\nagency: X: y: z\nlang: en', 2), [['X: y: z', VALUE_WITH_COLON('X: y: z'), 'agency: "X: y: z"']]);
});

test('a front matter that opens with a blank line: the value on the line after it is still found', () => {
  // The error's line starts at offset 1 of the front matter; the first line read must be read anew.
  assert.deepEqual(seen('\nheadline: Talks resume: minister', 2), [
    ['Talks resume: minister', VALUE_WITH_COLON('Talks resume: minister'), 'headline: "Talks resume: minister"'],
  ]);
});

test('two values with ": " on two lines: each is its own problem on its own line, in order', () => {
  const text = '---\nheadline: Talks resume: minister\nsummary: Berlin: security\n---\n\nBERLIN, Sept. 27 (Xinhua) -- X.\n';
  const d = doc(text);
  const found = diagnosticsOf(text).filter((x) => x.code === 'front-matter-yaml').map((x) => [d.getText(x.range), x.range.start.line]);
  assert.deepEqual(found, [['Talks resume: minister', 1], ['Berlin: security', 2]]);
});

test('errors the YAML package reports out of order are read in text order: none is lost', () => {
  // After a directive line (`%YAML 1.2`), the package reports the value's error (line 3) before the
  // missing `---` (line 2): read in that order, the directive's error would be taken for the
  // value's line, already quoted, and dropped.
  const found = seen('%YAML 1.2\nx: y\nbyline: Talks: resume', 3);
  assert.deepEqual(found, [
    ['x', 'Front matter YAML: Missing directives-end/doc-start indicator line'],
    ['Talks: resume', VALUE_WITH_COLON('Talks: resume'), 'byline: "Talks: resume"'],
  ]);
});

test('a key that ends its line with ":" (no ": " on the line) is not taken for a value to quote', () => {
  // ` byline:` indented by one space is a YAML error of its own; quoting "yline:" would be nonsense.
  assert.deepEqual(seen('headline:\n  - a\n byline:', 3), [[' ', 'Front matter YAML: All mapping items must start at the same column']]);
});

test('an error placed on a line break belongs to the line it ends: the next line is read anew', () => {
  // The unclosed `{` is reported at the line break; the value with ": " on the next line is still
  // found and quoted.
  const found = seen('headline: {Talks:\nbyline: Talks: resume', 2);
  assert.deepEqual(found.at(-1), ['Talks: resume', VALUE_WITH_COLON('Talks: resume'), 'byline: "Talks: resume"']);
  assert.deepEqual(found[0].slice(0, 2), ['\n', 'Front matter YAML: Flow map in block collection must be sufficiently indented and end with a }']);
});
