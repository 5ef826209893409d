// The Quote Report's view model (report/view.ts) on hand-made summaries: rows sorted by total then
// label, the definition most articles use naming a speaker, the unknown kind shown only when it
// has quotes, and the timeline's unit at the exact span limits (26 weeks, ten years), with
// December rolling over into the next year.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeSummaries, reportView, type ReportSummary } from '../../server/src/service';

const k = (direct: number, partial = 0, indirect = 0) => ({ direct, partial, indirect });
const summary = (over: Partial<ReportSummary>): ReportSummary => ({ ...mergeSummaries(), ...over });
const day = (date: string, articles = 1, quotes = k(1)) => ({ date, articles, quotes });

describe('report: the view\'s rows and timeline', () => {
  it('copies the counts and sorts organisations by total, then name', () => {
    const s = summary({
      quotes: k(1, 2, 3),
      organisations: [{ name: 'Zeta', quotes: k(1) }, { name: 'Alpha', quotes: k(0, 1) }, { name: 'Big', quotes: k(2, 1) }],
    });
    const view = reportView(s);
    assert.deepEqual(view.quotes, { direct: 1, partial: 2, indirect: 3 });
    assert.notEqual(view.quotes, s.quotes);
    assert.deepEqual(view.organisations.map((o) => [o.label, o.total]), [['Big', 3], ['Alpha', 1], ['Zeta', 1]]);
  });

  it('lists the kinds of speaker in order, unknown only when it has quotes', () => {
    const none = reportView(summary({}));
    assert.deepEqual(none.speakerKinds.map((r) => r.kind), ['person', 'organization', 'group', 'anonymous']);
    const base = mergeSummaries();
    const some = reportView(summary({ speakerKinds: { ...base.speakerKinds, unknown: k(0, 0, 2), group: k(1) } }));
    assert.deepEqual(some.speakerKinds.map((r) => [r.kind, r.label, r.total]), [['person', 'person', 0], ['organization', 'organization', 0], ['group', 'group', 1], ['anonymous', 'anonymous', 0], ['unknown', 'unknown', 2]]);
  });

  it('names a speaker by the definition most articles use, the first on a tie, the id without one', () => {
    const variant = (name: string, articles: number, kind: 'person' | 'anonymous' = 'person', org: string | null = null) => ({ name, kind, org, articles });
    const view = reportView(summary({
      speakers: [
        { id: 'a', quotes: k(1), articles: 3, variants: [variant('Ann', 1), variant('Anna', 2, 'anonymous', 'City'), variant('Annie', 2)] },
        { id: 'b', quotes: k(1), articles: 2, variants: [variant('Bo', 1, 'person', 'Org'), variant('Bob', 1)] },
        { id: 'c', quotes: k(1), articles: 1, variants: [] },
      ],
    }));
    assert.deepEqual(view.speakers.map((r) => [r.id, r.label, r.kind, r.org, r.definitions]), [
      ['a', 'Anna', 'anonymous', 'City', 3],
      ['b', 'Bo', 'person', 'Org', 2],
      ['c', 'c', 'unknown', null, 0],
    ]);
    assert.equal(view.anonymous.anonymousSpeakers, 1);
  });

  it('bins by week up to 26 weeks, by month up to ten years, then by year; days in any order', () => {
    const unitOf = (dates: string[]) => reportView(summary({ days: dates.map((d) => day(d)) })).timeline.unit;
    assert.equal(unitOf(['2024-07-01', '2024-01-01']), 'week'); // 182 days
    assert.equal(unitOf(['2024-01-01', '2024-07-02']), 'month'); // 183 days
    assert.equal(unitOf(['2014-01-01', '2024-01-01']), 'month'); // 3,652 days
    assert.equal(unitOf(['2014-01-01', '2024-01-02']), 'month'); // 3,653 days
    assert.equal(unitOf(['2014-01-01', '2024-01-03']), 'year'); // 3,654 days
    const months = reportView(summary({ days: [day('2024-02-10', 2, k(0, 1)), day('2023-11-05'), day('2023-12-31', 1, k(0, 0, 2)), day('2023-06-05', 3)] })).timeline;
    assert.equal(months.unit, 'month');
    assert.deepEqual(months.bins.slice(0, 2).map((b) => [b.label, b.articles]), [['2023-06', 3], ['2023-07', 0]]);
    assert.deepEqual(months.bins.slice(5).map((b) => [b.label, b.start, b.end, b.articles, b.total]), [
      ['2023-11', '2023-11-01', '2023-11-30', 1, 1],
      ['2023-12', '2023-12-01', '2023-12-31', 1, 2],
      ['2024-01', '2024-01-01', '2024-01-31', 0, 0],
      ['2024-02', '2024-02-01', '2024-02-29', 2, 1],
    ]);
  });
});
