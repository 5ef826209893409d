// The record of each unit's last mutation run, kept in the repository (test/mutation/measured/).
//
// Why: Stryker's reports (reports/mutation/) are tens of megabytes and are not committed, so they
// are lost with the machine that made them; a whole-service run is longer than a working session
// on two cores, so no single machine ever holds every folder's report. A record keeps what the
// score and the list of survivors need, and nothing else: per file, the counts by status and the
// mutants left alive (with the source line they were on), and the git blob of the source that was
// measured. Records of several sessions then add up to one measurement of the service, and a file
// whose source changed since its record says so (`stale`) instead of passing an old figure for new.
//
// byFolder.mjs writes a unit's record when its run ends; `summary.mjs --measured` and
// `survivors.mjs --measured` read them. A file's newest record wins, as in byFolder's merge.
//
// A narrowed run (`byFolder.mjs --lines file:from-to ...`, after new tests for some survivors)
// measures only the mutants of some lines. Its record keeps every mutant it ran, with its status,
// and it amends the file's older record instead of replacing it, but only if the source is the
// same (same blob): the same source yields the same mutants, so each one the narrowed run measured
// takes its new status and the rest keep theirs. Why: a new test changes no source, and re-running
// a 4,000-mutant file to learn the fate of thirty is most of an afternoon on two cores.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MEASURED_DIR = 'test/mutation/measured';
export const SERVICE = 'server/src/service/';
export const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'];

/** The object id git gives a file of this content (`git hash-object`), to tell whether it changed. */
export const blobOf = (text) => createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest('hex');

/** `server/src/service/markup/text.ts` (or an absolute path of any clone) → `markup/text.ts`. */
export const insideService = (file) => {
  const posix = file.split(path.sep).join('/');
  const at = posix.lastIndexOf(SERVICE);
  return at >= 0 ? posix.slice(at + SERVICE.length) : posix;
};

const placeOf = (m) => ({ line: m.location.start.line, column: m.location.start.column, status: m.status, mutator: m.mutatorName, replacement: m.replacement });
/** Which mutant it is, the same in every run of the same source. */
const keyOf = (m) => `${m.line}:${m.column}:${m.mutator}:${m.replacement}`;
/** Where a status is counted: Stryker's errors (CompileError, RuntimeError) under `other`. */
const bucketOf = (status) => (STATUSES.includes(status) ? status : 'other');
const isAlive = (m) => m.status === 'Survived' || m.status === 'NoCoverage';

/**
 * The record of one unit's run, from Stryker's JSON report of it (which carries each file's source).
 * A narrowed run's (run.narrowed) also lists every mutant it ran, to amend an older record with.
 */
export function recordOf(report, run) {
  const files = {};
  for (const [file, f] of Object.entries(report.files)) {
    const lines = f.source.split('\n');
    const counts = Object.fromEntries([...STATUSES, 'other'].map((s) => [s, 0]));
    for (const m of f.mutants) counts[bucketOf(m.status)]++;
    const alive = f.mutants.map(placeOf).filter(isAlive)
      .map((m) => ({ ...m, code: (lines[m.line - 1] ?? '').trim() }))
      .sort((a, b) => a.line - b.line || a.column - b.column);
    files[insideService(file)] = { blob: blobOf(f.source), counts, alive, ...(run.narrowed ? { mutants: f.mutants.map(placeOf) } : {}) };
  }
  return { ...run, files };
}

/** Writes it atomically (a stopped run never leaves half a record). */
export function writeRecord(unit, record) {
  mkdirSync(MEASURED_DIR, { recursive: true });
  const file = path.join(MEASURED_DIR, `${unit.replaceAll('/', '~')}.json`);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}

/**
 * A file's record with a narrowed run's statuses applied. Its counts move each mutant the narrowed
 * run measured from its old status to its new one; a mutant alive now that the older record did
 * not list as alive was killed or timed out there, and is counted as moved from Killed (the record
 * keeps no finer past of the mutants that did not survive), which `assumedKilled` counts.
 */
function amended(whole, narrowed, run) {
  const was = new Map(whole.alive.map((m) => [keyOf(m), m]));
  const now = new Map(narrowed.alive.map((m) => [keyOf(m), m]));
  const counts = { ...whole.counts };
  let assumedKilled = whole.assumedKilled ?? 0;
  for (const m of narrowed.mutants) {
    const before = was.get(keyOf(m))?.status ?? (isAlive(m) ? 'Killed' : m.status);
    if (!was.has(keyOf(m)) && isAlive(m)) assumedKilled++;
    counts[bucketOf(before)]--;
    counts[bucketOf(m.status)]++;
  }
  const measuredNow = new Set(narrowed.mutants.map(keyOf));
  const alive = [...whole.alive.filter((m) => !measuredNow.has(keyOf(m))), ...now.values()]
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...whole, counts, alive, assumedKilled, amendedBy: [...(whole.amendedBy ?? []), run] };
}

/**
 * Every measured file, from its newest record: { file, run, blob, counts, alive, stale }, where
 * `stale` says the source has changed since (its figures are of an older version).
 */
export function measuredFiles() {
  if (!existsSync(MEASURED_DIR)) return [];
  const records = readdirSync(MEASURED_DIR).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(MEASURED_DIR, f), 'utf8')))
    .sort((a, b) => a.ended.localeCompare(b.ended));
  const byFile = new Map();
  for (const { files, ...run } of records) {
    for (const [file, f] of Object.entries(files)) {
      if (!run.narrowed) byFile.set(file, { file, run, ...f });
      else if (byFile.get(file)?.blob === f.blob) byFile.set(file, amended(byFile.get(file), f, run));
      // A narrowed run of a source no whole run measured says nothing of the file's score: left out.
    }
  }
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file)).map((f) => {
    const source = path.join(SERVICE, f.file);
    return { ...f, stale: !existsSync(source) || blobOf(readFileSync(source, 'utf8')) !== f.blob };
  });
}
