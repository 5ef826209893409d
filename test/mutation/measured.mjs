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

/** The record of one unit's run, from Stryker's JSON report of it (which carries each file's source). */
export function recordOf(report, run) {
  const files = {};
  for (const [file, f] of Object.entries(report.files)) {
    const lines = f.source.split('\n');
    const counts = Object.fromEntries([...STATUSES, 'other'].map((s) => [s, 0]));
    for (const m of f.mutants) counts[STATUSES.includes(m.status) ? m.status : 'other']++;
    const alive = f.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map((m) => ({ line: m.location.start.line, column: m.location.start.column, status: m.status, mutator: m.mutatorName, replacement: m.replacement, code: (lines[m.location.start.line - 1] ?? '').trim() }))
      .sort((a, b) => a.line - b.line || a.column - b.column);
    files[insideService(file)] = { blob: blobOf(f.source), counts, alive };
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
 * Every measured file, from its newest record: { file, run, blob, counts, alive, stale }, where
 * `stale` says the source has changed since (its figures are of an older version).
 */
export function measuredFiles() {
  if (!existsSync(MEASURED_DIR)) return [];
  const records = readdirSync(MEASURED_DIR).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(MEASURED_DIR, f), 'utf8')))
    .sort((a, b) => a.ended.localeCompare(b.ended));
  const byFile = new Map();
  for (const { files, ...run } of records) for (const [file, f] of Object.entries(files)) byFile.set(file, { file, run, ...f });
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file)).map((f) => {
    const source = path.join(SERVICE, f.file);
    return { ...f, stale: !existsSync(source) || blobOf(readFileSync(source, 'utf8')) !== f.blob };
  });
}
