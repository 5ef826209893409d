// ESLint for the whole repository: typescript-eslint's recommended rules, plus the two import
// rules that keep the layers of ARCHITECTURE.md honest at the line where they break:
// - the adapters (server.ts, lsp/, cli/) and the client reach the language service only through
//   its face, server/src/service/index.ts, so that the service can change inside without them;
// - the service imports no editor, no connection and no file system, so that it runs the same in
//   the server, the command line, the tests and a browser.
// dependency-cruiser (.dependency-cruiser.cjs) checks the same layers on the resolved graph;
// ESLint says it in the editor, at the import, while it is being typed.
// Type-aware rules are off: measured on this repository (2 shared cores), `recommendedTypeChecked`
// takes ESLint from about 8 s to about 35 s (even when limited to server/src and client/src) for
// a handful of extra findings; `tsc --noEmit` in the unit group already checks the types.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Deep imports past the service's face: `../service/parser/parseArticle`,
// `../../service/features/hover`, `./service/dateline` (a folder's index is still deep).
// `../service` and `../service/index` stay allowed. A regular expression, because the glob
// patterns are matched gitignore-style, which has no "anything but index".
const DEEP_SERVICE_IMPORT = {
  regex: String.raw`(^|/)service/(?!index(\.[cm]?[jt]s)?$).`,
  message: 'Import the language service only through its face, server/src/service/index.ts (`…/service`). Export what you need from there.',
};

// What the service must never import (types from vscode-languageserver-types are fine: they are
// plain data shapes with no connection behind them).
const NOT_IN_THE_SERVICE = [
  ['vscode', 'the editor API exists only in the client'],
  ['vscode-languageclient', 'the client library belongs to the client'],
  ['vscode-languageclient/node', 'the client library belongs to the client'],
  ['vscode-languageserver', 'the connection belongs to server.ts and lsp/; use vscode-languageserver-types for shapes'],
  ['vscode-languageserver/node', 'the connection belongs to server.ts and lsp/'],
  ['vscode-languageserver/browser', 'the connection belongs to server.ts and lsp/'],
  ['vscode-jsonrpc', 'the wire belongs to server.ts and lsp/'],
  ['vscode-jsonrpc/node', 'the wire belongs to server.ts and lsp/'],
  ...['fs', 'fs/promises', 'child_process', 'net', 'worker_threads', 'http', 'https'].flatMap((m) => [
    [m, 'the service does no I/O: the caller reads files and passes text'],
    [`node:${m}`, 'the service does no I/O: the caller reads files and passes text'],
  ]),
].map(([name, why]) => ({ name, message: `The language service must not import ${name}: ${why}.` }));

export default tseslint.config(
  {
    // Generated or fetched, not written here: the bundles, the packaged extension's staging,
    // test outputs and the code-server profile of the UI test; and a mutation run's sandbox copy
    // of the project with its reports (linted while Stryker runs, the copy failed every file).
    ignores: ['dist/**', 'node_modules/**', '.e2e/**', 'test-results/**', '**/*.vsix', '.stryker-tmp/**', 'reports/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The root named, so that a copy of the project below it (a mutation run's sandbox) is no
    // second candidate for typescript-eslint.
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node }, parserOptions: { tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The test scripts count with `ok ? passed++ : failed++`: a statement, on purpose.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
    },
  },
  {
    // CommonJS files load modules with require(): the mutation runs' mocha shim is one, as mocha's
    // --require loads it before the test files.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The UI test passes functions to the browser page (page.evaluate): they run there.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['server/src/server.ts', 'server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts', 'client/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_SERVICE_IMPORT] }] },
  },
  {
    // The client runs in the editor's process; of the server it may share only the protocol
    // module (request names and their types), never the service or the adapters.
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [DEEP_SERVICE_IMPORT, {
          group: ['**/server/src/**', '!**/server/src/protocol', '!**/server/src/protocol/**', '!**/server/src/protocol.ts'],
          message: 'The client may import from the server only its protocol module (server/src/protocol).',
        }],
      }],
    },
  },
  {
    // The Quote Report's page runs in the webview (a browser), not in the editor's process: it may
    // also use the report's chart builders, which the command line's HTML report draws from too,
    // and the preview's page the published article's renderer and styles, which `export --format
    // html` writes with (they import only types).
    files: ['client/src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ ...DEEP_SERVICE_IMPORT, regex: String.raw`(^|/)service/(?!index(\.[cm]?[jt]s)?$|publish/(html|styles)$).` }, {
          group: ['**/server/src/**', '!**/server/src/protocol', '!**/server/src/protocol/**', '!**/server/src/protocol.ts', '!**/server/src/report', '!**/server/src/report/charts', '!**/server/src/service', '!**/server/src/service/publish', '!**/server/src/service/publish/html', '!**/server/src/service/publish/styles'],
          message: 'The webview may import from the server only its protocol module, the report charts (server/src/report/charts) and the article renderer (server/src/service/publish/html, styles).',
        }],
      }],
    },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: NOT_IN_THE_SERVICE,
        patterns: [{
          group: ['**/lsp', '**/lsp/**', '**/cli', '**/cli/**', '**/client/**', '**/server', '**/server.ts'],
          message: 'The language service must not import the adapters (lsp/, cli/, server.ts) or the client: they depend on it, not the other way round.',
        }],
      }],
    },
  },
);
