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
    return between(t, paragraph.start, paragraph.end, paragraph.quotes, paragraph.end);
  }
  const dateline: Segment[] = [];
  pushText(dateline, t, paragraph.start, datelineEnd, paragraph.end);
  const rest = between(t, datelineEnd, paragraph.end, paragraph.quotes, paragraph.end);
  return dateline.length ? [{ type: 'dateline', text: (dateline[0] as { text: string }).text }, ...rest] : rest;
}

function between(t: string, start: number, end: number, quotes: Quote[], paragraphEnd: number): Segment[] {
  const out: Segment[] = [];
  let pos = start;
  for (const q of quotes) {
    if (q.start < pos || q.end > end) continue; // malformed overlap: leave it to the text
    pushText(out, t, pos, q.start, paragraphEnd);
    out.push({ type: 'quote', quote: q, children: between(t, q.content.start, q.content.end, q.children, paragraphEnd) });
    pos = q.end;
  }
  pushText(out, t, pos, end, paragraphEnd);
  return out;
}

function pushText(out: Segment[], t: string, start: number, end: number, paragraphEnd: number): void {
  // publish() trims spaces at the end of what it is given (meant for whole paragraphs); a piece
  // that ends before a quote keeps them, also those before or after a comment: "Chen said
  // <!-- note --> [...]" needs its space. So the piece is published with a letter after it
  // (not one an escape can take), which is then dropped. An empty piece publishes nothing.
  const piece = `${t.slice(start, end)}x`;
  const text = end === paragraphEnd ? publish(t, start, end) : publish(piece, 0, piece.length).slice(0, -1);
  if (text) out.push({ type: 'text', text });
}
