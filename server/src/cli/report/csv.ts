// `newsmark report --format csv`: one row per speaker and kind of quote, for a spreadsheet or a
// data frame. Columns (docs/cli.md):
//   speaker_id, speaker_name, speaker_kind, organisation, quote_kind, quotes, speaker_quotes, speaker_articles
// Speakers most quoted first, kinds in the order direct, partial, indirect, zero counts included
// (every speaker has its three rows). RFC 4180 quoting, CRLF line ends. A cell that a spreadsheet
// would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with `'`.

import { QUOTE_KINDS, type ReportView } from '../../service';

const CSV_COLUMNS = ['speaker_id', 'speaker_name', 'speaker_kind', 'organisation', 'quote_kind', 'quotes', 'speaker_quotes', 'speaker_articles'];

export function toCsv(view: ReportView): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of view.speakers) {
    for (const kind of QUOTE_KINDS) {
      lines.push([s.id, s.label, s.kind, s.org ?? '', kind, s.quotes[kind], s.total, s.articles].map(cell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
