// Fix-all: every preferred mechanical fix of the article's diagnostics that can be applied together.
// Shared by the editor's `source.fixAll.newsmark` and the command line's --fix.

import { applyEdits, chooseFixAll } from '../edits/applyEdits';
import type { OffsetEdit } from '../diagnostics/finding';
import type { ServiceOptions } from '../options';
import type { ParsedArticle } from '../syntax';
import { collectFindings } from './diagnostics';

export function fixAllEdits(article: ParsedArticle, options: ServiceOptions): OffsetEdit[] {
  const findings = collectFindings(article, options);
  return chooseFixAll(findings.map((f) => f.fixes?.find((x) => x.preferred)));
}

/**
 * Applies fix-all repeatedly (a fix can reveal or unblock another) until nothing changes, at most
 * `maxPasses` times. `parse` turns a text into an article.
 */
export function fixAllText(text: string, parse: (text: string, pass: number) => ParsedArticle, options: ServiceOptions, maxPasses = 5): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = fixAllEdits(parse(current, pass), options);
    if (!edits.length) break;
    current = applyEdits(current, edits);
    applied += edits.length;
  }
  return { text: current, applied };
}
