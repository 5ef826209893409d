// The default report: one self-contained line per problem, `path:line:col  severity  message  code`
// (1-based, two spaces between fields), so that VS Code's `$newsmark` problem matcher and editors'
// "jump to file:line:col" understand every line; files are separated by a blank line, and a
// summary closes the report.

import { codeOf, countedReport, oneLine, severityWord, summaryLine, wholeReport, type StreamingFormatter } from './common';

const COLOURS: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '90' };
const paint = (on: boolean, code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

export const stylishReport: StreamingFormatter = ({ color }) => countedReport((f) => {
  if (!f.diagnostics.length) return '';
  return f.diagnostics.map((d) => {
    const severity = severityWord(d);
    const where = `${f.display}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    return `${paint(color, '4', where)}  ${paint(color, COLOURS[severity], severity)}  ${oneLine(d.message)}  ${paint(color, '2', codeOf(d))}`;
  }).join('\n') + '\n\n';
}, (counts, unfinished) => {
  const summary = summaryLine(counts, unfinished);
  return (summary === 'No problems' ? summary : paint(color, counts.error ? '1;31' : '1;33', summary)) + '\n';
});

/** The whole report at once (export prints an article's errors with it). */
export const stylish = wholeReport(stylishReport);
