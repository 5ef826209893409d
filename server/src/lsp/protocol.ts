// What the server offers: its capabilities and its one custom request. Kept together so that a
// client (or a test) can read what to expect in one place.

import { CodeActionKind, RequestType, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import type { ArticleStats } from '../service/features/articleStats';
import { FIX_ALL_KIND, MARK_AS_QUOTE_KIND } from '../service/features/codeActions';

/** `newsmark/articleStats`: how many speakers and quotes an open article has (VS Code's status bar). */
export interface ArticleStatsParams {
  uri: string;
}
export const ARTICLE_STATS_REQUEST = new RequestType<ArticleStatsParams, ArticleStats | null, void>('newsmark/articleStats');

// Code lenses run `newsmark.showReferences` (features/codeLens.ts); only the VS Code client
// implements it, other editors just show the lens title.

export function serverCapabilities(workspaceFolders: boolean): ServerCapabilities {
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
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MARK_AS_QUOTE_KIND], resolveProvider: false },
    foldingRangeProvider: true,
    workspaceSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
    workspace: workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
  };
}
