// What a writer sees for a missing, unclosed or incomplete front matter: the exact range, the
// message and the text after the "close the front matter" fix, in LF and CRLF. Written to kill
// mutants that survived `npm run mutate` (docs/testing.md): the older tests only asked for codes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { applyTextEdits, diagnosticsOf } from '../support/serviceCalls';

function frontMatterDiagnostics(text: string): Diagnostic[] {
  return diagnosticsOf(text).filter((d) => String(d.code).startsWith('front-matter-'));
}

const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** The one front-matter diagnostic of `text`, as the editor shows it. */
function only(text: string): { code: string; range: Range; message: string } {
  const ds = frontMatterDiagnostics(text);
  assert.equal(ds.length, 1, JSON.stringify(ds));
  return { code: String(ds[0].code), range: ds[0].range, message: ds[0].message };
}

/** The text after the fix of the "front-matter-unclosed" diagnostic. */
function closed(text: string): string {
  const d = frontMatterDiagnostics(text).find((x) => x.code === 'front-matter-unclosed');
  assert.ok(d, 'expected front-matter-unclosed');
  const fixes = (d.data as { fixes: { title: string; preferred?: boolean; edits: TextEdit[] }[] }).fixes;
  assert.deepEqual(fixes.map((f) => [f.title, f.preferred]), [['Close the front matter with "---"', true]]);
  return applyTextEdits(text, fixes[0].edits);
}

const NO_FRONT_MATTER = 'The article has no front matter: add "---" lines with its headline and publication date at the top';

describe('front-matter-missing without any front matter', () => {
  test('underlines the first line, line break excluded', () => {
    assert.deepEqual(only('Hello world\r\nnext'), { code: 'front-matter-missing', range: range(0, 0, 0, 11), message: NO_FRONT_MATTER });
    assert.deepEqual(only('Hello world\nnext').range, range(0, 0, 0, 11));
    assert.deepEqual(only('Hello world').range, range(0, 0, 0, 11));
  });

  test('starts after a byte order mark', () => {
    assert.deepEqual(only('\uFEFFBERLIN, Sept. 27 (Xinhua) -- Hi.\nmore').range, range(0, 1, 0, 33));
  });
});

describe('front-matter-missing for absent keys', () => {
  test('names each missing key, and why the date matters', () => {
    assert.deepEqual(only('---\nagency: AP\n---\nBody'), {
      code: 'front-matter-missing', range: range(0, 0, 0, 3),
      message: 'The front matter has no "headline" and no "date": the publication date (YYYY-MM-DD) resolves the dateline',
    });
    assert.equal(only('---\nheadline: A\n---\nx').message, 'The front matter has no "date": the publication date (YYYY-MM-DD) resolves the dateline');
    assert.equal(only('---\ndate: 2023-09-28\n---\nx').message, 'The front matter has no "headline": every article needs its headline');
  });

  test('an empty headline is underlined where it stands', () => {
    assert.deepEqual(only('---\nheadline: ""\ndate: 2023-09-28\n---\n\nBody'), {
      code: 'front-matter-missing', range: range(1, 10, 1, 12), message: 'The headline is empty: every article needs its headline',
    });
    assert.deepEqual(only('---\nheadline: "   "\ndate: 2023-09-28\n---\n\nBody').range, range(1, 10, 1, 15));
    assert.deepEqual(frontMatterDiagnostics('---\nheadline: " x "\ndate: 2023-09-28\n---\n\nBody'), []);
  });
});

describe('front-matter-unclosed and its fix', () => {
  test('the diagnostic is on the opening fence', () => {
    assert.deepEqual(only('---\nheadline: A\ndate: 2023-09-28\n'), {
      code: 'front-matter-unclosed', range: range(0, 0, 0, 3),
      message: 'The front matter opened here is never closed: add a line "---" after its last key',
    });
  });

  test('after a last key without a line break, the fix breaks the line first', () => {
    assert.equal(closed('---\nheadline: A\ndate: 2023-09-28'), '---\nheadline: A\ndate: 2023-09-28\n---\n');
    assert.equal(closed('---\r\nheadline: A\r\ndate: 2023-09-28'), '---\r\nheadline: A\r\ndate: 2023-09-28\r\n---\r\n');
  });

  test('after a line break, the fence goes on the next line, in the document\'s line ending', () => {
    assert.equal(closed('---\nheadline: A\ndate: 2023-09-28\n'), '---\nheadline: A\ndate: 2023-09-28\n---\n');
    assert.equal(closed('---\r\nheadline: A\r\ndate: 2023-09-28\r\n\r\nBody'), '---\r\nheadline: A\r\ndate: 2023-09-28\r\n---\r\n\r\nBody');
    // A lone CR (old Mac line endings) is a line break too: no second one before the fence.
    const lonelyCr = '---\rheadline: A\rdate: 2023-09-28\r';
    assert.ok(closed(lonelyCr).startsWith(`${lonelyCr}---`), JSON.stringify(closed(lonelyCr)));
  });
});
