// The checks of quotes against their sources (issue 14): `source-missing` for a listed source
// that cannot be used (the embedder says why, naming the path it tried), `quote-not-in-source`
// when no passage of the speaker's sources comes close, `quote-altered` when one does but words
// differ: the message names them, the quick fix puts the source's words back, and the related
// information points at the passage in the source.

import type { Finding, OffsetEdit } from '../diagnostics/finding';
import { speakerIndex } from '../context/articleContext';
import { speakerLabel } from '../labels';
import type { ServiceOptions } from '../options';
import type { ParsedArticle, Quote } from '../syntax';
import type { WordDifference } from './align';
import { articleSources, refOf } from './articleSources';
import type { QuoteMatch } from './matching';
import type { Word } from './words';

/** Differences the message names; the rest are counted. */
const NAMED_DIFFERENCES = 3;

export function checkQuoteSources(article: ParsedArticle, options: Pick<ServiceOptions, 'sources' | 'spellingVariants'>): Finding[] {
  const sources = articleSources(article, options);
  const findings: Finding[] = [];
  const { definitions } = speakerIndex(article);
  for (const { ref, file } of sources.cited) {
    for (const id of ref.speakers) {
      if (!definitions.has(id.text)) findings.push({ code: 'front-matter-key', start: id.start, end: id.end, message: `The source's speaker "${id.text}" is not a speaker of this article: its quotes are not checked against "${ref.path.text}"` });
    }
    if (file && file.text === undefined) {
      findings.push({ code: 'source-missing', start: ref.path.start, end: ref.path.end, message: `The source "${ref.path.text}" cannot be read: ${file.problem ?? 'no text'}` });
    }
  }
  for (const [quote, match] of sources.quotes) {
    if (!match?.close) {
      const paths = (sources.sourcesOf(quote.speakerId) ?? []).map((c) => `"${c.ref.path.text}"`).join(', ');
      findings.push({ code: 'quote-not-in-source', start: quote.content.start, end: quote.content.end, message: `No passage of ${speakerLabel(article, quote.speakerId)}'s sources (${paths}) comes close to these words` });
    } else if (match.differences.length) {
      findings.push(alteredFinding(article, quote, match, refOf(sources, match.source)?.path.text ?? match.source.uri));
    }
  }
  return findings;
}

function alteredFinding(article: ParsedArticle, quote: Quote, match: QuoteMatch, path: string): Finding {
  const { differences, source } = match;
  const named = differences.slice(0, NAMED_DIFFERENCES).map((d) => describe(d, source.text));
  const more = differences.length > NAMED_DIFFERENCES ? `, and ${differences.length - NAMED_DIFFERENCES} more` : '';
  const passage = { start: source.words[match.from].start, end: source.words[match.to - 1].end };
  return {
    code: 'quote-altered', start: quote.content.start, end: quote.content.end,
    message: `The quote differs from its source "${path}": ${named.join('; ')}${more}`,
    // Not preferred: fix-all (on save, `check --fix`) never rewrites a quote; the writer decides, the source may be the older text.
    fixes: [{ title: "Restore the source's words", edits: differences.map((d) => restore(d, article.text, source.text)) }],
    related: [{ start: passage.start, end: passage.end, message: `The passage in "${path}"`, location: { uri: source.uri, range: source.lines.range(passage) } }],
  };
}

/** The words of a run as written, on one line. */
export function wordsText(words: readonly Word[], text: string): string {
  return words.length ? text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ') : '';
}

/** Words named in a message, at most: a longer run shows its start and end. */
const NAMED_WORDS = 12;

function describe(d: WordDifference, sourceText: string): string {
  const theirs = d.source.length > NAMED_WORDS ? `${wordsText(d.source.slice(0, 8), sourceText)} … ${wordsText(d.source.slice(-3), sourceText)}` : wordsText(d.source, sourceText);
  const ours = d.quote.map((w) => w.text).join(' ');
  if (!d.quote.length) return `the quote leaves out "${theirs}"`;
  if (!d.source.length) return `the quote adds "${ours}"`;
  return `the source says "${theirs}", the quote "${ours}"`;
}

/** The edit that puts the source's words in place of the quote's at one difference. */
function restore(d: WordDifference, text: string, sourceText: string): OffsetEdit {
  const theirs = wordsText(d.source, sourceText);
  if (d.quote.length) {
    const start = d.quote[0].start, end = d.quote[d.quote.length - 1].end;
    if (theirs) return { start, end, newText: theirs };
    // Words to delete: with the space before them.
    let from = start;
    while (from > 0 && text[from - 1] === ' ') from--;
    return { start: from, end, newText: '' };
  }
  // Words left out: inserted where they belong, after the quote word before them.
  return { start: d.before!.end, end: d.before!.end, newText: ` ${theirs}` };
}
