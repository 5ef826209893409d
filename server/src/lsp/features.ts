// The request handlers of the editor features. Each one finds the open document, reads the
// settings it needs, calls the language service with the request's parameters, the options and
// the cancellation token, and returns the service's answer: all understanding of articles lives
// in the service. Errors are caught once, by guardRequest. Requests whose answers no setting
// changes pass `{}` as options rather than wait for the settings.

import { LSPErrorCodes, ResponseError, type CancellationToken, type Disposable } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServiceOptions } from '../service';
import type { ArticleStatsParams } from '../protocol';
import { ARTICLE_STATS_REQUEST } from './protocol';
import { openDocument, settingsOf, validPosition, validRange, type ServerContext } from './context';
import { guardRequest } from './guard';
import { serviceOptions } from './settings';

export function registerFeatures(ctx: ServerContext): Disposable[] {
  const { connection, logger } = ctx;
  const handle = <P, R, E>(name: string, empty: E, fn: (params: P, token: CancellationToken) => R | Promise<R>) => guardRequest<P, R, E>(name, empty, logger, fn);
  /** The service's options for this document: its settings, read once per request. */
  const optionsOf = async (doc: TextDocument): Promise<ServiceOptions> => serviceOptions(await settingsOf(ctx, doc));
  // Read at each request: the service is made anew at `initialize`.
  const service = () => ctx.service;

  return [
    connection.onHover(
      handle('hover', null, async (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        if (!doc || !position) return null;
        const options = await optionsOf(doc);
        return token.isCancellationRequested ? null : service().hover(doc, { position }, options, token);
      }),
    ),
    connection.onDocumentSymbol(
      handle('documentSymbol', [], async (params, token) => {
        const doc = openDocument(ctx, params);
        if (!doc) return [];
        const { outlineGroupBy } = await settingsOf(ctx, doc);
        return service().documentSymbols(doc, { groupBy: outlineGroupBy }, {}, token);
      }),
    ),
    connection.onDefinition(
      handle('definition', null, (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service().definition(doc, { position }, {}, token) : null;
      }),
    ),
    connection.onReferences(
      handle('references', [], (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service().references(doc, { position, includeDeclaration: !!params.context?.includeDeclaration }, {}, token) : [];
      }),
    ),
    connection.onDocumentHighlight(
      handle('documentHighlight', [], (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service().documentHighlights(doc, { position }, {}, token) : [];
      }),
    ),
    connection.onPrepareRename(
      handle('prepareRename', null, (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service().prepareRename(doc, { position }, {}, token) : null;
      }),
    ),
    connection.onRenameRequest(
      handle('rename', null, (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        if (!doc || !position || typeof params.newName !== 'string') return null;
        const result = service().renameEdits(doc, { position, newName: params.newName }, {}, token);
        // The editor shows this message to the writer (why the rename cannot be done).
        if (result.error) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
        return result.edit ?? null;
      }),
    ),
    connection.onCompletion(
      handle('completion', [], async (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        if (!doc || !position) return [];
        const options = await optionsOf(doc);
        return token.isCancellationRequested ? [] : service().completions(doc, { position }, options, token);
      }),
    ),
    connection.onCodeAction(
      handle('codeAction', [], async (params, token) => {
        const doc = openDocument(ctx, params);
        const range = validRange(params.range);
        if (!doc || !range) return [];
        const options = await optionsOf(doc);
        if (token.isCancellationRequested) return [];
        const context = params.context && Array.isArray(params.context.diagnostics) ? params.context : { ...params.context, diagnostics: [] };
        return service().codeActions(doc, { range, context }, options, token);
      }),
    ),
    connection.onFoldingRanges(
      handle('foldingRange', [], (params, token) => {
        const doc = openDocument(ctx, params);
        return doc ? service().foldingRanges(doc, {}, {}, token) : [];
      }),
    ),
    connection.onCodeLens(
      handle('codeLens', [], (params, token) => {
        const doc = openDocument(ctx, params);
        return doc ? service().codeLenses(doc, {}, {}, token) : [];
      }),
    ),
    connection.onWorkspaceSymbol(
      handle('workspaceSymbol', [], (params, token) => {
        const articles = ctx.index.articles(token);
        return service().workspaceSymbols(articles, { query: typeof params?.query === 'string' ? params.query : '' }, {}, token);
      }),
    ),
    connection.onRequest(
      ARTICLE_STATS_REQUEST,
      handle('articleStats', null, (params: ArticleStatsParams, token) => {
        const uri = params?.uri;
        const doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
        return doc ? service().articleStats(doc, {}, {}, token) : null;
      }),
    ),
  ];
}
