// `--format github`: GitHub Actions workflow commands, which become annotations on the pull
// request's lines. Errors and warnings keep their level; info and hints become notices.

import path from 'node:path';
import { codeOf, countedReport, severityWord, summaryLine, type ReportContext, type StreamingFormatter } from './common';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** Escaping of workflow command data (the message). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values also escape `:` and `,`. */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub attaches an annotation to a file by its path from the repository root: when the check
 * runs in a subfolder, paths relative to the current folder would attach to nothing.
 */
function annotationPath(display: string, context: ReportContext): string {
  if (!context.workspace || !context.cwd) return display;
  const fromRoot = path.relative(context.workspace, path.resolve(context.cwd, display));
  return fromRoot.startsWith('..') || path.isAbsolute(fromRoot) ? display : fromRoot.split(path.sep).join('/');
}

export const github: StreamingFormatter = (context) => countedReport((f) => {
  let text = '';
  for (const d of f.diagnostics) {
    const { start, end } = d.range;
    const props = [
      `file=${escapeProperty(annotationPath(f.display, context))}`,
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      `endColumn=${end.character + 1}`,
      `title=${escapeProperty(`newsmark ${codeOf(d)}`)}`,
    ];
    text += `::${LEVEL[severityWord(d)]} ${props.join(',')}::${escapeData(`${d.message} (${codeOf(d)})`)}\n`;
  }
  return text;
}, (counts, unfinished) => summaryLine(counts, unfinished) + '\n');
