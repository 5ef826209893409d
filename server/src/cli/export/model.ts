// The article as the export formats see it: metadata, the dateline with its date resolved, the
// speakers, and every quote with its published words and source offsets. Built once from the
// parse; text, JSON, NITF and JSON-LD are views of it.

import {
  allQuotes, articleContext, formatIsoDate, quoteSourceOf, strip, type QuoteSource, type HouseStyle, type HouseStyleReason, type ParsedArticle, type Quote, type QuoteKind,
  type ServiceOptions, type SpeakerDefinition, type SpeakerKind,
} from '../../service';

interface ExportedDateline {
  /** As written, up to the separator: "BERLIN, Sept. 27 (Xinhua)". */
  text: string;
  place: string | null;
  region: string | null;
  /** The date as written ("Sept. 27"), or null when the dateline has none (AP on the day). */
  dateText: string | null;
  /**
   * ISO date: the dateline's own, its year resolved against publication; without a date in the
   * dateline, the publication date (wire style omits the date on the day of publication).
   */
  date: string | null;
  /** Whether `date` was written in the dateline rather than taken from publication. */
  dateWritten: boolean;
  agency: string | null;
  separator: string | null;
}

export interface ExportedSpeaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  org: string | null;
  aliases: string[];
  reason: string | null;
}

interface ExportedQuote {
  speaker: string;
  /** The speaker's name (null when the id is not defined). */
  speakerName: string | null;
  kind: QuoteKind;
  /** The quoted words as published (markup removed, escapes resolved). */
  text: string;
  /** UTF-16 offsets into the source file, of the whole span and of its words. */
  offsets: { start: number; end: number; contentStart: number; contentEnd: number };
  /** 0 for a quote; 1 for a quote reported inside another one, and so on. */
  depth: number;
  /** The passage of the front matter's `sources` the quote was found in (absent when it has none). */
  source?: QuoteSource;
}

/** The house style the article is checked against, and why (the same choice as hover's). */
interface ExportedHouseStyle {
  style: HouseStyle;
  reason: HouseStyleReason;
  /** The agency it was chosen from, for the reasons `front-matter-agency` and `dateline-agency`. */
  agency: string | null;
}

export interface ExportedArticle {
  headline: string | null;
  /** Publication date, ISO (`2023-09-28`), as the front matter writes it. */
  date: string | null;
  agency: string | null;
  byline: string[];
  lang: string;
  dateline: ExportedDateline | null;
  houseStyle: ExportedHouseStyle;
  speakers: ExportedSpeaker[];
  quotes: ExportedQuote[];
  /** The publishable article: markup removed, words verbatim. */
  text: string;
}

export function buildModel(article: ParsedArticle, options: Pick<ServiceOptions, 'style' | 'sources' | 'spellingVariants'>): ExportedArticle {
  const fm = article.frontMatter;
  const context = articleContext(article, options);
  const speakers = (fm?.speakers ?? []).map(exportSpeaker);
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  return {
    headline: fm?.headline?.value ?? null,
    date: publicationIso(article),
    agency: fm?.agency?.value ?? null,
    byline: (fm?.byline ?? []).map((b) => b.text),
    lang: fm?.lang?.value ?? 'en',
    dateline: exportDateline(article, options),
    houseStyle: { style: context.houseStyle.style, reason: context.houseStyle.reason, agency: context.houseStyle.agency ?? null },
    speakers,
    quotes: [...allQuotes(article)].map((q) => exportQuote(q, names, quoteSourceOf(article, q, options))),
    text: strip(article),
  };
}

function exportSpeaker(s: SpeakerDefinition): ExportedSpeaker {
  return {
    id: s.id,
    name: s.name?.value ?? s.id,
    kind: s.kind,
    role: s.role?.value ?? null,
    org: s.org?.value ?? null,
    aliases: s.aliases.map((a) => a.text),
    reason: s.reason?.value ?? null,
  };
}

function exportQuote(q: Quote, names: Map<string, string>, source: QuoteSource | undefined): ExportedQuote {
  return {
    speaker: q.speakerId,
    speakerName: names.get(q.speakerId) ?? null,
    kind: q.kind,
    text: q.text,
    offsets: { start: q.start, end: q.end, contentStart: q.content.start, contentEnd: q.content.end },
    depth: q.depth,
    ...(source ? { source } : {}),
  };
}

function publicationIso(article: ParsedArticle): string | null {
  const parsed = article.frontMatter?.date?.parsed;
  return parsed ? formatIsoDate(parsed) : null;
}

function exportDateline(article: ParsedArticle, options: Pick<ServiceOptions, 'style'>): ExportedDateline | null {
  const d = article.dateline;
  if (!d) return null;
  const t = article.text;
  const end = d.separator ? d.separator.start : d.agencyParens ? d.agencyParens.end : d.bodyStart;
  // The date weekdays are counted from: the dateline's own, else the publication date.
  const reference = articleContext(article, options).reference;
  return {
    text: t.slice(d.place?.start ?? d.start, end).trim(),
    place: d.place?.text ?? null,
    region: d.region?.text ?? null,
    dateText: d.date?.text ?? null,
    date: reference ? formatIsoDate(reference.date) : null,
    dateWritten: !!d.date,
    agency: d.agency?.text ?? null,
    separator: d.separator?.text ?? null,
  };
}
