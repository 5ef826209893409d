// The sources of one article and where each of its checked quotes stands in them: the join of
// the front matter's `sources` (what the article says it quotes from) with the files the embedder
// read (`options.sources`: the service never reads files). Direct and partial quotes of a speaker
// with sources are matched; a speaker with a source still being read is left alone until it is
// read (the server checks again then). Memoised per tree and per set of source texts, so the
// checks, hover and definition of one version share one matching.

import type { ServiceOptions } from '../options';
import { allQuotes, type ParsedArticle, type Quote, type SourceReference } from '../syntax';
import { bestMatch, type QuoteMatch } from './matching';
import { quoteItems } from './quoteWords';
import { SourceIndexCache, type SourceFile, type SourceIndex } from './sourceIndex';

interface CitedSource {
  ref: SourceReference;
  /** The file as the embedder read it; absent while it is being read. */
  file?: SourceFile;
  index?: SourceIndex;
}

export interface ArticleSources {
  cited: CitedSource[];
  /** The checked quotes' best passages (undefined: no source has any of its words). */
  quotes: Map<Quote, QuoteMatch | undefined>;
  /** The sources whose words a speaker's quotes are compared with, if all of them are read and readable; undefined otherwise. */
  sourcesOf(speakerId: string): CitedSource[] | undefined;
}

const indexes = new SourceIndexCache();
/** Some 500 words. */
const MAX_QUOTE_CHARS = 3000;
const memo = new WeakMap<ParsedArticle, { files: readonly SourceFile[] | undefined; variants: boolean; result: ArticleSources }>();

export function articleSources(article: ParsedArticle, options: Pick<ServiceOptions, 'sources' | 'spellingVariants'>): ArticleSources {
  const known = memo.get(article);
  if (known && known.variants === options.spellingVariants && sameFiles(known.files, options.sources)) return known.result;
  const result = match(article, options);
  memo.set(article, { files: options.sources, variants: options.spellingVariants, result });
  return result;
}

/** The same files with the same texts (the same strings, as a rule: compared at once). */
export function sameFiles(a: readonly SourceFile[] | undefined, b: readonly SourceFile[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((f, k) => f.uri === b[k].uri && f.path === b[k].path && f.text === b[k].text && f.problem === b[k].problem);
}

function match(article: ParsedArticle, options: Pick<ServiceOptions, 'sources' | 'spellingVariants'>): ArticleSources {
  const cited: CitedSource[] = (article.frontMatter?.sources ?? []).map((ref) => {
    const file = options.sources?.find((f) => f.path === ref.path.text);
    return { ref, file, index: file?.text !== undefined ? indexes.get(file as SourceFile & { text: string }) : undefined };
  });
  const sourcesOf = (speakerId: string): CitedSource[] | undefined => {
    const his = cited.filter((c) => !c.ref.speakers.length || c.ref.speakers.some((s) => s.text === speakerId));
    // Being read, or unreadable (`source-missing` says so): the speaker's quotes wait for it.
    return his.some((c) => !c.index) ? undefined : his;
  };
  const quotes = new Map<Quote, QuoteMatch | undefined>();
  if (cited.length) {
    for (const quote of allQuotes(article)) {
      // Indirect speech is not checked word for word; a quote longer than a page is not compared (its alignment would cost its length squared).
      if (quote.kind === 'indirect' || quote.content.end - quote.content.start > MAX_QUOTE_CHARS) continue;
      const sources = sourcesOf(quote.speakerId);
      if (!sources?.length) continue;
      quotes.set(quote, matchOnce(article.text, quote, sources.map((s) => s.index!), options.spellingVariants));
    }
  }
  return { cited, quotes, sourcesOf };
}

/**
 * Matches of quotes by their markup as written, their sources and the spelling setting: a
 * keystroke re-checks the article, and every quote but the edited one is found here, its offsets
 * moved to where the quote now stands.
 */
const matches = new Map<string, { indexes: readonly SourceIndex[]; at: number; match: QuoteMatch | undefined }>();
const MATCHES_KEPT = 4096;

function matchOnce(text: string, quote: Quote, indexes: readonly SourceIndex[], spellingVariants: boolean): QuoteMatch | undefined {
  const key = `${spellingVariants ? 1 : 0}${quote.kind}\u0000${indexes.map((i) => i.uri).join('\u0000')}\u0000${text.slice(quote.content.start, quote.content.end)}`;
  const known = matches.get(key);
  if (known && known.indexes.length === indexes.length && known.indexes.every((x, k) => x === indexes[k])) return moved(known.match, quote.content.start - known.at);
  const match = bestMatch(quoteItems(text, quote), indexes, spellingVariants);
  if (matches.size >= MATCHES_KEPT) matches.delete(matches.keys().next().value!);
  // An entry without its fields would be read by every later test with this key while the modules
  // stay loaded (a mutation run): each such test would fail, and its mutants count as killed.
  // Stryker disable next-line ObjectLiteral: a cache entry made empty poisons the rest of the run
  matches.set(key, { indexes, at: quote.content.start, match });
  return match;
}

/** A match with the quote's words `by` characters further on (the source's words stay). */
function moved(match: QuoteMatch | undefined, by: number): QuoteMatch | undefined {
  if (!match || by === 0) return match;
  const shift = <T extends { start: number; end: number }>(w: T): T => ({ ...w, start: w.start + by, end: w.end + by });
  return {
    ...match,
    differences: match.differences.map((d) => ({ ...d, quote: d.quote.map(shift), ...(d.before ? { before: shift(d.before) } : {}) })),
  };
}

/** The passage that best supports a quote of any kind (hover reads indirect speech too), if one is close. */
export function supportingPassage(article: ParsedArticle, quote: Quote, options: Pick<ServiceOptions, 'sources' | 'spellingVariants'>): QuoteMatch | undefined {
  const sources = articleSources(article, options);
  if (sources.quotes.has(quote)) return sources.quotes.get(quote);
  const own = sources.sourcesOf(quote.speakerId);
  if (!own?.length || quote.content.end - quote.content.start > MAX_QUOTE_CHARS) return undefined;
  const found = bestMatch(quoteItems(article.text, quote), own.map((s) => s.index!), options.spellingVariants);
  return found?.close ? found : undefined;
}

/** The front matter entry of a source index. */
export function refOf(sources: ArticleSources, index: SourceIndex): SourceReference | undefined {
  return sources.cited.find((c) => c.index === index)?.ref;
}
