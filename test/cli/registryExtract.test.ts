// `newsmark registry extract` on an archive with duplicates and conflicts
// (test/fixtures/registry-extract, its README lists them): the same person merged into one entry,
// each conflict on standard error with the file:line of both sides, the registry written anyway
// (most frequent values) with status 1, or not at all with --strict; an existing registry extended
// without a change to its entries; -o written atomically and never over an article; and the YAML
// written is a registry the service validates without errors.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { LanguageService, NEVER_CANCELLED } from '../../server/src/service';
import { rethrowingLogger } from '../support/service';
import { ROOT, run, tempDir } from './helpers';

const FIXTURE = path.join(ROOT, 'test/fixtures/registry-extract');

/** The registry the fixture's articles give (the most frequent values; Li Wei left out). */
const EXPECTED = {
  chen: { name: 'Chen Wenqing', role: 'member of the Political Bureau', org: 'CPC Central Committee', aliases: ['Chen', 'Mr. Chen'] },
  li: { name: 'Li Qiang', role: 'Premier' },
  ortiz: { name: 'Maria Ortiz' },
  schmidt: { name: 'Wolfgang Schmidt', role: 'Interior Minister', org: 'Federal Ministry of the Interior' },
  xinhua: { name: 'Xinhua', kind: 'organization' },
};

/** The errors the service reports on a registry document (the registry's own validation). */
function registryErrors(file: string, text: string): string[] {
  const uri = pathToFileURL(file).href;
  const diagnostics = new LanguageService({ logger: rethrowingLogger }).diagnostics({ uri, version: 1, getText: () => text }, {}, { registry: { uri, text } }, NEVER_CANCELLED);
  return diagnostics.filter((d) => d.severity === 1).map((d) => `${d.range.start.line + 1}: ${d.message}`);
}

describe('newsmark registry extract', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    cpSync(FIXTURE, dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('merges the same person, sorts the ids, leaves out anonymous and ignored speakers, and exits 1 on conflicts', () => {
    const r = run(['registry', 'extract'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(parse(r.stdout), EXPECTED);
    assert.deepEqual(Object.keys(parse(r.stdout) as object), Object.keys(EXPECTED), 'ids sorted');
    assert.match(r.stdout, /^ {2}aliases: \[Chen, Mr\. Chen\]$/m, 'aliases on one line');
    assert.doesNotMatch(r.stdout, /Ignored Person|German official|wenqing|Li Wei/);
    assert.deepEqual(run(['registry', 'extract'], dir).stdout, r.stdout, 'the same bytes on a second run');
  });

  test('each conflict names both sides with file:line', () => {
    const { stderr } = run(['registry', 'extract'], dir);
    const block = (title: RegExp) => {
      const lines = stderr.split('\n');
      const at = lines.findIndex((l) => title.test(l));
      assert.ok(at >= 0, `no conflict ${title} in:\n${stderr}`);
      return lines.slice(at, at + 3).join('\n');
    };
    assert.match(block(/"schmidt" \(Wolfgang Schmidt\): 2 different roles \(the registry gets "Interior Minister"\)/), /berlin\/2024-09-27-talks\.news:13 \(and 1 more\): Interior Minister\n.*berlin\/2024-10-01-budget\.news:8: Chancellery Minister/);
    assert.match(block(/"chen" \(Chen Wenqing\): 2 different orgs/), /asia\/2024-10-03-markets\.news:11 \(and 2 more\): CPC Central Committee\n.*asia\/2024-10-02-trade\.news:8: Communist Party of China/);
    assert.match(block(/Chen Wenqing: one person under 2 ids \(the registry gets "chen"\)/), /asia\/2024-10-02-trade\.news:6 \(and 2 more\): chen\n.*berlin\/2024-09-28-followup\.news:6: wenqing/);
    assert.match(block(/"li": 2 different people under one id \(the registry gives it to Li Qiang\)/), /asia\/2024-10-02-trade\.news:10 \(and 1 more\): Li Qiang\n.*asia\/2024-10-03-markets\.news:6: Li Wei/);
    assert.match(stderr, /4 conflicts to review/);
  });

  test('articles that agree give status 0 and nothing on standard error', () => {
    const r = run(['registry', 'extract', 'berlin/2024-10-01-budget.news', 'asia/2024-10-02-trade.news'], dir);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    // Li Qiang in both: one entry, with the role one of them gives.
    assert.deepEqual(parse(r.stdout), { ...EXPECTED, chen: { name: 'Chen Wenqing', org: 'Communist Party of China', aliases: ['Chen', 'Mr. Chen'] }, schmidt: { name: 'Wolfgang Schmidt', role: 'Chancellery Minister' } });
  });

  test('the registry written is valid under the registry\'s own validation, and check reads it', () => {
    const file = path.join(dir, 'speakers.yaml');
    const r = run(['registry', 'extract', '-o', 'speakers.yaml'], dir);
    try {
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(parse(text), EXPECTED);
      assert.deepEqual(registryErrors(file, text), []);
      assert.equal(run(['check', '.'], dir).status, 0, 'the articles still check clean against it');
    } finally {
      rmSync(file, { force: true });
    }
  });

  test('--strict writes nothing when there are conflicts', () => {
    const r = run(['registry', 'extract', '--strict', '-o', 'out.yaml'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--strict, so no registry is written/);
    assert.equal(existsSync(path.join(dir, 'out.yaml')), false);
  });

  test('-o naming an article is refused before anything is read or written', () => {
    const article = path.join(dir, 'asia/2024-10-02-trade.news');
    const before = readFileSync(article, 'utf8');
    const r = run(['registry', 'extract', '-o', './asia/../asia/2024-10-02-trade.news'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /refusing to write the registry to "asia\/2024-10-02-trade\.news": it is an input/);
    assert.equal(readFileSync(article, 'utf8'), before);
  });

  test('usage errors name the argument', () => {
    assert.match(run(['registry'], dir).stderr, /registry needs a subcommand/);
    assert.match(run(['registry', 'import'], dir).stderr, /unknown registry subcommand "import" \(known: extract\)/);
    assert.match(run(['registry', 'extract', '--registry'], dir).stderr, /option --registry needs a value/);
    assert.equal(run(['registry', 'extract', 'missing.news'], dir).status, 2);
  });
});

describe('newsmark registry extract extending a registry', () => {
  const REGISTRY = [
    '# The desk\'s registry: kept as it is.',
    'schmidt:',
    '  name: Wolfgang Schmidt',
    '  role: head of the Federal Chancellery # since 2021',
    'zhang:',
    '  name: Zhang Wei',
    '',
  ].join('\n');
  let dir: string;
  before(() => {
    dir = tempDir();
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'speakers.yaml'), REGISTRY);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the nearest speakers.yaml is extended: its entries win and keep their comments, a difference is a conflict', () => {
    const r = run(['registry', 'extract', '-o', 'speakers.yaml'], dir);
    assert.equal(r.status, 1, r.stderr);
    const text = readFileSync(path.join(dir, 'speakers.yaml'), 'utf8');
    const registry = parse(text) as Record<string, unknown>;
    assert.deepEqual(registry.schmidt, { name: 'Wolfgang Schmidt', role: 'head of the Federal Chancellery' }, 'never silently changed');
    assert.deepEqual(registry.zhang, { name: 'Zhang Wei' });
    assert.deepEqual(Object.keys(registry), ['chen', 'li', 'ortiz', 'schmidt', 'xinhua', 'zhang']);
    assert.match(text, /^# The desk's registry: kept as it is\.$/m);
    assert.match(text, /# since 2021/);
    assert.match(r.stderr, /"schmidt" \(Wolfgang Schmidt\): 3 different roles \(the registry's entry keeps "head of the Federal Chancellery"\)\n.*speakers\.yaml:4: head of the Federal Chancellery\n.*berlin\/2024-09-27-talks\.news:13 \(and 1 more\): Interior Minister/);
    assert.match(r.stderr, /"schmidt" \(Wolfgang Schmidt\): the registry's entry has no org; the articles give one \(the entry is kept as it is\)\n.*speakers\.yaml:2: no org\n.*berlin\/2024-09-27-talks\.news:14: Federal Ministry of the Interior/);
    assert.deepEqual(registryErrors(path.join(dir, 'speakers.yaml'), text), []);
  });

  test('--registry FILE names the registry to extend; a registry that is not YAML is refused with its line', () => {
    writeFileSync(path.join(dir, 'other.yaml'), 'li:\n  name: Li Qiang\n  role: Premier of China\n');
    const r = run(['registry', 'extract', '--registry', 'other.yaml'], dir);
    assert.match(r.stderr, /"li" \(Li Qiang\): 2 different roles \(the registry's entry keeps "Premier of China"\)\n.*other\.yaml:3: Premier of China/);
    assert.equal((parse(r.stdout) as { li: { role: string } }).li.role, 'Premier of China');
    writeFileSync(path.join(dir, 'broken.yaml'), 'li:\n  name: [Li\n');
    const broken = run(['registry', 'extract', '--registry', 'broken.yaml', 'asia'], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /broken\.yaml:\d+: cannot extend the registry: Speaker registry YAML/);
    assert.equal(broken.stdout, '');
  });
});
