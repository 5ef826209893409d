// Where a result of the server points into a document, and whether it stays inside it. Every
// range in an answer is found by walking the JSON (so a new field of a feature is checked without
// naming it here), except below an object that names another document's uri.
import type { Position, Range } from 'vscode-languageserver-types';

/** The lengths of the lines of `text`, as LSP counts them (UTF-16 units, line ends excluded). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

const isPosition = (p: unknown): p is Position => typeof p === 'object' && p !== null && typeof (p as Position).line === 'number' && typeof (p as Position).character === 'number';
const isRange = (r: unknown): r is Range => typeof r === 'object' && r !== null && isPosition((r as Range).start) && isPosition((r as Range).end);

function positionProblem(p: Position, lengths: number[]): string | undefined {
  if (!Number.isInteger(p.line) || p.line < 0 || p.line >= lengths.length) return `line ${p.line} of ${lengths.length}`;
  if (!Number.isInteger(p.character) || p.character < 0 || p.character > lengths[p.line]) return `character ${p.character} of line ${p.line} (length ${lengths[p.line]})`;
  return undefined;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** What is wrong with `range` in a document of these line lengths, or undefined. */
function rangeProblem(range: Range, lengths: number[]): string | undefined {
  const bad = positionProblem(range.start, lengths) ?? positionProblem(range.end, lengths);
  if (bad) return bad;
  return before(range.start, range.end) ? undefined : 'start after end';
}

/**
 * The problems of every range in `value` (an answer, a diagnostic) for the document `uri` whose
 * lines have these lengths: out of the document, reversed, a folding range past the last line, a
 * symbol whose selection range is not inside its range.
 */
export function rangeProblems(value: unknown, uri: string, lengths: number[], where = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => rangeProblems(v, uri, lengths, `${where}[${i}]`));
  const record = value as Record<string, unknown>;
  if (typeof record.uri === 'string' && record.uri !== uri) return [];
  // A TextDocumentEdit names its document one level down.
  const named = record.textDocument as { uri?: unknown } | undefined;
  if (typeof named?.uri === 'string' && named.uri !== uri) return [];
  const problems: string[] = [];
  if (isRange(value)) {
    const bad = rangeProblem(value, lengths);
    if (bad) problems.push(`${where}: ${JSON.stringify(value)}: ${bad}`);
    return problems;
  }
  if (typeof record.startLine === 'number' && typeof record.endLine === 'number') {
    if (record.startLine < 0 || record.endLine >= lengths.length || record.startLine > record.endLine) problems.push(`${where}: folding ${record.startLine}-${record.endLine} of ${lengths.length} lines`);
  }
  if (isRange(record.range) && isRange(record.selectionRange) && !before(record.range.start, record.selectionRange.start) && !rangeProblem(record.range, lengths)) {
    problems.push(`${where}: selectionRange ${JSON.stringify(record.selectionRange)} starts before range ${JSON.stringify(record.range)}`);
  }
  if (isRange(record.range) && isRange(record.selectionRange) && !before(record.selectionRange.end, record.range.end) && !rangeProblem(record.range, lengths)) {
    problems.push(`${where}: selectionRange ${JSON.stringify(record.selectionRange)} ends after range ${JSON.stringify(record.range)}`);
  }
  for (const [key, v] of Object.entries(record)) {
    // WorkspaceEdit.changes is keyed by uri: only this document's edits are ours to check.
    if (key === 'changes' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      problems.push(...rangeProblems((v as Record<string, unknown>)[uri], uri, lengths, `${where}.changes`));
      continue;
    }
    problems.push(...rangeProblems(v, uri, lengths, `${where}.${key}`));
  }
  return problems;
}
