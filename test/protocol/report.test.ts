// `newsmark/report`: the Quote Report webview's figures over one article, a folder or the
// workspace. They must be the command line's, figure for figure: the server and `newsmark report`
// share the report model, and this compares the two on the fixture archive. Open documents count
// in their live text; a cancelled request is answered as cancelled (or in full), never half.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { ReportResult } from '../../server/src/protocol/views';
import { fileUri, type LspClient } from './lspClient';
import { ARCHIVE_ARTICLES, cliReport, copyArchive, startServer, until } from './viewsWorkspace';

describe('newsmark/report', () => {
  let dir: string;
  let client: LspClient;
  const report = (params: unknown) => client.request<ReportResult | null>('newsmark/report', params);
  before(async () => {
    dir = copyArchive();
    client = await startServer(dir);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('over the workspace: the same view as `newsmark report` on the folder', async () => {
    const answer = await until(() => report({ scope: 'workspace' }), (r) => r?.view.articles === ARCHIVE_ARTICLES, 'the whole archive indexed');
    assert.equal(answer!.scope, 'workspace');
    const cli = cliReport(dir);
    assert.equal(cli.articles, ARCHIVE_ARTICLES);
    assert.deepEqual(answer!.view, cli);
    assert.ok(answer!.view.anonymous.anonymousQuotes > 0 && answer!.view.timeline.bins.length > 1, 'a view with anonymous sources and a timeline');
  });

  it('over a folder: only the articles under it (at any depth), as the command line counts them', async () => {
    await until(() => report({ scope: 'workspace' }), (r) => r?.view.articles === ARCHIVE_ARTICLES, 'the whole archive indexed');
    const city = await report({ scope: 'folder', uri: fileUri(dir, 'city') });
    assert.deepEqual(city?.view, cliReport(path.join(dir, 'city')));
    assert.equal(city!.view.articles, 6);
    // A trailing slash names the same folder; a name that only starts like it does not hold its files.
    assert.deepEqual((await report({ scope: 'folder', uri: `${fileUri(dir, 'city')}/` }))?.view, city!.view);
    assert.equal((await report({ scope: 'folder', uri: fileUri(dir, 'cit') }))?.view.articles, 0);
  });

  it('over one article, in its live text when it is open', async () => {
    const file = path.join(dir, 'transit', '2024-02-03-buses.news');
    const uri = fileUri(dir, 'transit', '2024-02-03-buses.news');
    await until(() => report({ scope: 'document', uri }), (r) => r?.view.articles === 1, 'the article indexed');
    const onDisk = await report({ scope: 'document', uri });
    assert.deepEqual(onDisk?.view, cliReport(file));
    const text = readFileSync(file, 'utf8');
    const [id] = onDisk!.view.speakers.map((s) => s.id);
    await client.open(uri, `${text}\n[One more thing]{@${id}}, the speaker added.\n`, 1);
    const live = await report({ scope: 'document', uri });
    assert.equal(live!.view.totalQuotes, onDisk!.view.totalQuotes + 1);
    assert.equal(live!.view.speakers.find((s) => s.id === id)!.quotes.indirect, onDisk!.view.speakers.find((s) => s.id === id)!.quotes.indirect + 1);
    await client.close(uri);
    assert.deepEqual((await report({ scope: 'document', uri }))?.view, onDisk!.view, 'closed: the file on disk again');
  });

  it('answers null to a scope it does not know, or one without the uri it needs', async () => {
    assert.equal(await report({ scope: 'everything' }), null);
    assert.equal(await report({ scope: 'folder' }), null);
    assert.equal(await report({ scope: 'document', uri: 42 }), null);
    assert.equal(await report(null), null);
  });

  it('answers a cancelled request as cancelled or in full, and keeps working', async () => {
    const source = new CancellationTokenSource();
    const pending = client.request<ReportResult | null>('newsmark/report', { scope: 'workspace' }, source);
    source.cancel();
    await pending.then(
      (r) => assert.equal(r?.view.articles, ARCHIVE_ARTICLES, 'a full answer, not a part'),
      (e: { code?: number }) => assert.equal(e.code, -32800, String(e)),
    );
    assert.equal((await report({ scope: 'workspace' }))?.view.articles, ARCHIVE_ARTICLES);
  });
});
