// Mutation testing of the service one folder at a time, resumable: `npm run mutate:folders`.
//
// Why: a whole-service run is 20,000+ mutants, and the parser's and text/'s are reached by almost
// every test, so each of their survivors re-runs most of the suite: hours on two shared cores,
// more than one working session, and a Stryker run that is stopped keeps nothing. Here each folder
// is a run of its own with its own incremental file, and its report is kept when it ends. Started
// again, a folder whose code and tests did not change is read back in seconds, so the runs of
// several sessions add up to one measurement of the current code.
//
//   node test/mutation/byFolder.mjs                  every folder of server/src/service, then its top level
//   node test/mutation/byFolder.mjs parser markup    these folders only (`top` is the top level)
//   node test/mutation/byFolder.mjs parser/quoteSpans.ts   one file (a unit of its own)
//   node test/mutation/byFolder.mjs --files parser   each file of parser/ as a unit of its own
//   node test/mutation/byFolder.mjs -- --force       options after `--` go to every Stryker run
//   node test/mutation/byFolder.mjs --record         (re)writes the records of the kept reports, runs nothing
//   node test/mutation/byFolder.mjs --lines markup/text.ts:170-190 markup/phrases.ts:105
//                                                    one run of these lines only, whose record amends
//                                                    the files' records (see measured.mjs)
//   node test/mutation/byFolder.mjs --unrecorded markup   leaves out the files whose committed record
//                                                    is of their current source (see measured.mjs)
//
// A unit is saved only when its run ends: the largest folders (parser/, markup/: thousands of
// mutants, an hour or more each) are measured file by file with --files, so that a session that
// ends in the middle keeps every file it finished. A file's run supersedes what an older run of
// its folder said of it (the newest run of each file wins in the merge).
//
// Kept per folder in reports/mutation/folders/<folder>/: mutation.json (Stryker's report),
// incremental.json, and run.json (the commit it ran on, whether the tree had changes, when it
// ended). After each folder, reports/mutation/by-folder.json merges every folder's report, and
// `node test/mutation/summary.mjs --by-folder` and `survivors.mjs --by-folder` read it.
// A unit's record (test/mutation/measured.mjs: counts and survivors, a few kilobytes) is written to
// test/mutation/measured/ too, to be committed: the reports do not outlive the machine.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measuredFiles, recordOf, writeRecord } from './measured.mjs';

const SERVICE = 'server/src/service';
const REPORTS = 'reports/mutation';
const FOLDERS = path.join(REPORTS, 'folders');
const MERGED = path.join(REPORTS, 'by-folder.json');

const dash = process.argv.indexOf('--');
const given = (dash < 0 ? process.argv.slice(2) : process.argv.slice(2, dash));
const byFile = given.includes('--files');
const recordOnly = given.includes('--record');
const unrecordedOnly = given.includes('--unrecorded');
const narrowed = given.includes('--lines');
const names = given.filter((a) => !['--files', '--record', '--unrecorded', '--lines'].includes(a));
const strykerOptions = dash < 0 ? [] : process.argv.slice(dash + 1);

const allFolders = () => [...readdirSync(SERVICE).filter((f) => statSync(path.join(SERVICE, f)).isDirectory()).sort(), 'top'];
const isFile = (unit) => unit.endsWith('.ts');
const globOf = (unit) => (unit === 'top' ? `${SERVICE}/*.ts` : isFile(unit) ? `${SERVICE}/${unit}` : `${SERVICE}/${unit}/**/*.ts`);
/**
 * With --unrecorded, the files of the service whose record is of their current source. Why: a
 * folder's dry run alone is minutes (it runs the whole in-memory suite), so the files a session
 * has not measured yet run as one unit, not file by file, and the recorded ones are not run again.
 */
const current = unrecordedOnly ? measuredFiles().filter((f) => !f.stale).map((f) => f.file) : [];
const inUnit = (unit, file) => (unit === 'top' ? !file.includes('/') : isFile(unit) ? file === unit : file.startsWith(`${unit}/`));
/** What Stryker mutates for a unit: its glob, less (with --unrecorded) the files recorded as they are. */
const mutateOf = (unit) => [globOf(unit), ...current.filter((f) => inUnit(unit, f)).map((f) => `!${SERVICE}/${f}`)].join(',');
/** Where a unit's reports are kept: `parser/quoteSpans.ts` in folders/parser~quoteSpans.ts. */
const dirOf = (unit) => path.join(FOLDERS, unit.replaceAll('/', '~'));
/** The files of a folder (recursively), as units; `top` is the top level's files. */
const filesOf = (folder) => (folder === 'top'
  ? readdirSync(SERVICE).filter((f) => f.endsWith('.ts'))
  : readdirSync(path.join(SERVICE, folder), { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => `${folder}/${f}`)).sort();
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();

/**
 * Runs a unit (a folder, a file, or with --lines the line ranges given, as one unit named
 * `lines-<when>`) and keeps its report and its record.
 */
function runUnit(unit, mutate = mutateOf(unit)) {
  const dir = dirOf(unit);
  mkdirSync(dir, { recursive: true });
  const args = ['stryker', 'run', '--mutate', mutate, '--incrementalFile', path.join(dir, 'incremental.json'), ...strykerOptions];
  console.log(`\n=== ${unit}: npx ${args.join(' ')}`);
  const started = new Date().toISOString();
  // What the run measured is the tree as it started (Stryker copies it into its sandbox then).
  const commit = git('rev-parse', 'HEAD');
  const changes = git('status', '--porcelain', '--', 'server', 'test') !== '';
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`Stryker stopped on ${unit} (exit ${run.status ?? run.signal}): its earlier report, if any, is kept.`);
    return false;
  }
  copyFileSync(path.join(REPORTS, 'mutation.json'), path.join(dir, 'mutation.json'));
  writeFileSync(path.join(dir, 'run.json'), `${JSON.stringify({ folder: unit, commit, changes, started, ended: new Date().toISOString(), options: strykerOptions, ...(unit.startsWith('lines-') ? { narrowed: true } : {}) }, null, 2)}\n`);
  record(dir);
  return true;
}

/** The committed record of a unit's kept report (see measured.mjs). */
function record(dir) {
  const run = JSON.parse(readFileSync(path.join(dir, 'run.json'), 'utf8'));
  writeRecord(run.folder, recordOf(JSON.parse(readFileSync(path.join(dir, 'mutation.json'), 'utf8')), run));
  console.log(`Recorded ${run.folder} (${run.commit.slice(0, 7)}) in test/mutation/measured/: commit it.`);
}

/**
 * One report of Stryker's schema holding every unit's files, and which commit each came from. Runs
 * are applied oldest first, so a file measured by a newer run (its own, or its folder's again)
 * carries that run's figures; a run none of whose files is still current is left out of `runs`.
 */
function merge() {
  const units = (existsSync(FOLDERS) ? readdirSync(FOLDERS) : [])
    .filter((unit) => existsSync(path.join(FOLDERS, unit, 'mutation.json')))
    .map((unit) => ({ run: JSON.parse(readFileSync(path.join(FOLDERS, unit, 'run.json'), 'utf8')), dir: path.join(FOLDERS, unit) }))
    .sort((a, b) => a.run.ended.localeCompare(b.run.ended));
  const files = {};
  const from = {};
  for (const { run, dir } of units) {
    for (const [file, report] of Object.entries(JSON.parse(readFileSync(path.join(dir, 'mutation.json'), 'utf8')).files)) {
      if (!run.narrowed) {
        files[file] = report;
        from[file] = run;
      } else if (files[file]?.source === report.source) {
        // A narrowed run amends the whole run of the same source (see measured.mjs): each of its
        // mutants replaces the same mutant there.
        const key = (m) => `${m.location.start.line}:${m.location.start.column}:${m.mutatorName}:${m.replacement}`;
        const now = new Map(report.mutants.map((m) => [key(m), m]));
        files[file] = { ...files[file], mutants: files[file].mutants.map((m) => now.get(key(m)) ?? m) };
      }
    }
  }
  const runs = units.map((u) => u.run).filter((run) => Object.values(from).includes(run));
  writeFileSync(MERGED, JSON.stringify({ schemaVersion: '1', thresholds: { high: 80, low: 60 }, files, runs }));
}

if (recordOnly) {
  for (const unit of existsSync(FOLDERS) ? readdirSync(FOLDERS) : []) {
    if (existsSync(path.join(FOLDERS, unit, 'mutation.json')) && existsSync(path.join(FOLDERS, unit, 'run.json'))) record(path.join(FOLDERS, unit));
  }
  process.exit(0);
}

if (narrowed) {
  // `markup/text.ts:170-190` → Stryker's `server/src/service/markup/text.ts:170-190`.
  const ranges = names.map((n) => `${SERVICE}/${n}`);
  const bad = ranges.find((r) => !/^[^:]+\.ts:\d+(-\d+)?$/.test(r) || !existsSync(r.split(':')[0]));
  if (!names.length || bad) {
    console.error(bad ? `Not a file of the service with lines (file.ts:from-to): ${bad}` : 'Which lines? e.g. --lines markup/text.ts:170-190');
    process.exit(2);
  }
  const ok = runUnit(`lines-${new Date().toISOString().replaceAll(':', '').slice(0, 15)}`, ranges.map((r) => (r.includes('-') ? r : `${r}-${r.split(':')[1]}`)).join(','));
  merge();
  process.exit(ok ? 0 : 1);
}

const asked = names.length ? names : allFolders();
for (const unit of asked) {
  if (unit !== 'top' && !existsSync(path.join(SERVICE, unit))) {
    console.error(`No folder or file ${SERVICE}/${unit}.`);
    process.exit(2);
  }
}
const units = (byFile ? asked.flatMap((u) => (isFile(u) ? [u] : filesOf(u))) : asked)
  .filter((unit) => !unrecordedOnly || !(isFile(unit) ? current.includes(unit) : filesOf(unit).every((f) => current.includes(f))));
for (const unit of units) {
  const ok = runUnit(unit);
  merge();
  if (!ok) process.exit(1);
}
console.log(`\nMerged into ${MERGED}: node test/mutation/summary.mjs --by-folder`);
