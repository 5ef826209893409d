// The workspace index at scale (issue 11): 10,000 articles of about 4 KB on disk, the real server
// over stdio with that folder as its workspace. Measured: the time until the index's progress ends
// and until the Speakers view (`newsmark/speakers`, asked beside the other requests, as the editor
// does) counts every article; hover and diagnostics latency on an open document while that
// happens, and then while the view asks again over the complete index; the server's memory (VmRSS and peak VmHWM from
// /proc) against a server with no workspace; then the same archive indexed in this process by the
// server's WorkspaceIndex, for the heap the index itself keeps (after a full garbage collection).
// Figures are printed, never asserted.
// Usage: npm run bench   (BENCH_INDEX_FILES=2000 for a shorter run)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CHANGE_DEBOUNCE_MS } from '../server/src/lsp/validation';
import { WorkspaceIndex } from '../server/src/lsp/workspaceIndex';
import { NEVER_CANCELLED } from '../server/src/service';
import { fileUri, LspClient } from '../test/protocol/lspClient';
import { archiveArticle } from './archive';
import { largeArticle, mb, median, p95 } from './largeArticle';

const COUNT = Number(process.env.BENCH_INDEX_FILES || 10000);
const EXTRA_PARAGRAPHS = 22; // about 4 KB an article
const DEADLINE_MS = 10 * 60_000;
const FULL_VIEW_REQUESTS = 5;

interface Latencies { hover: number[]; diagnostics: number[]; speakersView: number[] }

function makeArchive(): { dir: string; bytes: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-index-'));
  writeFileSync(path.join(dir, '.git'), ''); // no .gitignore above the archive counts
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const sub = path.join(dir, `desk-${i % 20}`, `${2023 + (i % 3)}`);
    mkdirSync(sub, { recursive: true });
    const text = archiveArticle(i, EXTRA_PARAGRAPHS);
    writeFileSync(path.join(sub, `article-${i}.news`), text);
    bytes += text.length;
  }
  return { dir, bytes };
}

/** Resident and peak resident memory of a process, from Linux's /proc (undefined elsewhere). */
function memoryOf(pid: number | undefined): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(status.split('\n').find((l) => l.startsWith(field))?.slice(field.length + 1).trim().split(/\s+/)[0]) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

const SMALL = largeArticle(40);
const SMALL_URI = 'untitled:open.news';
const at = SMALL.indexOf('{@chen}') + 3;
const HOVER_AT = { line: SMALL.slice(0, at).split('\n').length - 1, character: at - (SMALL.lastIndexOf('\n', at - 1) + 1) };

/** A server with the small document open and checked; with `dir` as its workspace, if given. */
async function startWithOpenDocument(dir?: string): Promise<LspClient> {
  const client = await LspClient.start({ workDoneProgress: true, workspaceFolders: dir ? [{ uri: fileUri(dir), name: 'archive' }] : undefined });
  await client.open(SMALL_URI, SMALL, 1);
  await client.waitForDiagnostics(SMALL_URI, () => true, 60_000);
  return client;
}

async function main() {
  const baseline = await startWithOpenDocument();
  const baseMemory = memoryOf(baseline.child.pid);
  await baseline.stop();

  const { dir, bytes } = makeArchive();
  const progress: { kind: string; message?: string; at: number }[] = [];
  const t0 = performance.now();
  // Registered before `initialized`: the index starts walking then.
  const client = LspClient.spawn();
  client.connection.onRequest('window/workDoneProgress/create', () => null);
  client.connection.onNotification('$/progress', (p: { value: { kind: string; message?: string } }) => progress.push({ kind: p.value.kind, message: p.value.message, at: performance.now() - t0 }));
  await client.initialize({ workDoneProgress: true, workspaceFolders: [{ uri: fileUri(dir), name: 'archive' }] });
  await client.open(SMALL_URI, SMALL, 1);
  await client.waitForDiagnostics(SMALL_URI, () => true, 60_000);
  const latencies: Latencies = { hover: [], diagnostics: [], speakersView: [] };
  let complete = 0;
  let lastPoll = -Infinity;
  // The Speakers view's request runs beside the hovers and edits (as in the editor), one at a time.
  let asking: Promise<void> | undefined;
  const askSpeakers = (record: number[]) => {
    const s0 = performance.now();
    // As the view asks over the workspace: the outline (its first level).
    asking = client.request<{ articles: number }>('newsmark/speakers', { outline: true }).then((view) => {
      record.push(performance.now() - s0);
      if (!complete && view.articles >= COUNT + 1) complete = performance.now() - t0; // the open document counts too
      asking = undefined;
    });
  };
  const hoverAndEdit = async (version: number, into: Latencies) => {
    const h0 = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: SMALL_URI }, position: HOVER_AT });
    into.hover.push(performance.now() - h0);
    const d0 = performance.now();
    const after = client.lastSeq;
    await client.change(SMALL_URI, version, `${SMALL}\nEdit ${version}.\n`);
    await client.waitForDiagnostics(SMALL_URI, (_d, p) => p.version === version, 60_000, after);
    into.diagnostics.push(performance.now() - d0);
  };
  const full: Latencies = { hover: [], diagnostics: [], speakersView: [] };
  try {
    let version = 2;
    for (; !complete; version++) {
      if (performance.now() - t0 > DEADLINE_MS) throw new Error(`the index never listed ${COUNT} articles; progress: ${JSON.stringify(progress.at(-1))}`);
      await hoverAndEdit(version, latencies);
      if (asking || performance.now() - lastPoll < 1000) continue;
      lastPoll = performance.now();
      askSpeakers(latencies.speakersView);
    }
    // The index complete: the Speakers view asked again and again over all of it, the open document edited meanwhile.
    while (full.speakersView.length < FULL_VIEW_REQUESTS) {
      if (!asking) askSpeakers(full.speakersView);
      await hoverAndEdit(version++, full);
    }
    // The whole answer (every article's quotes), as the view asked before it took an outline.
    const w0 = performance.now();
    await client.request('newsmark/speakers', {});
    const whole = performance.now() - w0;
    const memory = memoryOf(client.child.pid);
    await client.stop();
    const heap = await heapOfIndex(dir);
    report({ bytes, progress, complete, latencies, full, whole, baseMemory, memory, heap });
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The heap an index of `dir` keeps, built in this process (a full collection before and after). */
async function heapOfIndex(dir: string): Promise<{ heap: number; ms: number; articles: number }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const index = new WorkspaceIndex(() => { throw new Error('no open documents here'); }, { get: () => undefined, all: () => [] }, () => undefined);
  index.setRoots([fileUri(dir)]);
  index.start();
  await index.idle();
  const ms = performance.now() - t0;
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  const articles = (await index.articles(NEVER_CANCELLED)).length;
  return { heap, ms, articles };
}

function report(r: { bytes: number; progress: { kind: string; message?: string; at: number }[]; complete: number; latencies: Latencies; full: Latencies; whole: number; baseMemory?: { rss: number }; memory?: { rss: number; peak: number }; heap: { heap: number; ms: number; articles: number } }) {
  const stat = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.length})`;
  const end = r.progress.find((p) => p.kind === 'end');
  console.log(`NewsMark workspace index benchmark: ${COUNT} articles, ${mb(r.bytes)} on disk, node ${process.version}, ${os.availableParallelism()} cores`);
  console.log(`  progress reported:                      ${r.progress.length ? `${r.progress.length} notifications, last message "${r.progress.filter((p) => p.message).at(-1)?.message ?? ''}"` : 'none'}`);
  console.log(`  start to index progress end:            ${end ? `${end.at.toFixed(0)} ms` : 'no progress end'}`);
  console.log(`  start to Speakers view listing all:     ${r.complete.toFixed(0)} ms`);
  console.log(`  hover on the open document meanwhile:   ${stat(r.latencies.hover)}`);
  console.log(`  edit to diagnostics meanwhile:          ${stat(r.latencies.diagnostics)} (debounce: ${CHANGE_DEBOUNCE_MS} ms when the last run was slow, none when fast)`);
  console.log(`  newsmark/speakers outline, indexing:    ${stat(r.latencies.speakersView)}`);
  console.log(`  index complete, the outline:            ${stat(r.full.speakersView)}`);
  console.log(`    hover meanwhile:                      ${stat(r.full.hover)}`);
  console.log(`    edit to diagnostics meanwhile:        ${stat(r.full.diagnostics)}`);
  console.log(`  index complete, the whole answer:       ${r.whole.toFixed(0)} ms (every quote of every article)`);
  console.log(`  server memory, no workspace:            VmRSS ${r.baseMemory ? mb(r.baseMemory.rss) : '?'}`);
  console.log(`  server memory, index complete:          VmRSS ${r.memory ? mb(r.memory.rss) : '?'}, peak VmHWM ${r.memory ? mb(r.memory.peak) : '?'}`);
  console.log(`  heap the index keeps (in process):      ${mb(r.heap.heap)} for ${r.heap.articles} articles, indexed in ${r.heap.ms.toFixed(0)} ms`);
}

main().catch((e) => { console.error(e); process.exit(1); });
