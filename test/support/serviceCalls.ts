// The service calls the golden and planted-bug tests make, in one place: when the service's method
// signatures change, only these lines follow. Each uses the rethrowing test service.
import type { Diagnostic, DocumentSymbol, TextEdit } from 'vscode-languageserver-types';
import { NEVER_CANCELLED, fixesOf, type ServiceOptions } from '../../server/src/service';
import { doc } from './documents';
import { testService } from './service';

export function diagnosticsOf(text: string, options?: Partial<ServiceOptions>, uri?: string): Diagnostic[] {
  return testService().diagnostics(doc(text, uri), {}, options ?? {}, NEVER_CANCELLED);
}

export function stripOf(text: string): string {
  return testService().strip(doc(text), {}, {}, NEVER_CANCELLED);
}

export function outlineOf(text: string, groupBy: 'speaker' | 'section' = 'speaker'): DocumentSymbol[] {
  return testService().documentSymbols(doc(text), { groupBy }, {}, NEVER_CANCELLED);
}

/** The text after fix-all (every preferred fix, pass after pass, as `newsmark check --fix`) and the edits applied. */
export function fixAllOf(text: string, options?: Partial<ServiceOptions>): { text: string; applied: number } {
  const { text: fixed, applied } = testService().fixAll(doc(text), {}, options ?? {}, NEVER_CANCELLED);
  return { text: fixed, applied };
}

export function parseOf(text: string) {
  return testService().parse(doc(text));
}

export { fixesOf };

/** `text` with the LSP edits applied (positions read on `text` itself). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const d = doc(text);
  const offsets = edits.map((e) => ({ start: d.offsetAt(e.range.start), end: d.offsetAt(e.range.end), newText: e.newText }));
  offsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of offsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text after applying the first fix of the first diagnostic with `code`. */
export function textAfterFirstFix(text: string, code: string, options?: Partial<ServiceOptions>): string {
  const d = diagnosticsOf(text, options).find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} diagnostic`);
  const fix = fixesOf(d)[0];
  if (!fix) throw new Error(`${code} has no fix`);
  return applyTextEdits(text, fix.edits);
}
