#!/usr/bin/env node
// Grammar tests: runs test/grammar/**/*.test.news against syntaxes/newsmark.tmLanguage.json with
// vscode-tmgrammar-test (its test-file parser, runner and failure reporter; its own CLI would also do:
// `vscode-tmgrammar-test -g syntaxes/newsmark.tmLanguage.json 'test/grammar/**/*.test.news'`).
//
//   node test/grammar/run.mjs [file.test.news ...]
//
// Counts assertions (caret lines), prints one closing line "grammar: N passed, N failed" and exits
// non-zero when anything failed.
//
// The front matter embeds `source.yaml`, which is VS Code's YAML grammar and not a dependency here.
// The registry answers "no grammar" for it: the YAML lines then carry only NewsMark's embedding scope
// (meta.embedded.block.frontmatter.newsmark), which is what the tests assert. The grammar keeps a
// never-matching fallback pattern in the front matter for exactly this case (see its comment).
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const grammarPath = path.join(root, 'syntaxes/newsmark.tmLanguage.json');
const testDir = path.join(root, 'test/grammar');

// Load vscode-textmate and vscode-oniguruma the way vscode-tmgrammar-test resolves them, so that the
// tool's runner and our registry use the same engine.
const requireHere = createRequire(import.meta.url);
const toolDir = path.dirname(requireHere.resolve('vscode-tmgrammar-test/package.json', { paths: [root] }));
const requireTool = createRequire(path.join(toolDir, 'package.json'));
const { parseGrammarTestCase, runGrammarTestCase } = requireTool('./dist/unit/index.js');
const { ConsoleFullReporter } = requireTool('./dist/unit/reporter.js');
const tm = requireTool('vscode-textmate');
const oniguruma = requireTool('vscode-oniguruma');

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.news')) out.push(p);
  }
  return out;
}

async function createRegistry() {
  const wasm = readFileSync(path.join(path.dirname(requireTool.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const raw = tm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath);
  const grammars = { [raw.scopeName]: raw };
  const missing = new Set();
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (grammars[scopeName]) return grammars[scopeName];
      missing.add(scopeName);
      return null;
    },
  });
  return { registry, scopeName: raw.scopeName, missing };
}

const files = process.argv.length > 2
  ? process.argv.slice(2).map((f) => path.resolve(f))
  : existsSync(testDir) ? findTests(testDir) : [];

let passed = 0;
let failed = 0;
if (!files.length) {
  console.log('grammar: no test files found under test/grammar');
  failed++;
}

const { registry, scopeName, missing } = await createRegistry();
const reporter = new ConsoleFullReporter();

for (const file of files) {
  const rel = path.relative(root, file);
  let testCase;
  try {
    testCase = parseGrammarTestCase(readFileSync(file, 'utf8'));
  } catch (error) {
    reporter.reportParseError(rel, error);
    failed++;
    continue;
  }
  if (testCase.metadata.scope !== scopeName) {
    console.log(`✖ ${rel}: header names scope "${testCase.metadata.scope}", the grammar is "${scopeName}"`);
    failed++;
    continue;
  }
  const total = testCase.assertions.reduce((n, line) => n + line.scopeAssertions.length, 0);
  if (total === 0) {
    console.log(`✖ ${rel}: no assertions`);
    failed++;
    continue;
  }
  try {
    const failures = await runGrammarTestCase(registry, testCase);
    if (failures.length === 0) {
      console.log(`✔ ${rel}: ${total} assertions`);
      passed += total;
      continue;
    }
    reporter.reportTestResult(rel, testCase, failures);
    // The runner reports failing tokens; count failing assertions by running each one alone.
    let bad = 0;
    for (const line of testCase.assertions) {
      for (const assertion of line.scopeAssertions) {
        const one = { ...testCase, assertions: [{ ...line, scopeAssertions: [assertion] }] };
        if ((await runGrammarTestCase(registry, one)).length) bad++;
      }
    }
    console.log(`✖ ${rel}: ${bad} of ${total} assertions failed`);
    passed += total - bad;
    failed += bad;
  } catch (error) {
    reporter.reportGrammarTestError(rel, testCase, error);
    failed++;
  }
}

const notLoaded = [...missing].filter((s) => s !== 'source.yaml');
if (notLoaded.length) console.log(`note: grammars not available to the tests: ${notLoaded.join(', ')}`);
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
