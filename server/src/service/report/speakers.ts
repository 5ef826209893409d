// Who is quoted where, for the editor's Speakers view: every speaker quoted in a set of articles,
// each article that quotes it, and each quote with its range, kind and opening words. Speakers,
// definitions and quotes come from the article context (as the report's counts do), through each
// article's summary (archive/articleSummary.ts), so that a workspace registry that adds
// definitions there is followed without a change here.

import type { Range } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import { asSummary, quoteRange, quoteSpeakerRange, type ArticleSummary, type WorkspaceArticle } from '../archive/articleSummary';
import type { ServiceOptions } from '../options';
import type { QuoteKind } from '../syntax';
import { compareKeys, totalOf, zeroKinds, type KindCounts, type ReportSpeakerKind } from './summary';

export interface QuoteEntry {
  range: Range;
  /** The `@id` after the quote: where a rename or a peek at the speaker starts. */
  speakerRange: Range;
  kind: QuoteKind;
  /** The opening words, as the outline names a quote. */
  text: string;
}

export interface SpeakerArticleEntry {
  uri: string;
  /** The front matter headline, else empty (the client shows the file name). */
  headline: string;
  /** The speaker's id in this article's front matter, when it defines it. */
  definition: Range | null;
  quotes: QuoteEntry[];
}

export interface SpeakerEntry {
  id: string;
  /** The name most articles give it (the id when none does). */
  name: string;
  kind: ReportSpeakerKind;
  quotes: KindCounts;
  articles: SpeakerArticleEntry[];
  /** In an outline (`SpeakerOverview`'s `outline`), the number of articles, whose entries are left out. */
  articleCount?: number;
}

/** How much of each speaker an overview answers: everything, speakers with counts only, or one speaker whole. */
export type OverviewDetail = { outline?: boolean; speaker?: string };

/** Most quoted first, then by name; articles by uri; quotes in reading order. */
export function speakerOverview(articles: readonly WorkspaceArticle[], options: Pick<ServiceOptions, 'style'>, token: Cancellation): SpeakerEntry[] {
  const overview = new SpeakerOverview();
  for (const article of sortedByUri(articles.map((a) => asSummary(a, options)))) {
    if (token.isCancellationRequested) return [];
    overview.add(article);
  }
  return overview.speakers();
}

/** Summaries in the order the overview adds them (the name most used is the first one to lead on ties). */
export function sortedByUri(summaries: ArticleSummary[]): ArticleSummary[] {
  return summaries.sort((a, b) => compareKeys(a.uri, b.uri));
}

/**
 * The overview built one article at a time, so that an embedder can add a large workspace's
 * articles in slices between other work. Add them in uri order (`sortedByUri`).
 */
export class SpeakerOverview {
  private readonly byId = new Map<string, { entry: SpeakerEntry; names: Map<string, number>; articles: number }>();

  /** `outline`: no article entries (a workspace of 10,000 articles answers in kilobytes); `speaker`: that speaker only. */
  constructor(private readonly detail: OverviewDetail = {}) {}

  add(article: ArticleSummary): void {
    for (const quoted of article.quoted) {
      const { id } = quoted;
      if (this.detail.speaker !== undefined && id !== this.detail.speaker) continue;
      let speaker = this.byId.get(id);
      if (!speaker) this.byId.set(id, (speaker = { entry: { id, name: id, kind: quoted.kind ?? 'unknown', quotes: zeroKinds(), articles: [] }, names: new Map(), articles: 0 }));
      if (quoted.name) speaker.names.set(quoted.name, (speaker.names.get(quoted.name) ?? 0) + 1);
      if (quoted.kind && speaker.entry.kind === 'unknown') speaker.entry.kind = quoted.kind;
      for (const q of quoted.quotes) speaker.entry.quotes[article.quotes[q].kind]++;
      speaker.articles++;
      if (this.detail.outline) continue;
      speaker.entry.articles.push({
        uri: article.uri,
        headline: article.headline,
        definition: quoted.definition,
        quotes: quoted.quotes.map((q) => quoteEntry(article, q)),
      });
    }
  }

  speakers(): SpeakerEntry[] {
    const outline = this.detail.outline ? (n: number) => ({ articleCount: n }) : () => ({});
    const speakers = [...this.byId.values()].map(({ entry, names, articles }) => ({ ...entry, name: mostUsed(names) ?? entry.id, ...outline(articles) }));
    return speakers.sort((a, b) => totalOf(b.quotes) - totalOf(a.quotes) || compareKeys(a.name, b.name) || compareKeys(a.id, b.id));
  }
}

function quoteEntry(article: ArticleSummary, q: number): QuoteEntry {
  const { kind, text } = article.quotes[q];
  return { range: quoteRange(article, q), speakerRange: quoteSpeakerRange(article, q), kind, text };
}

function mostUsed(names: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const [name, n] of names) if (best === undefined || n > names.get(best)!) best = name;
  return best;
}
