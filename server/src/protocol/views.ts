// The requests behind VS Code's Speakers view and Quote Report webview (issue 11), typed once for
// the server and the client. Like ../protocol.ts: constants and types only; the answers' types are
// the language service's own (imported as types, erased from both bundles).

import type { ReportView, SpeakerEntry } from '../service';

export type { ReportView, SpeakerEntry };
export type { QuoteEntry, SpeakerArticleEntry, KindCounts, ReportSpeakerKind } from '../service';

/**
 * `newsmark/speakers`: every quoted speaker of the workspace's articles (the workspace index, open
 * documents in their live text), each with the articles that quote it and their quotes; with
 * `uri`, only that article's. Indexing runs in the background: the answer holds what is indexed so far.
 */
export const SPEAKERS_METHOD = 'newsmark/speakers';

export interface SpeakersParams {
  /** One article (open, or indexed); absent: the whole workspace. */
  uri?: string;
  /**
   * Speakers with their counts and `articleCount`, but `articles: []`: the first level of the view.
   * The whole answer over 10,000 articles is tens of megabytes (every quote's ranges), which the
   * server takes about a second to write and every message after it waits behind.
   */
  outline?: boolean;
  /** Only this speaker (by id), whole: a speaker's articles and quotes when it is expanded. */
  speaker?: string;
}

export interface SpeakersResult {
  /** How many articles were looked at. */
  articles: number;
  /** Most quoted first. */
  speakers: SpeakerEntry[];
}

/**
 * `newsmark/speakersChanged` (server to client, no params): the articles behind `newsmark/speakers`
 * changed (an article indexed, read again or gone, an open one edited or closed). Sent at most
 * every few hundred milliseconds, and only to a client that has asked `newsmark/speakers`.
 */
export const SPEAKERS_CHANGED_METHOD = 'newsmark/speakersChanged';

/**
 * `newsmark/report`: the report view of `newsmark report` (the same model: summaries added up,
 * then the view) over one article, the articles under a folder, or the workspace.
 */
export const REPORT_METHOD = 'newsmark/report';

export type ReportScope = 'document' | 'folder' | 'workspace';

export interface ReportParams {
  scope: ReportScope;
  /** The article (`document`) or the folder (`folder`); ignored for `workspace`. */
  uri?: string;
}

/** `null` when `scope` is not one of the three, or names no uri it needs. */
export interface ReportResult {
  scope: ReportScope;
  view: ReportView;
}
