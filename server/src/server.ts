// The NewsMark language server: `node dist/server.js --stdio` (or `--node-ipc`, as VS Code starts
// it). A thin adapter between the Language Server Protocol and the language service; the modules
// under lsp/ do the wiring, server/src/service/ does the work.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, TextDocuments, type Connection, type InitializeParams } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { LanguageService, lineLogger } from './service';
import { readLaunch, USAGE } from './lsp/commandLine';
import { clientOptionsOf } from './lsp/clientOptions';
import { openDocumentAt, type ServerContext } from './lsp/context';
import { clampingDocuments } from './lsp/documentSync';
import { registerFeatures } from './lsp/features';
import { serverCapabilities } from './lsp/protocol';
import { SettingsStore } from './lsp/settings';
import { gatedTransport, transportOf } from './lsp/transport';
import { registerDynamicCapabilities, registerSync } from './lsp/sync';
import { registerViewRequests } from './lsp/views';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import { RegistryStore } from './lsp/registry';
import { noteSemanticTokensRefresh } from './lsp/semanticTokens';
import { SourceStore } from './lsp/sources';
import { isSliced } from './lsp/slices';

const launch = readLaunch(process.argv.slice(2), !!process.stdin.isTTY);
if (launch.kind !== 'serve') {
  // Asked for (--help): on stdout; a missing transport flag is a mistake: on stderr.
  (launch.kind === 'help' ? process.stdout : process.stderr).write(USAGE + '\n');
  process.exit(2);
}
// Without a transport flag (stdin is then a pipe): speak over stdin/stdout, as most editors expect.
// Over stdio and Node IPC every message passes the lifecycle gate first (lsp/transport.ts).
const kind = transportOf(process.argv.slice(2));
const transport = kind === 'other' ? undefined : gatedTransport(kind);
const connection: Connection = transport ? createConnection(ProposedFeatures.all, transport.gate, transport.writer) : createConnection(ProposedFeatures.all);
transport?.attach(connection);
startServer(connection);

function startServer(connection: Connection): void {
  const log = (message: string) => connection.console.error(message);
  // Errors and warnings to the client's output channel; the one sink of every report of the server.
  const logger = lineLogger(log);
  // Ranges are clamped to the document before they are applied (lsp/documentSync.ts).
  const documents = new TextDocuments(clampingDocuments(logger));
  const bundledDocs = pathToFileURL(path.join(__dirname, '..', 'docs', 'syntax.md')).toString();
  let pullSettings = false;
  const ctx: ServerContext = {
    connection,
    documents,
    // Replaced at `initialize` (no request comes before it), when the client may name the docs.
    service: new LanguageService({ docsBaseUrl: bundledDocs, logger }),
    clientOptions: clientOptionsOf({}),
    logger,
    log,
    settings: new SettingsStore({ get pullSupported() { return pullSettings; }, fetch: (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: 'newsmark' }) }, undefined, log),
    // Open documents over the size limit are left out of the workspace symbols (lsp/sizeLimit.ts).
    index: new WorkspaceIndex((doc) => ctx.service.parse(doc, { registry: ctx.registry.knownFor(doc.uri) }), { get: (uri) => openDocumentAt(ctx, uri), all: () => documents.all().filter((d) => openDocumentAt(ctx, d.uri)) }, log),
    registry: new RegistryStore({ get: (uri) => documents.get(uri), all: () => documents.all() }, log),
    // A very large article is parsed in slices, never at once: its sources are not looked up.
    sources: new SourceStore((doc) => (isSliced(doc) ? undefined : ctx.service.parse(doc, { registry: ctx.registry.knownFor(doc.uri) })), log),
  };
  ctx.index.registryOf = (uri) => ctx.registry.knownFor(uri);
  ctx.index.createProgress = () => connection.window.createWorkDoneProgress();

  const validation = registerSync(ctx);
  let initializeParams: InitializeParams | undefined;
  let workspaceFolders = false;
  connection.onInitialize((params) => {
    initializeParams = params;
    const caps = params?.capabilities ?? {};
    pullSettings = !!caps.workspace?.configuration;
    workspaceFolders = !!caps.workspace?.workspaceFolders;
    ctx.clientOptions = clientOptionsOf(caps);
    noteSemanticTokensRefresh(connection, caps);
    const options = (params?.initializationOptions ?? {}) as Record<string, unknown>;
    const docsBaseUrl = typeof options.docsBaseUrl === 'string' && options.docsBaseUrl ? options.docsBaseUrl : bundledDocs;
    ctx.service = new LanguageService({ docsBaseUrl, logger });
    // Clients that cannot be asked for settings may pass them here: `{ newsmark: {...} }`.
    ctx.settings.changed({ newsmark: options.newsmark ?? (options.settings as Record<string, unknown> | undefined)?.newsmark });
    const roots = params?.workspaceFolders?.map((f) => f.uri) ?? (params?.rootUri ? [params.rootUri] : params?.rootPath ? [pathToFileURL(params.rootPath).toString()] : []);
    ctx.index.setRoots(roots);
    ctx.registry.setRoots(roots);
    ctx.sources.setRoots(roots);
    // Pull diagnostics when the client can (issue 9); pushed otherwise (Neovim 0.7).
    const pull = !!caps.textDocument?.diagnostic;
    if (pull) validation.usePull(() => void (caps.workspace?.diagnostics?.refreshSupport ? connection.languages.diagnostics.refresh() : undefined));
    return { capabilities: serverCapabilities(workspaceFolders, pull), serverInfo: { name: 'newsmark-language-server', version } };
  });
  connection.onInitialized(() => {
    try {
      registerDynamicCapabilities(ctx, initializeParams?.capabilities ?? {}, workspaceFolders);
    } catch (e) {
      logger.error('newsmark: registering capabilities failed', e);
    }
  });

  registerFeatures(ctx);
  registerViewRequests(ctx);
  documents.listen(connection);
  connection.listen();
}
