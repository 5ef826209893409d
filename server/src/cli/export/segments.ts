// A paragraph as published text interleaved with its quotes (nested ones inside their parent),
// for the formats that mark quotes up inline (NITF). The words are exactly those of strip().

import { publish, type Paragraph, type ParsedArticle, type Quote } from '../../service';

export type Segment = { type: 'text'; text: string } | { type: 'quote'; quote: Quote; children: Segment[] };

export function paragraphSegments(article: ParsedArticle, paragraph: Paragraph): Segment[] {
  return between(article.text, paragraph.start, paragraph.end, paragraph.quotes);
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
  if (trail && !text.endsWith(trail) && !t.slice(start, end).includes('-->')) text += trail;
  if (text) out.push({ type: 'text', text });
}
