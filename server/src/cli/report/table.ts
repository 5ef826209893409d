// `newsmark report` on a terminal (the default format): a line of totals, then each chart's table
// (the same figures the HTML page and the webview show beside their charts), columns aligned,
// numbers to the right.

import { plural, type ReportView } from '../../service';
import type { ChartTable, ReportChart } from '../../report/charts';

/** Longer cells are cut with an ellipsis, so that one long name does not push every row off the screen. */
const MAX_CELL = 40;

export function toTable(view: ReportView, charts: readonly ReportChart[]): string {
  const q = view.quotes;
  const head = `NewsMark quote report: ${plural(view.articles, 'article')}, ${plural(view.totalQuotes, 'quote')} `
    + `(${q.direct} direct, ${q.partial} partial, ${q.indirect} indirect), ${plural(view.speakers.length, 'speaker')} quoted\n`;
  return [head, ...charts.map((c) => textTable(c.table))].join('\n');
}

function textTable(table: ChartTable): string {
  const cells = [table.columns, ...table.rows].map((row) => row.map((c) => shorten(String(c))));
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number'));
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const lines = cells.map((row) => row.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  if (!table.rows.length) lines.push('(none)');
  return `${table.caption}\n${lines.join('\n')}\n`;
}

function shorten(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}
