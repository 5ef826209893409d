// Fix-all: every preferred mechanical fix of the article's problems that can be applied together.
// Shared by the editor's `source.fixAll.newsmark` and the command line's --fix.

import { applyEdits, chooseFixAll } from '../edits/applyEdits';
import type { Finding, OffsetEdit } from '../diagnostics/finding';

export function fixAllEdits(findings: readonly Finding[]): OffsetEdit[] {
  return chooseFixAll(findings.map((f) => f.fixes?.find((x) => x.preferred)));
}

/**
 * Applies fix-all repeatedly (a fix can reveal or unblock another) until nothing changes, at most
 * `maxPasses` times. `findingsOf` checks a text (pass 0 is the text given).
 */
export function fixAllText(text: string, findingsOf: (text: string, pass: number) => Finding[], maxPasses = 5): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = fixAllEdits(findingsOf(current, pass));
    if (!edits.length) break;
    current = applyEdits(current, edits);
    applied += edits.length;
  }
  return { text: current, applied };
}
