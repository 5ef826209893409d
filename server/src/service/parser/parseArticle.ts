// Parses a whole article: BOM, front matter, blocks, then each paragraph's inline markup.
//
// Paragraph results are cached by their text, with offsets relative to the paragraph, so that an
// edit re-parses only the paragraphs it touched; the others are re-used and moved to their new
// offsets. The cache keeps just the paragraphs of the last version, so it never outgrows the
// document.

import type { Block, Heading, LooseQuotation, Mention, MarkupProblem, Paragraph, ParsedArticle, Quote, SpeakerDefinition } from '../syntax';
import { LineIndex } from '../text/lineIndex';
import { recogniseDateline } from '../dateline';
import { splitBlocks } from './blocks';
import { parseFrontMatter } from './frontMatter';
import { findLooseQuotations } from './looseQuotations';
import { buildSpeakerMatcher, findMentions, type SpeakerMatcher } from './mentions';
import { parseQuoteSpans } from './quoteSpans';

interface CachedParagraph {
  quotes: Quote[];
  problems: MarkupProblem[];
  loose: LooseQuotation[];
  mentionsKey?: string;
  mentions?: Mention[];
}

export interface ParseStats {
  paragraphs: number;
  reparsed: number;
}

export class ArticleParser {
  private cache = new Map<string, CachedParagraph>();
  /** Counts of the last parse: how many paragraphs there were and how many had to be read anew. */
  lastStats: ParseStats = { paragraphs: 0, reparsed: 0 };

  parse(uri: string, version: number, text: string): ParsedArticle {
    const lines = new LineIndex(text);
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const frontMatter = parseFrontMatter(text, start);
    const bodyStart = frontMatter ? frontMatter.end : start;
    const speakers: SpeakerDefinition[] = frontMatter?.speakers ?? [];
    const speakersById = new Map<string, SpeakerDefinition>();
    for (const s of speakers) if (!speakersById.has(s.id)) speakersById.set(s.id, s);
    const matcher = buildSpeakerMatcher(speakers);

    const split = splitBlocks(text, bodyStart);
    const nextCache = new Map<string, CachedParagraph>();
    const blocks: Block[] = [];
    const mentions: Mention[] = [];
    let reparsed = 0;
    for (const raw of split.blocks) {
      if (raw.type === 'comment') { blocks.push({ type: 'comment', start: raw.start, end: raw.end }); continue; }
      const t = text.slice(raw.start, raw.end);
      let cached = nextCache.get(t) ?? this.cache.get(t);
      if (!cached) {
        reparsed++;
        cached = raw.type === 'paragraph' ? readParagraph(t) : { quotes: [], problems: [], loose: [] };
      }
      if (cached.mentionsKey !== matcher.key) {
        cached.mentions = findMentions(t, matcher);
        cached.mentionsKey = matcher.key;
      }
      nextCache.set(t, cached);
      for (const m of cached.mentions!) mentions.push({ ...m, start: m.start + raw.start, end: m.end + raw.start });
      if (raw.type === 'heading') blocks.push(readHeading(text, raw.start, raw.end));
      else blocks.push(placeParagraph(cached, raw.start, raw.end));
    }
    this.cache = nextCache;
    this.lastStats = { paragraphs: split.blocks.length, reparsed };

    const firstParagraph = blocks.find((b): b is Paragraph => b.type === 'paragraph');
    const dateline = firstParagraph ? safe(() => recogniseDateline(text, firstParagraph.start, firstParagraph.end)) : undefined;
    return { uri, version, text, lines, bodyStart, frontMatter, blocks, comments: split.comments, dateline, firstParagraph, mentions, speakersById };
  }
}

function readParagraph(t: string): CachedParagraph {
  const markup = parseQuoteSpans(t);
  return { quotes: markup.quotes, problems: markup.problems, loose: findLooseQuotations(t, markup.quotes) };
}

function readHeading(text: string, start: number, end: number): Heading {
  let i = start;
  while (i < end && text[i] === '#') i++;
  const level = Math.min(3, Math.max(1, i - start)) as 1 | 2 | 3;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return { type: 'heading', level, start, end, title: { start: i, end, text: text.slice(i, end) } };
}

function placeParagraph(c: CachedParagraph, start: number, end: number): Paragraph {
  return {
    type: 'paragraph', start, end,
    quotes: c.quotes.map((q) => shiftQuote(q, start)),
    problems: c.problems.map((p) => ({ ...p, start: p.start + start, end: p.end + start })),
    looseQuotations: c.loose.map((l) => ({ ...l, start: l.start + start, end: l.end + start })),
  };
}

function shiftQuote(q: Quote, d: number): Quote {
  return {
    ...q,
    start: q.start + d,
    end: q.end + d,
    content: { start: q.content.start + d, end: q.content.end + d },
    speakerSpan: { start: q.speakerSpan.start + d, end: q.speakerSpan.end + d },
    children: q.children.map((c) => shiftQuote(c, d)),
  };
}

/** The dateline recogniser is heuristic: a bug in it must cost the dateline, not the whole parse. */
function safe<T>(f: () => T): T | undefined {
  try { return f(); } catch { return undefined; }
}
