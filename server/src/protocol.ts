// What the NewsMark client and server say to each other beyond standard LSP, typed once: the
// custom request, the commands the server's answers refer to, and the code-action kinds. Only
// constants and types, no imports: esbuild copies it into both bundles (dist/server.js and
// dist/extension.js), and the language service reads the kinds and the command from here too.

// ---------------------------------------------------------------------------------------------
// Requests to the server

/** `newsmark/articleStats`: how many speakers and quotes an open article has (VS Code's status bar). */
export const ARTICLE_STATS_METHOD = 'newsmark/articleStats';

export interface ArticleStatsParams {
  uri: string;
}

/** The answer to `newsmark/articleStats`; `null` when the document is not open. */
export interface ArticleStats {
  /** Speakers defined in the front matter. */
  speakers: number;
  /** Quote spans, nested ones included. */
  quotes: number;
}

// ---------------------------------------------------------------------------------------------
// Commands the server's answers run in the client

/**
 * Run by the code lens on a speaker: `(uri: string, position: Position, locations: Location[])`.
 * Only the VS Code client implements it; other editors just show the lens title.
 */
export const SHOW_REFERENCES_COMMAND = 'newsmark.showReferences';

// ---------------------------------------------------------------------------------------------
// Code-action kinds the server offers (LSP kinds: `source.fixAll` and `refactor.rewrite`, refined)

/** Every preferred mechanical fix at once (on save, or the Source Action menu). */
export const FIX_ALL_KIND = 'source.fixAll.newsmark';
/** Wrap the selection in `[...]{@id}`, one action per speaker plus a new one. */
export const MARK_AS_QUOTE_KIND = 'refactor.rewrite.newsmark.markAsQuote';
