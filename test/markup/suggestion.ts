// The shape both systems under evaluation answer in: issue 10's contract, `MarkupSuggestion` of
// server/src/service/markup/ (the engine). It is repeated here so that the harness and the
// baseline build and run while the engine is not there; the engine's own types are the same
// shape, so its answers are evaluated exactly as the baseline's.

export type SpanKind = 'direct' | 'partial' | 'indirect';
type SpeakerKind = 'person' | 'organization' | 'group' | 'anonymous';

export interface SuggestedSpeaker {
  id: string;
  /** The full name as on first reference. */
  name: string;
  role?: string;
  org?: string;
  /** Later references found in the text ("Chen"). */
  aliases: string[];
  kind: SpeakerKind;
  reason?: string;
  confidence: number;
}

export interface SuggestedSpan {
  /** Offsets into the plain body (UTF-16): the words the span covers. */
  start: number;
  end: number;
  speakerId: string;
  kind: SpanKind;
  confidence: number;
  review?: 'speaker' | 'end' | 'kind';
  alternativeSpeakerId?: string;
}

export interface MarkupSuggestion {
  speakers: SuggestedSpeaker[];
  /** Sorted by start; nested spans allowed, never crossing. */
  spans: SuggestedSpan[];
}

/** What a system is given: the plain body verbatim, and what the plain file's header says. */
export interface PlainArticle {
  body: string;
  headline?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

export type MarkupSystem = (input: PlainArticle) => MarkupSuggestion;
