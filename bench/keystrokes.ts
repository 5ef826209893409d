// Keystrokes at random places of a very large article (issue 9): in the service (parse + all
// diagnostics of each version), and through the real server over stdio with incremental
// `didChange` (a hover answered, then the diagnostics of that version pushed), with the server's
// resident memory before and after.
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../test/protocol/lspClient';
import type { bundledService } from './bundledService';
import { seededRandom } from './stats';

/** An offset in the body (after the front matter), the same sequence in every run. */
function editPlaces(text: string, count: number): number[] {
  const random = seededRandom(9);
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  return Array.from({ length: count }, () => bodyStart + Math.floor(random() * (text.length - bodyStart - 1)));
}

/** The heap in use after a full collection (MB), when node runs with --expose-gc. */
function liveHeapMb(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

/**
 * Milliseconds of parse + all diagnostics after each typed character (wall clock, and the process's
 * CPU time, which other processes on a loaded machine disturb less), and the live heap before and after.
 */
export function serviceKeystrokes(service: ReturnType<typeof bundledService>, text: string, count: number): { times: number[]; cpuTimes: number[]; liveHeapMb: (number | undefined)[] } {
  const { LanguageService, lineLogger, NEVER_CANCELLED } = service;
  const ls = new LanguageService({ logger: lineLogger((line) => console.error(line)) });
  const uri = 'file:///bench/keystrokes.news';
  let doc = TextDocument.create(uri, 'newsmark', 1, text);
  ls.diagnostics(doc, {}, {}, NEVER_CANCELLED);
  const heapOpen = liveHeapMb();
  const times: number[] = [], cpuTimes: number[] = [];
  for (const at of editPlaces(text, count)) {
    const position = doc.positionAt(at);
    // As the server applies an incremental change, and tells the service what it kept (lsp/documentSync.ts).
    const kept = { fromVersion: doc.version, toVersion: doc.version + 1, prefix: at, suffix: doc.getText().length - at };
    doc = TextDocument.update(doc, [{ range: { start: position, end: position }, text: 'x' }], doc.version + 1);
    const edited = { uri, version: doc.version, getText: () => doc.getText(), edit: kept };
    const cpu = process.cpuUsage();
    const t = performance.now();
    ls.diagnostics(edited, {}, {}, NEVER_CANCELLED);
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return { times, cpuTimes, liveHeapMb: [heapOpen, liveHeapMb()] };
}

interface ServerKeystrokes {
  hover: number[];
  diagnostics: number[];
  openMs: number;
  rssOpenMb: number;
  rssAfter30Mb: number;
  rssEndMb: number;
}

export async function serverKeystrokes(text: string, count: number): Promise<ServerKeystrokes> {
  const client = await LspClient.start();
  const uri = 'file:///bench/keystrokes.news';
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const t0 = performance.now();
  await client.open(uri, text, 1);
  await client.waitForDiagnostics(uri, (_d, p) => p.version === 1, 300_000);
  const openMs = performance.now() - t0;
  const rssOpenMb = rss();
  let rssAfter30Mb = 0;
  let doc = TextDocument.create(uri, 'newsmark', 1, text);
  const hover: number[] = [], diagnostics: number[] = [];
  for (const at of editPlaces(text, count)) {
    const position = doc.positionAt(at);
    const version = doc.version + 1;
    const change = { range: { start: position, end: position }, text: 'x' };
    doc = TextDocument.update(doc, [change], version);
    const started = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    hover.push(performance.now() - started);
    await client.waitForDiagnostics(uri, (_d, p) => p.version === version, 60_000);
    diagnostics.push(performance.now() - started);
    if (hover.length === 30) rssAfter30Mb = rss();
  }
  const rssEndMb = rss();
  await client.stop();
  return { hover, diagnostics, openMs, rssOpenMb, rssAfter30Mb, rssEndMb };
}
