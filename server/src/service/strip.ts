// strip(): the publishable article. Front matter, comments and quote markup go; the words stay
// exactly as written, and so does the spacing between paragraphs.

import { publish } from './parser/quoteSpans';
import type { ParsedArticle } from './syntax';

export function strip(article: ParsedArticle): string {
  const t = article.text;
  const blocks = article.blocks;
  let out = '';
  let lastKept = -1; // the index of the last block kept
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'comment') continue;
    // The separator is the text between the last kept block and the block right after it
    // (comment blocks in between are dropped with their own separators).
    if (lastKept >= 0) out += t.slice(blocks[lastKept].end, blocks[lastKept + 1].start);
    if (b.type === 'heading') out += publish(t, b.title.start, b.title.end);
    else out += publish(t, b.start, b.end);
    lastKept = i;
  }
  if (lastKept >= 0) {
    // After the last block: the text as it is when it is only white space, else (comments
    // follow) the rest of the last block's line with its line break.
    const rest = t.slice(blocks[lastKept].end);
    out += /^\s*$/.test(rest) ? rest : (/^[ \t]*\r?\n/.exec(rest)?.[0] ?? '');
  }
  return out;
}
