// The article as it will be published, as data for a renderer: the headline, the byline, the
// dateline with its resolved date, the paragraphs and subheadings as strip() publishes them, the
// quotes inside them (speaker, kind, nesting), the quoted speakers with their counts and tints, and
// the diagnostics by source line. The live preview (`newsmark/segments`) and `newsmark export
// --format html` both draw this, so the two cannot disagree.

import type { Diagnostic } from 'vscode-languageserver-types';
import type { PublishedArticle, PublishedBlock, PublishedDiagnostic, PublishedSegment, PublishedSpeaker } from '../../protocol/preview';
import { articleContext, speakerIndex } from '../context/articleContext';
import { formatIsoDate } from '../domain/calendar';
import type { ServiceOptions } from '../options';
import { publish, publishOpening } from '../parser/quoteSpans';
import { paragraphAt } from '../query';
import type { ParsedArticle } from '../syntax';
import { paragraphSegments, type Segment } from './segments';
import { speakerTints } from './speakerTints';

const SEVERITIES: readonly PublishedDiagnostic['severity'][] = ['error', 'warning', 'info', 'hint'];

export function publishedArticle(article: ParsedArticle, options: Pick<ServiceOptions, 'style'>, diagnostics: readonly Diagnostic[]): PublishedArticle {
  const fm = article.frontMatter;
  const lineOf = (offset: number) => article.lines.lineOf(offset);
  const datelineEnd = article.dateline && article.firstParagraph ? article.dateline.bodyStart : undefined;
  const blocks: PublishedBlock[] = [];
  for (const b of article.blocks) {
    if (b.type === 'heading') {
      blocks.push({ type: 'heading', level: b.level, line: lineOf(b.start), endLine: lineOf(b.end), text: publish(article.text, b.title.start, b.title.end) });
    } else if (b.type === 'paragraph') {
      const segments = paragraphSegments(article, b, b === article.firstParagraph ? datelineEnd : undefined);
      blocks.push({ type: 'paragraph', line: lineOf(b.start), endLine: lineOf(b.end), segments: segments.map((s) => published(s, lineOf)) });
    }
  }
  return {
    uri: article.uri,
    version: article.version,
    lang: fm?.lang?.value ?? 'en',
    headline: fm?.headline?.value ?? null,
    byline: (fm?.byline ?? []).map((b) => b.text),
    dateline: publishedDateline(article, options),
    blocks,
    speakers: publishedSpeakers(article),
    diagnostics: diagnostics
      .map((d) => ({ line: d.range.start.line, severity: SEVERITIES[(d.severity ?? 1) - 1] ?? 'error', message: d.message, code: String(d.code ?? '') }))
      .sort((a, b) => a.line - b.line),
  };
}

function published(s: Segment, lineOf: (offset: number) => number): PublishedSegment {
  if (s.type !== 'quote') return s;
  const q = s.quote;
  return { type: 'quote', speakerId: q.speakerId, kind: q.kind, depth: q.depth, line: lineOf(q.start), children: s.children.map((c) => published(c, lineOf)) };
}

function publishedDateline(article: ParsedArticle, options: Pick<ServiceOptions, 'style'>): PublishedArticle['dateline'] {
  const d = article.dateline;
  if (!d) return null;
  const reference = articleContext(article, options).reference;
  return {
    // Published as the start of its paragraph: "(Xinhua[) -- ]{@x}" keeps no "[" of the quote.
    text: publishOpening(article.text, d.start, d.bodyStart, paragraphAt(article, d.start)?.end ?? d.bodyStart).trim(),
    date: reference ? formatIsoDate(reference.date) : null,
    dateWritten: !!d.date,
    line: article.lines.lineOf(d.start),
  };
}

function publishedSpeakers(article: ParsedArticle): PublishedSpeaker[] {
  const index = speakerIndex(article);
  return [...speakerTints(article)].map(([id, tint]) => {
    const definition = index.definitions.get(id);
    const quotes = { direct: 0, partial: 0, indirect: 0 };
    for (const q of index.quotes.get(id) ?? []) quotes[q.kind]++;
    return {
      id,
      name: definition?.name?.value ?? id,
      role: definition?.role?.value ?? null,
      kind: definition?.kind ?? null,
      defined: !!definition,
      quotes,
      tint,
    };
  });
}
