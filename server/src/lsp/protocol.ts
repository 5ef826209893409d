// What the server offers: its capabilities and its one custom request. The names and types shared
// with the client live in ../protocol.ts; this file turns them into the server's LSP terms.

import { CodeActionKind, RequestType, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import {
  ARTICLE_STATS_METHOD, FIX_ALL_KIND, MARK_AS_QUOTE_KIND, MARK_UP_DOCUMENT_COMMAND, MARK_UP_METHOD, SUGGEST_MARKUP_KIND,
  type ArticleStats, type ArticleStatsParams, type MarkUpParams, type MarkUpResult,
} from '../protocol';
import { SEGMENTS_METHOD, type PublishedArticle, type SegmentsParams } from '../protocol/preview';
import { SEMANTIC_TOKENS_LEGEND } from '../service';

export const ARTICLE_STATS_REQUEST = new RequestType<ArticleStatsParams, ArticleStats | null, void>(ARTICLE_STATS_METHOD);
export const MARK_UP_REQUEST = new RequestType<MarkUpParams, MarkUpResult | null, void>(MARK_UP_METHOD);
export const SEGMENTS_REQUEST = new RequestType<SegmentsParams, PublishedArticle | null, void>(SEGMENTS_METHOD);

// Code lenses run SHOW_REFERENCES_COMMAND (../protocol.ts); only the VS Code client implements
// it, other editors just show the lens title.

/** `pullDiagnostics`: the client declared `textDocument.diagnostic`, so it is offered pull diagnostics and gets no pushes. */
export function serverCapabilities(workspaceFolders: boolean, pullDiagnostics = false): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    documentSymbolProvider: { label: 'NewsMark' },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentHighlightProvider: true,
    // `@` after `{` starts a speaker id; `{` after `]` the attribution; a space inside the
    // dateline (after "BERLIN,") offers the date and agency in the house style.
    completionProvider: { triggerCharacters: ['@', '{', ' '], resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MARK_AS_QUOTE_KIND, SUGGEST_MARKUP_KIND], resolveProvider: false },
    // For editors without a NewsMark client: mark up the whole document and apply it.
    executeCommandProvider: { commands: [MARK_UP_DOCUMENT_COMMAND] },
    foldingRangeProvider: true,
    workspaceSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
    // Speaker colours: quoted words, whole documents only (articles are short; large ones are sliced).
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    // Inter-file: the speaker registry and configuration files change an article's problems.
    diagnosticProvider: pullDiagnostics ? { identifier: 'newsmark', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
    workspace: workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
  };
}
