/// <reference lib="dom" />
// The Quote Report's page inside the webview (bundled to dist/reportView.js for the browser, not
// for the extension host): it receives the report view from the panel, builds the charts with the
// very builders the command line's HTML report uses (server/src/report/charts.ts) and draws them
// with ECharts, each beside a real <table> of its figures for screen readers.
//
// Drawn on canvas: the SVG renderer writes `style` attributes, which the page's content security
// policy (no 'unsafe-inline') refuses. Canvas has no `currentColor`, so the theme's foreground is
// read from the page (VS Code's --vscode-foreground) and the charts are drawn again when the theme
// changes (VS Code switches the body's class). Tooltips are drawn in the canvas too (`richText`),
// not as HTML with inline styles.

import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { reportCharts, type ChartTable, type ReportChart } from '../../../server/src/report/charts';
import type { FromWebview, RenderedReport, ScopeChoice, ToWebview } from './messages';
// esbuild writes it beside the script: dist/reportView.css.
import './reportView.css';
import { plural } from '../labels';

echarts.use([BarChart, PieChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };
const vscode = acquireVsCodeApi();
const post = (message: FromWebview) => vscode.postMessage(message);

const scopeSelect = document.getElementById('scope') as HTMLSelectElement;
const summary = document.getElementById('summary') as HTMLElement;
const main = document.getElementById('charts') as HTMLElement;
let instances: echarts.ECharts[] = [];
let last: ToWebview | undefined;

scopeSelect.addEventListener('change', () => post({ type: 'scope', scope: scopeSelect.value as ScopeChoice['value'] }));
// A chart is drawn at its preferred width, or narrower when the panel is: a chart wider than the
// panel would be cut at its edge (or only seen by scrolling), its largest bar out of sight.
const preferredWidths = new WeakMap<echarts.ECharts, number>();
const fittedWidth = (preferred: number) => Math.max(240, Math.min(preferred, main.clientWidth));
window.addEventListener('resize', () => {
  for (const instance of instances) instance.resize({ width: fittedWidth(preferredWidths.get(instance) ?? 0) });
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  last = event.data;
  show(event.data);
});
// VS Code marks the theme's kind on the body (vscode-light, vscode-dark, vscode-high-contrast).
new MutationObserver(() => last && show(last)).observe(document.body, { attributes: true, attributeFilter: ['class'] });
post({ type: 'ready' });

function show(message: ToWebview): void {
  fillScopes(message.scopes, message.scope);
  instances.forEach((i) => i.dispose());
  instances = [];
  main.replaceChildren();
  if (message.type === 'error') {
    summary.textContent = `No report: ${message.message}.`;
    post({ type: 'rendered', report: { scope: message.scope, articles: 0, charts: [] } });
    return;
  }
  const { view } = message;
  const q = view.quotes;
  summary.textContent = view.articles
    ? `${plural(view.articles, 'article')}, ${plural(view.totalQuotes, 'quote')} (${q.direct} direct, ${q.partial} partial, ${q.indirect} indirect), ${plural(view.speakers.length, 'speaker')} quoted.`
    : 'No articles in this scope yet (the workspace may still be indexing).';
  const style = { foreground: getComputedStyle(document.body).color || 'currentColor', highContrast: /\bvscode-high-contrast\b/.test(document.body.className) };
  const rendered: RenderedReport = { scope: message.scope, articles: view.articles, charts: [] };
  for (const chart of reportCharts(view, style)) rendered.charts.push(section(chart));
  post({ type: 'rendered', report: rendered });
}

function fillScopes(scopes: readonly ScopeChoice[], current: ScopeChoice['value']): void {
  scopeSelect.replaceChildren(...scopes.map((s) => {
    const option = new Option(s.label, s.value, false, s.value === current);
    option.disabled = !s.enabled;
    return option;
  }));
  scopeSelect.disabled = false;
}

function section(chart: ReportChart): RenderedReport['charts'][number] {
  const id = `chart-${chart.id}`;
  const element = document.createElement('section');
  element.id = id;
  element.setAttribute('aria-labelledby', `${id}-heading`);
  const heading = document.createElement('h2');
  heading.id = `${id}-heading`;
  heading.textContent = chart.title;
  const figure = document.createElement('figure');
  const drawing = document.createElement('div');
  drawing.className = 'chart';
  drawing.setAttribute('role', 'img');
  drawing.setAttribute('aria-label', `${chart.title}. ${chart.description} The table beside it holds the figures.`);
  figure.append(drawing);
  const tableBox = document.createElement('div');
  tableBox.className = 'table';
  tableBox.append(table(chart.table));
  element.append(heading, figure, tableBox);
  main.append(element);
  const instance = echarts.init(drawing, null, { renderer: 'canvas', width: fittedWidth(chart.width), height: chart.height });
  preferredWidths.set(instance, chart.width);
  instance.setOption({ ...chart.option, tooltip: { ...(chart.option.tooltip as object), renderMode: 'richText' } });
  instances.push(instance);
  const drawn = drawing.querySelector('canvas') ? 'canvas' : drawing.querySelector('svg') ? 'svg' : 'none';
  return { id: chart.id, title: chart.title, drawn, caption: chart.table.caption, tableRows: chart.table.rows.length };
}

function table(t: ChartTable): HTMLTableElement {
  const element = document.createElement('table');
  element.createCaption().textContent = t.caption;
  const head = element.createTHead().insertRow();
  for (const column of t.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of t.rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) (td as HTMLTableCellElement).scope = 'row';
      if (typeof cell === 'number') td.className = 'n';
      td.textContent = String(cell);
      tr.append(td);
    });
  }
  return element;
}

