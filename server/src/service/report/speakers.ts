// Who is quoted where, for the editor's Speakers view: every speaker quoted in a set of articles,
// each article that quotes it, and each quote with its range, kind and opening words. Speakers,
// definitions and quotes come from the article context (as the report's counts do), so that a
// workspace registry that adds definitions there is followed without a change here.

import type { Range } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import { articleContext } from '../context/articleContext';
import { openingWords } from '../labels';
import type { ServiceOptions } from '../options';
import { oneLine } from '../text/characters';
import type { ParsedArticle, Quote, QuoteKind } from '../syntax';
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
}

/** Most quoted first, then by name; articles by uri; quotes in reading order. */
export function speakerOverview(articles: readonly ParsedArticle[], options: Pick<ServiceOptions, 'style'>, token: Cancellation): SpeakerEntry[] {
  const byId = new Map<string, { entry: SpeakerEntry; names: Map<string, number> }>();
  for (const article of [...articles].sort((a, b) => compareKeys(a.uri, b.uri))) {
    if (token.isCancellationRequested) return [];
    const { definitions, quotes } = articleContext(article, options).speakers;
    for (const [id, ofSpeaker] of quotes) {
      if (!id) continue; // a quote without a speaker id belongs to nobody
      const definition = definitions.get(id);
      let speaker = byId.get(id);
      if (!speaker) byId.set(id, (speaker = { entry: { id, name: id, kind: definition?.kind ?? 'unknown', quotes: zeroKinds(), articles: [] }, names: new Map() }));
      const name = oneLine(definition?.name?.value ?? '');
      if (name) speaker.names.set(name, (speaker.names.get(name) ?? 0) + 1);
      if (definition && speaker.entry.kind === 'unknown') speaker.entry.kind = definition.kind;
      for (const q of ofSpeaker) speaker.entry.quotes[q.kind]++;
      speaker.entry.articles.push({
        uri: article.uri,
        headline: oneLine(article.frontMatter?.headline?.value ?? ''),
        definition: definition ? article.lines.range(definition.idSpan) : null,
        quotes: ofSpeaker.map((q) => quoteEntry(article, q)),
      });
    }
  }
  const speakers = [...byId.values()].map(({ entry, names }) => ({ ...entry, name: mostUsed(names) ?? entry.id }));
  return speakers.sort((a, b) => totalOf(b.quotes) - totalOf(a.quotes) || compareKeys(a.name, b.name) || compareKeys(a.id, b.id));
}

function quoteEntry(article: ParsedArticle, q: Quote): QuoteEntry {
  return { range: article.lines.range(q), speakerRange: article.lines.range(q.speakerSpan), kind: q.kind, text: openingWords(q.text) };
}

function mostUsed(names: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const [name, n] of names) if (best === undefined || n > names.get(best)!) best = name;
  return best;
}
