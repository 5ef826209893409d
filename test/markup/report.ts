// The evaluation's tables, as Markdown, and docs/markup.md's evaluation section, which the
// harness rewrites between its markers. The figures the floor test guards are written there too,
// in a machine-readable comment, so that the test reads exactly what the page shows.

import { KIND_ROWS, LEVELS, scores, type Counts } from './match';
import type { SystemResult } from './evaluate';

/** A generated block's markers: `eval` for the gold set, `heldout` for the held-out set. */
export type BlockTag = 'eval' | 'heldout';
const startOf = (tag: BlockTag) => `<!-- ${tag}:start -->`;
const endOf = (tag: BlockTag) => `<!-- ${tag}:end -->`;
const FIGURES = /^<!-- eval:figures (\{[^\n]*\}) -->$/m;

/** The headline figures of one system, in percent with one decimal (what the page shows). */
export interface Figures {
  directPrecision: number | null;
  directRecall: number | null;
  directF1: number | null;
  allF1: number | null;
  spanSpeakerF1: number | null;
  speakerAccuracy: number | null;
  speakersFound: number | null;
  speakersRightName: number | null;
}

export interface Recorded { date: string; commit: string; systems: Record<string, Figures> }

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const ratio = (a: number, b: number) => (b ? a / b : null);
const show = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)}%`);

export function figuresOf(r: SystemResult): Figures {
  const direct = scores(r.kinds.direct, 'iou50');
  return {
    directPrecision: percent(direct.precision),
    directRecall: percent(direct.recall),
    directF1: percent(direct.f1),
    allF1: percent(scores(r.kinds.all, 'iou50').f1),
    spanSpeakerF1: percent(scores(r.withSpeaker, 'iou50').f1),
    speakerAccuracy: percent(ratio(r.withSpeaker.matched.iou50, r.kinds.all.matched.iou50)),
    speakersFound: percent(ratio(r.speakers.found, r.speakers.gold)),
    speakersRightName: percent(ratio(r.speakers.rightName, r.speakers.gold)),
  };
}

/** Per kind, and all spans with the right speaker: counts, P/R/F1 at IoU ≥ 0.5, F1 at the other levels. */
export function kindTable(r: SystemResult): string {
  const row = (label: string, c: Counts) => {
    const s = scores(c, 'iou50');
    const others = LEVELS.filter((l) => l !== 'iou50').map((l) => show(percent(scores(c, l).f1)));
    return `| ${label} | ${c.gold} | ${c.predicted} | ${show(percent(s.precision))} | ${show(percent(s.recall))} | ${show(percent(s.f1))} | ${others.join(' | ')} |`;
  };
  return [
    '| spans | gold | predicted | precision | recall | F1 | F1, IoU ≥ 0.3 | F1, exact |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...KIND_ROWS.map((k) => row(k, r.kinds[k])),
    row('all, with the right speaker', r.withSpeaker),
  ].join('\n');
}

const TARGETS: [string, keyof Figures, string][] = [
  ['direct quotes: precision', 'directPrecision', '≥ 97%'],
  ['direct quotes: recall', 'directRecall', '≥ 95%'],
  ['direct quotes: F1', 'directF1', ''],
  ['all spans: F1 (kind ignored)', 'allF1', ''],
  ['all spans with the right speaker: F1', 'spanSpeakerF1', '≥ 85%'],
  ['speaker accuracy on matched spans', 'speakerAccuracy', ''],
  ['speakers found (name or alias)', 'speakersFound', ''],
  ['speakers found with the right name', 'speakersRightName', '≥ 95%'],
];

/** The targets beside each system's figures (at IoU ≥ 0.5). */
export function summaryTable(systems: Record<string, Figures>): string {
  const names = Object.keys(systems);
  return [
    `| at IoU ≥ 0.5 | target | ${names.join(' | ')} |`,
    `| --- | --- | ${names.map(() => '---:').join(' | ')} |`,
    ...TARGETS.map(([label, key, target]) => `| ${label} | ${target || '–'} | ${names.map((n) => show(systems[n][key])).join(' | ')} |`),
  ].join('\n');
}

export function speakerLine(r: SystemResult): string {
  const s = r.speakers;
  return `Speakers: ${s.found} of the ${s.gold} quoted gold speakers found, ${s.rightName} with the right name; ${s.predicted} predicted.`;
}

/** The generated block, markers included. */
export function evaluationBlock(recorded: Recorded, body: string, tag: BlockTag = 'eval'): string {
  return [startOf(tag), `<!-- ${tag}:figures ${JSON.stringify(recorded)} -->`, '', body.trim(), '', endOf(tag)].join('\n');
}

/** `page` with its evaluation block replaced (or, without markers, the block appended). */
export function withEvaluationBlock(page: string, block: string, tag: BlockTag = 'eval'): string {
  const start = page.indexOf(startOf(tag));
  const end = page.indexOf(endOf(tag));
  if (start < 0 || end < start) return `${page.trimEnd()}\n\n${block}\n`;
  return page.slice(0, start) + block + page.slice(end + endOf(tag).length);
}

/** The figures recorded on the page, or null when it has none. */
export function recordedFigures(page: string): Recorded | null {
  const m = FIGURES.exec(page);
  return m ? JSON.parse(m[1]) as Recorded : null;
}
