// Workspace symbols: the speakers and quotes of every article, found by a fuzzy query ("cwq" finds
// "Chen Wenqing"). Speakers come first, then quotes, so that a capped list keeps the people.

import { SymbolKind, type Range, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import type { SpeakerRegistry } from '../syntax';
import { oneLine } from '../text/characters';
import { asSummary, declaredIdRange, quoteRange, type ArticleSummary, type WorkspaceArticle } from '../archive/articleSummary';

/** More than a person can read in a quick-pick; the editor asks again as the query grows. */
const MAX_WORKSPACE_SYMBOLS = 500;

export function getWorkspaceSymbols(articles: readonly WorkspaceArticle[], query: string, token: Cancellation, limit = MAX_WORKSPACE_SYMBOLS): WorkspaceSymbol[] {
  const matches = fuzzyMatcher(query);
  const results: WorkspaceSymbol[] = [];
  const full = () => results.length >= limit;
  const summaries = articles.map((a) => asSummary(a));
  // The registries the articles were read against: each of their speakers once, first.
  const registries = new Set(summaries.map((a) => a.registry).filter((r): r is SpeakerRegistry => !!r));
  const speaker = (uri: string, id: string, nameValue: string | undefined, container: string, range: () => Range): boolean => {
    const name = oneLine(nameValue ?? '') || id;
    if (!name || !(matches(name) || matches(id))) return false;
    results.push({ name, kind: SymbolKind.Class, containerName: container, location: { uri, range: range() } });
    return full();
  };
  for (const registry of registries) {
    for (const def of registry.speakers) if (speaker(registry.uri, def.id, def.name?.value, 'speaker registry', () => registry.lines.range(def.idSpan))) return results;
  }
  for (const article of summaries) {
    if (token.isCancellationRequested) return [];
    if (full()) return results;
    const container = articleName(article);
    for (const [i, def] of article.declared.entries()) if (speaker(article.uri, def.id, def.name, container, () => declaredIdRange(article, i))) return results;
  }
  for (const article of summaries) {
    if (token.isCancellationRequested) return [];
    for (const [i, q] of article.quotes.entries()) {
      if (!matches(q.text)) continue;
      results.push({ name: q.text, kind: SymbolKind.String, containerName: q.label, location: { uri: article.uri, range: quoteRange(article, i) } });
      if (full()) return results;
    }
  }
  return results;
}

/**
 * Case-insensitive subsequence match: every character of the query, in order, somewhere in the
 * name. Spaces in the query are ignored; an empty query matches everything (LSP asks with "" for
 * "all symbols").
 */
export function fuzzyMatcher(query: string): (name: string) => boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return () => true;
  return (name: string) => {
    const n = name.toLowerCase();
    let i = 0;
    for (let k = 0; k < n.length && i < q.length; k++) if (n[k] === q[i]) i++;
    return i === q.length;
  };
}

/** The article's headline, else its file name. */
function articleName(article: ArticleSummary): string {
  if (article.headline) return article.headline;
  const last = article.uri.slice(article.uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || article.uri;
  } catch {
    return last || article.uri;
  }
}
