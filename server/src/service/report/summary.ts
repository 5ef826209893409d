// The report summary: what `newsmark report --format json` writes and `--merge` reads, and what
// the Quote Report webview will draw. It holds counts only (no text, no paths), so that it stays
// small in proportion to speakers, organisations and days, and so that two summaries of disjoint
// sets of articles add up to exactly the summary of their union (merge.ts). Every list is sorted
// by its key, so that equal summaries are equal JSON, byte for byte.

import type { QuoteKind, SpeakerKind } from '../syntax';

export const REPORT_FORMAT = 'newsmark-report';
/** Raised whenever a field changes meaning or shape: summaries of other versions are refused, not guessed at. */
export const REPORT_VERSION = 1;

export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect'];

/** A quote whose speaker id has no definition in force (a typo, or a speaker not yet declared). */
export type ReportSpeakerKind = SpeakerKind | 'unknown';
export const REPORT_SPEAKER_KINDS: readonly ReportSpeakerKind[] = ['person', 'organization', 'group', 'anonymous', 'unknown'];

export type KindCounts = Record<QuoteKind, number>;

/**
 * How a speaker was defined in some of the articles that quote it. Front matter may define one id
 * differently in two articles; each definition is kept with the number of articles that used it
 * (the view shows the most used), so that merging never depends on which shard came first.
 */
export interface SpeakerVariant {
  name: string;
  kind: ReportSpeakerKind;
  org: string | null;
  articles: number;
}

export interface SpeakerTally {
  id: string;
  quotes: KindCounts;
  /** Articles that quote this speaker. */
  articles: number;
  /** Sorted by name, kind, org. */
  variants: SpeakerVariant[];
}

interface OrganisationTally {
  /** The speaker's `org`, or the name of a speaker of kind `organization` that has none. */
  name: string;
  quotes: KindCounts;
}

export interface DayTally {
  /** The articles' front matter `date`, ISO. */
  date: string;
  articles: number;
  quotes: KindCounts;
}

export interface ReportSummary {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  articles: number;
  /** Articles that quote at least one speaker of kind `anonymous`. */
  articlesWithAnonymous: number;
  /** Articles without a valid front matter `date` (their quotes count everywhere but over time). */
  undatedArticles: number;
  /** Every quote, nested ones included, by kind. */
  quotes: KindCounts;
  /** Quotes by the kind of their speaker, every kind present (a quote without a speaker id is `unknown`). */
  speakerKinds: Record<ReportSpeakerKind, KindCounts>;
  /** Quoted speakers, by id. */
  speakers: SpeakerTally[];
  /** Sorted by name. */
  organisations: OrganisationTally[];
  /** Sorted by date. */
  days: DayTally[];
}

export function zeroKinds(): KindCounts {
  return { direct: 0, partial: 0, indirect: 0 };
}

export function addKinds(into: KindCounts, from: KindCounts): void {
  for (const k of QUOTE_KINDS) into[k] += from[k];
}

export function totalOf(counts: KindCounts): number {
  return counts.direct + counts.partial + counts.indirect;
}

/** Order by code units, the same on every machine and locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
