// A fuzz run: `workers` cases at a time through one server (an editor with several documents
// open), document numbers `from` .. `from + documents - 1` of the run with `seed`.
import { generateCase, type FuzzCase } from './generate';
import { FuzzServer, Session } from './session';
import { Tally } from './tally';

export interface FuzzOptions {
  seed: number;
  documents: number;
  from?: number;
  workers?: number;
  timeoutMs?: number;
  /** The case of a document number; default: generated from the seed. */
  caseAt?: (index: number) => FuzzCase;
  /** Called after each document, e.g. to print progress. */
  progress?: (tally: Tally) => void;
}

export async function fuzz(options: FuzzOptions): Promise<Tally> {
  const tally = new Tally();
  const server = new FuzzServer();
  const from = options.from ?? 0;
  let next = from;
  const worker = async (w: number) => {
    while (next < from + options.documents) {
      const index = next++;
      const session = new Session(server, tally, index, (options.caseAt ?? ((i) => generateCase(options.seed, i)))(index), `file:///fuzz/w${w}/d${index}.news`, { timeoutMs: options.timeoutMs ?? 20_000 });
      await session.run();
      options.progress?.(tally);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.workers ?? 4 }, (_, w) => worker(w)));
  } finally {
    await server.stop();
  }
  return tally;
}
