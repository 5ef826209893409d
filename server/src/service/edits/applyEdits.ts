// Applying offset edits to a text, and choosing a conflict-free set of fixes (fix-all).

import type { FixProposal, OffsetEdit } from '../diagnostics/finding';

/** Applies non-overlapping edits (in any order) to `text`. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue; // overlapping: skipped (callers pass conflict-free edits)
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * The edits of one preferred fix per finding, leaving out any fix that overlaps one already taken,
 * so applying them all is safe. Run it again on the result to catch fixes it left out.
 */
export function chooseFixAll(fixes: readonly (FixProposal | undefined)[]): OffsetEdit[] {
  const taken: OffsetEdit[] = [];
  const overlaps = (e: OffsetEdit) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start && t.start === t.end));
  for (const fix of fixes) {
    // A fix that edits another file too (the registry) is the writer's choice, never fix-all's.
    if (!fix?.preferred || fix.elsewhere) continue;
    if (fix.edits.some(overlaps)) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}
