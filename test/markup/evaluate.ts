// Runs one system over the gold articles and sums what compareArticle() counts, with the time
// the system took. The harness (run.ts) and the floor test (eval.test.ts) both evaluate this way.

import { addInto, compareArticle, emptyArticleCounts, type ArticleCounts } from './match';
import type { GoldArticle } from './gold';
import type { MarkupSuggestion, MarkupSystem } from './suggestion';

export interface SystemResult extends ArticleCounts {
  articles: number;
  /** Milliseconds spent inside the system, over all articles. */
  ms: number;
}

export function evaluate(system: MarkupSystem, articles: readonly GoldArticle[]): SystemResult {
  const total = emptyArticleCounts();
  let ms = 0;
  for (const article of articles) {
    const t0 = performance.now();
    let predicted: MarkupSuggestion;
    try {
      predicted = system(article.input);
    } catch (e) {
      throw new Error(`${article.name}: the system threw`, { cause: e });
    }
    ms += performance.now() - t0;
    checkOffsets(predicted, article.input.body.length, article.name);
    addInto(total, compareArticle(article.gold, predicted));
  }
  return { ...total, articles: articles.length, ms };
}

/** A span outside the body is a bug of the system, not a miss: say so rather than score it. */
function checkOffsets(s: MarkupSuggestion, length: number, name: string): void {
  for (const span of s.spans) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= length)) {
      throw new Error(`${name}: span ${span.start}..${span.end} is not within the body (length ${length})`);
    }
  }
}
