// The workspace index shows its first walk in the editor (issue 11, Scale): a client that declares
// `window.workDoneProgress` is asked to create a token, then sees begin, "Indexing N of M
// articles" and end; a client that does not declare it is never asked.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, LspClient } from './lspClient';

const ARTICLES = 12;
const article = (i: number) => `---\nheadline: Story ${i}\ndate: 2023-09-28\nspeakers:\n  p${i}:\n    name: Person ${i}\n---\n\nBERLIN, Sept. 27 -- [We met today]{@p${i}}, Person ${i} said.\n`;

interface Progress { token: unknown; value: { kind: string; message?: string; percentage?: number } }

/** A client that records the progress tokens it is asked for and the progress it is sent. */
async function startRecording(dir: string, workDoneProgress: boolean) {
  const created: unknown[] = [];
  const progress: Progress[] = [];
  let ended: () => void = () => {};
  const end = new Promise<void>((resolve) => (ended = resolve));
  const client = LspClient.spawn();
  client.connection.onRequest('window/workDoneProgress/create', (p: { token: unknown }) => (created.push(p.token), null));
  client.connection.onNotification('$/progress', (p: Progress) => {
    progress.push(p);
    if (p.value.kind === 'end') ended();
  });
  await client.initialize({ workDoneProgress, workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] });
  return { client, created, progress, end };
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms).unref())]);

describe('indexing progress', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-progress-'));
    for (let i = 0; i < ARTICLES; i++) {
      mkdirSync(path.join(dir, `desk-${i % 3}`), { recursive: true });
      writeFileSync(path.join(dir, `desk-${i % 3}`, `story-${i}.news`), article(i));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('begins, counts the articles and ends, on the token the client created', async () => {
    const { client, created, progress, end } = await startRecording(dir, true);
    try {
      await within(end, 10_000, 'progress end');
      assert.equal(created.length, 1);
      assert.ok(progress.every((p) => p.token === created[0]), 'every report uses the created token');
      const kinds = progress.map((p) => p.value.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds.at(-1), 'end');
      assert.equal(kinds.filter((k) => k === 'begin' || k === 'end').length, 2);
      const last = progress.filter((p) => p.value.kind === 'report').at(-1)?.value;
      assert.deepEqual(last && { message: last.message, percentage: last.percentage }, { message: `Indexing ${ARTICLES} of ${ARTICLES} articles`, percentage: 100 });
      // Once it has ended, the index answers for every article.
      const view = await client.request<{ articles: number }>('newsmark/speakers', {});
      assert.equal(view.articles, ARTICLES);
    } finally {
      await client.stop();
    }
  });

  it('is not reported to a client that did not declare window.workDoneProgress', async () => {
    const { client, created, progress } = await startRecording(dir, false);
    try {
      // The index still completes; by then a progress would have been created.
      const deadline = Date.now() + 10_000;
      while ((await client.request<{ articles: number }>('newsmark/speakers', {})).articles < ARTICLES) {
        assert.ok(Date.now() < deadline, 'the index never listed every article');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.deepEqual({ created, progress }, { created: [], progress: [] });
    } finally {
      await client.stop();
    }
  });
});
