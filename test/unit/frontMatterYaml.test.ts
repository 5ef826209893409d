// YAML errors in the front matter as the writer sees them, in LF and CRLF: a key given twice
// (named, underlined), a plain value holding ": " (and its "Put the value in quotes" fix, which
// keeps a trailing comment out), bylines that are not names, publication dates with impossible
// times. Written to kill mutants that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doc, toCrlf } from '../support/documents';
import { applyTextEdits, diagnosticsOf } from '../support/serviceCalls';

type Seen = [code: string, underlined: string, message: string, fixedLine?: string];

/** Front matter diagnostics; with a fix, the front matter's line 1 (after `---`) once fixed. */
function seen(frontMatter: string, crlf: boolean): Seen[] {
  const raw = `---\n${frontMatter}\n---\n\nBERLIN, Sept. 27 (Xinhua) -- X.\n`;
  const text = crlf ? toCrlf(raw) : raw;
  const d = doc(text);
  return diagnosticsOf(text).filter((x) => String(x.code).startsWith('front-matter-')).map((x) => {
    const s: Seen = [String(x.code), d.getText(x.range), x.message];
    const fix = (x.data as { fixes?: { title: string; preferred: boolean; edits: never[] }[] } | undefined)?.fixes?.[0];
    if (fix) {
      assert.deepEqual([fix.title, fix.preferred], ['Put the value in quotes', true]);
      s.push(applyTextEdits(text, fix.edits).split(/\r?\n/)[1]);
    }
    return s;
  });
}

const VALUE_WITH_COLON = (v: string) => `Front matter YAML: the value "${v}" contains ": ", which YAML reads as a nested key: put the value in quotes`;

for (const crlf of [false, true]) {
  describe(`front matter YAML (${crlf ? 'CRLF' : 'LF'})`, () => {
    test('a key given twice is named and underlined', () => {
      assert.deepEqual(seen('headline: T\nheadline: U\ndate: 2023-09-28', crlf), [['front-matter-yaml', 'headline', 'Front matter YAML: the key "headline" is given twice: keep one']]);
      assert.deepEqual(seen('headline: T\n"date": 2023-09-28\n"date": 2023-09-29', crlf), [['front-matter-yaml', '"date"', 'Front matter YAML: the key "date" is given twice: keep one']]);
    });

    test('a plain value with ": " is put in quotes, comment and spacing kept', () => {
      assert.deepEqual(seen('headline: Talks resume: minister\ndate: 2023-09-28', crlf), [['front-matter-yaml', 'Talks resume: minister', VALUE_WITH_COLON('Talks resume: minister'), 'headline: "Talks resume: minister"']]);
      assert.deepEqual(seen('headline: Talks resume: minister  # note\ndate: 2023-09-28', crlf), [['front-matter-yaml', 'Talks resume: minister', VALUE_WITH_COLON('Talks resume: minister'), 'headline: "Talks resume: minister"  # note']]);
      assert.deepEqual(seen('headline:   Talks: resume\ndate: 2023-09-28', crlf), [['front-matter-yaml', 'Talks: resume', VALUE_WITH_COLON('Talks: resume'), 'headline:   "Talks: resume"']]);
    });

    test('a byline that is not a name', () => {
      assert.deepEqual(seen('headline: T\ndate: 2023-09-28\nbyline: [Ann, [x]]', crlf), [['front-matter-key', '[x]', 'Each byline must be a name']]);
      assert.deepEqual(seen('headline: T\ndate: 2023-09-28\nbyline:\n  - Ann: the writer', crlf).map(([c, , m]) => [c, m]), [['front-matter-key', 'Each byline must be a name']]);
    });

    test('a publication date with an impossible day or time', () => {
      const notReal = (v: string): Seen => ['front-matter-date', v, `"${v}" is not a real date: write the publication date as YYYY-MM-DD, e.g. 2023-09-28`];
      for (const v of ['2023-09-28T24:00', '2023-09-28T23:59:60', '2023-09-28 10:60', '2023-02-29']) assert.deepEqual(seen(`headline: T\ndate: ${v}`, crlf), [notReal(v)], v);
      for (const v of ['2023-09-28T23:59:59Z', '2024-02-29', '2023-09-28 00:00']) assert.deepEqual(seen(`headline: T\ndate: ${v}`, crlf), [], v);
    });
  });
}
