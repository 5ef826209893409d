// Which colour each quoted speaker gets, decided once so that the preview's tints and the editor's
// semantic tokens agree: speakers in the order the front matter (then the registry) defines
// them, then undefined ids in the order of their first quote; colours cycle after TINT_COUNT. A quote
// without an id gets no tint.

import { speakerIndex } from '../context/articleContext';
import type { ParsedArticle } from '../syntax';

/** Distinct tints: the preview's palette and the editor's token types both have this many. */
export const TINT_COUNT = 8;

/** The quoted speakers' ids in tint order, each with its tint (0..TINT_COUNT-1). */
export function speakerTints(article: ParsedArticle): Map<string, number> {
  const index = speakerIndex(article);
  const tints = new Map<string, number>();
  const add = (id: string) => {
    if (id && !tints.has(id) && index.quotes.has(id)) tints.set(id, tints.size % TINT_COUNT);
  };
  for (const id of index.definitions.keys()) add(id);
  for (const id of index.quotes.keys()) add(id);
  return tints;
}
