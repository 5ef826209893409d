// What the cross-file features need of one article, computed once from its parse so that the tree
// and the text can be dropped: the workspace index keeps this for each article on disk (issue 11,
// "Scale": memory in proportion to speakers, quotes and mentions, not to text). Workspace symbols,
// a registry speaker's references and rename, the registry's quote lenses, the Speakers view and
// the report read it; they take a tree too, summarised here on the way (memoised per tree), so
// that an open document in its live version and a file on disk give the same answers.
//
// Ranges are LSP positions, packed four numbers to a range in one typed array per article (a
// Range object costs about four times as much). Strings kept here are copied out of the article's
// text: V8 may keep a slice of a string as a pointer into the whole text, which would keep every
// article's text alive through its speaker ids and opening words.

import type { Range } from 'vscode-languageserver-types';
import { articleContext } from '../context/articleContext';
import { openingWords, speakerLabel } from '../labels';
import { withDefaults, type ServiceOptions } from '../options';
import { summarizeArticle } from '../report/summarize';
import type { ReportSpeakerKind, ReportSummary } from '../report/summary';
import { allQuotes, type ParsedArticle, type Quote, type QuoteKind, type SpeakerRegistry, type TextSpan } from '../syntax';
import { oneLine } from '../text/characters';
import { idWithin } from '../features/navigation';

/** A front matter speaker: its id's range and, for rename, the range of the id as written inside it. */
interface DeclaredSpeaker {
  readonly id: string;
  /** The `name` field as written (unset when the entry has none). */
  readonly name?: string;
}

interface SummaryQuote {
  readonly speakerId: string;
  readonly kind: QuoteKind;
  /** The opening words, as the outline and workspace symbols name a quote. */
  readonly text: string;
  /** The speaker's label in this article (its name, else `@id`), the quote's container in workspace symbols. */
  readonly label: string;
}

/** A speaker quoted in the article, as the Speakers view and its article row need it. */
interface QuotedSpeaker {
  readonly id: string;
  /** The name of the definition in force (the article's or the registry's), one line; '' when none. */
  readonly name: string;
  readonly kind?: ReportSpeakerKind;
  /** The definition's id span as a range in this article; null without a definition. */
  readonly definition: Range | null;
  /** Indexes into `quotes`, in reading order. */
  readonly quotes: readonly number[];
}

export interface ArticleSummary {
  readonly uri: string;
  /** The front matter headline on one line, '' without one. */
  readonly headline: string;
  /** The registry the article was read against (workspace symbols list its speakers once). */
  readonly registry?: SpeakerRegistry;
  readonly declared: readonly DeclaredSpeaker[];
  readonly quotes: readonly SummaryQuote[];
  /** The speaker id of each mention. */
  readonly mentions: readonly string[];
  readonly quoted: readonly QuotedSpeaker[];
  /** The article's report summary (`newsmark report`'s figures for this one article). */
  readonly report: ReportSummary;
  /** See `quoteRange` and the others below: 4 numbers a range, quotes first, then speakers, then mentions. */
  readonly ranges: Uint32Array;
}

/** A tree or its summary: the cross-file features take either. */
export type WorkspaceArticle = ParsedArticle | ArticleSummary;

/** Speakers and quotes do not depend on the settings (as in `newsmark report`): the defaults serve every article. */
const SUMMARY_OPTIONS: Pick<ServiceOptions, 'style'> = withDefaults(undefined);

const memo = new WeakMap<ParsedArticle, { options: Pick<ServiceOptions, 'style'>; summary: ArticleSummary }>();

/** The summary of a tree or the summary itself. */
export function asSummary(article: WorkspaceArticle, options: Pick<ServiceOptions, 'style'> = SUMMARY_OPTIONS): ArticleSummary {
  if (!('blocks' in article)) return article;
  const known = memo.get(article);
  if (known && known.options === options) return known.summary;
  const summary = summarizeForWorkspace(article, options);
  memo.set(article, { options, summary });
  return summary;
}

export function summarizeForWorkspace(article: ParsedArticle, options: Pick<ServiceOptions, 'style'> = SUMMARY_OPTIONS): ArticleSummary {
  const strings = new Map<string, string>();
  const keep = (s: string) => {
    let kept = strings.get(s);
    if (kept === undefined) strings.set(s, (kept = detach(s)));
    return kept;
  };
  const quotes = [...allQuotes(article)];
  const declared = article.frontMatter?.speakers ?? [];
  const ranges = new Uint32Array(4 * (2 * quotes.length + 2 * declared.length + article.mentions.length));
  let next = 0;
  const put = (span: TextSpan) => {
    const r = article.lines.range(span);
    ranges.set([r.start.line, r.start.character, r.end.line, r.end.character], next);
    next += 4;
  };
  const labels = new Map<string, string>();
  const labelOf = (id: string) => {
    let label = labels.get(id);
    if (label === undefined) labels.set(id, (label = keep(speakerLabel(article, id))));
    return label;
  };
  const quoteIndex = new Map<Quote, number>();
  const summaryQuotes = quotes.map((q, i): SummaryQuote => {
    quoteIndex.set(q, i);
    put(q);
    put(q.speakerSpan);
    return { speakerId: keep(q.speakerId), kind: q.kind, text: detach(openingWords(q.text)), label: labelOf(q.speakerId) };
  });
  const summaryDeclared = declared.map((d): DeclaredSpeaker => {
    put(d.idSpan);
    put(idWithin(article.text, d.idSpan, d.id));
    return d.name?.value === undefined ? { id: keep(d.id) } : { id: keep(d.id), name: detach(d.name.value) };
  });
  const mentions = article.mentions.map((m) => (put(m), keep(m.speakerId)));
  const { definitions, quotes: bySpeaker } = articleContext(article, options).speakers;
  const quoted: QuotedSpeaker[] = [];
  for (const [id, ofSpeaker] of bySpeaker) {
    if (!id) continue; // a quote without a speaker id belongs to nobody
    const definition = definitions.get(id);
    quoted.push({
      id: keep(id),
      name: keep(oneLine(definition?.name?.value ?? '')),
      ...(definition ? { kind: definition.kind } : {}),
      // A registry's definition has its span in the registry file, not in this article: no range here.
      definition: definition && declared.includes(definition) ? article.lines.range(definition.idSpan) : null,
      quotes: ofSpeaker.map((q) => indexOf(quoteIndex, q)),
    });
  }
  return {
    uri: article.uri,
    headline: keep(oneLine(article.frontMatter?.headline?.value ?? '')),
    ...(article.registry ? { registry: article.registry } : {}),
    declared: summaryDeclared,
    quotes: summaryQuotes,
    mentions,
    quoted,
    report: detachReport(summarizeArticle(article, options), keep),
    ranges,
  };
}

export function quoteRange(s: ArticleSummary, quote: number): Range {
  return rangeAt(s, 2 * quote);
}

/** The `@id` after the quote. */
export function quoteSpeakerRange(s: ArticleSummary, quote: number): Range {
  return rangeAt(s, 2 * quote + 1);
}

/** The front matter entry's id key. */
export function declaredIdRange(s: ArticleSummary, speaker: number): Range {
  return rangeAt(s, 2 * s.quotes.length + 2 * speaker);
}

/** The id as written inside the entry's key (what a rename replaces). */
export function declaredRenameRange(s: ArticleSummary, speaker: number): Range {
  return rangeAt(s, 2 * s.quotes.length + 2 * speaker + 1);
}

export function mentionRange(s: ArticleSummary, mention: number): Range {
  return rangeAt(s, 2 * s.quotes.length + 2 * s.declared.length + mention);
}

function rangeAt(s: ArticleSummary, n: number): Range {
  const r = s.ranges;
  const i = 4 * n;
  return { start: { line: r[i], character: r[i + 1] }, end: { line: r[i + 2], character: r[i + 3] } };
}

function indexOf(quoteIndex: ReadonlyMap<Quote, number>, q: Quote): number {
  const i = quoteIndex.get(q);
  if (i === undefined) throw new Error('the article context holds a quote the tree does not');
  return i;
}

/** The report summary with its names copied out of the text (ids, dates and counts are short or new). */
function detachReport(r: ReportSummary, keep: (s: string) => string): ReportSummary {
  return {
    ...r,
    speakers: r.speakers.map((s) => ({ ...s, id: keep(s.id), variants: s.variants.map((v) => ({ ...v, name: keep(v.name), org: v.org === null ? null : keep(v.org) })) })),
    organisations: r.organisations.map((o) => ({ ...o, name: keep(o.name) })),
  };
}

/** A copy of `s` that shares no memory with the string it was cut from (see the top of the file). */
function detach(s: string): string {
  // Concatenation then flattening writes the characters anew; the slice points into that copy only.
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}
