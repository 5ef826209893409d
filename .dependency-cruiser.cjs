// dependency-cruiser: the layer rules of ARCHITECTURE.md, checked on the resolved import graph of
// server/src and client/src (type-only imports included: a type import still couples two modules).
// ESLint's no-restricted-imports (eslint.config.mjs) says the same at the import while it is typed;
// this file also sees what a textual pattern cannot: cycles and what a module reaches through a
// barrel (`../dateline` re-exports checks).
//   npx depcruise server/src client/src      (npm run lint:deps)
const SERVICE = '^server/src/service/';
const ADAPTERS = '^server/src/(lsp/|cli/|server\\.ts$)';
// The checks: checks/ and, until dateline/ is cut along the layer line, dateline/check*.ts.
const CHECKS = '^server/src/service/(checks/|dateline/check)';
const FEATURES = '^server/src/service/features/';
const PARSER = '^server/src/service/parser/';
// A module shared by client and server for request names and types (and nothing else).
const PROTOCOL = '^server/src/protocol(\\.ts$|/)';
// The Quote Report webview's page: a browser bundle of its own (dist/reportView.js).
const WEBVIEW = '^client/src/webview/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'service-not-to-adapters',
      comment: 'The language service is the inner layer: the server (server.ts, lsp/), the command line (cli/) and the client depend on it, never the other way round, so that the service runs alone in tests, the command line and a future web worker.',
      severity: 'error',
      from: { path: SERVICE },
      to: { path: [ADAPTERS, '^client/'] },
    },
    {
      name: 'service-not-to-editor-or-connection',
      comment: 'The service knows no editor and no LSP connection: it takes text and options and returns plain data (types from vscode-languageserver-types are plain shapes and allowed). The connection lives in server.ts and lsp/, the editor API in the client.',
      severity: 'error',
      from: { path: SERVICE },
      to: {
        path: [
          '^vscode$',
          '^node_modules/@types/vscode/',
          '^node_modules/vscode-languageserver/',
          '^node_modules/vscode-languageclient/',
          '^node_modules/vscode-jsonrpc/',
        ],
      },
    },
    {
      name: 'service-not-to-io',
      comment: 'The service does no I/O: no file system, no processes, no network. The caller (server, command line, test) reads files and hands over text, which keeps the service pure, fast to test and usable where there is no disk.',
      severity: 'error',
      from: { path: SERVICE },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|child_process|net|tls|http|https|http2|dgram|worker_threads|cluster|readline)$',
      },
    },
    {
      name: 'adapters-through-service-face',
      comment: 'server.ts, lsp/ and cli/ reach the service only through its face, server/src/service/index.ts, so that its inside (parser, checks, features) can be reorganised without touching them, and the face lists everything they rely on.',
      severity: 'error',
      from: { path: ADAPTERS },
      to: { path: SERVICE, pathNot: '^server/src/service/index\\.ts$' },
    },
    {
      name: 'client-only-to-protocol',
      comment: 'The client is a thin VS Code extension in another process: of the server it may share only the protocol module (request names and their types), never the service or the adapters, whose code would be bundled into the extension.',
      severity: 'error',
      from: { path: '^client/', pathNot: WEBVIEW },
      to: { path: '^server/', pathNot: PROTOCOL },
    },
    {
      name: 'webview-only-to-protocol-and-charts',
      comment: 'The Quote Report page (client/src/webview/) runs in a browser, bundled apart from the extension: besides the protocol module it may share the report chart builders (server/src/report/charts.ts) and the renderer and styles of published articles (server/src/service/publish/html.ts, styles.ts: the preview draws what `export --format html` writes) with the command line, and nothing else of the server.',
      severity: 'error',
      from: { path: WEBVIEW },
      to: { path: '^server/', pathNot: [PROTOCOL, '^server/src/report/charts\\.ts$', '^server/src/service/publish/(html|styles)\\.ts$'] },
    },
    {
      name: 'protocol-stays-a-leaf',
      comment: 'The shared protocol module holds only constants and types, so that both sides (the client, and the service or lsp/ for code action kinds and request names) may import it without pulling in anything else. It may name a result type of the service with `import type` (erased from the bundle), but import no code from the server or the client.',
      severity: 'error',
      from: { path: PROTOCOL },
      to: { path: ['^server/src/', '^client/'], pathNot: PROTOCOL, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'No module depends on itself through others (type-only cycles included): a cycle makes two modules one in all but name, and the order they load in decides what is undefined. Move what both need into a third module below them.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'parser-not-to-checks-or-features',
      comment: 'The parser only recognises structure; checks and features read its tree. A parser that reaches a check (directly or through a barrel such as dateline/index.ts) mixes the layers and makes every parse pay for checking code.',
      severity: 'error',
      from: { path: PARSER },
      to: { path: [CHECKS, FEATURES], reachable: true },
    },
    {
      name: 'checks-not-to-features',
      comment: 'Checks compute findings from the tree; features (hover, completion, code actions…) present them. A check that reaches a feature turns the layering upside down: features depend on checks, never the reverse.',
      severity: 'error',
      from: { path: CHECKS },
      to: { path: FEATURES, reachable: true },
    },
  ],
  options: {
    // Resolve like the TypeScript build; count type-only imports as dependencies.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Generated output is not source.
    exclude: { path: '^(dist|\\.e2e|test-results)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
