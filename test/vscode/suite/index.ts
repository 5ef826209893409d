// Entry point for VS Code's --extensionTestsPath: the extension host calls run() and exits with 0 or 1
// depending on whether the returned promise resolves. Runs every *.test.js beside this file with
// mocha and prints "PASS <test>" / "FAIL <test>: <why>" lines and a final "N passed, N failed"
// through console.log, which VS Code forwards to the test runner (code-server: codeAutomationLog;
// @vscode/test-electron: the terminal).
import * as fs from 'fs';
import * as path from 'path';
// mocha stays external to the bundle: it is resolved from the project's node_modules.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.NEWSMARK_TEST_TIMEOUT_MS || 60000),
    reporter: class {
      constructor(runner: Mocha.Runner) {
        runner.on('pass', (t: Mocha.Test) => log(`PASS ${t.fullTitle()} (${t.duration} ms)`));
        runner.on('fail', (t: Mocha.Test, err: unknown) => log(`FAIL ${t.fullTitle()}: ${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ')}`));
        runner.on('pending', (t: Mocha.Test) => log(`SKIP ${t.fullTitle()}`));
      }
    },
    grep: process.env.NEWSMARK_TEST_GREP || undefined,
  });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures: number) => {
      log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      failures ? reject(new Error(`${failures} tests failed`)) : resolve();
    });
  });
}

function log(line: string): void {
  console.log(line);
  const out = process.env.E2E_RESULTS_FILE;
  if (out) fs.appendFileSync(out, line + '\n');
}
