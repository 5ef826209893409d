// Questions every editor feature asks of the tree: what is at this offset, which quotes and
// mentions belong to a speaker. Lookups by offset use binary search over the blocks.

import { allQuotes, type Dateline, type Mention, type Paragraph, type ParsedArticle, type Quote, type SpeakerDefinition, type TextSpan } from './syntax';

export type Target =
  /** `@id` after a quote. */
  | { type: 'speaker-reference'; speakerId: string; span: TextSpan; quote: Quote }
  /** The speaker's entry in the front matter (its id key, or any of its fields). */
  | { type: 'speaker-definition'; speakerId: string; span: TextSpan; speaker: SpeakerDefinition }
  | { type: 'mention'; speakerId: string; span: TextSpan; mention: Mention }
  /** Inside a quote's words (the innermost quote). */
  | { type: 'quote'; span: TextSpan; quote: Quote }
  | { type: 'dateline'; span: TextSpan; dateline: Dateline };

const inside = (s: TextSpan, offset: number) => offset >= s.start && offset <= s.end;
const strictlyInside = (s: TextSpan, offset: number) => offset >= s.start && offset < s.end;

/** Binary search in spans sorted by position that do not overlap: the one holding the offset (ends included). */
function spanAt<T extends TextSpan>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The paragraph holding the offset (ends included); undefined in a heading, a comment or between blocks. */
export function paragraphAt(article: ParsedArticle, offset: number): Paragraph | undefined {
  const block = spanAt(article.blocks, offset);
  return block?.type === 'paragraph' ? block : undefined;
}

export function targetAt(article: ParsedArticle, offset: number): Target | undefined {
  // Front matter: a speaker's entry.
  const fm = article.frontMatter;
  if (fm && offset < fm.end) {
    for (const s of fm.speakers) {
      if (inside(s.idSpan, offset) || (s.name && inside(s.name, offset)) || s.aliases.some((a) => inside(a, offset) && a.end <= fm.end)) {
        return { type: 'speaker-definition', speakerId: s.id, span: inside(s.idSpan, offset) ? s.idSpan : s.name && inside(s.name, offset) ? s.name : s.aliases.find((a) => inside(a, offset))!, speaker: s };
      }
    }
    return undefined;
  }
  const chain = chainAt(article, offset);
  // On `{@id}` (the `@` included) of the innermost quote or one of its ancestors' tails (a
  // tail lies after the quote's `]` and, as the chain holds the offset, before its end).
  for (const q of chain) {
    const at = { start: q.speakerSpan.start - 1, end: q.speakerSpan.end };
    if (inside(at, offset)) return { type: 'speaker-reference', speakerId: q.speakerId, span: q.speakerSpan, quote: q };
  }
  const mention = mentionAt(article, offset);
  if (mention) return { type: 'mention', speakerId: mention.speakerId, span: mention, mention };
  const d = article.dateline;
  if (d && inside({ start: d.start, end: Math.max(d.start, d.bodyStart - 1) }, offset)) return { type: 'dateline', span: d, dateline: d };
  // Inside a quote's words: the innermost quote.
  if (chain.length) return { type: 'quote', span: chain[0], quote: chain[0] };
  return undefined;
}

/** Quotes holding the offset, innermost first. */
function chainAt(article: ParsedArticle, offset: number): Quote[] {
  const chain: Quote[] = [];
  let level = paragraphAt(article, offset)?.quotes ?? [];
  for (;;) {
    const q = level.find((x) => strictlyInside(x, offset));
    if (!q) break;
    chain.unshift(q);
    level = q.children;
  }
  return chain;
}

function mentionAt(article: ParsedArticle, offset: number): Mention | undefined {
  return spanAt(article.mentions, offset);
}

export function quotesOf(article: ParsedArticle, speakerId: string): Quote[] {
  return [...allQuotes(article)].filter((q) => q.speakerId === speakerId);
}

export function mentionsOf(article: ParsedArticle, speakerId: string): Mention[] {
  return article.mentions.filter((m) => m.speakerId === speakerId);
}

export interface QuoteCounts {
  direct: number;
  partial: number;
  indirect: number;
  total: number;
}

export function countQuotes(quotes: Iterable<Quote>): QuoteCounts {
  const c: QuoteCounts = { direct: 0, partial: 0, indirect: 0, total: 0 };
  for (const q of quotes) { c[q.kind]++; c.total++; }
  return c;
}
