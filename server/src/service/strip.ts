// strip(): the publishable article. Front matter, comments and quote markup go; the words stay
// exactly as written, and so does the spacing between paragraphs.

import { ESCAPABLE, markupBrackets } from './parser/quoteSpans';
import type { ParsedArticle } from './syntax';
import { isWhitespace } from './text/characters';

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

/**
 * The words of [start, end) with markup removed: escapes resolved, comments dropped (a comment
 * alone on its lines takes the lines with it), `[` and `]{@id}` of quote spans removed.
 */
export function publish(t: string, start: number, end: number): string {
  const markup = markupBrackets(t, start, end);
  let out = '';
  let i = start;
  while (i < end) {
    const ch = t[i];
    if (ch === '\\' && i + 1 < end && ESCAPABLE.has(t[i + 1])) {
      // `\]{` unescaped would read as quote markup again: keep that one escape.
      if (t[i + 1] === ']' && t[i + 2] === '{') out += '\\';
      out += t[i + 1];
      i += 2;
      continue;
    }
    if (ch === '<' && t.startsWith('<!--', i)) {
      const close = t.indexOf('-->', i + 4);
      let after = close === -1 || close + 3 > end ? end : close + 3;
      const lineStartOut = out.length === 0 || out.endsWith('\n') || out.endsWith('\r');
      let j = after;
      while (j < end && (t[j] === ' ' || t[j] === '\t')) j++;
      if (lineStartOut && (j === end || t[j] === '\n' || t[j] === '\r')) {
        // The comment filled its lines: drop its line break too.
        if (t[j] === '\r') j++;
        if (t[j] === '\n') j++;
        after = j;
      } else if (out.endsWith(' ') && t[after] === ' ') {
        after++; // "word <!-- x --> word": one space, not two
      }
      i = after;
      continue;
    }
    const skipTo = markup.get(i);
    if (skipTo !== undefined) { i = skipTo; continue; }
    out += ch;
    i++;
  }
  // A comment at the end of a paragraph leaves trailing spaces on its line: drop them.
  let e = out.length;
  while (e > 0 && isWhitespace(out.charCodeAt(e - 1)) && out[e - 1] !== '\n') e--;
  return out.slice(0, e);
}
