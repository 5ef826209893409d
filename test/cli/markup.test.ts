// `newsmark markup`: every output mode (standard output, -o, --out-dir), every input kind (plain,
// the agencies' header, NITF, standard input), what the flags fill, the refusal to overwrite an
// input, atomic writes, usage errors, and the same drafts in worker threads as in-process.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readPlainArticle, strip } from '../../server/src/service';
import { parse } from '../support/documents';
import { CLI, EXAMPLES, ROOT, run, tempDir, writeFiles } from './helpers';

const SEED = readFileSync(path.join(ROOT, 'test/fixtures/seed-xinhua-berlin.txt'), 'utf8');
const SEED_BODY = readPlainArticle(SEED).body;
const GOLD = path.join(ROOT, 'test/markup/gold');
const goldPlain = (n: number) => readdirSync(GOLD).filter((f) => f.endsWith('.txt')).sort().slice(0, n);

/** The front matter value of `key` in a draft (first match). */
const frontValue = (draft: string, key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(draft)?.[1];

describe('newsmark markup', () => {
  it('one plain article with the agencies\' header: the draft on standard output, the body verbatim', () => {
    const dir = tempDir();
    writeFiles(dir, { 'berlin.txt': SEED });
    const r = run(['markup', 'berlin.txt'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(strip(parse(r.stdout)), SEED_BODY);
    assert.equal(frontValue(r.stdout, 'date'), '2023-09-28');
    assert.match(frontValue(r.stdout, 'headline') ?? '', /China ready to further enhance/);
    assert.equal(frontValue(r.stdout, 'agency'), 'Xinhua'); // from the dateline
    assert.match(r.stdout, /^ {2}chen:$/m);
    assert.match(r.stdout, /\]\{@chen\}/);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'berlin.txt'], 'nothing written beside the input');
    // The draft checks without errors.
    writeFiles(dir, { 'draft.news': r.stdout });
    const check = run(['check', 'draft.news', '--format', 'json'], dir);
    assert.equal(check.status, 0, check.stdout);
  });

  it('a plain body without header: --headline, --date and --agency fill the front matter', () => {
    const dir = tempDir();
    writeFiles(dir, { 'body.txt': SEED_BODY });
    const r = run(['markup', 'body.txt', '--headline', 'Chen in Berlin', '--date', '2023-09-28', '--agency', 'XNA'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(frontValue(r.stdout, 'headline'), '"Chen in Berlin"');
    assert.equal(frontValue(r.stdout, 'date'), '2023-09-28');
    assert.equal(frontValue(r.stdout, 'agency'), 'XNA');
    assert.equal(strip(parse(r.stdout)), SEED_BODY);
  });

  it('flags only fill what the input lacks: the header\'s headline and date stay', () => {
    const dir = tempDir();
    writeFiles(dir, { 'berlin.txt': SEED });
    const r = run(['markup', 'berlin.txt', '--headline', 'Other', '--date', '2020-01-01'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(frontValue(r.stdout, 'date'), '2023-09-28');
    assert.doesNotMatch(r.stdout, /Other/);
  });

  it('a NITF file as `export --format nitf` writes it: headline, date, agency and the published paragraphs', () => {
    const dir = tempDir();
    const nitf = run(['export', '--format', 'nitf', path.join(EXAMPLES, 'upi-horizon-city.news'), '-o', path.join(dir, 'upi.xml')], dir);
    assert.equal(nitf.status, 0, nitf.stderr);
    const published = run(['export', '--format', 'text', path.join(EXAMPLES, 'upi-horizon-city.news')], dir).stdout;
    const r = run(['markup', 'upi.xml'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(frontValue(r.stdout, 'headline'), '"Boil-water notice lifted for 7,000 homes in Horizon City, Texas"');
    assert.equal(frontValue(r.stdout, 'date'), '2025-01-14');
    assert.equal(frontValue(r.stdout, 'agency'), 'UPI');
    assert.equal(strip(parse(r.stdout)), published);
  });

  it('standard input, with no FILE or with `-`', () => {
    for (const args of [['markup'], ['markup', '-']]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { input: SEED, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(strip(parse(r.stdout)), SEED_BODY);
    }
  });

  it('-o FILE: the draft goes there atomically (a new file replaces the old by rename, its mode kept), nothing on standard output', () => {
    const dir = tempDir();
    writeFiles(dir, { 'berlin.txt': SEED, 'berlin.news': 'old draft\n' });
    chmodSync(path.join(dir, 'berlin.news'), 0o640);
    const before = statSync(path.join(dir, 'berlin.news'));
    const r = run(['markup', 'berlin.txt', '-o', 'berlin.news'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /wrote 1 draft/);
    const after = statSync(path.join(dir, 'berlin.news'));
    assert.notEqual(after.ino, before.ino, 'replaced by a rename, not rewritten in place');
    assert.equal(after.mode & 0o777, 0o640);
    assert.equal(strip(parse(readFileSync(path.join(dir, 'berlin.news'), 'utf8'))), SEED_BODY);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'berlin.news', 'berlin.txt'], 'no temporary file left');
  });

  it('--out-dir DIR: one draft per input, .txt and .xml named .news, the folder created, review notes counted', () => {
    const dir = tempDir();
    const names = goldPlain(3);
    for (const n of names) writeFiles(dir, { [`in/${n}`]: readFileSync(path.join(GOLD, n), 'utf8') });
    writeFiles(dir, { 'in/upi.xml': run(['export', '--format', 'nitf', path.join(EXAMPLES, 'upi-horizon-city.news')]).stdout });
    const r = run(['markup', ...names.map((n) => `in/${n}`), 'in/upi.xml', '--out-dir', 'drafts/today'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    const written = readdirSync(path.join(dir, 'drafts/today')).sort();
    assert.deepEqual(written, [...names.map((n) => n.replace(/\.txt$/, '.news')), 'upi.news'].sort());
    for (const n of names) {
      const draft = readFileSync(path.join(dir, 'drafts/today', n.replace(/\.txt$/, '.news')), 'utf8');
      assert.equal(strip(parse(draft)), readPlainArticle(readFileSync(path.join(GOLD, n), 'utf8')).body, n);
    }
    const notes = written.reduce((sum, f) => sum + (readFileSync(path.join(dir, 'drafts/today', f), 'utf8').match(/<!-- newsmark-review:/g) ?? []).length, 0);
    assert.match(r.stderr, new RegExp(`^newsmark: wrote 4 drafts${notes ? `; ${notes} review notes? to look at` : ''}`, 'm'));
    const check = run(['check', 'drafts', '--format', 'json'], dir);
    assert.equal(check.status, 0, check.stdout);
  });

  it('many files in worker threads give the same drafts as in-process', () => {
    const dir = tempDir();
    const names = goldPlain(9);
    for (const n of names) writeFiles(dir, { [n]: readFileSync(path.join(GOLD, n), 'utf8') });
    const threads = run(['markup', ...names, '--out-dir', 'threads', '--jobs', '2'], dir);
    const inProcess = run(['markup', ...names, '--out-dir', 'single', '--jobs', '0'], dir);
    assert.equal(threads.status, 0, threads.stderr);
    assert.equal(inProcess.status, 0, inProcess.stderr);
    for (const n of names) {
      const news = n.replace(/\.txt$/, '.news');
      assert.equal(readFileSync(path.join(dir, 'threads', news), 'utf8'), readFileSync(path.join(dir, 'single', news), 'utf8'), n);
    }
    assert.ok(!threads.stderr.includes('\r') && !threads.stderr.includes('\u001b'), 'no progress bar off a terminal');
  });

  it('never overwrites an input: -o naming it, or --out-dir where a .news input would be its own draft (status 2, nothing written)', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': SEED, 'b.news': SEED });
    const self = run(['markup', 'a.txt', '-o', './a.txt'], dir);
    assert.equal(self.status, 2);
    assert.match(self.stderr, /refusing to write "a\.txt": it is an input/);
    assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), SEED);
    const sameDir = run(['markup', 'a.txt', 'b.news', '--out-dir', '.'], dir);
    assert.equal(sameDir.status, 2);
    assert.match(sameDir.stderr, /refusing to write "b\.news"/);
    assert.equal(readFileSync(path.join(dir, 'b.news'), 'utf8'), SEED);
    assert.equal(existsSync(path.join(dir, 'a.news')), false, 'refused before anything is written');
  });

  it('two inputs with one draft name are refused', () => {
    const dir = tempDir();
    writeFiles(dir, { 'x/story.txt': SEED, 'y/story.txt': SEED });
    const r = run(['markup', 'x/story.txt', 'y/story.txt', '--out-dir', 'out'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /"x\/story\.txt" and "y\/story\.txt" would both write "out\/story\.news"/);
  });

  it('usage and read errors: status 2 with one line that names the problem', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': SEED, 'b.txt': SEED, 'bad.xml': '<?xml version="1.0"?><nitf><body>', 'other.xml': '<?xml version="1.0"?><rss/>' });
    const cases: [string[], RegExp][] = [
      [['markup', 'a.txt', 'b.txt'], /2 files need --out-dir/],
      [['markup', 'a.txt', '-o', 'x.news', '--out-dir', 'd'], /exclude each other/],
      [['markup', 'a.txt', '--date', '28 Sept'], /--date expects YYYY-MM-DD/],
      [['markup', 'a.txt', '--review-threshold', '2'], /--review-threshold expects a number from 0 to 1/],
      [['markup', 'a.txt', '--style', 'ap'], /unknown option "--style"/],
      [['markup', 'missing.txt'], /cannot read "missing\.txt"/],
      [['markup', '.'], /is a folder/],
      [['markup', 'bad.xml'], /cannot read "bad\.xml": not well-formed XML/],
      [['markup', 'other.xml'], /cannot read "other\.xml": an XML file without a <nitf> root/],
    ];
    for (const [args, message] of cases) {
      const r = run(args, dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });

  it('--review-threshold 0 writes no review note; 1 writes one after every span', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': SEED });
    const none = run(['markup', 'a.txt', '--review-threshold', '0'], dir).stdout;
    const all = run(['markup', 'a.txt', '--review-threshold', '1'], dir).stdout;
    assert.equal((none.match(/newsmark-review/g) ?? []).length, 0);
    assert.equal((all.match(/newsmark-review/g) ?? []).length, (all.match(/\]\{@/g) ?? []).length);
    assert.ok((all.match(/\]\{@/g) ?? []).length >= 7);
  });

  it('--help lists the command', () => {
    const r = run(['--help']);
    assert.match(r.stdout, /markup \[FILE \.\.\.\]/);
    assert.match(r.stdout, /--out-dir DIR/);
  });
});
