// Matching predicted quote spans to gold ones, and the counts every figure is made of.
//
// Two spans overlap by their intersection over union (IoU) of characters: |A ∩ B| / |A ∪ B|.
// A predicted span may match a gold span at three levels: `exact` (same start and end), `iou50`
// (IoU ≥ 0.5, the level the targets are stated at) and `iou30` (IoU ≥ 0.3). The matching is one
// to one and greedy: all pairs that pass the level, highest IoU first (ties: earlier gold span,
// then earlier predicted span), each taken when neither span is taken yet. Nested spans are spans
// like any other. Counts are summed over articles (micro-average) before any ratio is taken.

import { sameName, sameSpeaker } from './speakerNames';
import type { MarkupSuggestion, SpanKind, SuggestedSpan, SuggestedSpeaker } from './suggestion';

interface Span { start: number; end: number }

export const LEVELS = ['iou50', 'iou30', 'exact'] as const;
export type Level = typeof LEVELS[number];
export const KIND_ROWS = ['direct', 'partial', 'indirect', 'all'] as const;
type KindRow = typeof KIND_ROWS[number];

export function iou(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / ((a.end - a.start) + (b.end - b.start) - inter);
}

function passes(level: Level, overlap: number, g: Span, p: Span): boolean {
  if (level === 'exact') return g.start === p.start && g.end === p.end && g.end > g.start;
  return overlap >= (level === 'iou50' ? 0.5 : 0.3);
}

/** The one-to-one greedy matching at `level`: pairs of indices [gold, predicted]. */
export function matchSpans(gold: readonly Span[], predicted: readonly Span[], level: Level): [number, number][] {
  const candidates: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const overlap = iou(g, p);
    if (overlap > 0 && passes(level, overlap, g, p)) candidates.push({ g: gi, p: pi, overlap });
  }));
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.g) || predictedTaken.has(c.p)) continue;
    goldTaken.add(c.g);
    predictedTaken.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Gold spans, predicted spans, and the matched pairs at each level. */
export interface Counts { gold: number; predicted: number; matched: Record<Level, number> }

export interface ArticleCounts {
  /** Per kind (a predicted span counts only against gold spans of its own kind), and `all` (kind ignored). */
  kinds: Record<KindRow, Counts>;
  /** Like `all`, but a match counts only when its speaker is right too. */
  withSpeaker: Counts;
  /** Gold speakers quoted at least once; of them, those found among the predicted speakers, and those found with their very name. */
  speakers: { gold: number; predicted: number; found: number; rightName: number };
}

function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, matched: { iou50: 0, iou30: 0, exact: 0 } };
}

export function emptyArticleCounts(): ArticleCounts {
  return {
    kinds: { direct: emptyCounts(), partial: emptyCounts(), indirect: emptyCounts(), all: emptyCounts() },
    withSpeaker: emptyCounts(),
    speakers: { gold: 0, predicted: 0, found: 0, rightName: 0 },
  };
}

/** Compares one article's prediction with its gold. */
export function compareArticle(gold: MarkupSuggestion, predicted: MarkupSuggestion): ArticleCounts {
  const out = emptyArticleCounts();
  for (const kind of KIND_ROWS) {
    const ofKind = (s: SuggestedSpan) => kind === 'all' || s.kind === (kind as SpanKind);
    const g = gold.spans.filter(ofKind);
    const p = predicted.spans.filter(ofKind);
    out.kinds[kind] = { gold: g.length, predicted: p.length, matched: { iou50: 0, iou30: 0, exact: 0 } };
    for (const level of LEVELS) out.kinds[kind].matched[level] = matchSpans(g, p, level).length;
  }
  const speakerOf = (s: MarkupSuggestion, id: string) => s.speakers.find((x) => x.id === id);
  const rightSpeaker = (gi: number, pi: number) => {
    const g = speakerOf(gold, gold.spans[gi].speakerId);
    const p = speakerOf(predicted, predicted.spans[pi].speakerId);
    return !!g && !!p && sameSpeaker(g, p, gold.speakers);
  };
  out.withSpeaker = { gold: gold.spans.length, predicted: predicted.spans.length, matched: { iou50: 0, iou30: 0, exact: 0 } };
  for (const level of LEVELS) {
    out.withSpeaker.matched[level] = matchSpans(gold.spans, predicted.spans, level).filter(([gi, pi]) => rightSpeaker(gi, pi)).length;
  }
  out.speakers = speakersFound(gold, predicted.speakers);
  return out;
}

function speakersFound(gold: MarkupSuggestion, predicted: readonly SuggestedSpeaker[]): ArticleCounts['speakers'] {
  const quoted = gold.speakers.filter((s) => gold.spans.some((span) => span.speakerId === s.id));
  return {
    gold: quoted.length,
    predicted: predicted.length,
    found: quoted.filter((g) => predicted.some((p) => sameSpeaker(g, p, gold.speakers))).length,
    rightName: quoted.filter((g) => predicted.some((p) => sameName(g, p))).length,
  };
}

/** Adds `b` into `a` (micro-averaging: ratios are taken of the sums). */
export function addInto(a: ArticleCounts, b: ArticleCounts): void {
  const add = (x: Counts, y: Counts) => {
    x.gold += y.gold;
    x.predicted += y.predicted;
    for (const level of LEVELS) x.matched[level] += y.matched[level];
  };
  for (const kind of KIND_ROWS) add(a.kinds[kind], b.kinds[kind]);
  add(a.withSpeaker, b.withSpeaker);
  a.speakers.gold += b.speakers.gold;
  a.speakers.predicted += b.speakers.predicted;
  a.speakers.found += b.speakers.found;
  a.speakers.rightName += b.speakers.rightName;
}

/** Precision, recall and F1 at `level`; a ratio with nothing to divide by is null (shown as "–"). */
export function scores(c: Counts, level: Level): { precision: number | null; recall: number | null; f1: number | null } {
  const tp = c.matched[level];
  return {
    precision: c.predicted ? tp / c.predicted : null,
    recall: c.gold ? tp / c.gold : null,
    // 2PR / (P + R), written so that it is defined whenever there is anything at all.
    f1: c.gold + c.predicted ? (2 * tp) / (c.gold + c.predicted) : null,
  };
}
