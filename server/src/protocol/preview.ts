// The request behind the live preview (issue 12), typed once for the server and the client: the
// article as it will be published, with its quotes, speakers and diagnostics placed by source
// line. Like ../protocol.ts: constants and types only. The HTML renderer (service/publish/html.ts)
// draws it for the preview's webview and for `newsmark export --format html` alike.

import type { QuoteKind, SpeakerKind } from '../service/syntax';

/** `newsmark/segments`: the published article of an open document; `null` when it is not open. */
export const SEGMENTS_METHOD = 'newsmark/segments';

export interface SegmentsParams {
  uri: string;
}

/** A piece of a paragraph: published words, the dateline, or a quote with its own pieces inside. */
export type PublishedSegment =
  | { type: 'text'; text: string }
  | { type: 'dateline'; text: string }
  | {
    type: 'quote';
    speakerId: string;
    kind: QuoteKind;
    /** 0 for a quote, 1 for one reported inside another, and so on. */
    depth: number;
    /** Source line (0-based) where the quote starts. */
    line: number;
    children: PublishedSegment[];
  };

export type PublishedBlock =
  | { type: 'paragraph'; line: number; endLine: number; segments: PublishedSegment[] }
  | { type: 'heading'; level: 1 | 2 | 3; line: number; endLine: number; text: string };

export interface PublishedSpeaker {
  id: string;
  /** The name in force (front matter or registry); the id when the speaker is not defined. */
  name: string;
  role: string | null;
  kind: SpeakerKind | null;
  /** Whether the article (or its registry) defines the id. */
  defined: boolean;
  quotes: { direct: number; partial: number; indirect: number };
  /** The speaker's colour among TINT_COUNT, the same in the preview and the editor's tokens. */
  tint: number;
}

export interface PublishedDiagnostic {
  line: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  code: string;
}

export interface PublishedArticle {
  uri: string;
  version: number;
  lang: string;
  headline: string | null;
  byline: string[];
  dateline: {
    /** As published, up to and with its separator. */
    text: string;
    /** ISO date: the dateline's own with its year resolved, else the publication date. */
    date: string | null;
    dateWritten: boolean;
    line: number;
  } | null;
  blocks: PublishedBlock[];
  /** The quoted speakers, in the order of the front matter, then of their first quote. */
  speakers: PublishedSpeaker[];
  /** Sorted by line; front matter problems included (the preview shows them at the top). */
  diagnostics: PublishedDiagnostic[];
}
