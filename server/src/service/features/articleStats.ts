// Counts for the client's status bar (custom request `newsmark/articleStats`).

import { allQuotes, type ParsedArticle } from '../syntax';

export interface ArticleStats {
  /** Speakers defined in the front matter. */
  speakers: number;
  /** Quote spans, nested ones included. */
  quotes: number;
}

export function getArticleStats(article: ParsedArticle): ArticleStats {
  let quotes = 0;
  for (const _ of allQuotes(article)) quotes++;
  return { speakers: article.frontMatter?.speakers.length ?? 0, quotes };
}
