// Start-up of the language server: from spawning `node dist/server.js --stdio` to the answer of
// `initialize`, with and without its code cache, and the bundle sizes. Figures are printed (and returned to bench/all.ts), never asserted.
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { ROOT } from './largeArticle';

/**
 * Milliseconds from spawn to the `initialize` answer, one fresh server each time. The server starts
 * through V8's code cache (server/src/codeCache.ts) once a start has written it; `withCache: false`
 * times the start without it (NEWSMARK_CODE_CACHE=0), as the very first start after a build is.
 */
export async function startupTimes(runs: number, { withCache = true } = {}): Promise<number[]> {
  if (withCache) await writeCodeCache();
  const env = { ...process.env, ...(withCache ? {} : { NEWSMARK_CODE_CACHE: '0' }) };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { connection, child } = startServer(env);
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    times.push(performance.now() - t0);
    connection.dispose();
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));
  }
  return times;
}

function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: 'pipe', env });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  return { connection, child };
}

/** A server that lives until it has written its code cache (a few seconds after `initialize`), as the first start after a build does. */
async function writeCodeCache(): Promise<void> {
  const cache = path.join(ROOT, 'dist/serverMain.js.cache');
  rmSync(cache, { force: true }); // one of an earlier build would be replaced only after the wait below
  const { connection, child } = startServer({ ...process.env, NEWSMARK_CODE_CACHE: undefined });
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  const deadline = Date.now() + 20_000;
  while (!existsSync(cache) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  connection.dispose();
  child.kill();
  await new Promise((resolve) => child.once('exit', resolve));
  if (!existsSync(cache)) throw new Error(`the server wrote no code cache (${cache}) within 20 s`);
}

/** Bytes of each program the build writes. */
export function bundleSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const name of ['server.js', 'serverMain.js', 'cli.js', 'extension.js', 'nlp.js', 'reportSvg.js']) sizes[name] = statSync(path.join(ROOT, 'dist', name)).size;
  return sizes;
}
