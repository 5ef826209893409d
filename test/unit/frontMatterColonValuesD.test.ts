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
