// The report's chart definitions (server/src/report/charts.ts) and their SVG (svg.ts): the series
// hold the view's figures and the tables beside them the same, the colours are readable on light
// and dark backgrounds, and what the user wrote (a speaker's name) reaches the SVG as text only.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mergeSummaries, reportView, summarizeArticle, withDefaults, type ReportView } from '../../server/src/service';
import { KIND_COLOURS, percent, reportCharts, SOURCE_COLOURS, TOP_ROWS } from '../../server/src/report/charts';
import { renderChartSvg } from '../../server/src/report/svg';
import { parse } from '../support/documents';

function view(...articles: string[][]): ReportView {
  return reportView(mergeSummaries(...articles.map((lines) => summarizeArticle(parse(lines.join('\n')), withDefaults(undefined)))));
}

const ARTICLE = [
  '---', 'headline: Budget', 'date: 2024-01-15', 'speakers:',
  '  mayor:', '    name: Ana <b>Ruiz</b> & "Co"', '    org: City',
  '  aide:', '    name: an aide', '    kind: anonymous', '    reason: not authorised',
  '---', '',
  'NORBRIDGE -- ["We cut,"]{@mayor} Ruiz said, calling it [a "lean" plan]{@mayor}. An aide said [it was unfair]{@aide}.', '',
];

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

type Series = { name: string; data: unknown[]; itemStyle?: Record<string, unknown> };
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;

describe('report charts', () => {
  const v = view(ARTICLE);
  const charts = reportCharts(v);

  test('five charts, each with a title, a description and a table', () => {
    assert.deepEqual(charts.map((c) => c.id), ['speakers', 'anonymous', 'organisations', 'speaker-kinds', 'timeline']);
    for (const c of charts) {
      assert.ok(c.title && c.description && c.table.caption, c.id);
      assert.equal((c.option.title as { text: string }).text, c.title);
    }
  });

  test('the stacked bars hold the view\'s counts by kind, and the table the same rows', () => {
    const speakers = charts[0];
    assert.deepEqual(seriesOf(speakers.option).map((s) => [s.name, s.data]), [['Direct', [1, 0]], ['Partial', [1, 0]], ['Indirect', [0, 1]]]);
    assert.deepEqual(speakers.table.columns, ['Speaker', 'Direct', 'Partial', 'Indirect', 'Total', 'Id', 'Kind', 'Organisation', 'Articles']);
    assert.deepEqual(speakers.table.rows, [['Ana <b>Ruiz</b> & "Co"', 1, 1, 0, 2, 'mayor', 'person', 'City', 1], ['an aide', 0, 0, 1, 1, 'aide', 'anonymous', '', 1]]);
    assert.deepEqual((speakers.option.yAxis as { data: string[] }).data, v.speakers.map((s) => s.label));
    assert.deepEqual(charts[4].table.rows, [['2024-W03', 1, 1, 1, 3, '2024-01-15', '2024-01-21', 1]]);
  });

  test('the anonymous share as a donut of named and anonymous quotes, and its table', () => {
    const anonymous = charts[1];
    assert.deepEqual((seriesOf(anonymous.option)[0].data as { name: string; value: number }[]).map((d) => [d.name, d.value]), [['Named sources', 2], ['Anonymous sources', 1]]);
    assert.deepEqual(anonymous.table.rows, [['Speakers quoted', 1, 2, '50.0%'], ['Quotes', 1, 3, '33.3%'], ['Articles', 1, 1, '100.0%']]);
    assert.equal(percent(0, 0), '–');
  });

  test(`at most ${TOP_ROWS} speakers in the chart; the caption says how many more there are`, () => {
    const ids = Array.from({ length: TOP_ROWS + 3 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const many = view(['---', 'headline: Many', 'speakers:', ...ids.flatMap((id) => [`  ${id}:`, `    name: Name ${id}`]), '---', '', ids.map((id) => `[words]{@${id}}`).join(' '), '']);
    const speakers = reportCharts(many)[0];
    assert.equal(speakers.table.rows.length, TOP_ROWS);
    assert.match(speakers.table.caption, /the 20 most quoted; 3 more in the CSV/);
    assert.ok(speakers.height > reportCharts(v)[0].height, 'taller for more rows');
  });

  test('text and axes in the theme\'s foreground; outlines only in high contrast', () => {
    const text = JSON.stringify(charts.map((c) => c.option));
    assert.doesNotMatch(text.replace(/"#[0-9A-Fa-f]{6}"/g, ''), /#[0-9a-f]{3,6}\b|rgb\(/i, 'no colour but the palette');
    assert.equal(seriesOf(charts[0].option)[0].itemStyle?.borderWidth, undefined);
    const contrasted = reportCharts(v, { foreground: 'var(--vscode-foreground)', highContrast: true });
    assert.deepEqual(seriesOf(contrasted[0].option)[0].itemStyle, { color: KIND_COLOURS.direct, borderColor: 'var(--vscode-foreground)', borderWidth: 1 });
    assert.equal((contrasted[0].option.textStyle as { color: string }).color, 'var(--vscode-foreground)');
  });

  test('every series colour has a contrast of 3:1 or more on white and on black', () => {
    for (const colour of [...Object.values(KIND_COLOURS), ...Object.values(SOURCE_COLOURS)]) {
      assert.ok(contrast(colour, '#FFFFFF') >= 3, `${colour} on white: ${contrast(colour, '#FFFFFF').toFixed(2)}`);
      assert.ok(contrast(colour, '#000000') >= 3, `${colour} on black: ${contrast(colour, '#000000').toFixed(2)}`);
    }
  });

  test('SVG in Node: one <svg> per chart, the names as escaped text, the bars in the palette', () => {
    for (const chart of charts) {
      const svg = renderChartSvg(chart);
      assert.equal(svg.match(/<svg\b/g)?.length, 1, chart.id);
      assert.match(svg, new RegExp(`viewBox="0 0 ${chart.width} ${chart.height}"`));
      assert.doesNotMatch(svg, /<(script|foreignObject|image)\b|href="http/i, chart.id);
    }
    const speakers = renderChartSvg(charts[0]);
    assert.ok(speakers.includes('Ana &lt;b&gt;Ruiz&lt;/b&gt; &amp; &quot;Co&quot;'), 'the name escaped');
    assert.doesNotMatch(speakers, /<b>/);
    assert.ok(speakers.includes(`fill="${KIND_COLOURS.direct}"`) && speakers.includes(`fill="${KIND_COLOURS.indirect}"`));
  });
});
