// Checking (or marking up) many articles on every core. The worker is this same bundle
// (dist/cli.js): main.ts starts `new Worker(__filename, { workerData })` and, inside a worker,
// serves the per-file jobs (analyse() for check, markupFile() for markup, summarizeFile() for
// report) instead of running the command line. The main thread does batches too, between reading
// the workers' replies: one core's worker fewer to start (its isolate, the bundle, its own JIT
// warm-up and heap: about 50 MB less at the peak of 2,000 articles on 2 cores). Small batches stay
// in-process: starting threads costs more than it saves below a handful of files.

import os from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { analyse } from './analyse';
import { markupFile } from './markup/task';
import { summarizeFile } from './report/task';

/** Marks a worker started by the pool (other workerData means someone else's worker). */
export const WORKER_MARK = 'newsmark-cli-worker';
/** Below this many files, threads do not pay for themselves. */
const PARALLEL_THRESHOLD = 8;
/** Batches kept in flight per worker, so that no worker waits idle for a round trip. */
const IN_FLIGHT = 2;
/**
 * Files per message, at most: one message per file cost as much as checking a small article
 * (a round trip, a structured clone each way); batches also shrink as the queue empties, so that
 * both workers finish together.
 */
const MAX_BATCH = 32;
/**
 * A worker's young generation (3 semi-spaces' worth): checking articles makes many short-lived
 * objects, and a young generation that fits the core's cache made the collector cheaper.
 */
const YOUNG_GENERATION_MB = 12;

/** The per-file jobs a worker can do; each is its file's error boundary and never throws. */
const JOBS = { analyse, markup: markupFile, report: summarizeFile };
type JobName = keyof typeof JOBS;
type TaskOf<J extends JobName> = Parameters<(typeof JOBS)[J]>[0];
type ResultOf<J extends JobName> = ReturnType<(typeof JOBS)[J]>;

/** A batch of tasks: `tasks[k]` is task number `first + k`. */
interface Request { first: number; job: JobName; tasks: unknown[] }
interface Reply { first: number; results: unknown[] }

/** The body of a worker thread. */
export function serveWorker(): void {
  parentPort?.on('message', (request: Request) => {
    // Each job is the per-file error boundary: it answers a failing file with its `error`.
    const results = request.tasks.map((task) => (JOBS[request.job] as (task: unknown) => unknown)(task));
    parentPort?.postMessage({ first: request.first, results } satisfies Reply);
  });
}

/** Worker threads for a run: `--jobs`, else one per core but this thread's, which works too (at most 16). */
export function workerCount(files: number, jobs: number | undefined): number {
  if (jobs !== undefined) return Math.min(jobs, files);
  if (files < PARALLEL_THRESHOLD) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(cores - 1, files, 16));
}

/**
 * Runs every task, in worker threads when `threads` > 0 and `script` is the bundle, and hands each
 * result to `onResult` in task order as soon as it and those before it are done (a result that
 * finishes early waits, at most the batches in flight). When threads are unavailable or a worker
 * dies, the tasks without a result are done in-process: slower but sure.
 */
export async function streamTasks<J extends JobName>(job: J, tasks: TaskOf<J>[], threads: number, script: string | undefined, onResult: (result: ResultOf<J>, index: number) => void): Promise<void> {
  const work = JOBS[job] as (task: TaskOf<J>) => ResultOf<J>;
  const results = new InOrder(onResult);
  if (threads > 0 && script) {
    let handlerFailure: { error: unknown } | undefined;
    const put = (index: number, result: unknown) => {
      try {
        results.put(index, result as ResultOf<J>);
      } catch (error) {
        handlerFailure = { error };
        throw error;
      }
    };
    try {
      await inWorkers(job, tasks, threads, script, put);
    } catch {
      // Threads unavailable (or a worker died): the rest below, in-process. A failure of
      // `onResult` itself is no reason to do the work again.
      if (handlerFailure) throw handlerFailure.error;
    }
  }
  for (let i = 0; i < tasks.length; i++) if (!results.has(i)) results.put(i, work(tasks[i]));
}

/** streamTasks' results as one list, in task order; `onDone` once per finished task (for the progress bar). */
export async function runTasks<J extends JobName>(job: J, tasks: TaskOf<J>[], threads: number, script: string | undefined, onDone: () => void): Promise<ResultOf<J>[]> {
  const results = new Array<ResultOf<J>>(tasks.length);
  await streamTasks(job, tasks, threads, script, (result, index) => { results[index] = result; onDone(); });
  return results;
}

/** Hands results on in index order, holding those that arrive before their turn. */
class InOrder<R> {
  private next = 0;
  private readonly early = new Map<number, R>();

  constructor(private readonly onResult: (result: R, index: number) => void) {}

  has(index: number): boolean {
    return index < this.next || this.early.has(index);
  }

  put(index: number, result: R): void {
    if (index !== this.next) { this.early.set(index, result); return; }
    this.onResult(result, this.next++);
    while (this.early.has(this.next)) {
      const held = this.early.get(this.next) as R;
      this.early.delete(this.next);
      this.onResult(held, this.next++);
    }
  }
}

/**
 * Runs the tasks in `threads` workers and on this thread, which takes a batch in each turn of its
 * event loop (the workers' replies are read between two batches, and each worker holds a second
 * batch meanwhile); `onResult` as each result arrives, in any order.
 */
async function inWorkers(job: JobName, tasks: unknown[], threads: number, script: string, onResult: (index: number, result: unknown) => void): Promise<void> {
  const work = JOBS[job] as (task: unknown) => unknown;
  let next = 0;
  const workers: Worker[] = [];
  /** The next batch: smaller as the queue empties, so that every thread finishes at about the same time. */
  const take = () => {
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil((tasks.length - next) / ((threads + 1) * IN_FLIGHT * 2))));
    const first = next;
    next += size;
    return { first, size };
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      let failed = false;
      const fail = (e: unknown) => { failed = true; reject(e); };
      const done = (count: number) => {
        finished += count;
        if (finished === tasks.length) resolve();
      };
      const feed = (worker: Worker) => {
        if (next >= tasks.length || failed) return;
        const { first, size } = take();
        worker.postMessage({ first, job, tasks: tasks.slice(first, first + size) } satisfies Request);
      };
      const turn = () => {
        if (next >= tasks.length || failed) return;
        const { first, size } = take();
        try {
          for (let k = 0; k < size; k++) onResult(first + k, work(tasks[first + k]));
        } catch (e) {
          fail(e);
          return;
        }
        done(size);
        setImmediate(turn);
      };
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(script, { workerData: { mark: WORKER_MARK }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        workers.push(worker);
        worker.on('message', (reply: Reply) => {
          try {
            reply.results.forEach((result, k) => onResult(reply.first + k, result));
          } catch (e) {
            fail(e);
            return;
          }
          done(reply.results.length);
          feed(worker);
        });
        worker.on('error', fail);
        for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
      }
      setImmediate(turn);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
