// `--format json`: the model as JSON: metadata, the parsed dateline, speakers and every quote.

import type { ExportedArticle } from './model';

export function toJson(model: ExportedArticle, source: string): string {
  const { text, ...rest } = model;
  return JSON.stringify({ source, ...rest, text }, null, 2) + '\n';
}
