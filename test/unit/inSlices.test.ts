// The server's slicing (server/src/lsp/slices.ts, issue 13, item 12): computations resumed a slice
// at a time share the event loop's turns. Each turn gives one of them its slice, in turn, so that a
// message for another document (here a chain of immediates, as vscode-jsonrpc handles one message
// per turn) waits for one slice, not for one slice of every computation under way. Slices of one
// step each (`sliceMs` 0) make the order exact; nothing here depends on time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkedInSlices, inSlices } from '../../server/src/lsp/slices';
import type { Steps } from '../../server/src/service';

/** `count` steps that log `${name}${k}`; the result is `name`. */
function loggedSteps(name: string, count: number, log: string[]): Steps<string> {
  let k = 0;
  return {
    step() {
      if (k < count) log.push(`${name}${++k}`);
      return k >= count;
    },
    get result() {
      return k >= count ? name : undefined;
    },
  };
}

/** Logs `m` once a turn until stopped: another message handled between slices. */
function messages(log: string[]): () => void {
  let on = true;
  const tick = () => {
    if (!on) return;
    log.push('m');
    setImmediate(tick);
  };
  setImmediate(tick);
  return () => (on = false);
}

describe('slices of several computations share the turns of the event loop', () => {
  test('two computations take turns, one slice a turn, and other messages come between any two slices', async () => {
    const log: string[] = [];
    const stop = messages(log);
    const results = await Promise.all([inSlices(loggedSteps('a', 4, log), undefined, 0), inSlices(loggedSteps('b', 4, log), undefined, 0)]);
    stop();
    assert.deepEqual(results, ['a', 'b']);
    const slices = log.filter((x) => x !== 'm');
    // Each starts with a slice of its own; then they alternate.
    assert.deepEqual(slices, ['a1', 'b1', 'a2', 'b2', 'a3', 'b3', 'a4', 'b4']);
    // After the first slices, a message between any two.
    const firstTurn = log.indexOf('b1');
    for (let i = firstTurn + 1; i < log.length; i++) {
      if (log[i] !== 'm') assert.equal(log[i - 1], 'm', `${log[i]} came right after ${log[i - 1]}: ${log.join(' ')}`);
    }
  });

  test('a computation no longer wanted ends with no result and takes no more slices; the other goes on', async () => {
    const log: string[] = [];
    let wanted = true;
    const dropped = inSlices(loggedSteps('a', 10, log), () => wanted, 0);
    const kept = inSlices(loggedSteps('b', 3, log), undefined, 0);
    wanted = false;
    assert.equal(await dropped, undefined);
    assert.equal(await kept, 'b');
    assert.deepEqual(log, ['a1', 'b1', 'b2', 'b3']);
  });

  test('work finished at the first step is answered without waiting for a turn', async () => {
    const log: string[] = [];
    const stop = messages(log);
    assert.equal(await inSlices(loggedSteps('a', 1, log), undefined, 0), 'a');
    stop();
    assert.deepEqual(log, ['a1']);
  });
});

describe('a code action on a document checked in slices', () => {
  const uri = 'file:///large.news';
  const text = 'x'.repeat(1_000_000);
  /** A server context whose document moves to `version` + 1 after `changeAfter` steps of the checks (never if undefined). */
  function context(changeAfter: number | undefined) {
    let version = 1;
    const log: string[] = [];
    const inner = loggedSteps('check', 5, log);
    const ctx = {
      documents: { get: () => ({ uri, version, getText: () => text }) },
      service: {
        diagnosticsSteps: () => ({
          step() {
            const done = inner.step();
            if (log.length === changeAfter) version++;
            return done;
          },
          result: [],
        }),
      },
    };
    return { ctx: ctx as never, log, doc: { uri, version: 1, getText: () => text } as never };
  }
  const token = { isCancellationRequested: false } as never;

  test('waits for the checks of its version, then goes on', async () => {
    const { ctx, log, doc } = context(undefined);
    assert.equal(await checkedInSlices(ctx, doc, {}, token), true);
    assert.equal(log.length, 5);
  });

  test('gives up when the document changes meanwhile: the request is about a version gone', async () => {
    const { ctx, doc } = context(2);
    assert.equal(await checkedInSlices(ctx, doc, {}, token), false);
  });

  test('a small document is not checked in slices first', async () => {
    const { ctx, log } = context(undefined);
    assert.equal(await checkedInSlices(ctx, { uri, version: 1, getText: () => 'x' } as never, {}, token), true);
    assert.deepEqual(log, []);
  });
});
