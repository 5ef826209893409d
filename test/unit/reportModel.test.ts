// The report model (server/src/service/report): what one article's summary counts, how summaries
// add up, how a summary is read back, and how the view sorts, names and bins. The merge property
// over random archives is in test/property/report.property.test.ts.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  mergeSummaries, readSummary, REPORT_VERSION, reportView, summarizeArticle, withDefaults, type ReportSummary,
} from '../../server/src/service';
import { parse } from '../support/documents';

/** The default options, made at each call: made at the file's top they would be made while the tests load (see test/mutation/nodeTestOnMocha.cjs). */
const options = () => withDefaults(undefined);

function article(frontMatter: string[], body: string): string {
  return ['---', ...frontMatter, '---', '', body, ''].join('\n');
}

function summary(text: string): ReportSummary {
  return summarizeArticle(parse(text), options());
}

const BUDGET = article([
  'headline: Budget',
  'date: 2024-01-15',
  'speakers:',
  '  mayor:',
  '    name: Ana Ruiz',
  '    org: City of Norbridge',
  '  council:',
  '    name: Norbridge City Council',
  '    kind: organization',
  '  aide:',
  '    name: a city hall aide',
  '    kind: anonymous',
  '    reason: not authorised',
  '  clerk:',
  '    name: Jo Clerk',
  '    org: "  "',
], [
  'NORBRIDGE -- ["We cut,"]{@mayor} Ruiz said. She called it [a "lean" plan]{@mayor} and said [it was fair]{@mayor}.',
  '',
  'The council said [it would vote]{@council}. An aide said [two departments objected]{@aide}.',
  '',
  'Ruiz said [the aide told her, ["We are worried,"]{@aide}]{@mayor}. A clerk said [nothing]{@clerk}. Someone said [more]{@ghost}.',
].join('\n'));

describe('report model: one article', () => {
  const s = summary(BUDGET);

  test('counts every quote by kind, nested ones included', () => {
    assert.equal(s.articles, 1);
    assert.deepEqual(s.quotes, { direct: 2, partial: 2, indirect: 5 });
  });

  test('counts per speaker, with the definition the article gives; an undefined id is of kind unknown', () => {
    const byId = Object.fromEntries(s.speakers.map((x) => [x.id, x]));
    assert.deepEqual(s.speakers.map((x) => x.id), ['aide', 'clerk', 'council', 'ghost', 'mayor'], 'sorted by id');
    assert.deepEqual(byId.mayor.quotes, { direct: 1, partial: 2, indirect: 1 });
    assert.deepEqual(byId.mayor.variants, [{ name: 'Ana Ruiz', kind: 'person', org: 'City of Norbridge', articles: 1 }]);
    assert.deepEqual(byId.aide.quotes, { direct: 1, partial: 0, indirect: 1 });
    assert.deepEqual(byId.ghost.variants, [{ name: 'ghost', kind: 'unknown', org: null, articles: 1 }]);
    assert.equal(byId.clerk.variants[0].org, null, 'an org of blanks is no org');
  });

  test('quotes per kind of speaker, anonymous articles, organisations (an organisation speaking counts as itself)', () => {
    assert.deepEqual(s.speakerKinds, {
      person: { direct: 1, partial: 2, indirect: 2 },
      organization: { direct: 0, partial: 0, indirect: 1 },
      group: { direct: 0, partial: 0, indirect: 0 },
      anonymous: { direct: 1, partial: 0, indirect: 1 },
      unknown: { direct: 0, partial: 0, indirect: 1 },
    });
    assert.equal(s.articlesWithAnonymous, 1);
    assert.deepEqual(s.organisations, [
      { name: 'City of Norbridge', quotes: { direct: 1, partial: 2, indirect: 1 } },
      { name: 'Norbridge City Council', quotes: { direct: 0, partial: 0, indirect: 1 } },
    ]);
  });

  test('the publication date is the day; an article without one is undated', () => {
    assert.deepEqual(s.days, [{ date: '2024-01-15', articles: 1, quotes: { direct: 2, partial: 2, indirect: 5 } }]);
    assert.equal(s.undatedArticles, 0);
    const undated = summary(article(['headline: Column', 'speakers:', '  lee:', '    name: Dana Lee'], 'Lee said [schools matter]{@lee}.'));
    assert.deepEqual(undated.days, []);
    assert.equal(undated.undatedArticles, 1);
    assert.deepEqual(undated.quotes, { direct: 0, partial: 0, indirect: 1 });
  });

  test('an article without quotes counts as an article and nothing else', () => {
    const empty = summary(article(['headline: Quiet', 'date: 2024-02-01'], 'NORBRIDGE -- Nothing was said.'));
    assert.equal(empty.articles, 1);
    assert.deepEqual([empty.speakers, empty.organisations], [[], []]);
    assert.deepEqual(empty.days, [{ date: '2024-02-01', articles: 1, quotes: { direct: 0, partial: 0, indirect: 0 } }]);
  });
});

describe('report model: merging and reading back', () => {
  const other = summary(article([
    'headline: Election', 'date: 2024-01-20', 'speakers:', '  mayor:', '    name: Ana Ruiz', '  hale:', '    name: Tom Hale', '    org: City of Norbridge',
  ], 'NORBRIDGE -- Ruiz said [she welcomed it]{@mayor}. ["Change,"]{@hale} Hale said.'));
  const budget = summary(BUDGET);

  test('adds counts, unions keys, and keeps each definition of an id with the number of articles that gave it', () => {
    const m = mergeSummaries(budget, other);
    assert.equal(m.articles, 2);
    assert.deepEqual(m.quotes, { direct: 3, partial: 2, indirect: 6 });
    const mayor = m.speakers.find((x) => x.id === 'mayor')!;
    assert.equal(mayor.articles, 2);
    assert.deepEqual(mayor.variants, [
      { name: 'Ana Ruiz', kind: 'person', org: null, articles: 1 },
      { name: 'Ana Ruiz', kind: 'person', org: 'City of Norbridge', articles: 1 },
    ]);
    assert.deepEqual(m.organisations.find((o) => o.name === 'City of Norbridge')!.quotes, { direct: 2, partial: 2, indirect: 1 });
    assert.deepEqual(m.days.map((d) => d.date), ['2024-01-15', '2024-01-20']);
  });

  test('the order of the shards does not show in the JSON', () => {
    assert.equal(JSON.stringify(mergeSummaries(budget, other)), JSON.stringify(mergeSummaries(other, budget)));
  });

  test('a written summary reads back equal', () => {
    const m = mergeSummaries(budget, other);
    assert.deepEqual(readSummary(JSON.stringify(m, null, 2)), m);
  });

  test('refuses what is not a summary of this version, and says why', () => {
    const m = mergeSummaries(budget);
    assert.throws(() => readSummary('{"format": "newsmark-report", "version": 2}'), /a summary of version 2, but this newsmark reads version 1 only/);
    assert.throws(() => readSummary(JSON.stringify({ ...m, version: '1' })), /version "1"/);
    assert.throws(() => readSummary('[1, 2]'), /not a NewsMark report summary/);
    assert.throws(() => readSummary('{"format": "newsmark-report"'), /^SummaryError: not JSON|not JSON/);
    assert.throws(() => readSummary(JSON.stringify({ ...m, articles: -1 })), /"articles" should be a whole number/);
    assert.throws(() => readSummary(JSON.stringify({ ...m, speakers: [{ ...m.speakers[0], quotes: { direct: 1 } }] })), /"speakers\[0\]\.quotes\.partial" should be a whole number/);
    assert.throws(() => readSummary(JSON.stringify({ ...m, days: [{ date: 'May 1', articles: 1, quotes: m.quotes }] })), /"days\[0\]\.date" should be a date/);
    assert.equal(REPORT_VERSION, 1);
  });
});

describe('report view', () => {
  test('speakers most quoted first, shown with the definition most articles gave', () => {
    const a = summary(article(['headline: A', 'date: 2024-01-01', 'speakers:', '  x:', '    name: Xavier', '    org: Old'], '[one]{@x} [two]{@x}'));
    const b = summary(article(['headline: B', 'date: 2024-01-02', 'speakers:', '  x:', '    name: Xavier X', '    org: New', '  y:', '    name: Yves'], '[three]{@x} [four]{@y}'));
    const c = summary(article(['headline: C', 'date: 2024-01-03', 'speakers:', '  x:', '    name: Xavier X', '    org: New'], '[five]{@x}'));
    const view = reportView(mergeSummaries(a, b, c));
    assert.deepEqual(view.speakers.map((s) => [s.id, s.label, s.org, s.total, s.articles, s.definitions]), [
      ['x', 'Xavier X', 'New', 4, 3, 2],
      ['y', 'Yves', null, 1, 1, 1],
    ]);
  });

  test('anonymous share: speakers, quotes and articles', () => {
    const view = reportView(summary(BUDGET));
    assert.deepEqual(view.anonymous, { speakers: 5, anonymousSpeakers: 1, quotes: 9, anonymousQuotes: 2, articles: 1, articlesWithAnonymous: 1 });
    assert.deepEqual(view.speakerKinds.map((k) => k.kind), ['person', 'organization', 'group', 'anonymous', 'unknown']);
  });

  const dated = (...dates: string[]) => mergeSummaries(...dates.map((date, i) => summary(article([`headline: D${i}`, `date: ${date}`, 'speakers:', '  s:', '    name: S'], '[words]{@s}'))));

  test('by ISO week over a short span, empty weeks included, across a year boundary', () => {
    const t = reportView(dated('2020-12-31', '2021-01-04', '2021-01-19')).timeline;
    assert.equal(t.unit, 'week');
    assert.deepEqual(t.bins.map((b) => [b.label, b.start, b.end, b.articles, b.total]), [
      ['2020-W53', '2020-12-28', '2021-01-03', 1, 1],
      ['2021-W01', '2021-01-04', '2021-01-10', 1, 1],
      ['2021-W02', '2021-01-11', '2021-01-17', 0, 0],
      ['2021-W03', '2021-01-18', '2021-01-24', 1, 1],
    ]);
  });

  test('by month over more than 26 weeks, by year over more than ten years', () => {
    const months = reportView(dated('2024-01-31', '2024-02-29', '2024-08-01')).timeline;
    assert.equal(months.unit, 'month');
    assert.deepEqual(months.bins.map((b) => b.label), ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08']);
    assert.deepEqual(months.bins.map((b) => b.articles), [1, 1, 0, 0, 0, 0, 0, 1]);
    assert.equal(months.bins[1].end, '2024-02-29');
    const years = reportView(dated('2004-05-01', '2024-05-01')).timeline;
    assert.equal(years.unit, 'year');
    assert.equal(years.bins.length, 21);
    assert.deepEqual([years.bins[0].label, years.bins[20].label, years.bins[20].articles], ['2004', '2024', 1]);
  });
});
