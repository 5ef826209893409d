// What every report format needs: severities as words, counts, and the checked files.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { plural, type Severity } from '../../service';

export interface FileReport {
  /** Relative to the current folder, forward slashes. */
  display: string;
  diagnostics: Diagnostic[];
}

export interface ReportContext {
  version: string;
  /** Colour for terminals (stylish only). */
  color: boolean;
  /** The folder the displayed paths are relative to. */
  cwd?: string;
  /** The repository root annotations are relative to (GitHub's GITHUB_WORKSPACE). */
  workspace?: string;
  /** Files that could not be read or written (told on standard error): the summary never says "No problems" then. */
  unfinished?: number;
}

export type Formatter = (files: FileReport[], context: ReportContext) => string;

export function severityWord(d: Diagnostic): Severity {
  switch (d.severity) {
    case DiagnosticSeverity.Error: return 'error';
    case DiagnosticSeverity.Warning: return 'warning';
    case DiagnosticSeverity.Information: return 'info';
    case DiagnosticSeverity.Hint: return 'hint';
    default: return 'error'; // the LSP default for a missing severity
  }
}

export interface Counts { error: number; warning: number; info: number; hint: number; total: number }

export function countSeverities(files: readonly FileReport[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0, total: 0 };
  for (const f of files) for (const d of f.diagnostics) { c[severityWord(d)]++; c.total++; }
  return c;
}

/** "✖ 3 problems (1 error, 2 warnings, 0 infos, 0 hints)" or "No problems"; and the files left unfinished. */
export function summaryLine(c: Counts, unfinished = 0): string {
  const left = unfinished ? `${plural(unfinished, 'file')} not read or not written (see standard error)` : '';
  if (c.total === 0) return left ? `✖ ${left}` : 'No problems';
  return `✖ ${plural(c.total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}, ${plural(c.hint, 'hint')})${left ? `; ${left}` : ''}`;
}

/** A message on one line with single spaces, so that line-based problem matchers can split it. */
export { oneLine } from '../../service';

export function codeOf(d: Diagnostic): string {
  return d.code === undefined ? 'newsmark' : String(d.code);
}
