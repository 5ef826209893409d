// Workspace symbols: the speakers and quotes of every article, found by a fuzzy query ("cwq" finds
// "Chen Wenqing"). Speakers come first, then quotes, so that a capped list keeps the people.

import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import { allQuotes, type ParsedArticle, type SpeakerDefinition, type SpeakerRegistry, type TextSpan } from '../syntax';
import { oneLine } from '../text/characters';
import { openingWords, speakerLabel } from '../labels';

/** More than a person can read in a quick-pick; the editor asks again as the query grows. */
const MAX_WORKSPACE_SYMBOLS = 500;

export function getWorkspaceSymbols(articles: readonly ParsedArticle[], query: string, token: Cancellation, limit = MAX_WORKSPACE_SYMBOLS): WorkspaceSymbol[] {
  const matches = fuzzyMatcher(query);
  const results: WorkspaceSymbol[] = [];
  const full = () => results.length >= limit;
  // The registries the articles were read against: each of their speakers once, first.
  const registries = new Set(articles.map((a) => a.registry).filter((r): r is SpeakerRegistry => !!r));
  const speakers = (file: Pick<ParsedArticle, 'uri' | 'lines'>, defs: readonly SpeakerDefinition[], container: string): boolean => {
    for (const def of defs) {
      const name = oneLine(def.name?.value ?? '') || def.id;
      if (!name || !(matches(name) || matches(def.id))) continue;
      results.push(workspaceSymbol(file, name, SymbolKind.Class, container, def.idSpan));
      if (full()) return true;
    }
    return false;
  };
  for (const registry of registries) if (speakers(registry, registry.speakers, 'speaker registry')) return results;
  for (const article of articles) {
    if (token.isCancellationRequested) return [];
    if (full()) return results;
    if (speakers(article, article.frontMatter?.speakers ?? [], articleName(article))) return results;
  }
  for (const article of articles) {
    if (token.isCancellationRequested) return [];
    for (const q of allQuotes(article)) {
      const name = openingWords(q.text);
      if (!matches(name)) continue;
      results.push(workspaceSymbol(article, name, SymbolKind.String, speakerLabel(article, q.speakerId), q));
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
function articleName(article: ParsedArticle): string {
  const headline = article.frontMatter?.headline?.value;
  if (headline && headline.trim()) return oneLine(headline);
  const last = article.uri.slice(article.uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || article.uri;
  } catch {
    return last || article.uri;
  }
}

function workspaceSymbol(article: Pick<ParsedArticle, 'uri' | 'lines'>, name: string, kind: SymbolKind, containerName: string, span: TextSpan): WorkspaceSymbol {
  return { name, kind, containerName, location: { uri: article.uri, range: article.lines.range(span) } };
}
