// No regular expression of the server or the client may backtrack catastrophically
// (ARCHITECTURE.md): three once did, found with `recheck` (issue 13, item 9; 160 KB lines took
// 13 to 30 s). This test finds every regular expression literal and every `new RegExp(...)` /
// `RegExp(...)` in server/src/ and client/src/ by parsing the TypeScript with the compiler API
// (a regex over source text would miss or invent some), and runs each through `recheck`, the
// ReDoS checker, failing with file:line for every vulnerable one. A `RegExp` built from anything
// but string literals cannot be checked here and fails too: write it as a literal, or scan.
//
// recheck runs its native binary (the optional `recheck-linux-x64` package) when it is installed
// and otherwise its pure-JavaScript build; both work offline after `npm ci`.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { check } from 'recheck';
import ts from 'typescript';
import { ROOT } from '../support/documents';

interface Found {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

/** Every regular expression of a file; `unchecked` gets the RegExp calls whose pattern is not a literal. */
function regexesOf(file: string, unchecked: string[]): Found[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const where = (node: ts.Node) => `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const literal = (node: ts.Expression | undefined) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const slash = text.lastIndexOf('/');
      found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const source = literal(pattern);
      const flagText = flags === undefined ? '' : literal(flags);
      if (source === undefined || flagText === undefined) unchecked.push(where(node));
      else found.push({ where: where(node), source, flags: flagText });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

test('every regular expression of server/src and client/src is safe from catastrophic backtracking (recheck)', { timeout: 120_000 }, async () => {
  const unchecked: string[] = [];
  const all = ['server/src', 'client/src'].flatMap((d) => sourceFiles(path.join(ROOT, d))).flatMap((f) => regexesOf(f, unchecked));
  assert.deepEqual(unchecked, [], 'RegExp built from something other than string literals: it cannot be checked');
  assert.ok(all.length > 50, `the scan found ${all.length} regular expressions: it should find every one`);
  // One check per distinct pattern; every place that uses a vulnerable one is named.
  const distinct = new Map<string, Found[]>();
  for (const r of all) {
    const key = `/${r.source}/${r.flags}`;
    distinct.set(key, [...(distinct.get(key) ?? []), r]);
  }
  const vulnerable: string[] = [];
  for (const [key, uses] of distinct) {
    const { source, flags } = uses[0];
    // timeout: the whole analysis of one pattern (ours take milliseconds); an `unknown` verdict
    // (the analysis gave up) fails as well, so that a pattern too hard to judge is simplified.
    const result = await check(source, flags, { timeout: 10_000 });
    if (result.status !== 'safe') {
      const detail = result.status === 'vulnerable' ? `${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)}` : `unknown: ${result.error.kind}`;
      vulnerable.push(`${uses.map((u) => u.where).join(', ')}: ${key} (${detail})`);
    }
  }
  assert.deepEqual(vulnerable, []);
});
