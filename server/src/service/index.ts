// The public face of the language service: the server, the command line, the benchmarks and the
// tests import from here and nowhere deeper. Everything else under service/ may change freely.

export {
  LanguageService, DEFAULT_DOCS_BASE_URL,
  type ILanguageService, type LanguageServiceInit, type ArticleDocument,
} from './languageService';
// The request contract's vocabulary: ILanguageService's parameters and results, named for whoever
// implements or wraps the interface (a worker proxy, a test double) even where no caller here does.
/** @public */
export type {
  FixAllResult, NoParams, CodeLensParams, SemanticTokensParams, WorkspaceReferencesParams, WorkspaceRenameParams, PositionParams, CodeActionsParams, ReferencesParams, RenameParams, OutlineParams, SymbolQueryParams, MarkUpParams,
} from './languageService';
export { lineLogger, errorText, type Logger } from './logger';
export { NEVER_CANCELLED, type Cancellation } from './cancellation';
export type { Steps } from './steps';
/** @public */
export type { ParseStats } from './parser/parseArticle';
// The settings and the tree, whole: their modules are the vocabulary of every caller.
export * from './options';
export * from './settings';
export * from './syntax';
export { strip } from './strip';
export { plural } from './labels';
export { articleContext, type HouseStyleReason } from './context/articleContext';
export { formatIsoDate } from './domain/calendar';
// Export formats mark quotes up inside published text, word for word as strip() publishes them.
export { paragraphSegments, type Segment } from './publish/segments';
// The published article's one HTML rendering (issue 12): the preview and `export --format html`.
export { articlePage } from './publish/html';
// Speaker colours in the editor: the semantic tokens' legend, for the server's capabilities.
export { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
export { DIAGNOSTIC_CODES, ALL_CODES, isDiagnosticCode, type DiagnosticCode, type Severity, type RuleSetting } from './diagnostics/codes';
export { fixesOf } from './diagnostics/toLsp';
// The dateline fact the export formats write out beside the context's dates (the state's abbreviation).
export { matchState } from './domain/data';
// Labels the command line's reports share with the editor's.
export { oneLine } from './text/characters';
// Who gets quoted across articles (issue 11): summaries that merge exactly, and the view reports draw.
export * from './report';
// What the workspace index keeps of an article on disk instead of its tree and text (issue 11, "Scale").
export { summarizeForWorkspace, asSummary, type ArticleSummary } from './archive/articleSummary';
/** @public */
export type { WorkspaceArticle } from './archive/articleSummary';
// Quotes checked against their sources (issue 14): the files the embedders read and hand over, and each quote's passage for the export formats.
export { quoteSourceOf, type QuoteSource } from './sources/sourceFeatures';
export type { SourceFile } from './sources/sourceIndex';
// The markup engine: plain copy to a NewsMark draft (issue 10).
export { suggestMarkup, renderDraft, readPlainArticle, DEFAULT_REVIEW_THRESHOLD, type PlainArticleInput, type MarkupSuggestion } from './markup';
// The rest of the markup contract's vocabulary (notes/markup-contract.md), for the front ends that build on it.
/** @public */
export type { MarkupOptions, SuggestedSpeaker, SuggestedSpan, SpeakerKind } from './markup';
export type { EditExtent } from './parser/textDiff';
