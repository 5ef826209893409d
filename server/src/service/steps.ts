// Work done in bounded steps, for an embedder that must stay responsive while a very large article
// is parsed and checked (issue 13, item 12). The service stays pure: it never reads a clock or sets
// a timer; it only offers steps, and the embedder (the server's lsp/slices.ts) decides when to
// pause between them. A generator that yields between pieces of work is the form inside the service;
// `Steps` is the form handed out, which several callers may resume in turn.

/** A computation resumed one step at a time. */
export interface Steps<T> {
  /** Does the next bounded piece of work; true once finished (and on every call after that). */
  step(): boolean;
  /** The answer once finished; undefined if the work was superseded (a newer version of the document) before it finished. */
  readonly result: T | undefined;
}

/** All the steps at once: the one-shot path of every resumable computation. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Steps over a generator; `stillValid` is asked before each step, and a false ends the work with no result. */
export function stepsOf<T>(steps: Generator<void, T | undefined>, stillValid: () => boolean = () => true): Steps<T> {
  let done = false;
  let result: T | undefined;
  return {
    step() {
      if (done) return true;
      if (!stillValid()) {
        done = true;
        steps.return(undefined);
        return true;
      }
      const next = steps.next();
      if (next.done) {
        done = true;
        result = next.value;
      }
      return done;
    },
    get result() {
      return result;
    },
  };
}

/** Work already done: its answer, finished at the first step. */
export function finished<T>(result: T): Steps<T> {
  return { step: () => true, result };
}
