// The shape both systems under evaluation answer in: the engine's own `MarkupSuggestion` (issue
// 10's contract), so that the baseline's answers are evaluated exactly as the engine's.

import type { MarkupSuggestion, PlainArticleInput } from '../../server/src/service';

export type { MarkupSuggestion, SuggestedSpan, SuggestedSpeaker } from '../../server/src/service';
export type SpanKind = 'direct' | 'partial' | 'indirect';
/** What a system is given: the plain body verbatim, and what the plain file's header says. */
export type PlainArticle = Pick<PlainArticleInput, 'body' | 'headline' | 'date'>;
export type MarkupSystem = (input: PlainArticle) => MarkupSuggestion;
