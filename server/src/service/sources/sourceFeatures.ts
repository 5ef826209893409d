// What the editor and the export formats show of a quote's source: hover's section (the passage
// with a few words either side, the source's title and date, how exact the match is), go to
// definition (the passage in the source file), and the source reference the export formats
// carry. Indirect speech is never checked word for word; hover shows its best supporting passage
// when one is close.

import type { Location } from 'vscode-languageserver-types';
import type { ServiceOptions } from '../options';
import type { ParsedArticle, Quote } from '../syntax';
import { articleSources, refOf, supportingPassage } from './articleSources';
import type { QuoteMatch } from './matching';
import { wordsText } from './sourceChecks';

/** Words of context shown either side of the passage. */
const CONTEXT_WORDS = 6;

type SourceOptions = Pick<ServiceOptions, 'sources' | 'spellingVariants'>;

/** A quote's source, as the export formats write it. */
export interface QuoteSource {
  /** The path as the front matter writes it. */
  file: string;
  title?: string;
  date?: string;
  /** The passage's words in the source, on one line. */
  passage: string;
  /** Nothing differs. */
  exact: boolean;
  /** The passage in the source file (UTF-16 offsets). */
  start: number;
  end: number;
}

/** The source of a quote when one of its speaker's sources holds a close passage. */
export function quoteSourceOf(article: ParsedArticle, quote: Quote, options: SourceOptions): QuoteSource | undefined {
  const match = supportingPassage(article, quote, options);
  if (!match?.close) return undefined;
  const ref = refOf(articleSources(article, options), match.source);
  const { start, end } = passageSpan(match);
  return {
    file: ref?.path.text ?? match.source.uri, ...(ref?.title ? { title: ref.title } : {}), ...(ref?.date ? { date: ref.date } : {}),
    passage: wordsText(match.source.words.slice(match.from, match.to), match.source.text), exact: !match.differences.length, start, end,
  };
}

/** The passage of a quote in its source, for go to definition. */
export function quoteSourceLocation(article: ParsedArticle, quote: Quote, options: SourceOptions): Location | null {
  const match = supportingPassage(article, quote, options);
  return match?.close ? { uri: match.source.uri, range: match.source.lines.range(passageSpan(match)) } : null;
}

/** Hover's section on a quote's source (Markdown, written with hover's `md` and `code`), or '' when it has none. */
export function quoteSourceHover(article: ParsedArticle, quote: Quote, options: SourceOptions, md: (s: string) => string, code: (s: string) => string): string {
  const match = supportingPassage(article, quote, options);
  const sources = articleSources(article, options);
  if (!match?.close) {
    // A checked quote found nowhere: say where it was looked for.
    const searched = sources.quotes.has(quote) ? sources.sourcesOf(quote.speakerId) ?? [] : [];
    return searched.length ? `**Sources:** no passage of ${searched.map((c) => code(c.ref.path.text)).join(', ')} comes close to these words` : '';
  }
  const ref = refOf(sources, match.source);
  const name = ref?.title ? `${md(ref.title)} (${code(ref.path.text)})` : code(ref?.path.text ?? match.source.uri);
  const heading = `**Source:** ${name}${ref?.date ? `, ${md(ref.date)}` : ''}`;
  const words = match.source.words;
  const before = wordsText(words.slice(Math.max(0, match.from - CONTEXT_WORDS), match.from), match.source.text);
  const after = wordsText(words.slice(match.to, match.to + CONTEXT_WORDS), match.source.text);
  const passage = `> ${match.from > CONTEXT_WORDS ? '…' : ''}${md(before)} **${md(wordsText(words.slice(match.from, match.to), match.source.text))}** ${md(after)}${match.to + CONTEXT_WORDS < words.length ? '…' : ''}`;
  const exactness = quote.kind === 'indirect'
    ? 'The best supporting passage (indirect speech is not checked word for word)'
    : match.differences.length
      ? `${match.matched} of ${match.words} words as in the source; ${match.differences.length} ${match.differences.length === 1 ? 'difference' : 'differences'}`
      : 'Word for word as in the source';
  return [heading, passage, exactness].join('\n\n');
}

function passageSpan(match: QuoteMatch): { start: number; end: number } {
  const words = match.source.words;
  return { start: words[match.from].start, end: words[Math.max(match.from, match.to - 1)].end };
}
