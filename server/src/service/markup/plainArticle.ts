// The plain article as agencies and the reference example file it: an optional header
// (` date YYYY-MM-DD Headline`, a blank line, the date written out, a blank line) and the body.
// The command line and the editor share this reader so that both take the same body.

import type { PlainArticleInput } from './types';

export function readPlainArticle(text: string): PlainArticleInput {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstEnd = lineEnd(src, 0);
  const m = /^ ?date (\d{4}-\d\d-\d\d)(?: (.*))?$/.exec(src.slice(0, firstEnd).replace(/\r$/, ''));
  if (!m) return { body: text };
  // After the header line: a blank line, the date line, a blank line, then the body.
  let pos = nextLine(src, firstEnd);
  let skipped = 0;
  while (pos < src.length && skipped < 3) {
    const e = lineEnd(src, pos);
    const line = src.slice(pos, e).trim();
    if (skipped === 1 && line === '') break; // no date line
    if (skipped !== 1 && line !== '') break;
    pos = nextLine(src, e);
    skipped++;
  }
  const headline = m[2]?.trim();
  return { body: src.slice(pos), date: m[1], ...(headline ? { headline } : {}) };
}

function lineEnd(s: string, from: number): number {
  const i = s.indexOf('\n', from);
  return i < 0 ? s.length : i;
}

function nextLine(s: string, end: number): number {
  return Math.min(s.length, end + 1);
}
