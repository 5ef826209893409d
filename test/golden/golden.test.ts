// Golden tests: for each example article, the diagnostics (code and range) and the outline are
// compared with reviewed expectation files in test/golden/expected/, with LF and with CRLF line
// endings. After a deliberate change, regenerate with `UPDATE_GOLDEN=1 npm run test:unit` and
// review the diff of the expectation files like any other change.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { ROOT, doc, toCrlf } from '../support/documents';
import { testService } from '../support/service';
import { NEVER_CANCELLED } from '../../server/src/service';

const EXAMPLES = path.join(ROOT, 'examples');
const EXPECTED = path.join(__dirname, 'expected');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const files = readdirSync(EXAMPLES, { recursive: true }).map(String).filter((f) => f.endsWith('.news')).sort();

function outline(symbols: DocumentSymbol[]): unknown[] {
  return symbols.map((s) => ({
    name: s.name,
    kind: s.kind,
    ...(s.detail ? { detail: s.detail } : {}),
    line: s.selectionRange.start.line,
    ...(s.children?.length ? { children: outline(s.children) } : {}),
  }));
}

function observe(text: string, name: string) {
  const service = testService();
  const d = doc(text, `file:///examples/${name}`);
  const diagnostics = service.diagnostics(d, {}, {}, NEVER_CANCELLED).map((x) => ({
    code: x.code,
    severity: x.severity,
    range: `${x.range.start.line + 1}:${x.range.start.character + 1}-${x.range.end.line + 1}:${x.range.end.character + 1}`,
    message: x.message,
  }));
  return { diagnostics, outline: outline(service.documentSymbols(d, { groupBy: 'speaker' }, {}, NEVER_CANCELLED)) };
}

describe('golden examples', () => {
  for (const file of files) {
    const expectedFile = path.join(EXPECTED, file.replace(/\.news$/, '.json'));
    const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
    for (const [eol, variant] of [['LF', text.replace(/\r\n/g, '\n')], ['CRLF', toCrlf(text)]] as const) {
      test(`${file} (${eol})`, () => {
        const actual = observe(variant, file);
        if (UPDATE && eol === 'LF') {
          mkdirSync(path.dirname(expectedFile), { recursive: true });
          writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
        }
        assert.ok(existsSync(expectedFile), `no expectation file ${path.relative(ROOT, expectedFile)}: run UPDATE_GOLDEN=1 npm run test:unit and review it`);
        assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
      });
    }
  }

  test('the reference example: no error or warning; Chen Wenqing with 8 quotes, Wolfgang Schmidt with none', () => {
    const text = readFileSync(path.join(EXAMPLES, 'berlin-security-dialogue.news'), 'utf8');
    const service = testService();
    const d = doc(text);
    assert.deepEqual(service.diagnostics(d, {}, {}, NEVER_CANCELLED).filter((x) => x.severity! <= 2).map((x) => x.message), []);
    const symbols = service.documentSymbols(d, { groupBy: 'speaker' }, {}, NEVER_CANCELLED);
    const chen = symbols.find((s) => s.name === 'Chen Wenqing');
    const schmidt = symbols.find((s) => s.name === 'Wolfgang Schmidt');
    assert.equal(chen?.children?.length, 8);
    assert.equal(schmidt?.children?.length ?? 0, 0);
    assert.ok(schmidt, 'Wolfgang Schmidt is in the outline');
  });

  test('every-diagnostic example triggers every code at least once', async () => {
    const { ALL_CODES } = await import('../../server/src/service');
    const seen = new Set<string>();
    for (const file of files.filter((f) => f.startsWith('every-diagnostic') || f.startsWith('broken'))) {
      const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
      testService().diagnostics(doc(text), {}, {}, NEVER_CANCELLED).forEach((x) => seen.add(String(x.code)));
    }
    assert.deepEqual(ALL_CODES.filter((c) => !seen.has(c)), []);
  });
});
