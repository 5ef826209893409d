// How well the engine's confidence predicts a right answer: what `markup.reviewThreshold`'s
// default is chosen from (docs/markup.md, "Review threshold"). A predicted span is *right* when it
// matches a gold span (IoU ≥ 0.5, the matching of match.ts) and its speaker is the gold's
// (speakerNames.ts); otherwise it is wrong (no gold span, or someone else's words). For each
// threshold, the spans at or above it are written plain and those below get a review note: the
// table gives the precision of each side and the share of spans flagged.

import type { GoldArticle } from './gold';
import { matchSpans } from './match';
import { sameSpeaker } from './speakerNames';
import type { MarkupSystem } from './suggestion';

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Each predicted span of every article: its confidence and whether it is right. */
export function judgedSpans(system: MarkupSystem, articles: readonly GoldArticle[]): { confidence: number; right: boolean }[] {
  const out: { confidence: number; right: boolean }[] = [];
  for (const { gold, input } of articles) {
    const predicted = system(input);
    const pairs = matchSpans(gold.spans, predicted.spans, 'iou50');
    predicted.spans.forEach((p, pi) => {
      const pair = pairs.find(([, x]) => x === pi);
      const g = pair ? gold.speakers.find((s) => s.id === gold.spans[pair[0]].speakerId) : undefined;
      const ps = predicted.speakers.find((s) => s.id === p.speakerId);
      out.push({ confidence: p.confidence, right: !!g && !!ps && sameSpeaker(g, ps, gold.speakers) });
    });
  }
  return out;
}

export interface ThresholdRow { threshold: number; above: number; aboveRight: number; below: number; belowRight: number }

export function thresholdRows(spans: readonly { confidence: number; right: boolean }[]): ThresholdRow[] {
  return THRESHOLDS.map((threshold) => {
    const above = spans.filter((s) => s.confidence >= threshold);
    const below = spans.filter((s) => s.confidence < threshold);
    return { threshold, above: above.length, aboveRight: above.filter((s) => s.right).length, below: below.length, belowRight: below.filter((s) => s.right).length };
  });
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

/** The Markdown table of docs/markup.md's "Review threshold". */
export function thresholdTable(rows: readonly ThresholdRow[]): string {
  return [
    '| threshold | spans at or above | right among them | spans below (flagged) | right among them | share flagged | wrong spans flagged |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const wrong = r.above - r.aboveRight + r.below - r.belowRight;
      return `| ${r.threshold.toFixed(1)} | ${r.above} | ${pct(r.aboveRight, r.above)} | ${r.below} | ${pct(r.belowRight, r.below)} | ${pct(r.below, r.above + r.below)} | ${pct(r.below - r.belowRight, wrong)} |`;
    }),
  ].join('\n');
}
