// Golden tests: for each example article, the whole result of the service (every diagnostic with
// code, range, severity and message; each fix's edits and the lines it changes; the strip()
// output; the outline) is compared with a reviewed expectation file in test/golden/expected/.
// The file records the LF text; the CRLF text must give the same result with CRLF line breaks
// in every inserted or produced text. An expectation file without its example fails the run.
// After a deliberate change, regenerate with `UPDATE_GOLDEN=1 npm run test:unit` and review the
// diff of the expectation files like any other change (refused under CI=true).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { ALL_CODES } from '../../server/src/service';
import { ROOT, toCrlf } from '../support/documents';
import { UNDER_CI, UPDATE_GOLDEN as UPDATE } from '../support/golden';
import { applyTextEdits, diagnosticsOf, fixesOf, outlineOf, stripOf } from '../support/serviceCalls';
import { sourcesOption } from '../support/sources';

const EXAMPLES = path.join(ROOT, 'examples');
const EXPECTED = path.join(__dirname, 'expected');

const files = readdirSync(EXAMPLES, { recursive: true }).map(String).filter((f) => f.endsWith('.news')).sort();
const expectationFiles = readdirSync(EXPECTED, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort();

const at = (r: Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;

function outline(symbols: DocumentSymbol[]): unknown[] {
  return symbols.map((s) => ({
    name: s.name,
    kind: s.kind,
    ...(s.detail ? { detail: s.detail } : {}),
    line: s.selectionRange.start.line,
    ...(s.children?.length ? { children: outline(s.children) } : {}),
  }));
}

/**
 * What a fix changes, in reviewable form: the first changed line (1-based) and the whole lines
 * before and after, line breaks included, without the unchanged lines around them.
 */
function changedLines(before: string, after: string) {
  const a = before.split(/(?<=\n)/), b = after.split(/(?<=\n)/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { line: head + 1, before: a.slice(head, a.length - tail).join(''), after: b.slice(head, b.length - tail).join('') };
}

function observe(text: string, name: string) {
  const diagnostics = diagnosticsOf(text, sourcesOption(path.join(EXAMPLES, name), text), `file:///examples/${name}`).map((x) => ({
    code: x.code,
    severity: x.severity,
    range: at(x.range),
    message: x.message,
    ...(fixesOf(x).length ? {
      fixes: fixesOf(x).map((f) => ({
        title: f.title,
        preferred: f.preferred,
        edits: f.edits.map((e) => ({ range: at(e.range), newText: e.newText })),
        changes: changedLines(text, applyTextEdits(text, f.edits)),
      })),
    } : {}),
  }));
  return { diagnostics, strip: stripOf(text), outline: outline(outlineOf(text)) };
}

/** The LF expectation as it must read for the CRLF text: every produced line break is CRLF. */
function withCrlf(expected: unknown): unknown {
  return JSON.parse(JSON.stringify(expected, (key, v) => (typeof v === 'string' && ['newText', 'before', 'after', 'strip'].includes(key) ? toCrlf(v) : v)));
}

describe('golden examples', () => {
  test('UPDATE_GOLDEN is refused under CI', () => {
    assert.ok(!(UPDATE && UNDER_CI), 'UPDATE_GOLDEN=1 rewrites the expectation files: run it on your machine and review the diff, never in CI (CI=true)');
  });

  test('every expectation file has its example (a removed example takes its golden file with it)', () => {
    const orphans = expectationFiles.filter((f) => !files.includes(f.replace(/\.json$/, '.news')));
    assert.deepEqual(orphans, [], `expectation files without an example in examples/: delete them (${orphans.join(', ')})`);
    assert.ok(files.length >= 10, `the examples are found (${files.length})`);
  });

  for (const file of files) {
    const expectedFile = path.join(EXPECTED, file.replace(/\.news$/, '.json'));
    const text = readFileSync(path.join(EXAMPLES, file), 'utf8').replace(/\r\n/g, '\n');
    test(`${file} (LF)`, () => {
      const actual = observe(text, file);
      if (UPDATE && !UNDER_CI) {
        mkdirSync(path.dirname(expectedFile), { recursive: true });
        writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      }
      assert.ok(existsSync(expectedFile), `no expectation file ${path.relative(ROOT, expectedFile)}: run UPDATE_GOLDEN=1 npm run test:unit and review it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
    test(`${file} (CRLF)`, () => {
      assert.ok(existsSync(expectedFile), `no expectation file ${path.relative(ROOT, expectedFile)}`);
      assert.deepEqual(observe(toCrlf(text), file), withCrlf(JSON.parse(readFileSync(expectedFile, 'utf8'))));
    });
  }

  test('the reference example: no error or warning; Chen Wenqing with 8 quotes, Wolfgang Schmidt with none', () => {
    const text = readFileSync(path.join(EXAMPLES, 'berlin-security-dialogue.news'), 'utf8');
    assert.deepEqual(diagnosticsOf(text).filter((x) => x.severity! <= 2).map((x) => x.message), []);
    const symbols = outlineOf(text);
    const chen = symbols.find((s) => s.name === 'Chen Wenqing');
    const schmidt = symbols.find((s) => s.name === 'Wolfgang Schmidt');
    assert.equal(chen?.children?.length, 8);
    assert.ok(schmidt, 'Wolfgang Schmidt is in the outline');
    assert.equal(schmidt.children?.length ?? 0, 0);
  });

  test('every-diagnostic example triggers every code at least once', () => {
    const seen = new Set<string>();
    for (const file of files.filter((f) => f.startsWith('every-diagnostic') || f.startsWith('broken'))) {
      const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
      diagnosticsOf(text, sourcesOption(path.join(EXAMPLES, file), text)).forEach((x) => seen.add(String(x.code)));
    }
    // A registry code needs a registry beside the article: test/unit/registry*.test.ts and test/protocol/registry.test.ts trigger it.
    const needRegistry = new Set(['speaker-registry-override']);
    assert.deepEqual(ALL_CODES.filter((c) => !seen.has(c) && !needRegistry.has(c)), []);
  });
});
