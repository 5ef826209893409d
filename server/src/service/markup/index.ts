// The markup engine (issue 10): plain wire copy to a NewsMark draft. Pure, as all of the service.
export { suggestMarkup } from './suggest';
export { renderDraft } from './render';
export { readPlainArticle } from './plainArticle';
export { DEFAULT_REVIEW_THRESHOLD } from './types';
// The contract's vocabulary (notes/markup-contract.md), for the front ends that build on it.
/** @public */
export type { PlainArticleInput, MarkupOptions, MarkupSuggestion, SuggestedSpeaker, SuggestedSpan, SpeakerKind } from './types';
