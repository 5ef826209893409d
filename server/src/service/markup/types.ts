// The markup engine's contract (issue 10, notes/markup-contract.md): what the evaluation harness,
// the command line and the editor build on. Offsets are UTF-16 code units into the plain body.

import type { QuoteKind } from '../syntax';

export interface PlainArticleInput {
  /** The plain body, kept verbatim: strip(renderDraft(input, s)) body part === body, always. */
  body: string;
  headline?: string;
  /** YYYY-MM-DD publication date. */
  date?: string;
  agency?: string;
}

export interface MarkupOptions {
  /** Spans and speakers whose confidence is below this get a review note (0..1). */
  reviewThreshold: number;
  /**
   * Told of an internal error that the engine survived (it then answers with what it had, or an
   * empty suggestion). Tests pass one that rethrows, so that a bug fails the test.
   */
  onError?: (error: unknown) => void;
}

export type SpeakerKind = 'person' | 'organization' | 'group' | 'anonymous';

export interface SuggestedSpeaker {
  id: string;
  name: string;
  role?: string;
  org?: string;
  aliases: string[];
  kind: SpeakerKind;
  reason?: string;
  confidence: number;
}

export interface SuggestedSpan {
  start: number;
  end: number;
  speakerId: string;
  /** As NewsMark reads it from the quotation marks (syntax.ts quoteKind). */
  kind: QuoteKind;
  confidence: number;
  review?: 'speaker' | 'end' | 'kind';
  alternativeSpeakerId?: string;
}

export interface MarkupSuggestion {
  speakers: SuggestedSpeaker[];
  /** Sorted by start; nested spans allowed, never crossing. */
  spans: SuggestedSpan[];
}

/**
 * The default of `markup.reviewThreshold`, chosen from the evaluation (docs/markup.md, "Review
 * threshold"): below 0.7 the spans are clearly less often right than above it, and few are flagged.
 */
export const DEFAULT_REVIEW_THRESHOLD = 0.7;
