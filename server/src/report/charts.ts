// The report's charts as Apache ECharts options, built from the report view (service/report): one
// definition that the command line renders to SVG in Node (svg.ts) and that the Quote Report
// webview will render interactively. Only types are imported from echarts here, so that this
// module costs nothing in a bundle that never draws.
//
// Readable in light, dark and high-contrast themes: text, axes and grid lines are drawn in
// `currentColor` (the page's or the webview's foreground, which the theme sets), and the series
// colours (Okabe-Ito, told apart with colour-blindness) each have a contrast of at least 3:1 on
// white and on black (WCAG 1.4.11 for graphics; test/unit/reportCharts.test.ts measures it). In
// high contrast, bars and slices get an outline in the foreground colour. Each chart comes with
// its data as a table, for screen readers and for reading exact figures.

import type { EChartsOption } from 'echarts';
// The modules themselves, not the service's face: the report page bundles this file, and the face
// would pull the whole service into it.
import { plural } from '../service/labels';
import { QUOTE_KINDS } from '../service/report/summary';
import type { CountRow, ReportView, SpeakerKindRow } from '../service/report/view';
import type { QuoteKind } from '../service/syntax';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface ReportChart {
  /** Stable, for anchors and element ids: `speakers`, `anonymous`, `organisations`, `speaker-kinds`, `timeline`. */
  id: string;
  title: string;
  /** One sentence that says what the chart shows (the SVG's accessible description). */
  description: string;
  option: EChartsOption;
  table: ChartTable;
  /** The size the chart is drawn at (px): tall enough for its rows. */
  width: number;
  height: number;
}

export interface ChartStyle {
  /** Text, axes and outlines: any CSS colour; `currentColor` follows the page's theme. */
  foreground: string;
  /** Outline bars and slices (for high-contrast themes, where fills alone may not separate). */
  highContrast: boolean;
}

const DEFAULT_STYLE: ChartStyle = { foreground: 'currentColor', highContrast: false };

/** Direct, partial, indirect: blue, vermilion, bluish green. */
export const KIND_COLOURS: Record<QuoteKind, string> = { direct: '#0072B2', partial: '#D55E00', indirect: '#009E73' };
/** Named and anonymous sources. */
export const SOURCE_COLOURS = { named: '#0072B2', anonymous: '#CC79A7' } as const;

const KIND_LABELS: Record<QuoteKind, string> = { direct: 'Direct', partial: 'Partial', indirect: 'Indirect' };
/** Bars shown per chart of speakers or organisations; the tables and the CSV hold the rest. */
export const TOP_ROWS = 20;
const WIDTH = 760;
const ROW_HEIGHT = 26;

export function reportCharts(view: ReportView, style: Partial<ChartStyle> = {}): ReportChart[] {
  const s = { ...DEFAULT_STYLE, ...style };
  return [speakersChart(view, s), anonymousChart(view, s), organisationsChart(view, s), speakerKindsChart(view, s), timelineChart(view, s)];
}

function speakersChart(view: ReportView, style: ChartStyle): ReportChart {
  const rows = view.speakers.slice(0, TOP_ROWS);
  const more = view.speakers.length - rows.length;
  return horizontalBars({
    id: 'speakers',
    title: 'Quotes per speaker',
    description: `Quotes of the ${rows.length} most quoted speakers, stacked by kind: direct, partial, indirect.`,
    axis: 'Speaker',
    rows,
    caption: `Quotes per speaker by kind${more > 0 ? ` (the ${rows.length} most quoted; ${more} more in the CSV)` : ''}`,
    labelColumn: 'Speaker',
    extra: { columns: ['Id', 'Kind', 'Organisation', 'Articles'], cells: (i) => [rows[i].id, rows[i].kind, rows[i].org ?? '', rows[i].articles] },
  }, style);
}

function organisationsChart(view: ReportView, style: ChartStyle): ReportChart {
  const rows = view.organisations.slice(0, TOP_ROWS);
  return horizontalBars({
    id: 'organisations',
    title: 'Quotes per organisation',
    description: 'Quotes of speakers by their organisation (an organisation that speaks itself counts as its own), stacked by kind.',
    axis: 'Organisation',
    rows,
    caption: `Quotes per organisation by kind${view.organisations.length > rows.length ? ` (the ${rows.length} most quoted of ${view.organisations.length})` : ''}`,
    labelColumn: 'Organisation',
  }, style);
}

function speakerKindsChart(view: ReportView, style: ChartStyle): ReportChart {
  const rows: SpeakerKindRow[] = view.speakerKinds;
  return verticalBars({
    id: 'speaker-kinds',
    title: 'Quotes per kind of speaker',
    description: 'Quotes by the kind of their speaker (person, organization, group, anonymous), stacked by kind of quote.',
    axis: 'Kind of speaker',
    rows,
    caption: 'Quotes per kind of speaker and kind of quote',
    labelColumn: 'Kind of speaker',
  }, style);
}

function timelineChart(view: ReportView, style: ChartStyle): ReportChart {
  const { unit, bins, undatedArticles } = view.timeline;
  const undated = undatedArticles ? `${plural(undatedArticles, 'article')} without a date left out` : '';
  return verticalBars({
    id: 'timeline',
    title: `Quotes per ${unit}`,
    description: `Quotes per ${unit} of the articles' dates, stacked by kind.${undated ? ` ${undated}.` : ''}`,
    axis: unit === 'week' ? 'Week (ISO, from Monday)' : unit === 'month' ? 'Month' : 'Year',
    rows: bins,
    caption: `Quotes per ${unit} by the articles' dates${undated ? ` (${undated})` : ''}`,
    labelColumn: unit[0].toUpperCase() + unit.slice(1),
    extra: { columns: ['From', 'To', 'Articles'], cells: (i) => [bins[i].start, bins[i].end, bins[i].articles] },
  }, style);
}

function anonymousChart(view: ReportView, style: ChartStyle): ReportChart {
  const a = view.anonymous;
  const named = a.quotes - a.anonymousQuotes;
  return {
    id: 'anonymous',
    title: 'Anonymous sources',
    description: `${a.anonymousQuotes} of ${a.quotes} quotes come from anonymous sources (${percent(a.anonymousQuotes, a.quotes)}).`,
    width: WIDTH,
    height: 320,
    option: {
      ...base('Anonymous sources', style),
      legend: { bottom: 0, textStyle: { color: style.foreground } },
      tooltip: { trigger: 'item' },
      series: [{
        type: 'pie',
        name: 'Quotes',
        radius: ['35%', '65%'],
        center: ['50%', '54%'],
        label: { color: style.foreground, formatter: '{b}: {c} ({d}%)' },
        labelLine: { lineStyle: { color: style.foreground } },
        itemStyle: outline(style),
        data: [
          { name: 'Named sources', value: named, itemStyle: { color: SOURCE_COLOURS.named } },
          { name: 'Anonymous sources', value: a.anonymousQuotes, itemStyle: { color: SOURCE_COLOURS.anonymous } },
        ],
      }],
    },
    table: {
      caption: 'Anonymous sources: speakers, quotes and articles',
      columns: ['', 'Anonymous', 'All', 'Share'],
      rows: [
        ['Speakers quoted', a.anonymousSpeakers, a.speakers, percent(a.anonymousSpeakers, a.speakers)],
        ['Quotes', a.anonymousQuotes, a.quotes, percent(a.anonymousQuotes, a.quotes)],
        ['Articles', a.articlesWithAnonymous, a.articles, percent(a.articlesWithAnonymous, a.articles)],
      ],
    },
  };
}

/** `12.5%`; a dash when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole ? `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%` : '–';
}

interface BarsSpec<R extends CountRow> {
  id: string;
  title: string;
  description: string;
  /** The name of the category axis (vertical bars; horizontal ones are named by their labels). */
  axis: string;
  rows: readonly R[];
  caption: string;
  labelColumn: string;
  /** Columns after the counts, in the table only. */
  extra?: { columns: string[]; cells: (index: number) => (string | number)[] };
}

/** Long lists (speakers, organisations) read best as horizontal bars, the most quoted on top. */
function horizontalBars<R extends CountRow>(spec: BarsSpec<R>, style: ChartStyle): ReportChart {
  const height = Math.max(200, 110 + ROW_HEIGHT * spec.rows.length);
  return bars(spec, style, height, {
    xAxis: { type: 'value', name: 'Quotes', nameLocation: 'middle', nameGap: 28, minInterval: 1, ...axisColours(style) },
    // The axis is not named: its labels are the names, and the title says what they are.
    yAxis: { type: 'category', inverse: true, data: spec.rows.map((r) => r.label), ...axisColours(style), axisLabel: { color: style.foreground, width: 170, overflow: 'truncate' } },
    grid: { left: 210, right: 32, top: 56, bottom: 72 },
  });
}

function verticalBars<R extends CountRow>(spec: BarsSpec<R>, style: ChartStyle): ReportChart {
  return bars(spec, style, 360, {
    xAxis: { type: 'category', name: spec.axis, nameLocation: 'middle', nameGap: 44, data: spec.rows.map((r) => r.label), ...axisColours(style), axisLabel: { color: style.foreground, rotate: spec.rows.length > 8 ? 45 : 0 } },
    yAxis: { type: 'value', name: 'Quotes', minInterval: 1, ...axisColours(style) },
    grid: { left: 64, right: 32, top: 64, bottom: 96 },
  });
}

function bars<R extends CountRow>(spec: BarsSpec<R>, style: ChartStyle, height: number, axes: EChartsOption): ReportChart {
  const extra = spec.extra ?? { columns: [], cells: () => [] };
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    width: WIDTH,
    height,
    option: {
      ...base(spec.title, style),
      ...axes,
      legend: { bottom: 0, textStyle: { color: style.foreground } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series: QUOTE_KINDS.map((kind) => ({
        type: 'bar' as const,
        name: KIND_LABELS[kind],
        stack: 'quotes',
        itemStyle: { color: KIND_COLOURS[kind], ...outline(style) },
        data: spec.rows.map((r) => r.quotes[kind]),
      })),
    },
    table: {
      caption: spec.caption,
      columns: [spec.labelColumn, ...QUOTE_KINDS.map((k) => KIND_LABELS[k]), 'Total', ...extra.columns],
      rows: spec.rows.map((r, i) => [r.label, ...QUOTE_KINDS.map((k) => r.quotes[k]), r.total, ...extra.cells(i)]),
    },
  };
}

/** What every chart shares: no animation (a still SVG, and motion-sensitive readers), the title, the text colour. */
function base(title: string, style: ChartStyle): EChartsOption {
  return {
    animation: false,
    aria: { enabled: true },
    textStyle: { color: style.foreground },
    title: { text: title, left: 'center', textStyle: { color: style.foreground, fontSize: 16 } },
  };
}

function axisColours(style: ChartStyle) {
  return {
    nameTextStyle: { color: style.foreground },
    axisLine: { lineStyle: { color: style.foreground } },
    axisTick: { lineStyle: { color: style.foreground } },
    axisLabel: { color: style.foreground },
    splitLine: { lineStyle: { color: style.foreground, opacity: 0.2 } },
  };
}

function outline(style: ChartStyle) {
  return style.highContrast ? { borderColor: style.foreground, borderWidth: 1 } : {};
}
