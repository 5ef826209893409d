// The markup engine (issue 10): plain wire copy to a NewsMark draft. Pure, as all of the service.
export { suggestMarkup } from './suggest';
export { renderDraft } from './render';
export { readPlainArticle } from './plainArticle';
export { DEFAULT_REVIEW_THRESHOLD } from './types';
export type { PlainArticleInput, MarkupOptions, MarkupSuggestion, SuggestedSpeaker, SuggestedSpan, SpeakerKind, SpanKind } from './types';
