// `newsmark report` against the fixture archive (test/fixtures/report-archive): every format, -o,
// and `--merge` of two halves equal to the whole. The figures are checked against a count made
// here from the parsed articles' quotes, and a few against the hand count in the fixture's README.

import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { allQuotes, type QuoteKind } from '../../server/src/service';
import { ROOT, run, tempDir } from './helpers';
import { testService } from '../support/service';

const ARCHIVE = path.join(ROOT, 'test/fixtures/report-archive');
const KINDS: QuoteKind[] = ['direct', 'partial', 'indirect'];

/** The archive's articles (drafts/ is git-ignored, so left out), as relative paths. */
function articles(): string[] {
  return (readdirSync(ARCHIVE, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.news') && !f.startsWith('drafts/')).sort();
}

/** Quotes per speaker id and kind, counted from the parsed quotes themselves. */
function countQuotes(files: readonly string[]): Map<string, Record<QuoteKind, number>> {
  const counts = new Map<string, Record<QuoteKind, number>>();
  for (const f of files) {
    const text = readFileSync(path.join(ARCHIVE, f), 'utf8');
    for (const q of allQuotes(testService().parse({ uri: `file:///${f}`, version: 1, getText: () => text }))) {
      const c = counts.get(q.speakerId) ?? { direct: 0, partial: 0, indirect: 0 };
      c[q.kind]++;
      counts.set(q.speakerId, c);
    }
  }
  return counts;
}

function copyArchive(): string {
  const dir = tempDir();
  cpSync(ARCHIVE, dir, { recursive: true });
  return dir;
}

interface Summary {
  format: string;
  version: number;
  articles: number;
  articlesWithAnonymous: number;
  undatedArticles: number;
  quotes: Record<QuoteKind, number>;
  speakerKinds: Record<string, Record<QuoteKind, number>>;
  speakers: { id: string; quotes: Record<QuoteKind, number>; articles: number; variants: { name: string; kind: string; org: string | null; articles: number }[] }[];
  organisations: { name: string; quotes: Record<QuoteKind, number> }[];
  days: { date: string; articles: number; quotes: Record<QuoteKind, number> }[];
}

describe('newsmark report', () => {
  const json = run(['report', '--format', 'json'], ARCHIVE);
  const summary = JSON.parse(json.stdout) as Summary;

  it('json: the mergeable summary, its figures those of the articles\' quotes', () => {
    assert.equal(json.status, 0, json.stderr);
    assert.equal(json.stderr, '');
    assert.deepEqual(Object.keys(summary), ['format', 'version', 'articles', 'articlesWithAnonymous', 'undatedArticles', 'quotes', 'speakerKinds', 'speakers', 'organisations', 'days']);
    assert.equal(summary.format, 'newsmark-report');
    assert.equal(summary.version, 1);
    const files = articles();
    assert.equal(files.length, 10);
    assert.equal(summary.articles, files.length, 'drafts/ (git-ignored) left out');
    const expected = countQuotes(files);
    assert.deepEqual(new Map(summary.speakers.map((s) => [s.id, s.quotes])), new Map([...expected].sort(([a], [b]) => (a < b ? -1 : 1))));
    for (const k of KINDS) assert.equal(summary.quotes[k], [...expected.values()].reduce((n, c) => n + c[k], 0), k);
  });

  it('json: the hand count of the README (anonymous sources, the mayor\'s two definitions, the undated column)', () => {
    assert.deepEqual(summary.quotes, { direct: 14, partial: 6, indirect: 22 });
    assert.equal(summary.articlesWithAnonymous, 5);
    assert.equal(summary.undatedArticles, 1);
    assert.deepEqual(summary.speakerKinds.anonymous, { direct: 2, partial: 1, indirect: 4 });
    assert.deepEqual(summary.speakerKinds.unknown, { direct: 0, partial: 0, indirect: 1 }, 'the undefined "spokesman"');
    const mayor = summary.speakers.find((s) => s.id === 'mayor')!;
    assert.deepEqual(mayor.quotes, { direct: 7, partial: 3, indirect: 3 });
    assert.equal(mayor.articles, 8);
    assert.deepEqual(mayor.variants.map((v) => [v.org, v.articles]), [[null, 2], ['City of Norbridge', 6]]);
    assert.deepEqual(summary.organisations.find((o) => o.name === 'Norbridge Transit Authority')!.quotes, { direct: 1, partial: 0, indirect: 2 }, 'the authority itself and its driver');
    assert.deepEqual(summary.days.map((d) => d.date), ['2024-01-15', '2024-01-16', '2024-02-03', '2024-02-20', '2024-04-02', '2024-05-11', '2024-06-30', '2024-09-09', '2024-09-10']);
  });

  it('table (the default): totals, then each chart\'s table with aligned columns', () => {
    const r = run(['report'], ARCHIVE);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'NewsMark quote report: 10 articles, 42 quotes (14 direct, 6 partial, 22 indirect), 14 speakers quoted');
    for (const caption of ['Quotes per speaker by kind', 'Anonymous sources: speakers, quotes and articles', 'Quotes per organisation by kind', 'Quotes per kind of speaker and kind of quote', "Quotes per month by the articles' dates (1 article without a date left out)"]) {
      assert.ok(lines.includes(caption), caption);
    }
    const row = (start: string) => lines.find((l) => l.startsWith(start))!.trim().split(/\s{2,}/);
    assert.deepEqual(row('Ana Ruiz'), ['Ana Ruiz', '7', '3', '3', '13', 'mayor', 'person', 'City of Norbridge', '8']);
    assert.deepEqual(row('Quotes  '), ['Quotes', '7', '42', '16.7%']);
    assert.deepEqual(row('2024-03'), ['2024-03', '0', '0', '0', '0', '2024-03-01', '2024-03-31', '0']);
    // Numbers end in one column: the header's "Total" and Ana Ruiz's 13 end at the same place.
    const header = lines[lines.indexOf('Quotes per speaker by kind') + 1];
    const ruiz = lines.find((l) => l.startsWith('Ana Ruiz'))!;
    assert.equal(ruiz.indexOf('13') + 2, header.indexOf('Total') + 'Total'.length);
  });

  it('csv: one row per speaker and kind, in the documented columns', () => {
    const r = run(['report', '--format', 'csv'], ARCHIVE);
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.split('\r\n');
    assert.equal(rows.pop(), '', 'ends with a line break');
    assert.equal(rows[0], 'speaker_id,speaker_name,speaker_kind,organisation,quote_kind,quotes,speaker_quotes,speaker_articles');
    assert.equal(rows.length - 1, summary.speakers.length * 3);
    assert.deepEqual(rows.slice(1, 4), [
      'mayor,Ana Ruiz,person,City of Norbridge,direct,7,13,8',
      'mayor,Ana Ruiz,person,City of Norbridge,partial,3,13,8',
      'mayor,Ana Ruiz,person,City of Norbridge,indirect,3,13,8',
    ]);
    for (const line of rows.slice(1)) {
      const [id, , , , kind, quotes] = line.split(',');
      const s = summary.speakers.find((x) => x.id === id)!;
      assert.equal(Number(quotes), s.quotes[kind as QuoteKind], line);
    }
  });

  it('csv: quotes a cell with a comma or quotation mark, and defuses one a spreadsheet would run', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.news'), ['---', 'headline: A', 'speakers:', '  x:', '    name: \'Smith, "Jo"\'', '  y:', '    name: "=HYPERLINK(1)"', '---', '', '[words]{@x} [more]{@x} [and]{@y}', ''].join('\n'));
    const rows = run(['report', '--format', 'csv'], dir).stdout.split('\r\n');
    assert.equal(rows[1], 'x,"Smith, ""Jo""",person,,direct,0,2,1');
    assert.equal(rows[4], "y,'=HYPERLINK(1),person,,direct,0,1,1");
  });

  it('html: a self-contained page, one inline <svg> per chart beside its table, no script, nothing loaded', () => {
    const r = run(['report', '--format', 'html'], ARCHIVE);
    assert.equal(r.status, 0, r.stderr);
    const html = r.stdout;
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    assert.doesNotMatch(html.replace(/xmlns(:xlink)?="http:\/\/www\.w3\.org\/[^"]*"/g, ''), /https?:/, 'no address but the SVG namespaces');
    const sections = html.split('<section ').slice(1);
    assert.deepEqual(sections.map((s) => /^id="chart-([a-z-]+)"/.exec(s)?.[1]), ['speakers', 'anonymous', 'organisations', 'speaker-kinds', 'timeline']);
    for (const s of sections) {
      assert.equal(s.match(/<svg\b/g)?.length, 1);
      assert.equal(s.match(/<table>/g)?.length, 1);
      assert.match(s, /<svg role="img" aria-labelledby="chart-[a-z-]+-title chart-[a-z-]+-desc"/);
    }
    assert.match(sections[0], /<th scope="row">Ana Ruiz<\/th><td class="n">7<\/td><td class="n">3<\/td><td class="n">3<\/td><td class="n">13<\/td>/);
    assert.match(sections[1], /<th scope="row">Articles<\/th><td class="n">5<\/td><td class="n">10<\/td><td>50\.0%<\/td>/);
    assert.match(sections[0], /fill="#0072B2"/, 'the bars are drawn');
  });

  it('-o FILE writes the report there (the same as standard output); an input as -o is refused', () => {
    const dir = copyArchive();
    const r = run(['report', '--format', 'csv', '-o', 'report.csv'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(path.join(dir, 'report.csv'), 'utf8'), run(['report', '--format', 'csv'], dir).stdout);
    const refused = run(['report', '-o', 'city/2024-01-15-budget.news'], dir);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /refusing to write the report to "city\/2024-01-15-budget.news": it is an input/);
    assert.match(readFileSync(path.join(dir, 'city/2024-01-15-budget.news'), 'utf8'), /^---\nheadline: Norbridge mayor/);
  });

  it('--jobs: worker threads give the same summary as in-process', () => {
    const threads = run(['report', '--format', 'json', '--jobs', '3'], ARCHIVE);
    assert.equal(threads.status, 0, threads.stderr);
    assert.equal(threads.stdout, run(['report', '--format', 'json', '--jobs', '0'], ARCHIVE).stdout);
    assert.equal(threads.stdout, json.stdout);
  });
});

describe('newsmark report --merge', () => {
  it('the summaries of two halves merge into the summary of the whole, byte for byte, in every format', () => {
    const dir = copyArchive();
    assert.equal(run(['report', 'city', '--format', 'json', '-o', 'a.json'], dir).status, 0);
    assert.equal(run(['report', 'transit', 'health', 'opinion', '--format', 'json', '-o', 'b.json'], dir).status, 0);
    const a = JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8')) as Summary;
    assert.equal(a.articles, 6);
    const merged = run(['report', '--merge', 'a.json', 'b.json', '--format', 'json'], dir);
    assert.equal(merged.status, 0, merged.stderr);
    assert.equal(merged.stdout, run(['report', '--format', 'json'], dir).stdout);
    assert.equal(run(['report', '--merge', 'b.json', 'a.json'], dir).stdout, run(['report'], dir).stdout, 'the table too, in either order');
    assert.equal(run(['report', '--merge', 'a.json', 'b.json', '--format', 'html'], dir).stdout, run(['report', '--format', 'html'], dir).stdout);
  });

  it('refuses a summary of another version, naming the file, and writes nothing', () => {
    const dir = tempDir();
    const current = run(['report', '--format', 'json'], ARCHIVE).stdout;
    writeFileSync(path.join(dir, 'a.json'), current);
    writeFileSync(path.join(dir, 'b.json'), current.replace('"version": 1', '"version": 2'));
    const r = run(['report', '--merge', 'a.json', 'b.json', '-o', 'merged.json'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'newsmark: cannot merge "b.json": a summary of version 2, but this newsmark reads version 1 only: compute every shard with the same newsmark\n');
    assert.equal(existsSync(path.join(dir, 'merged.json')), false);
  });

  it('refuses what is not a summary, and a missing file, with a clear message', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'check.json'), run(['check', '--format', 'json'], ARCHIVE).stdout);
    const notSummary = run(['report', '--merge', 'check.json'], dir);
    assert.equal(notSummary.status, 2);
    assert.match(notSummary.stderr, /cannot merge "check.json": not a NewsMark report summary/);
    assert.equal(notSummary.stdout, '');
    const missing = run(['report', '--merge', 'nowhere.json'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot merge "nowhere.json": .*(no such file|not found|does not exist)/i);
    const none = run(['report', '--merge'], dir);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /--merge needs the summaries to merge/);
  });
});
