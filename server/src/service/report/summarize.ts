// One article's report summary. Speakers, their definitions and their quotes (with their kinds)
// come from the article context, which resolves them once for every feature: when a workspace
// registry adds definitions there, the report follows without a change here. Nothing is read
// from the text again.

import { articleContext } from '../context/articleContext';
import { formatIsoDate } from '../domain/calendar';
import type { ServiceOptions } from '../options';
import type { ParsedArticle, Quote, SpeakerDefinition } from '../syntax';
import { ReportAccumulator } from './merge';
import { addKinds, REPORT_FORMAT, REPORT_SPEAKER_KINDS, REPORT_VERSION, zeroKinds, type KindCounts, type ReportSpeakerKind, type ReportSummary, type SpeakerTally } from './summary';

export function summarizeArticle(article: ParsedArticle, options: Pick<ServiceOptions, 'style'>): ReportSummary {
  const context = articleContext(article, options);
  const { definitions, quotes } = context.speakers;
  const total = zeroKinds();
  const speakerKinds = Object.fromEntries(REPORT_SPEAKER_KINDS.map((k) => [k, zeroKinds()])) as Record<ReportSpeakerKind, KindCounts>;
  const speakers: SpeakerTally[] = [];
  const organisations: ReportSummary['organisations'] = [];
  let anonymous = false;
  for (const [id, ofSpeaker] of quotes) {
    const counts = countKinds(ofSpeaker);
    const definition = id ? definitions.get(id) : undefined;
    const kind: ReportSpeakerKind = definition?.kind ?? 'unknown';
    addKinds(total, counts);
    addKinds(speakerKinds[kind], counts);
    if (kind === 'anonymous') anonymous = true;
    if (!id) continue; // a quote without a speaker id: counted, but nobody's
    speakers.push({ id, quotes: counts, articles: 1, variants: [{ name: nameOf(definition) ?? id, kind, org: orgOf(definition), articles: 1 }] });
    const organisation = organisationOf(definition);
    if (organisation !== null) organisations.push({ name: organisation, quotes: { ...counts } });
  }
  const date = context.publication && formatIsoDate(context.publication);
  const single: ReportSummary = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    articles: 1,
    articlesWithAnonymous: anonymous ? 1 : 0,
    undatedArticles: date ? 0 : 1,
    quotes: total,
    speakerKinds,
    speakers,
    organisations,
    days: date ? [{ date, articles: 1, quotes: { ...total } }] : [],
  };
  // Two speakers of one organisation give one organisation row: the accumulator adds them up and sorts.
  return new ReportAccumulator().add(single).summary();
}

function countKinds(quotes: readonly Quote[]): KindCounts {
  const counts = zeroKinds();
  for (const q of quotes) counts[q.kind]++;
  return counts;
}

function nameOf(definition: SpeakerDefinition | undefined): string | undefined {
  return nonEmpty(definition?.name?.value);
}

function orgOf(definition: SpeakerDefinition | undefined): string | null {
  return nonEmpty(definition?.org?.value) ?? null;
}

/** Where a quote counts among organisations: the speaker's `org`, or the organisation that speaks itself. */
function organisationOf(definition: SpeakerDefinition | undefined): string | null {
  const org = orgOf(definition);
  if (org !== null || definition?.kind !== 'organization') return org;
  return nameOf(definition) ?? definition.id;
}

function nonEmpty(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}
