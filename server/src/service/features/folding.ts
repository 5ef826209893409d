// Folding: the front matter, multi-line comments, and sections (a subheading down to the next
// subheading of the same or a higher level).
//
// The front matter folds with kind `comment`, like the editor's notes: both are the parts of the
// file that are never published, so "Fold All Block Comments" collapses exactly them and leaves
// the article as it will read. (`imports` would misname it, and `region` is meant for
// `#region` markers.)

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ParsedArticle, TextSpan } from '../syntax';

export function getFoldingRanges(article: ParsedArticle): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lastLine = (span: TextSpan) => article.lines.lineOf(Math.max(span.start, span.end - 1));
  const add = (span: TextSpan, kind?: FoldingRangeKind) => {
    const startLine = article.lines.lineOf(span.start);
    const endLine = lastLine(span);
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  const fm = article.frontMatter;
  if (fm) add(fm, FoldingRangeKind.Comment);
  for (const c of article.comments) add(c, FoldingRangeKind.Comment);

  const blocks = article.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i];
    if (heading.type !== 'heading') continue;
    // The section runs to the last block before the next heading of the same or a higher level.
    // With three levels a block is scanned for at most three open sections: linear overall.
    let last = i;
    for (let k = i + 1; k < blocks.length; k++) {
      const b = blocks[k];
      if (b.type === 'heading' && b.level <= heading.level) break;
      last = k;
    }
    add({ start: heading.start, end: blocks[last].end });
  }
  return outermostPerStartLine(ranges);
}

/** Editors keep one range per start line: keep the widest, sorted by line. */
function outermostPerStartLine(ranges: FoldingRange[]): FoldingRange[] {
  const byLine = new Map<number, FoldingRange>();
  for (const r of ranges) {
    const known = byLine.get(r.startLine);
    if (!known || r.endLine > known.endLine) byLine.set(r.startLine, r);
  }
  return [...byLine.values()].sort((a, b) => a.startLine - b.startLine);
}
