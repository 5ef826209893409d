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

/**
 * `newsmark/markUp`: the NewsMark draft of a whole document (issue 10). For a plain article (no
 * front matter, no quote markup: a `.txt`, or copy pasted into a `.news`) the draft is the
 * markup engine's, front matter and all, the body verbatim; for an article already in NewsMark,
 * its paragraphs without markup get the engine's spans and its front matter the new speakers,
 * and nothing else changes. The server takes the open document of `uri`, or else `text` (VS Code
 * does not send `.txt` documents to the server, so the client sends their text).
 */
export const MARK_UP_METHOD = 'newsmark/markUp';

export interface MarkUpParams {
  uri: string;
  /** The document's text, when the server may not have it open. */
  text?: string;
  /** Confidence below which a span gets a review note (0..1); the engine's default otherwise. */
  reviewThreshold?: number;
}

/** The answer to `newsmark/markUp`; `null` when the server has neither the document nor its text. */
export interface MarkUpResult {
  /** The whole draft. */
  text: string;
  /** Quote spans and speakers the markup added, and its review notes. */
  quotes: number;
  speakers: number;
  reviewNotes: number;
}

// ---------------------------------------------------------------------------------------------
// Commands

/**
 * The server's command (`workspace/executeCommand`) for editors without a NewsMark client:
 * arguments `[uri: string]`, an open document; the server marks it up as `newsmark/markUp` does
 * and applies the draft with `workspace/applyEdit` (one edit replacing the document, one undo).
 */
export const MARK_UP_DOCUMENT_COMMAND = 'newsmark.markUpDocument';

/** VS Code's command "NewsMark: Mark Up Plain Article": the draft as a diff, then Apply. */
export const MARK_UP_PLAIN_ARTICLE_COMMAND = 'newsmark.markUpPlainArticle';
/** Applies the draft shown in the diff (the diff editor's title button). */
export const APPLY_MARKUP_DRAFT_COMMAND = 'newsmark.applyMarkupDraft';

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
/** The markup engine's spans (and speakers) for a paragraph without markup. */
export const SUGGEST_MARKUP_KIND = 'refactor.rewrite.newsmark.suggestMarkup';
