// The request handlers of the editor features. Each one finds the open document, reads the
// settings it needs, calls the language service with the request's parameters, the options and
// the cancellation token, and returns the service's answer: all understanding of articles lives
// in the service. Errors are caught once, by guardRequest. Requests whose answers no setting
// changes pass `{}` as options rather than wait for the settings.

import { LSPErrorCodes, ResponseError, type CancellationToken, type Disposable } from 'vscode-languageserver';
import { TextDocument as Documents } from 'vscode-languageserver-textdocument';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toServiceOptions, type ServiceOptions } from '../service';
import { MARK_UP_DOCUMENT_COMMAND, type ArticleStatsParams, type MarkUpParams, type MarkUpResult } from '../protocol';
import type { SegmentsParams } from '../protocol/preview';
import { ARTICLE_STATS_REQUEST, MARK_UP_REQUEST, SEGMENTS_REQUEST } from './protocol';
import { openDocument, openDocumentAt, settingsOf, validPosition, validRange, type ServerContext } from './context';
import { guardRequest } from './guard';
import { checkedInSlices, parsedInSlices, requestUri } from './slices';


export function registerFeatures(ctx: ServerContext): Disposable[] {
  const { connection, logger } = ctx;
  // A request on a very large document first waits for its parse in slices (lsp/slices.ts).
  const handle = <P, R, E>(name: string, empty: E, fn: (params: P, token: CancellationToken) => R | Promise<R>) =>
    guardRequest<P, R, E>(name, empty, logger, async (params, token) => (await parsedInSlices(ctx, requestUri(params)), fn(params, token)));
  /** The service's options for this document: its settings, read once per request, what the client can show, and its speaker registry. */
  const optionsOf = async (doc: TextDocument): Promise<ServiceOptions> => ({ ...toServiceOptions(await settingsOf(ctx, doc)), ...ctx.clientOptions, registry: await ctx.registry.sourceFor(doc.uri), sources: ctx.sources.knownFor(doc) });
  const documentAndPosition = (params: { textDocument: { uri: string }; position: unknown }) => {
    const doc = openDocument(ctx, params);
    const position = validPosition(params.position);
    return doc && position ? { doc, position } : undefined;
  };
  /** For requests no setting changes: only the speaker registry the document is read against. */
  const registryOf = async (doc: TextDocument): Promise<Partial<ServiceOptions>> => ({ registry: await ctx.registry.sourceFor(doc.uri), sources: ctx.sources.knownFor(doc) });
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
        return service().documentSymbols(doc, { groupBy: outlineGroupBy }, await registryOf(doc), token);
      }),
    ),
    connection.onDefinition(
      handle('definition', null, async (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service().definition(doc, { position }, await registryOf(doc), token) : null;
      }),
    ),
    connection.onReferences(
      handle('references', [], async (params, token) => {
        const at = documentAndPosition(params);
        if (!at) return [];
        const { doc, position } = at;
        const options = await registryOf(doc);
        const includeDeclaration = !!params.context?.includeDeclaration;
        // A registry speaker is named across the workspace: every article of the index, and the registry.
        const speaker = service().speakerAt(doc, { position }, options, token);
        if (speaker?.inRegistry) return service().workspaceReferences(await ctx.index.current(token), { speakerId: speaker.speakerId, includeDeclaration }, options, token);
        return service().references(doc, { position, includeDeclaration }, options, token);
      }),
    ),
    connection.onDocumentHighlight(
      handle('documentHighlight', [], async (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service().documentHighlights(doc, { position }, await registryOf(doc), token) : [];
      }),
    ),
    connection.onPrepareRename(
      handle('prepareRename', null, async (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        return doc && position ? service().prepareRename(doc, { position }, await registryOf(doc), token) : null;
      }),
    ),
    connection.onRenameRequest(
      handle('rename', null, async (params, token) => {
        const doc = openDocument(ctx, params);
        const position = validPosition(params.position);
        if (!doc || !position || typeof params.newName !== 'string') return null;
        const options = await registryOf(doc);
        // A registry speaker's id: the registry and every article that uses it, one workspace edit.
        const speaker = service().speakerAt(doc, { position }, options, token);
        const result = speaker?.inRegistry && ((await ctx.registry.isRegistry(doc.uri)) || service().prepareRename(doc, { position }, options, token))
          ? service().workspaceRename(await ctx.index.current(token), { speakerId: speaker.speakerId, newName: params.newName }, options, token)
          : service().renameEdits(doc, { position, newName: params.newName }, options, token);
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
        if (!(await checkedInSlices(ctx, doc, options, token)) || token.isCancellationRequested) return [];
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
      handle('codeLens', [], async (params, token) => {
        const doc = openDocument(ctx, params);
        if (!doc) return [];
        // The registry's lenses count quotes across the workspace's articles.
        const articles = (await ctx.registry.isRegistry(doc.uri)) ? await ctx.index.current(token) : undefined;
        return service().codeLenses(doc, articles ? { articles } : {}, await registryOf(doc), token);
      }),
    ),
    connection.onWorkspaceSymbol(
      handle('workspaceSymbol', [], async (params, token) => {
        const articles = await ctx.index.current(token);
        return service().workspaceSymbols(articles, { query: typeof params?.query === 'string' ? params.query : '' }, {}, token);
      }),
    ),
    connection.onRequest(
      ARTICLE_STATS_REQUEST,
      handle('articleStats', null, (params: ArticleStatsParams, token) => {
        const doc = openDocumentAt(ctx, params?.uri);
        return doc ? service().articleStats(doc, {}, {}, token) : null;
      }),
    ),
    connection.languages.semanticTokens.on(
      handle('semanticTokens', { data: [] }, async (params, token) => {
        const doc = openDocument(ctx, params);
        if (!doc) return { data: [] };
        const { speakerColors } = await settingsOf(ctx, doc);
        return service().semanticTokens(doc, { colorBy: speakerColors }, await registryOf(doc), token);
      }),
    ),
    // The live preview: the published article with its quotes, speakers and diagnostics by line.
    connection.onRequest(
      SEGMENTS_REQUEST,
      handle('segments', null, async (params: SegmentsParams, token) => {
        const doc = openDocumentAt(ctx, params?.uri);
        if (!doc) return null;
        const options = await optionsOf(doc);
        return token.isCancellationRequested ? null : service().segments(doc, {}, options, token);
      }),
    ),
    connection.onRequest(
      MARK_UP_REQUEST,
      handle('markUp', null, (params: MarkUpParams, token) => markUp(params, token)),
    ),
    connection.onExecuteCommand(
      handle('executeCommand', null, async (params, token) => {
        if (params?.command !== MARK_UP_DOCUMENT_COMMAND) return null;
        const uri = params.arguments?.[0];
        const doc = openDocumentAt(ctx, uri);
        if (!doc) throw new ResponseError(LSPErrorCodes.RequestFailed, `${MARK_UP_DOCUMENT_COMMAND}: the document ${String(uri)} is not open, or over the size limit`);
        const result = service().markUp(doc, {}, {}, token);
        if (token.isCancellationRequested || result.text === doc.getText()) return result;
        // One edit replacing the document, for the version marked up: one undo in the editor.
        const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
        await connection.workspace.applyEdit({
          label: 'Mark up plain article',
          edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: whole, newText: result.text }] }] },
        });
        return result;
      }),
    ),
  ];

  /** `newsmark/markUp`: the open document, or the text the client sent (a `.txt` the server does not follow). */
  function markUp(params: MarkUpParams, token: CancellationToken): MarkUpResult | null {
    const uri = params?.uri;
    if (typeof uri !== 'string') return null;
    const reviewThreshold = typeof params.reviewThreshold === 'number' && params.reviewThreshold >= 0 && params.reviewThreshold <= 1 ? { reviewThreshold: params.reviewThreshold } : {};
    const open = ctx.documents.get(uri);
    if (open) return openDocumentAt(ctx, uri) ? service().markUp(open, reviewThreshold, {}, token) : null;
    if (typeof params.text !== 'string') return null;
    // A document the server does not hold: parsed once, then forgotten (no cache for a closed uri).
    const doc = Documents.create(uri, 'plaintext', -1, params.text);
    try {
      return service().markUp(doc, reviewThreshold, {}, token);
    } finally {
      service().forget(uri);
    }
  }
}
