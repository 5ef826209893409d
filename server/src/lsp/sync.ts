// Keeping up with the editor: documents opened, changed, saved and closed (→ diagnostics),
// settings changed, in the editor or in a `.newsmarkrc.json` / package.json on disk (→ every open
// document checked again), `.news` files changed on disk and workspace folders added or removed
// (→ the workspace index).

import path from 'node:path';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, FileChangeType, type ClientCapabilities, type CancellationToken, type DocumentDiagnosticParams, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toServiceOptions } from '../service';
import { guardNotification, guardRequest } from './guard';
import { isOversized, tooLargeDiagnostic } from './sizeLimit';
import { ValidationScheduler, type ValidationHost } from './validation';
import { inSlices, isSliced } from './slices';
import { isForeignYaml, type ServerContext } from './context';
import { CONFIG_FILE } from '../workspace/configFiles';
import { REGISTRY_WATCH_PATTERNS } from '../workspace/registryFiles';
import { refreshSemanticTokens } from './semanticTokens';
import { SOURCE_PATTERNS } from '../workspace/sourceFiles';

/** The files whose changes the server wants to hear of: articles and where settings are read from. */
const WATCHED = ['**/*.news', `**/${CONFIG_FILE}`, '**/package.json', ...REGISTRY_WATCH_PATTERNS, ...SOURCE_PATTERNS];
const isSettingsFile = (uri: string) => [CONFIG_FILE, 'package.json'].includes(path.posix.basename(uri));

export function registerSync(ctx: ServerContext): ValidationScheduler {
  const { connection, documents, logger } = ctx;
  const host: ValidationHost = {
    document: (uri) => documents.get(uri),
    // The registry is found (once per folder) and the article's sources are read before the
    // settings are used: diagnose reads them without waiting.
    settings: async (uri) => {
      await ctx.registry.sourceFor(uri);
      const settings = await ctx.settings.get(uri);
      const doc = documents.get(uri);
      if (doc && !isOversized(doc, settings) && !isForeignYaml(ctx, uri)) await ctx.sources.readFor(doc);
      return settings;
    },
    diagnose: (doc: TextDocument, settings, token) => {
      // `settings` has looked the registry up, so a YAML file's standing is known by now.
      if (isForeignYaml(ctx, doc.uri)) return [];
      const options = { ...toServiceOptions(settings), registry: ctx.registry.knownFor(doc.uri), sources: isOversized(doc, settings) ? undefined : ctx.sources.knownFor(doc) };
      if (isSliced(doc) && !isOversized(doc, settings)) {
        // Given up when a newer version or run supersedes it.
        return inSlices(ctx.service.diagnosticsSteps(doc, {}, options, token), () => !token.isCancellationRequested && documents.get(doc.uri)?.version === doc.version);
      }
      if (!isOversized(doc, settings)) return ctx.service.diagnostics(doc, {}, options, token);
      // Not parsed; a tree from when it was smaller is dropped.
      ctx.service.forget(doc.uri);
      return [tooLargeDiagnostic(doc, settings)];
    },
    publish: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
    logger,
  };
  const validation = new ValidationScheduler(host);

  // Pull diagnostics, for clients that declare them (the capability is offered at `initialize`
  // only then): the latest version's, computed when asked (the service keeps them per version).
  const pullHandler = guardRequest('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, logger, async (params: DocumentDiagnosticParams, token): Promise<DocumentDiagnosticReport> => {
    const uri: unknown = params?.textDocument?.uri;
    for (;;) {
      const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
      if (!doc || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const settings = await host.settings(doc.uri);
      const onSave = settings.validate === 'onSave';
      const held = onSave ? validation.held(doc.uri) : undefined;
      if (held) return { kind: DocumentDiagnosticReportKind.Full, items: held };
      const items = await validation.timed(doc.uri, () => host.diagnose(doc, settings, token));
      // Undefined: a newer version superseded a sliced run; answer for the newer one.
      if (items) {
        if (onSave) validation.hold(doc.uri, items);
        return { kind: DocumentDiagnosticReportKind.Full, items };
      }
    }
  });
  // The guard may answer with a ResponseError (cancelled) that the handler's type does not name.
  connection.languages.diagnostics.on(pullHandler as (params: DocumentDiagnosticParams, token: CancellationToken) => Promise<DocumentDiagnosticReport>);
  // A source read or changed on disk: the open articles citing it are checked again.
  ctx.sources.reread = (uris) => validation.revalidate(uris.filter((uri) => documents.get(uri)));
  ctx.sources.isRegistry = (uri) => ctx.registry.isKnownRegistry(uri);
  // A named registry opened before the configuration naming it was read: checked again as the registry.
  ctx.registry.onNamedRegistryFound = (uri) => void (documents.get(uri) && validation.revalidate([uri]));

  // TextDocuments reports an open as an open and then as a content change: the change that
  // follows an open is the open itself, not an edit.
  const justOpened = new Set<string>();
  documents.onDidOpen(
    guardNotification('didOpen', logger, (e) => {
      justOpened.add(e.document.uri);
      validation.opened(e.document.uri);
    }),
  );
  documents.onDidChangeContent(
    guardNotification('didChange', logger, async (e) => {
      if (!justOpened.delete(e.document.uri)) validation.changed(e.document.uri);
      // Editing the registry changes what every open article knows of its speakers.
      if (await ctx.registry.isRegistry(e.document.uri)) validation.revalidate(documents.keys().filter((uri) => uri !== e.document.uri));
    }),
  );
  documents.onDidSave(guardNotification('didSave', logger, (e) => validation.saved(e.document.uri)));
  documents.onDidClose(
    guardNotification('didClose', logger, (e) => {
      const uri = e.document.uri;
      justOpened.delete(uri);
      validation.closed(uri);
      ctx.service.forget(uri);
      ctx.settings.forget(uri);
      ctx.sources.closed(uri);
    }),
  );

  connection.onDidChangeConfiguration(
    guardNotification('didChangeConfiguration', logger, (params) => {
      ctx.settings.changed(params?.settings);
      validation.revalidate(documents.keys());
      refreshSemanticTokens(ctx.connection, ctx.log);
    }),
  );
  // A registry by its name or named by a configuration read so far (a registry none names yet has no open article to re-check).
  const isKnownRegistry = (uri: string) => ctx.registry.isKnownRegistry(uri);
  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', logger, (params) => {
      const uris = (params?.changes ?? []).map((c) => c?.uri).filter((u): u is string => typeof u === 'string');
      ctx.index.filesChanged(uris);
      ctx.sources.filesChanged(uris);
      if (uris.some(isSettingsFile)) {
        ctx.settings.configFilesChanged();
        // A configuration file's `registry` key may now name another speaker registry.
        ctx.registry.changed();
        validation.revalidate(documents.keys());
      } else if (uris.some(isKnownRegistry) || (params?.changes ?? []).some((c) => c?.type === FileChangeType.Created)) {
        // A registry changed, appeared or went away, or an article was added: open articles are checked again.
        if (uris.some(isKnownRegistry)) ctx.registry.changed();
        validation.revalidate(documents.keys());
      }
    }),
  );
  return validation;
}

/**
 * After `initialized`: ask the client for the notifications it only sends when registered, and
 * start indexing the workspace in the background.
 */
export function registerDynamicCapabilities(ctx: ServerContext, capabilities: ClientCapabilities, workspaceFolders: boolean): void {
  const { connection, logger } = ctx;
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    connection.client
      .register(DidChangeConfigurationNotification.type, { section: 'newsmark' })
      .catch((e: unknown) => logger.warn(`newsmark: could not register for configuration changes: ${String(e)}`));
  }
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) }).then(
      () => (ctx.index.watching = true),
      (e: unknown) => logger.warn(`newsmark: could not watch .news files, rescanning instead: ${String(e)}`),
    );
  }
  ctx.index.start();
  if (workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(
      guardNotification('didChangeWorkspaceFolders', logger, async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
        ctx.index.setRoots(folders.map((f) => f.uri));
        ctx.registry.setRoots(folders.map((f) => f.uri));
        ctx.sources.setRoots(folders.map((f) => f.uri));
      }),
    );
  }
}
