// Counts for the client's status bar (custom request `newsmark/articleStats`).

import type { ArticleStats } from '../../protocol';
import { countQuotes } from '../query';
import { allQuotes, type ParsedArticle } from '../syntax';

export function getArticleStats(article: ParsedArticle): ArticleStats {
  return { speakers: article.frontMatter?.speakers.length ?? 0, quotes: countQuotes(allQuotes(article)).total };
}
