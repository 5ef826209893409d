// A speaker registry that `.newsmarkrc.json` names (not called speakers.yaml) is a registry in the
// editor too (issue 11): opened, it is the registry document (its problems, outline and lenses),
// even when opened before any article, or before the configuration naming it is read; editing it
// re-checks the open articles; a change on disk (a watched file) does too.
// Fixture test/fixtures/named-registry-workspace: the workspace's configuration names
// desk/people.yaml; opinion/.newsmarkrc.json names ../registries/columnists.yml, which only an
// article under opinion/ reveals (the configuration nearest the registry names the other one).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { codesOf, fileUri, LspClient, ROOT } from './lspClient';

const FIXTURE = path.join(ROOT, 'test/fixtures/named-registry-workspace');
/** An entry the registry's checks reject twice (no name, an unknown kind). */
const BAD_ENTRY = 'bad:\n  kind: robot\n';
const isUnknownSpeaker = (ds: Diagnostic[]) => codesOf(ds).includes('quote-unknown-speaker');

describe('a registry named in .newsmarkrc.json over the protocol', () => {
  let dir: string;
  let client: LspClient;
  const file = (...p: string[]) => path.join(dir, ...p);
  const text = (...p: string[]) => readFileSync(file(...p), 'utf8');
  const people = () => fileUri(file('desk', 'people.yaml'));
  const berlin = () => fileUri(file('berlin.news'));
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-named-registry-'));
    cpSync(FIXTURE, dir, { recursive: true });
    client = await LspClient.start({ watchFiles: true, workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], settingsFor: () => ({}) });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opened before any article, the named registry is the registry document: its problems, outline and code lenses', async () => {
    await client.open(people(), text('desk', 'people.yaml') + BAD_ENTRY);
    const { diagnostics } = await client.waitForDiagnostics(people(), (d) => d.length > 0);
    assert.deepEqual(codesOf(diagnostics), ['speaker-invalid', 'speaker-invalid']);
    const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: people() } });
    assert.deepEqual(symbols.map((s) => s.name), ['Chen Wenqing', 'Wolfgang Schmidt', '@bad']);
    // The workspace index is filled in the background: ask until berlin.news (@chen, @schmidt) is counted.
    const expected = ['1 quote in 1 article', '1 quote in 1 article', '0 quotes in 0 articles'];
    const deadline = Date.now() + 8000;
    let titles: string[] = [];
    while (Date.now() < deadline && titles.join() !== expected.join()) {
      const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: people() } });
      titles = lenses.map((l) => l.command.title);
      if (titles.join() !== expected.join()) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(titles, expected);
  });

  it('editing the named registry in the editor re-checks an open article', async () => {
    await client.open(berlin(), text('berlin.news'));
    const known = await client.waitForDiagnostics(berlin());
    assert.ok(!isUnknownSpeaker(known.diagnostics), 'every speaker is in the registry');
    await client.change(people(), 2, text('desk', 'people.yaml').replace('schmidt:', 'wolfgang:'));
    const unknown = await client.waitForDiagnostics(berlin(), isUnknownSpeaker, 5000, known.seq);
    assert.match(unknown.diagnostics.find((d) => d.code === 'quote-unknown-speaker')!.message, /No speaker "schmidt"/);
    await client.change(people(), 3, text('desk', 'people.yaml'));
    await client.waitForDiagnostics(berlin(), (ds) => !isUnknownSpeaker(ds), 5000, unknown.seq);
  });

  it('a change of the named registry on disk (a watched file) re-checks the open articles', async () => {
    // Closed, so that the file on disk is the registry's text.
    await client.close(people());
    const seq = client.lastSeq;
    writeFileSync(file('desk', 'people.yaml'), text('desk', 'people.yaml').replace('chen:', 'wenqing:'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: people(), type: 2 }] });
    const unknown = await client.waitForDiagnostics(berlin(), isUnknownSpeaker, 5000, seq);
    assert.match(unknown.diagnostics.find((d) => d.code === 'quote-unknown-speaker')!.message, /No speaker "chen"/);
    // And the editor is asked to tell of such changes: a registry may have any YAML file's name.
    const yamlWatched = client.registrations.flatMap((r) => (r.registerOptions as { watchers?: { globPattern: string }[] }).watchers ?? []).map((w) => w.globPattern);
    assert.ok(yamlWatched.includes('**/*.yaml') && yamlWatched.includes('**/*.yml'), `watched: ${yamlWatched.join(', ')}`);
  });

  it('any other YAML file the editor sends is left alone: no problems, no answers', async () => {
    // VS Code sends every open YAML file, since any may be the registry a configuration names.
    const other = fileUri(file('desk', 'schedule.yaml'));
    writeFileSync(file('desk', 'schedule.yaml'), 'shifts:\n  - "night [desk\n');
    await client.open(other, text('desk', 'schedule.yaml'));
    assert.deepEqual((await client.waitForDiagnostics(other)).diagnostics, []);
    const symbols = await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: other } });
    assert.ok(!symbols?.length, JSON.stringify(symbols));
    const hover = await client.request<unknown>('textDocument/hover', { textDocument: { uri: other }, position: { line: 1, character: 6 } });
    assert.equal(hover, null);
    await client.close(other);
  });
});

// Without a workspace folder nothing is indexed in the background, so the registry is surely read
// before the configuration naming it: the article's lookup, when it comes, makes it the registry.
describe('a named registry opened before the configuration naming it is read', () => {
  let dir: string;
  let client: LspClient;
  const file = (...p: string[]) => path.join(dir, ...p);
  const text = (...p: string[]) => readFileSync(file(...p), 'utf8');
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-named-registry-late-'));
    cpSync(FIXTURE, dir, { recursive: true });
    client = await LspClient.start({ settingsFor: () => ({}) });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is read again as the registry once an article under the configuration is opened', async () => {
    const columnists = fileUri(file('registries', 'columnists.yml'));
    await client.open(columnists, text('registries', 'columnists.yml') + BAD_ENTRY);
    // First taken for no registry (and left alone): the configuration nearest it names another one.
    const first = await client.waitForDiagnostics(columnists);
    assert.ok(!codesOf(first.diagnostics).includes('speaker-invalid'), `read as an article: ${codesOf(first.diagnostics).join()}`);
    const column = fileUri(file('opinion', 'column.news'));
    await client.open(column, text('opinion', 'column.news'));
    const article = await client.waitForDiagnostics(column);
    assert.ok(!isUnknownSpeaker(article.diagnostics), '@lee is known from the named registry');
    await client.waitForDiagnostics(columnists, (d) => codesOf(d).join() === 'speaker-invalid,speaker-invalid', 5000, first.seq);
  });
});

// A registry kept outside the workspace folder it serves: the configuration nearest it names none,
// the workspace folder's does. No article in the folder: only that configuration can tell.
describe('a named registry outside the workspace folder', () => {
  let dir: string;
  let client: LspClient;
  const file = (...p: string[]) => path.join(dir, ...p);
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-named-registry-outside-'));
    mkdirSync(file('shared'));
    mkdirSync(file('ws'));
    writeFileSync(file('ws', '.newsmarkrc.json'), JSON.stringify({ registry: '../shared/people.yaml' }));
    client = await LspClient.start({ workspaceFolders: [{ uri: fileUri(file('ws')), name: 'ws' }], settingsFor: () => ({}) });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opened first, is the registry document', async () => {
    const uri = fileUri(file('shared', 'people.yaml'));
    await client.open(uri, 'lee:\n  name: Lee Ming\n' + BAD_ENTRY);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(codesOf(diagnostics), ['speaker-invalid', 'speaker-invalid']);
  });
});
