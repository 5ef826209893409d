// What every report format needs: severities as words, counts, and the checked files. A report is
// written as the files finish (issue 9): each format opens a ReportStream that turns one file at
// a time into text, in the order of the files, and closes with its summary, so that a run over
// 10,000 articles never holds every diagnostic at once; the text is the same as a whole report's.

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

/** One report being written: `file` for each checked file in order, then `end` once. */
export interface ReportStream {
  file(report: FileReport): string;
  /** The closing text; `unfinished` counts the files not read or not written (told on standard error). */
  end(unfinished: number): string;
}

/** Opens a report: the text before the first file, and the stream for the rest. */
export type StreamingFormatter = (context: ReportContext) => { start: string; stream: ReportStream };

/** A whole report at once, from its streaming form. */
export function wholeReport(format: StreamingFormatter): Formatter {
  return (files, context) => {
    const { start, stream } = format(context);
    return start + files.map((f) => stream.file(f)).join('') + stream.end(context.unfinished ?? 0);
  };
}

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

export function noCounts(): Counts {
  return { error: 0, warning: 0, info: 0, hint: 0, total: 0 };
}

/** Adds a file's diagnostics to running counts. */
export function addCounts(c: Counts, f: FileReport): void {
  for (const d of f.diagnostics) { c[severityWord(d)]++; c.total++; }
}

/** A report that counts the diagnostics as the files pass, for the summary at its end. */
export function countedReport(file: (f: FileReport) => string, end: (counts: Counts, unfinished: number) => string): ReturnType<StreamingFormatter> {
  const counts = noCounts();
  return { start: '', stream: { file: (f) => { addCounts(counts, f); return file(f); }, end: (unfinished) => end(counts, unfinished) } };
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
