// One article, start to end: read it, fix it if asked, report its diagnostics. The same function
// runs in-process and inside worker threads, so it takes and returns plain data only.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LanguageService, type ServiceOptions } from '../service';
import { fixAllText } from '../service/features/fixAll';
import { unifiedDiff } from './diff';
import { reason } from './files';
import { writeAtomically } from './fix';

export type FixMode = 'none' | 'fix' | 'dry-run';

export interface AnalyseTask {
  file: string;
  /** The path as reports show it. */
  display: string;
  options: ServiceOptions;
  fix: FixMode;
}

export interface AnalyseResult {
  file: string;
  display: string;
  /** Set when the file could not be read or written: one line. */
  error?: string;
  diagnostics: Diagnostic[];
  /** Whether fixing changed the text (written with `fix`, shown with `dry-run`). */
  changed: boolean;
  /** `dry-run`: the unified diff of the fixes. */
  diff?: string;
}

/** Reads without touching the text: a BOM and CRLF stay, the service handles both. */
export function readArticle(file: string): string {
  return readFileSync(file).toString('utf8');
}

export function analyse(task: AnalyseTask): AnalyseResult {
  const base = { file: task.file, display: task.display, diagnostics: [], changed: false };
  let text: string;
  try {
    text = readArticle(task.file);
  } catch (e) {
    return { ...base, error: `cannot read "${task.display}": ${reason(e)}` };
  }
  const service = new LanguageService();
  const uri = pathToFileURL(task.file).href;
  const document = (t: string, version: number) => ({ uri, version, getText: () => t });
  let finalText = text;
  let diff: string | undefined;
  // The version under which the final text is (or will be) parsed; the diagnostics reuse that parse.
  let finalVersion = 1000;
  if (task.fix !== 'none') {
    // Each pass is a new version, so the service's per-version cache never serves a stale parse.
    let last = { text, version: 0 };
    finalText = fixAllText(text, (t, pass) => { last = { text: t, version: pass + 1 }; return service.parse(document(t, pass + 1)); }, task.options).text;
    // Usually the last pass parsed the final text and found nothing more to fix.
    if (last.text === finalText && last.version > 0) finalVersion = last.version;
    if (finalText !== text && task.fix === 'fix') {
      try {
        writeAtomically(task.file, finalText);
      } catch (e) {
        return { ...base, error: `cannot write "${task.display}": ${reason(e)}` };
      }
    }
    if (finalText !== text && task.fix === 'dry-run') diff = unifiedDiff(text, finalText, task.display);
  }
  const diagnostics = service.diagnostics(document(finalText, finalVersion), task.options);
  return { ...base, diagnostics, changed: finalText !== text, ...(diff !== undefined ? { diff } : {}) };
}
