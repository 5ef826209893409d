// Counts for the client's status bar (custom request `newsmark/articleStats`).

import type { ArticleStats } from '../../protocol';
import { allQuotes, type ParsedArticle } from '../syntax';

export function getArticleStats(article: ParsedArticle): ArticleStats {
  let quotes = 0;
  for (const _ of allQuotes(article)) quotes++;
  return { speakers: article.frontMatter?.speakers.length ?? 0, quotes };
}
