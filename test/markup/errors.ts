// `node --import tsx test/markup/errors.ts [NN ...]`: the engine's misses on the gold set, article
// by article, to find *classes* of errors (not to tune the gold): gold spans not found, spans that
// match no gold span, matched spans given to the wrong speaker, and gold speakers not found with
// their name (with the name found instead, or the speaker their words went to). Read-only; prints
// to standard output.

import { engineMarkup } from './engine';
import { loadGold } from './gold';
import { matchSpans } from './match';
import { sameName, sameSpeaker } from './speakerNames';

const numbers = process.argv.slice(2).map(Number).filter((n) => n > 0);
const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 60)} … ${s.slice(-25)}` : s).replace(/\n/g, '⏎');

for (const article of loadGold(numbers.length ? numbers : undefined)) {
  const { gold, input } = article;
  const predicted = engineMarkup(input);
  const body = input.body;
  const pairs = matchSpans(gold.spans, predicted.spans, 'iou50');
  const lines: string[] = [];
  const speakerName = (list: typeof gold.speakers, id: string) => list.find((s) => s.id === id)?.name ?? id;
  gold.spans.forEach((g, gi) => {
    const pair = pairs.find(([x]) => x === gi);
    if (!pair) { lines.push(`  MISS  ${g.kind.padEnd(8)} @${speakerName(gold.speakers, g.speakerId)}: ${clip(body.slice(g.start, g.end))}`); return; }
    const p = predicted.spans[pair[1]];
    const gs = gold.speakers.find((s) => s.id === g.speakerId)!;
    const ps = predicted.speakers.find((s) => s.id === p.speakerId)!;
    if (!sameSpeaker(gs, ps, gold.speakers)) lines.push(`  WHO   ${g.kind.padEnd(8)} gold @${gs.name}, got @${ps.name} (${p.confidence}): ${clip(body.slice(g.start, g.end))}`);
  });
  predicted.spans.forEach((p, pi) => {
    if (!pairs.some(([, x]) => x === pi)) lines.push(`  EXTRA ${p.kind.padEnd(8)} @${speakerName(predicted.speakers, p.speakerId)} (${p.confidence}): ${clip(body.slice(p.start, p.end))}`);
  });
  for (const g of gold.speakers.filter((s) => gold.spans.some((x) => x.speakerId === s.id))) {
    if (!predicted.speakers.some((p) => sameName(g, p))) {
      const near = predicted.speakers.find((p) => sameSpeaker(g, p, gold.speakers));
      // Else the predicted speaker of the spans that overlap this speaker's gold spans most: the
      // name the engine gave instead, if any.
      const overlap = new Map<string, number>();
      for (const x of gold.spans.filter((x) => x.speakerId === g.id)) {
        for (const p of predicted.spans) {
          const common = Math.min(x.end, p.end) - Math.max(x.start, p.start);
          if (common > 0) overlap.set(p.speakerId, (overlap.get(p.speakerId) ?? 0) + common);
        }
      }
      const bestId = [...overlap.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      const best = bestId === undefined ? undefined : predicted.speakers.find((p) => p.id === bestId);
      const instead = best ? ` not found; its words went to "${best.name}" (${best.kind})` : ' not found; none of its words marked';
      lines.push(`  NAME  ${g.kind} "${g.name}"${near ? ` found as "${near.name}" (${near.kind})` : instead}`);
    }
  }
  if (lines.length) console.log(`${article.name}\n${lines.join('\n')}`);
}
