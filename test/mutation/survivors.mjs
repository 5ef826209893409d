// Lists every surviving (and uncovered) mutant of the last mutation run in
// docs/mutation-survivors.md, each with the reason it is left alive where one is recorded.
// `node test/mutation/survivors.mjs` after `npm run mutate` (or during a run, from the log).
//
// Why a generated list: the issue asks for every survivor to be either killed by a test or
// explained. Thousands of mutants cannot be explained one by one in prose, and an explanation
// keyed by line number would go stale at the next edit. So each explanation in
// test/mutation/explained/*.json names the file, the mutator, optionally the replacement, and a
// piece of the source line (`code`); it covers every survivor it matches, wherever the line moves.
// A survivor that matches no explanation is listed as "not explained": the count is printed and
// written at the top of the list, so nobody mistakes the list for done.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measuredFiles } from './measured.mjs';

// --by-folder: the merged reports of test/mutation/byFolder.mjs (each folder's last whole run).
const byFolder = process.argv.includes('--by-folder');
// --measured: the committed records of byFolder's runs (test/mutation/measured/), every file's newest.
const measured = process.argv.includes('--measured');
const JSON_REPORT = byFolder ? 'reports/mutation/by-folder.json' : 'reports/mutation/mutation.json';
const fromAt = process.argv.indexOf('--from');
const LOG = fromAt > 0 ? process.argv[fromAt + 1] : 'reports/mutation/mutants.jsonl';
const OUT = 'docs/mutation-survivors.md';
const EXPLAINED_DIR = 'test/mutation/explained';
const SERVICE = 'server/src/service/';
const fromLog = !measured && (fromAt > 0 || process.argv.includes('--log') || (!byFolder && !existsSync(JSON_REPORT)));
if (byFolder && !existsSync(JSON_REPORT)) {
  console.error(`No folder runs yet (${JSON_REPORT}): npm run mutate:folders`);
  process.exit(1);
}

const relative = (file) => {
  const rel = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  // A run made in another clone of the project logs absolute paths of that clone.
  const at = rel.indexOf(SERVICE);
  return at >= 0 ? rel.slice(at) : rel;
};

function mutants() {
  if (fromLog) return readFileSync(LOG, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((m) => ({ ...m, file: relative(m.file) }));
  const report = JSON.parse(readFileSync(JSON_REPORT, 'utf8'));
  return Object.entries(report.files).flatMap(([file, f]) => f.mutants.map((m) => ({
    file: relative(file), line: m.location.start.line, column: m.location.start.column,
    mutator: m.mutatorName, replacement: m.replacement, status: m.status,
  })));
}

/** Each explanation: { file, mutator, code, replacement?, column?, reason }. `file` is relative to
 * server/src/service/ and may end in `/` to cover a folder. */
function explanations() {
  if (!existsSync(EXPLAINED_DIR)) return [];
  return readdirSync(EXPLAINED_DIR).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
    const list = JSON.parse(readFileSync(path.join(EXPLAINED_DIR, f), 'utf8'));
    return list.map((e, i) => ({ ...e, where: `${f}#${i}` }));
  });
}

const sourceLines = new Map();
const lineOf = (file, line) => {
  if (!sourceLines.has(file)) sourceLines.set(file, existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []);
  return sourceLines.get(file)[line - 1] ?? '';
};

const matches = (e, m, code) => {
  const inside = m.file.slice(SERVICE.length);
  const fileOk = e.file.endsWith('/') ? inside.startsWith(e.file) : inside === e.file;
  return fileOk && (!e.mutator || e.mutator === m.mutator)
    && (e.replacement === undefined || e.replacement === m.replacement)
    && (e.column === undefined || e.column === m.column)
    && (!e.code || code.includes(e.code));
};

const records = measured ? measuredFiles() : [];
// A record carries each survivor's source line as it was measured, so explanations match the code
// the figures are of, even where the file has changed since.
const all = measured
  ? records.flatMap((f) => f.alive.map((m) => ({ ...m, file: SERVICE + f.file })))
  : mutants();
const total = measured ? records.reduce((n, f) => n + Object.values(f.counts).reduce((a, b) => a + b, 0), 0) : all.length;
const alive = all.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
const known = explanations();
const used = new Set();
const rows = alive.map((m) => {
  const code = m.code ?? lineOf(m.file, m.line).trim();
  const e = known.find((x) => matches(x, m, code));
  if (e) used.add(e.where);
  return { ...m, code, reason: e?.reason };
}).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);

const unexplained = rows.filter((r) => !r.reason).length;
const cell = (s, max = Infinity) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, max);
const out = [
  '# Surviving mutants',
  '',
  `Generated by \`node test/mutation/survivors.mjs${measured ? ' --measured' : ''}\` from \`${measured ? 'test/mutation/measured/' : fromLog ? 'reports/mutation/mutants.jsonl' : JSON_REPORT}\``,
  `(${total} mutants). Each row is a mutant no test detects (\`Survived\`) or no test reaches`,
  '(`NoCoverage`), with the reason it is left alive, from `test/mutation/explained/`. See',
  '[testing.md](testing.md#mutation-testing) for how the run is made and the score.',
  '',
  `**${rows.length} alive, ${rows.length - unexplained} explained, ${unexplained} not explained.**`,
  '',
  ...(measured ? [`Files measured: ${records.length}${records.some((f) => f.stale) ? `, ${records.filter((f) => f.stale).length} of them changed since their run` : ', each as it is now'}; those with no survivor have no section.`, ''] : []),
];
let current = '';
for (const r of rows) {
  if (r.file !== current) {
    current = r.file;
    const rec = records.find((f) => SERVICE + f.file === r.file);
    const when = rec ? [`Measured on ${rec.run.commit.slice(0, 7)}${rec.run.changes ? ' with uncommitted changes' : ''}, ${rec.run.ended.slice(0, 10)}${rec.amendedBy ? `; some lines again on ${rec.amendedBy.map((a) => `${a.commit.slice(0, 7)}, ${a.ended.slice(0, 10)}`).join(' and ')}` : ''}${rec.stale ? '; **the file has changed since**: the lines below are of the version measured' : ''}.`, ''] : [];
    out.push('', `## \`${r.file.slice(SERVICE.length)}\``, '', ...when, '| line | status | mutator | source line | becomes | why alive |', '|---:|---|---|---|---|---|');
  }
  out.push(`| ${r.line} | ${r.status} | ${r.mutator} | \`${cell(r.code, 90)}\` | \`${cell(r.replacement, 60)}\` | ${r.reason ? cell(r.reason) : '**not explained**'} |`);
}
writeFileSync(OUT, `${out.join('\n')}\n`);
// Only explanations of files this run measured can be stale: a run of some folders says nothing of the rest.
const inThisRun = new Set(measured ? records.map((f) => f.file) : all.map((m) => m.file.slice(SERVICE.length)));
const inRun = (e) => [...inThisRun].some((f) => (e.file.endsWith('/') ? f.startsWith(e.file) : f === e.file));
const stale = known.filter((e) => !used.has(e.where) && inRun(e));
console.log(`${OUT}: ${rows.length} alive, ${unexplained} not explained; ${stale.length} explanation(s) matched nothing${stale.length ? `: ${stale.map((e) => e.where).join(', ')}` : ''}`);
