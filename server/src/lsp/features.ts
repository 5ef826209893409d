// The request handlers of the editor features. Each one finds the open document, reads the
// settings it needs, calls the language service with the request's cancellation token and
// returns the service's answer: all understanding of articles lives in the service.

import { LSPErrorCodes, ResponseError, type CancellationToken, type Disposable } from 'vscode-languageserver';
import { ARTICLE_STATS_REQUEST, type ArticleStatsParams } from './protocol';
import { openDocument, settingsOf, validPosition, validRange, type ServerContext } from './context';
import { guarded } from './guard';
import { serviceOptions } from './settings';

export function registerFeatures(ctx: ServerContext): Disposable[] {
  const { connection, service, log } = ctx;
  const handle = <P, R, E>(name: string, empty: E, fn: (params: P, token: CancellationToken) => R | Promise<R>) => guarded<P, R, E>(name, empty, log, fn);

  return [
    connection.onHover(
      handle('hover', null, async (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        if (!doc || !position) return null;
        const { style } = await settingsOf(ctx, doc);
        return token.isCancellationRequested ? null : service.hover(doc, position, { style });
      }),
    ),
    connection.onDocumentSymbol(
      handle('documentSymbol', [], async (params, token) => {
        const doc = openDocument(ctx, params);
        if (!doc) return [];
        const { outlineGroupBy } = await settingsOf(ctx, doc);
        return service.documentSymbols(doc, outlineGroupBy, token);
      }),
    ),
    connection.onDefinition(
      handle('definition', null, (params) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service.definition(doc, position) : null;
      }),
    ),
    connection.onReferences(
      handle('references', [], (params) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service.references(doc, position, !!params.context?.includeDeclaration) : [];
      }),
    ),
    connection.onDocumentHighlight(
      handle('documentHighlight', [], (params) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service.documentHighlights(doc, position) : [];
      }),
    ),
    connection.onPrepareRename(
      handle('prepareRename', null, (params) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service.prepareRename(doc, position) : null;
      }),
    ),
    connection.onRenameRequest(
      handle('rename', null, (params) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        if (!doc || !position || typeof params.newName !== 'string') return null;
        const result = service.renameEdits(doc, position, params.newName);
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
        const { style } = await settingsOf(ctx, doc);
        return token.isCancellationRequested ? [] : service.completions(doc, position, { style });
      }),
    ),
    connection.onCodeAction(
      handle('codeAction', [], async (params, token) => {
        const doc = openDocument(ctx, params);
        const range = validRange(params.range);
        if (!doc || !range) return [];
        const settings = await settingsOf(ctx, doc);
        if (token.isCancellationRequested) return [];
        const context = params.context && Array.isArray(params.context.diagnostics) ? params.context : { ...params.context, diagnostics: [] };
        return service.codeActions(doc, range, context, serviceOptions(settings, ctx.docsBaseUrl));
      }),
    ),
    connection.onFoldingRanges(
      handle('foldingRange', [], (params) => {
        const doc = openDocument(ctx, params);
        return doc ? service.foldingRanges(doc) : [];
      }),
    ),
    connection.onCodeLens(
      handle('codeLens', [], (params) => {
        const doc = openDocument(ctx, params);
        return doc ? service.codeLenses(doc) : [];
      }),
    ),
    connection.onWorkspaceSymbol(
      handle('workspaceSymbol', [], (params, token) => {
        const articles = ctx.index.articles(token);
        return service.workspaceSymbols(articles, typeof params?.query === 'string' ? params.query : '', token);
      }),
    ),
    connection.onRequest(
      ARTICLE_STATS_REQUEST,
      handle('articleStats', null, (params: ArticleStatsParams) => {
        const uri = params?.uri;
        const doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
        return doc ? service.articleStats(doc) : null;
      }),
    ),
  ];
}
