// `newsmark/speakers`: the Speakers view's tree (speaker → article → quote) over the workspace
// index, or one article. Checked on the fixture archive against the report of the same files (the
// two requests must agree on every speaker's counts), against the files' text (each range is the
// quote, each speaker range the id), and for open documents, filtering and cancellation.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { Range } from 'vscode-languageserver-protocol';
import { SPEAKERS_CHANGED_METHOD, type ReportResult, type SpeakersResult } from '../../server/src/protocol/views';
import { fileUri, type LspClient } from './lspClient';
import { ARCHIVE_ARTICLES, copyArchive, startServer, until } from './viewsWorkspace';

/** The text a range covers in a file of the workspace. */
function textAt(uri: string, range: Range): string {
  const lines = readFileSync(fileURLToPath(uri), 'utf8').split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

describe('newsmark/speakers', () => {
  let dir: string;
  let client: LspClient;
  const speakers = (params: unknown) => client.request<SpeakersResult | null>('newsmark/speakers', params);
  before(async () => {
    dir = copyArchive();
    client = await startServer(dir);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every quoted speaker of the workspace with the counts of the report', async () => {
    const all = await until(() => speakers({}), (r) => r?.articles === ARCHIVE_ARTICLES, 'the whole archive indexed');
    const report = (await client.request<ReportResult>('newsmark/report', { scope: 'workspace' })).view;
    assert.deepEqual(all!.speakers.map((s) => s.id).sort(), report.speakers.map((s) => s.id).sort());
    for (const s of all!.speakers) {
      const row = report.speakers.find((r) => r.id === s.id)!;
      assert.deepEqual(s.quotes, row.quotes, `${s.id}: quotes by kind`);
      assert.equal(s.articles.length, row.articles, `${s.id}: articles`);
      assert.equal(s.name, row.label, `${s.id}: the name most articles give`);
      assert.equal(s.articles.flatMap((a) => a.quotes).length, row.total, `${s.id}: one quote entry per quote`);
    }
    const totals = all!.speakers.map((s) => s.quotes.direct + s.quotes.partial + s.quotes.indirect);
    assert.deepEqual(totals, [...totals].sort((a, b) => b - a), 'most quoted first');
    // The archive's mayor is quoted in eight articles; `spokesman` is defined in none.
    assert.equal(all!.speakers[0].articles.length, 8);
    assert.equal(all!.speakers.find((s) => s.id === 'spokesman')?.kind, 'unknown');
  });

  it('an outline gives the speakers and counts without articles; one speaker comes whole on its own', async () => {
    const all = await until(() => speakers({}), (r) => r?.articles === ARCHIVE_ARTICLES, 'the whole archive indexed');
    const outline = (await speakers({ outline: true }))!;
    assert.equal(outline.articles, all!.articles);
    assert.deepEqual(outline.speakers, all!.speakers.map((s) => ({ ...s, articles: [], articleCount: s.articles.length })));
    for (const s of all!.speakers) assert.deepEqual((await speakers({ speaker: s.id }))!.speakers, [s], s.id);
    assert.deepEqual((await speakers({ speaker: 'nobody-at-all' }))!.speakers, []);
  });

  it('gives each quote its range, the range of its @id, its kind and its opening words', async () => {
    const all = await until(() => speakers({}), (r) => r?.articles === ARCHIVE_ARTICLES, 'the whole archive indexed');
    let checked = 0;
    for (const s of all!.speakers) {
      for (const a of s.articles) {
        if (a.definition) assert.equal(textAt(a.uri, a.definition), s.id, `${s.id}'s definition in ${a.uri}`);
        for (const q of a.quotes) {
          const quoted = textAt(a.uri, q.range);
          assert.ok(quoted.startsWith('['), `a quote's range starts at its bracket: ${quoted.slice(0, 40)}`);
          assert.equal(textAt(a.uri, q.speakerRange), s.id);
          assert.ok(quoted.includes(`{@${s.id}`) && ['direct', 'partial', 'indirect'].includes(q.kind), quoted.slice(-40));
          const firstWord = q.text.split(' ')[0].replace('…', '');
          assert.ok(quoted.includes(firstWord), `opening words "${q.text}" come from the quote`);
          checked++;
        }
      }
    }
    assert.ok(checked > 20, `${checked} quotes checked`);
  });

  it('filtered to one article, in its live text when it is open', async () => {
    const uri = fileUri(dir, 'transit', '2024-02-03-buses.news');
    const one = await until(() => speakers({ uri }), (r) => r?.articles === 1, 'the article indexed');
    assert.ok(one!.speakers.length > 0 && one!.speakers.every((s) => s.articles.length === 1 && s.articles[0].uri === uri));
    const text = readFileSync(fileURLToPath(uri), 'utf8');
    await client.open(uri, `${text}\n[A new voice]{@newcomer}, said a newcomer.\n`, 1);
    const live = await speakers({ uri });
    const newcomer = live!.speakers.find((s) => s.id === 'newcomer');
    assert.deepEqual(newcomer?.quotes, { direct: 0, partial: 0, indirect: 1 }, "words without quotation marks: an indirect quote");
    assert.equal(newcomer?.articles[0].quotes[0].text, 'A new voice');
    await client.close(uri);
    assert.equal((await speakers({ uri }))!.speakers.some((s) => s.id === 'newcomer'), false, 'closed: the file on disk again');
    assert.equal((await speakers({ uri: fileUri(dir, 'no-such.news') }))!.articles, 0);
  });

  it('says newsmark/speakersChanged after an article changes, on disk or open, once asked', async () => {
    await until(() => speakers({}), (r) => r?.articles === ARCHIVE_ARTICLES, 'the whole archive indexed');
    let notified = 0;
    const listening = client.connection.onNotification(SPEAKERS_CHANGED_METHOD, () => notified++);
    const nextNotification = async (what: string) => {
      const before = notified;
      await until(async () => notified, (n) => n > before, what);
    };
    try {
      const uri = fileUri(dir, 'city', '2024-02-20-schools.news');
      const text = readFileSync(fileURLToPath(uri), 'utf8');
      await client.open(uri, text, 1);
      await client.change(uri, 2, `${text}\n[Another voice]{@newcomer}, said a newcomer.\n`);
      await nextNotification('a notification after an edit');
      assert.ok((await speakers({ uri }))!.speakers.some((s) => s.id === 'newcomer'));
      await client.close(uri);
      writeFileSync(path.join(dir, 'city', 'added.news'), '---\nheadline: Added\n---\n\n[Words]{@added}, said one.\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, 'city', 'added.news'), type: 1 }] });
      await nextNotification('a notification after a file on disk is created');
      assert.ok((await speakers({}))!.speakers.some((s) => s.id === 'added'));
    } finally {
      listening.dispose();
      rmSync(path.join(dir, 'city', 'added.news'), { force: true });
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, 'city', 'added.news'), type: 3 }] });
      await until(() => speakers({}), (r) => r?.articles === ARCHIVE_ARTICLES, 'the added file gone again');
    }
  });

  it('answers a cancelled request as cancelled or in full, and keeps working', async () => {
    await until(() => speakers({}), (r) => r?.articles === ARCHIVE_ARTICLES, 'the whole archive indexed');
    const source = new CancellationTokenSource();
    const pending = client.request<SpeakersResult | null>('newsmark/speakers', {}, source);
    source.cancel();
    await pending.then(
      (r) => assert.equal(r?.articles, ARCHIVE_ARTICLES, 'a full answer, not a part'),
      (e: { code?: number }) => assert.equal(e.code, -32800, String(e)),
    );
    assert.equal((await speakers(null))?.articles, ARCHIVE_ARTICLES);
  });
});
