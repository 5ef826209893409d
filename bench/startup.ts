// Start-up of the language server: from spawning `node dist/server.js --stdio` to the answer of
// `initialize`, and the bundle sizes. Figures are printed (and returned to bench/all.ts), never asserted.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { ROOT } from './largeArticle';

/** Milliseconds from spawn to the `initialize` answer, one fresh server each time. */
export async function startupTimes(runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    times.push(performance.now() - t0);
    connection.dispose();
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));
  }
  return times;
}

/** Bytes of each program the build writes. */
export function bundleSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const name of ['server.js', 'serverMain.js', 'cli.js', 'extension.js', 'nlp.js', 'reportSvg.js']) sizes[name] = statSync(path.join(ROOT, 'dist', name)).size;
  return sizes;
}
