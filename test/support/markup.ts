// The markup engine as the tests drive it: errors it would survive are rethrown, and a draft is
// checked and stripped by the rethrowing test service, as `newsmark check` and export would.

import { NEVER_CANCELLED, allQuotes, readPlainArticle, renderDraft, suggestMarkup, type MarkupSuggestion, type PlainArticleInput } from '../../server/src/service';
import { doc, parse } from './documents';
import { testService } from './service';

const rethrow = (error: unknown) => { throw error; };

export function markUp(body: string, extra: Omit<PlainArticleInput, 'body'> = {}): MarkupSuggestion {
  return suggestMarkup({ body, ...extra }, { onError: rethrow });
}

/** The draft of a plain article file's text (header and body). */
export function draftOfPlain(text: string): { input: PlainArticleInput; suggestion: MarkupSuggestion; draft: string } {
  const input = readPlainArticle(text);
  const suggestion = suggestMarkup(input, { onError: rethrow });
  return { input, suggestion, draft: renderDraft(input, suggestion) };
}

/** The error diagnostics of a draft: `newsmark check` must report none. */
export function draftErrors(draft: string): string[] {
  return testService().diagnostics(doc(draft), {}, {}, NEVER_CANCELLED).filter((d) => d.severity === 1).map((d) => `${String(d.code)}: ${d.message}`);
}

export function stripped(draft: string): string {
  return testService().strip(doc(draft), {}, {}, NEVER_CANCELLED);
}

/** The words a suggestion marks, with the name of their speaker: "Chen Wenqing: China is ready ...". */
export function marked(body: string, s: MarkupSuggestion): string[] {
  const names = new Map(s.speakers.map((x) => [x.id, x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)}: ${body.slice(x.start, x.end)}`);
}

/** The quote spans of a marked-up NewsMark article, as offsets into its published text. */
export function goldSpans(news: string, published: string): { start: number; end: number; speaker: string }[] {
  const article = parse(news);
  const speakers = new Map(article.frontMatter?.speakers.map((s) => [s.id, s.name?.value ?? s.id]) ?? []);
  let from = 0;
  return [...allQuotes(article)].map((q) => {
    const start = published.indexOf(q.text, from);
    from = Math.max(from, start);
    return { start, end: start + q.text.length, speaker: speakers.get(q.speakerId) ?? q.speakerId };
  });
}

/** Intersection over union of two offset ranges. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}
