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
//   node test/mutation/byFolder.mjs -- --force       options after `--` go to every Stryker run
//
// Kept per folder in reports/mutation/folders/<folder>/: mutation.json (Stryker's report),
// incremental.json, and run.json (the commit it ran on, whether the tree had changes, when it
// ended). After each folder, reports/mutation/by-folder.json merges every folder's report, and
// `node test/mutation/summary.mjs --by-folder` and `survivors.mjs --by-folder` read it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SERVICE = 'server/src/service';
const REPORTS = 'reports/mutation';
const FOLDERS = path.join(REPORTS, 'folders');
const MERGED = path.join(REPORTS, 'by-folder.json');

const dash = process.argv.indexOf('--');
const names = (dash < 0 ? process.argv.slice(2) : process.argv.slice(2, dash));
const strykerOptions = dash < 0 ? [] : process.argv.slice(dash + 1);

const allFolders = () => [...readdirSync(SERVICE).filter((f) => statSync(path.join(SERVICE, f)).isDirectory()).sort(), 'top'];
const globOf = (folder) => (folder === 'top' ? `${SERVICE}/*.ts` : `${SERVICE}/${folder}/**/*.ts`);
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();

function runFolder(folder) {
  const dir = path.join(FOLDERS, folder);
  mkdirSync(dir, { recursive: true });
  const args = ['stryker', 'run', '--mutate', globOf(folder), '--incrementalFile', path.join(dir, 'incremental.json'), ...strykerOptions];
  console.log(`\n=== ${folder}: npx ${args.join(' ')}`);
  const started = new Date().toISOString();
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`Stryker stopped on ${folder} (exit ${run.status ?? run.signal}): its earlier report, if any, is kept.`);
    return false;
  }
  copyFileSync(path.join(REPORTS, 'mutation.json'), path.join(dir, 'mutation.json'));
  writeFileSync(path.join(dir, 'run.json'), `${JSON.stringify({ folder, commit: git('rev-parse', 'HEAD'), changes: git('status', '--porcelain', '--', 'server', 'test') !== '', started, ended: new Date().toISOString(), options: strykerOptions }, null, 2)}\n`);
  return true;
}

/** One report of Stryker's schema holding every folder's files, and which commit each came from. */
function merge() {
  const files = {};
  const runs = [];
  for (const folder of existsSync(FOLDERS) ? readdirSync(FOLDERS).sort() : []) {
    const report = path.join(FOLDERS, folder, 'mutation.json');
    if (!existsSync(report)) continue;
    Object.assign(files, JSON.parse(readFileSync(report, 'utf8')).files);
    runs.push(JSON.parse(readFileSync(path.join(FOLDERS, folder, 'run.json'), 'utf8')));
  }
  writeFileSync(MERGED, JSON.stringify({ schemaVersion: '1', thresholds: { high: 80, low: 60 }, files, runs }));
}

for (const folder of names.length ? names : allFolders()) {
  if (folder !== 'top' && !existsSync(path.join(SERVICE, folder))) {
    console.error(`No folder ${SERVICE}/${folder}.`);
    process.exit(2);
  }
  const ok = runFolder(folder);
  merge();
  if (!ok) process.exit(1);
}
console.log(`\nMerged into ${MERGED}: node test/mutation/summary.mjs --by-folder`);
