// Prints the mutation score per folder of server/src/service as a markdown table, for
// docs/testing.md: `node test/mutation/summary.mjs` after `npm run mutate` (reads the json report),
// or during a run from the results logged so far (reports/mutation/mutants.jsonl).
// Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker counts it;
// ignored (static) mutants are listed apart and count in neither.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { measuredFiles } from './measured.mjs';

// --by-folder: the merged reports of test/mutation/byFolder.mjs (each folder's last whole run).
// --measured: the committed records of those runs (test/mutation/measured/), which outlive the reports.
const byFolder = process.argv.includes('--by-folder');
const measured = process.argv.includes('--measured');
const JSON_REPORT = byFolder ? 'reports/mutation/by-folder.json' : 'reports/mutation/mutation.json';
const LOG = 'reports/mutation/mutants.jsonl';
const fromLog = !measured && (process.argv.includes('--log') || (!byFolder && !existsSync(JSON_REPORT)));
if (byFolder && !existsSync(JSON_REPORT)) {
  console.error(`No folder runs yet (${JSON_REPORT}): npm run mutate:folders`);
  process.exit(1);
}

function mutants() {
  if (fromLog) return readFileSync(LOG, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const report = JSON.parse(readFileSync(JSON_REPORT, 'utf8'));
  return Object.entries(report.files).flatMap(([file, f]) => f.mutants.map((m) => ({ ...m, file, line: m.location.start.line })));
}

const SERVICE = 'server/src/service/';
const folderOf = (file) => {
  const rel = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const inside = rel.startsWith(SERVICE) ? rel.slice(SERVICE.length) : rel;
  return inside.includes('/') ? inside.slice(0, inside.indexOf('/') + 1) : '(top level)';
};

const rows = new Map();
const add = (key, status, n = 1) => {
  const r = rows.get(key) ?? { Killed: 0, Survived: 0, Timeout: 0, NoCoverage: 0, Ignored: 0, other: 0 };
  if (status in r) r[status] += n; else r.other += n;
  rows.set(key, r);
};
const files = measured ? measuredFiles() : [];
if (measured) {
  for (const f of files) {
    for (const [status, n] of Object.entries(f.counts)) { add(folderOf(SERVICE + f.file), status, n); add('all', status, n); }
  }
} else for (const m of mutants()) { add(folderOf(m.file), m.status); add('all', m.status); }
if (!rows.size) { console.log('No mutant results yet.'); process.exit(0); }

const pct = (r) => {
  const detected = r.Killed + r.Timeout;
  const valid = detected + r.Survived + r.NoCoverage;
  return valid ? `${((100 * detected) / valid).toFixed(1)} %` : '-';
};
console.log(`Source: ${measured ? 'test/mutation/measured/' : fromLog ? LOG : JSON_REPORT}\n`);
if (measured) {
  // Which code each file's figures are of; a file changed since its run is named, not hidden.
  const commits = new Map();
  for (const f of files) commits.set(f.run.commit, [...(commits.get(f.run.commit) ?? []), f.file]);
  for (const [commit, list] of commits) console.log(`- commit ${commit.slice(0, 7)}: ${list.length} file(s)`);
  const stale = files.filter((f) => f.stale);
  console.log(stale.length ? `- changed since their run (figures of an older version): ${stale.map((f) => f.file).join(', ')}` : '- every file is measured as it is now');
  const amended = files.filter((f) => f.amendedBy);
  if (amended.length) console.log(`- amended by narrowed runs of some lines (same source): ${amended.map((f) => `${f.file} (${f.amendedBy.map((r) => r.commit.slice(0, 7)).join(', ')}${f.assumedKilled ? `; ${f.assumedKilled} alive again, counted as once killed` : ''})`).join(', ')}`);
  console.log('');
}
if (byFolder) {
  // Which code each folder's figures are of: runs of several sessions add up only when they agree.
  for (const r of JSON.parse(readFileSync(JSON_REPORT, 'utf8')).runs) console.log(`- \`${r.folder}\`: commit ${r.commit.slice(0, 7)}${r.changes ? ' with uncommitted changes' : ''}, ended ${r.ended}`);
  console.log('');
}
console.log('| folder | mutants | killed | timeout | survived | no coverage | ignored (static) | score |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const keys = [...rows.keys()].filter((k) => k !== 'all').sort();
for (const k of [...keys, 'all']) {
  const r = rows.get(k);
  const total = r.Killed + r.Survived + r.Timeout + r.NoCoverage + r.Ignored + r.other;
  const name = k === 'all' ? '**all**' : `\`${k}\``;
  console.log(`| ${name} | ${total} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${r.Ignored} | ${pct(r)} |`);
}
