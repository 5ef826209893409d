// Mutation testing of the language service (`npm run mutate`; see docs/testing.md).
// Only the in-memory test groups run (unit, golden, property): they need no bundle, so a mutant
// of the TypeScript source is seen by the tests through tsx as it is. They run under Stryker's
// mocha runner (test/mutation/nodeTestOnMocha.cjs maps node:test onto mocha): one process, and
// with perTest coverage each mutant re-runs only the tests that reach it.
// The glob takes every service file wherever it lives, so moving files between folders needs no
// change here; JSON data and type-only files yield no mutants.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  mutate: ['server/src/service/**/*.ts'],
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--import', 'tsx'],
  mochaOptions: {
    spec: ['test/unit/**/*.test.ts', 'test/golden/*.test.ts', 'test/property/*.test.ts'],
    // Reads the source files themselves, not behaviour: in the sandbox it would read Stryker's
    // instrumented code, whose regular-expression mutants are (by design) unsafe ones.
    // symbolsManyQuotes and codeActionsManyDiagnostics parse 130,000 quotes or more (seconds) to
    // test a limit of V8's, not behaviour a mutant changes, and would run for every parser mutant.
    ignore: ['test/unit/regexSafety.test.ts', 'test/unit/symbolsManyQuotes.test.ts', 'test/unit/codeActionsManyDiagnostics.test.ts'],
    require: ['./test/mutation/nodeTestOnMocha.cjs'],
  },
  coverageAnalysis: 'perTest',
  // Mutants reached only while modules load (tables, constants) or by the file-level parses of
  // test/unit/workspaceSymbols.test.ts would each need a new process and every test: ignored,
  // and counted in docs/testing.md. `--ignoreStatic false` runs them (hours).
  ignoreStatic: true,
  // The machine is shared; raise with `--concurrency N` on a machine of your own.
  concurrency: 1,
  timeoutMS: 3000,
  // Re-runs only the mutants whose code or tests changed since the last run; `--force` runs all.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Added to the default plugins (@stryker-mutator/*), not replacing them.
  appendPlugins: ['./test/mutation/mutantLogReporter.mjs'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json', 'mutant-log'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // What the sandbox copy of the project leaves out (node_modules is linked, not copied).
  ignorePatterns: ['dist', 'reports', '.e2e', 'test-results', '*.vsix', 'test/vscode', 'test/e2e', 'test/nvim', 'test/protocol', 'test/cli'],
  tempDirName: '.stryker-tmp',
};
