// The `newsmark` command line (bundled to dist/cli.js). The same bundle is also the body of the
// worker threads that check large batches: inside a worker started by the pool it serves
// analyse() requests instead of reading the command line.

import { isMainThread, workerData } from 'node:worker_threads';
import { version } from '../../../package.json';
import { HELP, parseArgs, UsageError } from './args';
import { EXIT_USAGE, runCheck } from './check';
import { runExport } from './export/command';
import { runMarkup } from './markup/command';
import { runRegistryExtract } from './registry/command';
import { runReport } from './report/command';
import { wantsColour, type Io } from './io';
import { serveWorker, WORKER_MARK } from './workers';

async function main(argv: string[]): Promise<number> {
  const io: Io = {
    cwd: process.cwd(),
    version,
    color: wantsColour(process.env, process.stdout),
    stderr: process.stderr,
    // Only the bundle can be a worker's script; under tsx (__filename is main.ts) stay in-process.
    workerScript: typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined,
    write: (text) => { if (text) process.stdout.write(text); },
    error: (line) => process.stderr.write(line.split('\n').map((l) => `newsmark: ${l}\n`).join('')),
  };
  try {
    const cmd = parseArgs(argv);
    switch (cmd.command) {
      case 'help': io.write(HELP); return 0;
      case 'version': io.write(`${version}\n`); return 0;
      case 'check': return await runCheck(cmd, io);
      case 'export': return await runExport(cmd, io);
      case 'markup': return await runMarkup(cmd, io);
      case 'report': return await runReport(cmd, io);
      case 'registry-extract': return await runRegistryExtract(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.error(`${e.message}`);
      return EXIT_USAGE;
    }
    io.error(`internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return EXIT_USAGE;
  }
}

if (!isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) {
  serveWorker();
} else {
  // A closed pipe (`newsmark check | head`, or `2>&1 | head`) is not an error of ours: what
  // could not be written is dropped, and the run still ends with the status of its findings
  // (exiting at once would end a check with errors with status 0 under `set -o pipefail`).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
    });
  }
  main(process.argv.slice(2)).then((status) => { process.exitCode = status; });
}
