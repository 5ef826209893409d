// A paragraph as published text interleaved with its quotes (nested ones inside their parent),
// for the renderings that mark quotes up inline: NITF, the HTML page and the live preview. The
// words are exactly those of strip(). The dateline may be cut off as a piece of its own.

import { publish } from '../parser/quoteSpans';
import type { Paragraph, ParsedArticle, Quote } from '../syntax';

/** Published words, or the dateline's; or a quote, its words (and nested quotes) as children. */
export type Segment = { type: 'text' | 'dateline'; text: string } | { type: 'quote'; quote: Quote; children: Segment[] };

/**
 * The paragraph's pieces. With `datelineEnd` (the dateline's body start, in this paragraph), the
 * text before it is one `dateline` piece, unless a quote starts inside it (then no cut is made).
 */
export function paragraphSegments(article: ParsedArticle, paragraph: Paragraph, datelineEnd?: number): Segment[] {
  const t = article.text;
  const first = paragraph.quotes[0];
  if (datelineEnd === undefined || datelineEnd <= paragraph.start || datelineEnd > paragraph.end || (first && first.start < datelineEnd)) {
    return between(t, paragraph.start, paragraph.end, paragraph.quotes);
  }
  const dateline: Segment[] = [];
  pushText(dateline, t, paragraph.start, datelineEnd);
  const rest = between(t, datelineEnd, paragraph.end, paragraph.quotes);
  return dateline.length ? [{ type: 'dateline', text: (dateline[0] as { text: string }).text }, ...rest] : rest;
}

function between(t: string, start: number, end: number, quotes: Quote[]): Segment[] {
  const out: Segment[] = [];
  let pos = start;
  for (const q of quotes) {
    if (q.start < pos || q.end > end) continue; // malformed overlap: leave it to the text
    pushText(out, t, pos, q.start);
    out.push({ type: 'quote', quote: q, children: between(t, q.content.start, q.content.end, q.children) });
    pos = q.end;
  }
  pushText(out, t, pos, end);
  return out;
}

function pushText(out: Segment[], t: string, start: number, end: number): void {
  if (end <= start) return;
  let text = publish(t, start, end);
  // publish() trims spaces at the end of what it is given (meant for whole paragraphs); a piece
  // that ends before a quote keeps them: "Chen said [...]" needs its space.
  let k = end;
  while (k > start && (t[k - 1] === ' ' || t[k - 1] === '\t')) k--;
  const trail = t.slice(k, end);
  if (trail && !text.endsWith(trail)) text += trail;
  if (text) out.push({ type: 'text', text });
}
