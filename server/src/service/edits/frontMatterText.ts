// Where the front matter edits put new text, shared by every fix that writes into the front matter
// (a speaker, a slug): a new front matter before the body, or a line at the end of the YAML.

import type { OffsetEdit } from '../diagnostics/finding';

/** A new front matter holding `yaml` (lines each ending in `eol`), at the top, after a BOM. */
export function newFrontMatterEdit(text: string, eol: string, yaml: string): OffsetEdit {
  const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { start: at, end: at, newText: `---${eol}${yaml}---${eol}${eol}` };
}

/** `lines` (each ending in `eol`) inserted at `at`, on a line of their own. */
export function insertLinesEdit(text: string, at: number, eol: string, lines: string): OffsetEdit {
  const code = at > 0 ? text.charCodeAt(at - 1) : 0x0a;
  const pad = code !== 0x0a && code !== 0x0d ? eol : '';
  return { start: at, end: at, newText: pad + lines };
}
