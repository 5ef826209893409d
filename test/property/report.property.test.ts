// Properties of the report model over random archives: a report is the same however the archive
// is sharded (merge(report(A), report(B)) deep-equals report(A ∪ B) for disjoint A and B, also
// through the JSON a shard writes), and its figures are those of an independent count of the
// quotes each random article was generated with.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  mergeSummaries, readSummary, summarizeArticle, withDefaults, type QuoteKind, type ReportSummary, type SpeakerKind,
} from '../../server/src/service';
import { parse } from '../support/documents';
import { propertyParameters } from './parameters';

const RUNS = 60;
/** The default options, made at each call: made at the file's top they would be made while the tests load (see test/mutation/nodeTestOnMocha.cjs). */
const options = () => withDefaults(undefined);

interface SpeakerSpec { id: string; name: string; kind: SpeakerKind; org?: string }
interface QuoteSpec { speaker: string; kind: QuoteKind }
interface ArticleSpec { date?: string; speakers: SpeakerSpec[]; quotes: QuoteSpec[] }

const IDS = ['ana', 'ben', 'cara', 'dev', 'eli'];
/** Quoted without a definition: a typo or a speaker nobody declared. */
const UNDEFINED_ID = 'ghost';

const speakerSpec = (id: string) => fc.record({
  id: fc.constant(id),
  // Few names and orgs, so that one id often meets the same definition in several articles.
  name: fc.constantFrom('Ana Ruiz', 'Port of Norbridge'),
  kind: fc.constantFrom<SpeakerKind>('person', 'organization', 'group', 'anonymous'),
  org: fc.option(fc.constantFrom('City of Norbridge', 'Port Authority'), { nil: undefined }),
});

const articleSpec: fc.Arbitrary<ArticleSpec> = fc.subarray(IDS, { minLength: 1 })
  .chain((ids) => fc.record({
    date: fc.option(fc.date({ min: new Date('2023-11-20T00:00:00Z'), max: new Date('2024-03-10T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
    speakers: fc.tuple(...ids.map(speakerSpec)),
    quotes: fc.array(fc.record({ speaker: fc.constantFrom(...ids, UNDEFINED_ID), kind: fc.constantFrom<QuoteKind>('direct', 'partial', 'indirect') }), { maxLength: 8 }),
  }));

const WORDS: Record<QuoteKind, string> = { direct: '"We will rebuild,"', partial: 'a plan that is "fair" to all', indirect: 'the plan was fair' };

function render(spec: ArticleSpec, n: number): string {
  const lines = ['---', `headline: Article ${n}`];
  if (spec.date) lines.push(`date: ${spec.date}`);
  lines.push('speakers:');
  for (const s of spec.speakers) {
    lines.push(`  ${s.id}:`, `    name: ${s.name}`, `    kind: ${s.kind}`);
    if (s.kind === 'anonymous') lines.push('    reason: asked not to be named');
    if (s.org) lines.push(`    org: ${s.org}`);
  }
  lines.push('---', '', 'NORBRIDGE -- The story begins.', '');
  for (const q of spec.quotes) lines.push(`Someone said [${WORDS[q.kind]}]{@${q.speaker}}.`, '');
  return lines.join('\n');
}

const summarize = (spec: ArticleSpec, n: number) => summarizeArticle(parse(render(spec, n)), options());
const report = (summaries: readonly ReportSummary[]) => mergeSummaries(...summaries);
/** Through the JSON file a shard writes and `--merge` reads. */
const viaJson = (s: ReportSummary) => readSummary(JSON.stringify(s, null, 2));

const archive = fc.array(articleSpec, { minLength: 0, maxLength: 12 });
/** An archive and a split of it into two disjoint shards (by a mask). */
const shardedArchive = archive.chain((articles) => fc.tuple(fc.constant(articles), fc.array(fc.boolean(), { minLength: articles.length, maxLength: articles.length })));

describe('report model: properties', () => {
  test('merge(report(A), report(B)) deep-equals report(A ∪ B) for disjoint shards, directly and through JSON', () => {
    fc.assert(fc.property(shardedArchive, ([articles, mask]) => {
      const summaries = articles.map(summarize);
      const a = summaries.filter((_, i) => mask[i]);
      const b = summaries.filter((_, i) => !mask[i]);
      const whole = report(summaries);
      assert.deepStrictEqual(mergeSummaries(report(a), report(b)), whole);
      assert.deepStrictEqual(mergeSummaries(viaJson(report(a)), viaJson(report(b))), whole);
      assert.equal(JSON.stringify(mergeSummaries(report(b), report(a))), JSON.stringify(whole));
    }), propertyParameters(RUNS));
  });

  test('merging is associative, and an empty shard changes nothing', () => {
    fc.assert(fc.property(fc.tuple(archive, archive, archive), ([x, y, z]) => {
      const [a, b, c] = [x, y, z].map((articles) => report(articles.map(summarize)));
      assert.deepStrictEqual(mergeSummaries(mergeSummaries(a, b), c), mergeSummaries(a, mergeSummaries(b, c)));
      assert.deepStrictEqual(mergeSummaries(a, report([])), a);
    }), propertyParameters(RUNS, 0.5));
  });

  test('the figures are those of the quotes the articles were written with', () => {
    fc.assert(fc.property(archive, (articles) => {
      const r = report(articles.map(summarize));
      const expected = new Map<string, Record<QuoteKind, number>>();
      const quotingArticles = new Map<string, number>();
      const byKind: Record<string, number> = {};
      let anonymousArticles = 0;
      for (const spec of articles) {
        const kinds = new Map(spec.speakers.map((s) => [s.id, s.kind]));
        let anonymous = false;
        for (const q of spec.quotes) {
          const counts = expected.get(q.speaker) ?? { direct: 0, partial: 0, indirect: 0 };
          counts[q.kind]++;
          expected.set(q.speaker, counts);
          const kind = kinds.get(q.speaker) ?? 'unknown';
          byKind[kind] = (byKind[kind] ?? 0) + 1;
          anonymous ||= kind === 'anonymous';
        }
        if (anonymous) anonymousArticles++;
        for (const id of new Set(spec.quotes.map((q) => q.speaker))) quotingArticles.set(id, (quotingArticles.get(id) ?? 0) + 1);
      }
      assert.deepStrictEqual(new Map(r.speakers.map((s) => [s.id, s.quotes])), new Map([...expected].sort(([p], [q]) => (p < q ? -1 : 1))));
      for (const s of r.speakers) {
        assert.equal(s.articles, quotingArticles.get(s.id), `articles quoting ${s.id}`);
        assert.equal(s.variants.reduce((n, v) => n + v.articles, 0), s.articles, `each article quoting ${s.id} gives one definition`);
      }
      for (const [kind, counts] of Object.entries(r.speakerKinds)) assert.equal(counts.direct + counts.partial + counts.indirect, byKind[kind] ?? 0, kind);
      assert.equal(r.articles, articles.length);
      assert.equal(r.articlesWithAnonymous, anonymousArticles);
      assert.equal(r.undatedArticles, articles.filter((a) => !a.date).length);
      assert.equal(r.days.reduce((n, d) => n + d.articles, 0), articles.filter((a) => a.date).length);
    }), propertyParameters(RUNS));
  });
});
