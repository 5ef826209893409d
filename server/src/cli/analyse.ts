// One article, start to end: read it, fix it if asked, report its diagnostics. The same function
// runs in-process and inside worker threads, so it takes and returns plain data only.
// A fix is written only over the very bytes that were read, never into a read-only file and never
// through a symbolic link out of the paths given (cli/atomicWrite.ts); a file left alone for one of
// these reasons is `skipped`, and its report is that of the text as read.

import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { lineLogger, NEVER_CANCELLED, type ArticleDocument, type ILanguageService, type ServiceOptions } from '../service';
import { unifiedDiff } from './diff';
import { reason } from './files';
import { readRegularFileSync } from '../workspace/regularFiles';
import { WriteRefused, writeAtomically } from './atomicWrite';
import { withSources } from './sources';
import { withThreadService } from './threadService';

export type FixMode = 'none' | 'fix' | 'dry-run';

export interface AnalyseTask {
  file: string;
  /** The path as reports show it. */
  display: string;
  options: ServiceOptions;
  fix: FixMode;
  /** `fix`: real paths of what the user named; a symbolic link is written through only into these. */
  within?: string[];
}

export interface AnalyseResult {
  file: string;
  display: string;
  /** Set when the file could not be read or written: one line. */
  error?: string;
  /** Set when fixes were not written to protect the file: one line; the diagnostics are of the text as read. */
  skipped?: string;
  diagnostics: Diagnostic[];
  /** Whether fixing changed the text (written with `fix`, shown with `dry-run`; false when skipped). */
  changed: boolean;
  /** `dry-run`: the unified diff of the fixes. */
  diff?: string;
}

/** Reads without touching the text: a BOM and CRLF stay, the service handles both. Regular files only. */
export function readArticle(file: string): string {
  return readRegularFileSync(file).toString('utf8');
}

/**
 * The command line's error boundary, per file: a bug the service throws or reports to its logger
 * while checking this file becomes the file's `error` (shown with its path, exit status 2), and
 * the other files are still checked.
 */
export function analyse(task: AnalyseTask): AnalyseResult {
  const base = { file: task.file, display: task.display, diagnostics: [], changed: false };
  const failures: string[] = [];
  // Warnings and notes go straight to stderr; an error means the answer may be degraded.
  const logger = lineLogger((line) => process.stderr.write(`newsmark: ${task.display}: ${line}\n`));
  logger.error = (message, error) => failures.push(error === undefined ? message : `${message}: ${reason(error)}`);
  const uri = pathToFileURL(task.file).href;
  try {
    const result = withThreadService(uri, logger, (service) => analyseWith(service, task, uri));
    return failures.length ? { ...base, error: `cannot check "${task.display}": ${failures[0]}` } : result;
  } catch (e) {
    return { ...base, error: `cannot check "${task.display}": ${reason(e)}` };
  }
}

function analyseWith(service: ILanguageService, task: AnalyseTask, uri: string): AnalyseResult {
  const base = { file: task.file, display: task.display, diagnostics: [], changed: false };
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(task.file);
  } catch (e) {
    return { ...base, error: `cannot read "${task.display}": ${reason(e)}` };
  }
  const text = bytes.toString('utf8');
  const asRead: ArticleDocument = { uri, version: 0, getText: () => text };
  task = { ...task, options: withSources(service, asRead, task.options, task.file) };
  let document = asRead;
  let finalText = text;
  let diff: string | undefined;
  if (task.fix !== 'none') {
    // The document of the fixed text comes back with the version it was checked as, so the
    // diagnostics below re-use that parse.
    const fixed = service.fixAll(document, {}, task.options, NEVER_CANCELLED);
    finalText = fixed.text;
    document = fixed.document;
    if (finalText !== text && task.fix === 'fix') {
      try {
        writeAtomically(task.file, finalText, { unchangedSince: bytes, ...(task.within ? { within: task.within } : {}) });
      } catch (e) {
        if (!(e instanceof WriteRefused)) return { ...base, error: `cannot save the fixes of "${task.display}": ${reason(e)}; the file is unchanged` };
        return { ...base, skipped: `"${task.display}" not fixed: ${e.message}`, diagnostics: service.diagnostics(asRead, {}, task.options, NEVER_CANCELLED).map(reported) };
      }
    }
    if (finalText !== text && task.fix === 'dry-run') diff = unifiedDiff(text, finalText, task.display);
  }
  const diagnostics = service.diagnostics(document, {}, task.options, NEVER_CANCELLED).map(reported);
  return { ...base, diagnostics, changed: finalText !== text, ...(diff !== undefined ? { diff } : {}) };
}

/**
 * What the reports show of a diagnostic (formatters/): its fixes, link and source stay behind, so
 * that a worker thread does not clone them back to the main thread for every file (issue 9).
 */
function reported(d: Diagnostic): Diagnostic {
  return { range: d.range, severity: d.severity, code: d.code, message: d.message };
}
