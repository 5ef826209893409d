// Adding summaries up. A summary is a sum of per-article summaries, and every field is a sum or
// a union keyed by id, name or date, so adding is associative and commutative: the summary of
// shard A merged with that of shard B is exactly the summary of A ∪ B when no article is in both
// (test/property/report.property.test.ts). The accumulator adds in place (a report of 10,000
// articles adds 10,000 small summaries) and writes the canonical, sorted summary at the end.

import {
  addKinds, compareKeys, REPORT_FORMAT, REPORT_SPEAKER_KINDS, REPORT_VERSION, zeroKinds,
  type DayTally, type KindCounts, type ReportSpeakerKind, type ReportSummary, type SpeakerVariant,
} from './summary';

interface SpeakerSum {
  quotes: KindCounts;
  articles: number;
  variants: Map<string, SpeakerVariant>;
}

export class ReportAccumulator {
  private articles = 0;
  private articlesWithAnonymous = 0;
  private undatedArticles = 0;
  private readonly quotes = zeroKinds();
  private readonly speakerKinds = Object.fromEntries(REPORT_SPEAKER_KINDS.map((k) => [k, zeroKinds()])) as Record<ReportSpeakerKind, KindCounts>;
  // Maps, not objects: ids and organisation names are the user's text (`__proto__` included).
  private readonly speakers = new Map<string, SpeakerSum>();
  private readonly organisations = new Map<string, KindCounts>();
  private readonly days = new Map<string, { articles: number; quotes: KindCounts }>();

  add(summary: ReportSummary): this {
    this.articles += summary.articles;
    this.articlesWithAnonymous += summary.articlesWithAnonymous;
    this.undatedArticles += summary.undatedArticles;
    addKinds(this.quotes, summary.quotes);
    for (const kind of REPORT_SPEAKER_KINDS) addKinds(this.speakerKinds[kind], summary.speakerKinds[kind]);
    for (const s of summary.speakers) {
      let sum = this.speakers.get(s.id);
      if (!sum) this.speakers.set(s.id, (sum = { quotes: zeroKinds(), articles: 0, variants: new Map() }));
      addKinds(sum.quotes, s.quotes);
      sum.articles += s.articles;
      for (const v of s.variants) {
        const key = variantKey(v);
        const known = sum.variants.get(key);
        if (known) known.articles += v.articles;
        else sum.variants.set(key, { ...v });
      }
    }
    for (const o of summary.organisations) addKinds(entry(this.organisations, o.name, zeroKinds), o.quotes);
    for (const d of summary.days) {
      const day = entry(this.days, d.date, () => ({ articles: 0, quotes: zeroKinds() }));
      day.articles += d.articles;
      addKinds(day.quotes, d.quotes);
    }
    return this;
  }

  /** The canonical summary of everything added: lists sorted by key, fresh objects throughout. */
  summary(): ReportSummary {
    return {
      format: REPORT_FORMAT,
      version: REPORT_VERSION,
      articles: this.articles,
      articlesWithAnonymous: this.articlesWithAnonymous,
      undatedArticles: this.undatedArticles,
      quotes: { ...this.quotes },
      speakerKinds: Object.fromEntries(REPORT_SPEAKER_KINDS.map((k) => [k, { ...this.speakerKinds[k] }])) as Record<ReportSpeakerKind, KindCounts>,
      speakers: sortedKeys(this.speakers).map((id) => {
        const s = this.speakers.get(id)!;
        const variants = [...s.variants.values()].map((v) => ({ ...v })).sort(compareVariants);
        return { id, quotes: { ...s.quotes }, articles: s.articles, variants };
      }),
      organisations: sortedKeys(this.organisations).map((name) => ({ name, quotes: { ...this.organisations.get(name)! } })),
      days: sortedKeys(this.days).map((date): DayTally => {
        const d = this.days.get(date)!;
        return { date, articles: d.articles, quotes: { ...d.quotes } };
      }),
    };
  }
}

/** The summary of the union of the articles both summarise (which must be disjoint). */
export function mergeSummaries(...summaries: readonly ReportSummary[]): ReportSummary {
  const accumulator = new ReportAccumulator();
  for (const s of summaries) accumulator.add(s);
  return accumulator.summary();
}

function entry<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

function sortedKeys(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort(compareKeys);
}

function variantKey(v: SpeakerVariant): string {
  return JSON.stringify([v.name, v.kind, v.org]);
}

/** An empty `org` is read as none (summarize.ts), so null and '' never meet here. */
function compareVariants(a: SpeakerVariant, b: SpeakerVariant): number {
  return compareKeys(a.name, b.name) || compareKeys(a.kind, b.kind) || compareKeys(a.org ?? '', b.org ?? '');
}
