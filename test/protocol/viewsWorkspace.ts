// The fixture workspace of the Speakers view and Quote Report protocol tests: a copy of the
// `newsmark report` fixture archive (test/fixtures/report-archive), served by a language server
// whose workspace folder it is, and the command line's report on the same files to compare with.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSummary, reportView, type ReportView } from '../../server/src/service';
import { fileUri, LspClient, ROOT } from './lspClient';

const ARCHIVE = path.join(ROOT, 'test/fixtures/report-archive');
/** The archive's articles that the walker indexes (drafts/ is git-ignored). */
export const ARCHIVE_ARTICLES = 10;

export function copyArchive(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-views-'));
  cpSync(ARCHIVE, dir, { recursive: true });
  // A .git marker keeps the .gitignore files of folders above the temporary one out of play.
  writeFileSync(path.join(dir, '.git'), '');
  return dir;
}

export function startServer(dir: string): Promise<LspClient> {
  return LspClient.start({ watchFiles: true, workspaceFolders: [{ uri: fileUri(dir), name: 'archive' }] });
}

/** Asks until `done` holds (the index fills in the background) or the deadline passes. */
export async function until<R>(ask: () => Promise<R>, done: (r: R) => boolean, what: string, timeoutMs = 10000): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (done(answer)) return answer;
    if (Date.now() > deadline) assert.fail(`${what} never held; last answer: ${JSON.stringify(answer)?.slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What `newsmark report --format json PATH` says, as the view every report output draws. */
export function cliReport(target: string): ReportView {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', '--format', 'json', target], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(r.status, 0, r.stderr);
  return reportView(readSummary(r.stdout));
}
