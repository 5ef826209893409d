// The server's adaptive debounce (issue 9), with a stand-in host and clock: after a fast run a
// change is checked in the next turn of the event loop, with no timer; after a slow run it waits
// for the debounce timer. setTimeout is mocked, so nothing here depends on the machine's speed.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CHANGE_DEBOUNCE_MS, FAST_RUN_MS, ValidationScheduler, type ValidationHost } from '../../server/src/lsp/validation';
import { DEFAULT_SETTINGS, lineLogger } from '../../server/src/service';

const URI = 'file:///a.news';

/** A host whose runs "take" `runMs` on a clock the test owns, and that records what is published. */
function fakeHost(runMs: () => number) {
  let clock = 0;
  let doc = TextDocument.create(URI, 'newsmark', 1, 'one');
  const published: number[] = [];
  const host: ValidationHost = {
    document: () => doc,
    settings: () => Promise.resolve({ ...DEFAULT_SETTINGS, validate: 'onType' }),
    diagnose: (): Diagnostic[] => ((clock += runMs()), []),
    publish: (_uri, version) => void published.push(version ?? -1),
    logger: lineLogger((line) => assert.fail(line)),
  };
  const edit = (text: string) => (doc = TextDocument.create(URI, 'newsmark', doc.version + 1, text));
  return { host, published, edit, now: () => clock };
}

/** Lets the event loop turn a few times (promises, then setImmediate callbacks): no clock involved. */
async function turns(n = 5) {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('adaptive debounce', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('checks a change at once when the runs are fast', async () => {
    const { host, published, edit, now } = fakeHost(() => FAST_RUN_MS / 5);
    const scheduler = new ValidationScheduler(host, CHANGE_DEBOUNCE_MS, now);
    scheduler.opened(URI);
    await turns();
    assert.deepEqual(published, [1]);
    edit('two');
    scheduler.changed(URI);
    await turns();
    assert.deepEqual(published, [1, 2], 'published without waiting for the debounce timer');
  });

  it('takes changes received together as one run', async () => {
    const { host, published, edit, now } = fakeHost(() => 1);
    const scheduler = new ValidationScheduler(host, CHANGE_DEBOUNCE_MS, now);
    scheduler.opened(URI);
    await turns();
    for (const text of ['a', 'ab', 'abc']) {
      edit(text);
      scheduler.changed(URI);
    }
    await turns();
    assert.deepEqual(published, [1, 4]);
  });

  it('is not slowed by one slow run among fast ones (a garbage collection)', async () => {
    const durations = [1, 1, FAST_RUN_MS * 4, 1];
    const { host, published, edit, now } = fakeHost(() => durations.shift() ?? 1);
    const scheduler = new ValidationScheduler(host, CHANGE_DEBOUNCE_MS, now);
    scheduler.opened(URI);
    await turns();
    for (const text of ['two', 'three', 'four']) {
      edit(text);
      scheduler.changed(URI);
      await turns();
    }
    assert.deepEqual(published, [1, 2, 3, 4], 'every change published without the debounce timer');
  });

  it('debounces a change when the runs are slow', async () => {
    const { host, published, edit, now } = fakeHost(() => FAST_RUN_MS * 4);
    const scheduler = new ValidationScheduler(host, CHANGE_DEBOUNCE_MS, now);
    scheduler.opened(URI);
    await turns();
    assert.deepEqual(published, [1]);
    edit('two');
    scheduler.changed(URI);
    await turns();
    assert.deepEqual(published, [1], 'nothing before the debounce timer fires');
    mock.timers.tick(CHANGE_DEBOUNCE_MS);
    await turns();
    assert.deepEqual(published, [1, 2]);
  });

  it('pushes nothing once the client pulls, and asks it to pull again on revalidation', async () => {
    const { host, published, edit, now } = fakeHost(() => 1);
    const scheduler = new ValidationScheduler(host, CHANGE_DEBOUNCE_MS, now);
    let refreshes = 0;
    scheduler.usePull(() => refreshes++);
    scheduler.opened(URI);
    edit('two');
    scheduler.changed(URI);
    scheduler.saved(URI);
    scheduler.closed(URI);
    mock.timers.tick(CHANGE_DEBOUNCE_MS);
    await turns();
    assert.deepEqual(published, []);
    scheduler.revalidate([URI]);
    assert.equal(refreshes, 1);
  });
});
