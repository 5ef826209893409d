// What a check reports, before it becomes an LSP diagnostic: offsets, not positions, so that
// checks never deal with line/character arithmetic.

import type { DiagnosticCode } from './codes';

import type { Location, TextEdit } from 'vscode-languageserver-types';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** A mechanical fix: applying its edits repairs the problem. */
export interface FixProposal {
  /** What the fix does, as a code action title: "Capitalise the place", "Quote the headline". */
  title: string;
  edits: OffsetEdit[];
  /** The fix to prefer when several are offered (used by fix-all). */
  preferred?: boolean;
  /**
   * Edits of other files, by uri, in their own positions ("add to the registry" edits
   * `speakers.yaml`). Never preferred: fix-all edits only the article.
   */
  elsewhere?: Record<string, TextEdit[]>;
}

export interface Finding {
  code: DiagnosticCode;
  start: number;
  end: number;
  message: string;
  fixes?: FixProposal[];
  /** Spans that matter too (shown as related information); `location` when they lie in another file (a quote's source). */
  related?: { start: number; end: number; message: string; location?: Location }[];
}
