// `newsmark report --format html`: one self-contained page, readable offline and in a mail: each
// chart as inline SVG (ECharts' server-side rendering) with its table beside it, no script, and a
// content security policy that forbids every load from elsewhere (the page needs none). Colours
// follow the reader's light or dark preference (`color-scheme`), and the charts draw their text
// in `currentColor`, so they follow too, as they do in forced-colours (high-contrast) modes.

import { plural, type ReportView } from '../../service';
import type { ChartTable, ReportChart } from '../../report/charts';

/** No default source: nothing is fetched. Inline styles only (the page's and the SVG's attributes). */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.4; }
body { margin: 2rem auto; max-width: 80rem; padding: 0 1rem; background: Canvas; color: CanvasText; }
section { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; margin: 2rem 0; }
section > h2 { flex-basis: 100%; margin: 0; }
figure { margin: 0; flex: 1 1 38rem; max-width: 48rem; }
figure svg { max-width: 100%; height: auto; }
.table { flex: 1 1 24rem; overflow-x: auto; }
table { border-collapse: collapse; }
caption { text-align: start; font-weight: 600; padding-bottom: .4rem; }
th, td { border: 1px solid GrayText; padding: .2rem .5rem; }
th[scope=row] { text-align: start; font-weight: normal; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
`;

export function toHtml(view: ReportView, charts: readonly ReportChart[], svgOf: (chart: ReportChart) => string, generator: string): string {
  const q = view.quotes;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escape(generator)}">
<title>NewsMark quote report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Quote report</h1>
<p>${escape(`${plural(view.articles, 'article')}, ${plural(view.totalQuotes, 'quote')} (${q.direct} direct, ${q.partial} partial, ${q.indirect} indirect), ${plural(view.speakers.length, 'speaker')} quoted.`)}</p>
${charts.map((c) => section(c, svgOf(c))).join('\n')}
</body>
</html>
`;
}

function section(chart: ReportChart, svg: string): string {
  const id = `chart-${chart.id}`;
  return `<section id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${escape(chart.title)}</h2>
<figure>${accessibleSvg(svg, id, chart)}</figure>
<div class="table">${table(chart.table)}</div>
</section>`;
}

/** The SVG as an image with a name and a description (the table beside it holds the figures). */
function accessibleSvg(svg: string, id: string, chart: ReportChart): string {
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  const label = `<title id="${id}-title">${escape(chart.title)}</title><desc id="${id}-desc">${escape(chart.description)}</desc>`;
  return `${svg.slice(0, open).replace('<svg', `<svg role="img" aria-labelledby="${id}-title ${id}-desc"`)}>${label}${svg.slice(open + 1)}`;
}

function table(t: ChartTable): string {
  const head = `<tr>${t.columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr>`;
  const rows = t.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escape(String(c))}</th>` : typeof c === 'number' ? `<td class="n">${c}</td>` : `<td>${escape(c)}</td>`)).join('')}</tr>`);
  return `<table>\n<caption>${escape(t.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
