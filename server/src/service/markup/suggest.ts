// suggestMarkup(): plain body in, speakers and quote spans out. Runs the language layer, then the
// attribution rules, then turns their findings into the contract's shapes: a kind read from the
// quotation marks as NewsMark reads it, a confidence, and a review note below the threshold.

import { recogniseDateline } from '../parser/dateline/recognise';
import { quoteKind } from '../parser/quoteSpans';
import { attribute, type RawSpan } from './attribute';
import { assignIds, findNameAliases, type Speaker } from './registry';
import { analyse } from './text';
import { DEFAULT_REVIEW_THRESHOLD, type MarkupOptions, type MarkupSuggestion, type PlainArticleInput, type SuggestedSpan, type SuggestedSpeaker } from './types';

export function suggestMarkup(input: PlainArticleInput, options: Partial<MarkupOptions> = {}): MarkupSuggestion {
  try {
    return suggest(input.body, options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD);
  } catch (error) {
    // The contract: never throw on any input. A bug is told to onError (tests rethrow it).
    options.onError?.(error);
    return { speakers: [], spans: [] };
  }
}

function suggest(body: string, threshold: number): MarkupSuggestion {
  const a = analyse(body);
  const first = a.paragraphs[0];
  const dateline = first ? recogniseDateline(body, first.start, first.end) : undefined;
  const { spans, registry } = attribute(a, dateline && !dateline.standalone ? dateline.bodyStart : 0);
  const used = new Set<Speaker>(spans.map((s) => s.speaker));
  for (const s of registry.speakers) if (s.spoke) used.add(s);
  const speakers = registry.speakers.filter((s) => used.has(s));
  for (const s of speakers) findNameAliases(s, body, speakers);
  assignIds(speakers);
  const out: SuggestedSpan[] = spans.map((s) => toSpan(s, body, threshold, used)).sort((x, y) => x.start - y.start || y.end - x.end);
  return {
    speakers: speakers.map(publicSpeaker),
    spans: out,
  };
}

/** The contract's speaker: the registry's bookkeeping (first offset, words, spoke) left out. */
function publicSpeaker(s: Speaker): SuggestedSpeaker {
  const out: SuggestedSpeaker = { id: s.id, name: s.name, aliases: [...new Set(s.aliases)], kind: s.kind, confidence: round(s.confidence) };
  if (s.role) out.role = s.role;
  if (s.org) out.org = s.org;
  if (s.reason) out.reason = s.reason;
  return out;
}

function toSpan(s: RawSpan, body: string, threshold: number, used: Set<Speaker>): SuggestedSpan {
  const span: SuggestedSpan = {
    start: s.start, end: s.end, speakerId: s.speaker.id, kind: quoteKind(body.slice(s.start, s.end)), confidence: round(s.confidence),
  };
  if (s.confidence < threshold) {
    // The engine is unsure only of speakers; the spec's `end` and `kind` notes are an editor's own.
    span.review = 'speaker';
    if (s.alternative && used.has(s.alternative) && s.alternative !== s.speaker) span.alternativeSpeakerId = s.alternative.id;
  }
  return span;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
