// What a report shows, derived from a summary: rows sorted for reading (most quoted first), the
// name and kind each speaker is shown with, the share of anonymous sources, and the dates binned
// by week or month. The terminal table, the CSV, the HTML page and its charts, and later the
// webview all read this one view, so they cannot disagree on a figure.

import { addDays, daysBetween, formatIsoDate, resolveWeekday, type CalendarDate } from '../domain/calendar';
import { addKinds, compareKeys, REPORT_SPEAKER_KINDS, totalOf, zeroKinds, type KindCounts, type ReportSpeakerKind, type ReportSummary, type SpeakerTally, type SpeakerVariant } from './summary';

export interface CountRow {
  label: string;
  quotes: KindCounts;
  total: number;
}

interface SpeakerRow extends CountRow {
  id: string;
  /** The definition most articles used (ties: the first by name, kind, org). */
  kind: ReportSpeakerKind;
  org: string | null;
  articles: number;
  /** How many different definitions the articles gave this id (more than 1: worth a look). */
  definitions: number;
}

export interface SpeakerKindRow extends CountRow {
  kind: ReportSpeakerKind;
}

interface AnonymousShare {
  speakers: number;
  anonymousSpeakers: number;
  quotes: number;
  anonymousQuotes: number;
  articles: number;
  articlesWithAnonymous: number;
}

interface TimeBin extends CountRow {
  /** First and last day of the bin, ISO. */
  start: string;
  end: string;
  articles: number;
}

type TimeUnit = 'week' | 'month' | 'year';

export interface ReportView {
  articles: number;
  quotes: KindCounts;
  totalQuotes: number;
  speakers: SpeakerRow[];
  organisations: CountRow[];
  /** Every kind of speaker, in the spec's order; `unknown` only when some quote has no defined speaker. */
  speakerKinds: SpeakerKindRow[];
  anonymous: AnonymousShare;
  timeline: { unit: TimeUnit; bins: TimeBin[]; undatedArticles: number };
}

/** Dated articles spanning up to this many days are binned by week, then by month up to MONTHLY_SPAN_DAYS, then by year. */
const WEEKLY_SPAN_DAYS = 26 * 7;
/** Ten years: beyond, a year in a front matter `date` mistyped by a century would make thousands of monthly bins. */
const MONTHLY_SPAN_DAYS = 3653;

export function reportView(summary: ReportSummary): ReportView {
  const speakers = summary.speakers.map(speakerRow).sort(byTotalThenLabel);
  const anonymousQuotes = totalOf(summary.speakerKinds.anonymous);
  return {
    articles: summary.articles,
    quotes: { ...summary.quotes },
    totalQuotes: totalOf(summary.quotes),
    speakers,
    organisations: summary.organisations.map((o) => countRow(o.name, o.quotes)).sort(byTotalThenLabel),
    speakerKinds: REPORT_SPEAKER_KINDS
      .filter((kind) => kind !== 'unknown' || totalOf(summary.speakerKinds.unknown) > 0)
      .map((kind) => ({ kind, ...countRow(kind, summary.speakerKinds[kind]) })),
    anonymous: {
      speakers: speakers.length,
      anonymousSpeakers: speakers.filter((s) => s.kind === 'anonymous').length,
      quotes: totalOf(summary.quotes),
      anonymousQuotes,
      articles: summary.articles,
      articlesWithAnonymous: summary.articlesWithAnonymous,
    },
    timeline: timeline(summary),
  };
}

function countRow(label: string, quotes: KindCounts): CountRow {
  return { label, quotes: { ...quotes }, total: totalOf(quotes) };
}

function byTotalThenLabel(a: CountRow, b: CountRow): number {
  return b.total - a.total || compareKeys(a.label, b.label);
}

function speakerRow(s: SpeakerTally): SpeakerRow {
  const shown = s.variants.reduce<SpeakerVariant | undefined>((best, v) => (!best || v.articles > best.articles ? v : best), undefined);
  return {
    id: s.id,
    ...countRow(shown?.name ?? s.id, s.quotes),
    kind: shown?.kind ?? 'unknown',
    org: shown?.org ?? null,
    articles: s.articles,
    definitions: s.variants.length,
  };
}

function timeline(summary: ReportSummary): ReportView['timeline'] {
  const undatedArticles = summary.undatedArticles;
  if (!summary.days.length) return { unit: 'month', bins: [], undatedArticles };
  const days = summary.days.map((d) => ({ ...d, day: parseIsoDate(d.date) })).sort((a, b) => compareKeys(a.date, b.date));
  const first = days[0].day;
  const last = days[days.length - 1].day;
  const span = daysBetween(first, last);
  const unit: TimeUnit = span <= WEEKLY_SPAN_DAYS ? 'week' : span <= MONTHLY_SPAN_DAYS ? 'month' : 'year';
  const { startOf, next, label } = UNITS[unit];
  // Every bin from the first to the last, the empty ones included: a gap is a finding too.
  const bins: TimeBin[] = [];
  let i = 0;
  for (let start = startOf(first); daysBetween(start, last) >= 0; start = next(start)) {
    const end = addDays(next(start), -1);
    const quotes = zeroKinds();
    let articles = 0;
    for (; i < days.length && daysBetween(days[i].day, end) >= 0; i++) {
      articles += days[i].articles;
      addKinds(quotes, days[i].quotes);
    }
    bins.push({ ...countRow(label(start), quotes), start: formatIsoDate(start), end: formatIsoDate(end), articles });
  }
  return { unit, bins, undatedArticles };
}

function parseIsoDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

interface Unit {
  startOf(d: CalendarDate): CalendarDate;
  next(start: CalendarDate): CalendarDate;
  label(start: CalendarDate): string;
}

const UNITS: Record<TimeUnit, Unit> = {
  week: { startOf: (d) => resolveWeekday(1, d), next: (d) => addDays(d, 7), label: isoWeek },
  month: {
    startOf: (d) => ({ year: d.year, month: d.month, day: 1 }),
    next: (d) => (d.month === 12 ? { year: d.year + 1, month: 1, day: 1 } : { year: d.year, month: d.month + 1, day: 1 }),
    label: (d) => formatIsoDate(d).slice(0, 7),
  },
  year: { startOf: (d) => ({ year: d.year, month: 1, day: 1 }), next: (d) => ({ year: d.year + 1, month: 1, day: 1 }), label: (d) => String(d.year) },
};

/** The ISO 8601 week of a Monday: `2024-W21` (the year is that of the week's Thursday). */
function isoWeek(monday: CalendarDate): string {
  const thursday = addDays(monday, 3);
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}
