// strip(): the publishable article. Front matter, comments and quote markup go; the words stay
// exactly as written, and so does the spacing between paragraphs.

import { publish } from './parser/quoteSpans';
import type { ParsedArticle } from './syntax';

export function strip(article: ParsedArticle): string {
  const t = article.text;
  const blocks = article.blocks;
  let out = '';
  let lastKeptEnd = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'comment') continue;
    if (lastKeptEnd >= 0) {
      // The separator is the text between the last kept block and the block right after it
      // (comment blocks in between are dropped with their own separators).
      let k = i - 1;
      while (k >= 0 && blocks[k].type === 'comment' && blocks[k].start > lastKeptEnd) k--;
      const next = blocks[k + 1];
      out += t.slice(lastKeptEnd, next.start);
    }
    if (b.type === 'heading') out += publish(t, b.title.start, b.title.end);
    else out += publish(t, b.start, b.end);
    lastKeptEnd = b.end;
  }
  if (lastKeptEnd >= 0) {
    const rest = t.slice(lastKeptEnd);
    out += /^\s*$/.test(rest) && !rest.includes('<!--') ? rest : (/^\r?\n/.exec(rest)?.[0] ?? '');
  }
  return out;
}
