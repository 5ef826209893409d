// The speaker registry over the protocol: a multi-file workspace (test/fixtures/registry-workspace)
// with a `speakers.yaml` at its root. Cross-file definition, references and rename, unknown
// speakers with the "add to the registry" fix, the override hint, and watched-file changes.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { codesOf, fileUri, LspClient, ROOT } from './lspClient';

const FIXTURE = path.join(ROOT, 'test/fixtures/registry-workspace');

function positionOf(text: string, needle: string, delta = 0) {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `${needle} not in the text`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

describe('speaker registry over the protocol', () => {
  let dir: string;
  let client: LspClient;
  const file = (...p: string[]) => path.join(dir, ...p);
  const text = (...p: string[]) => readFileSync(file(...p), 'utf8');
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-registry-'));
    cpSync(FIXTURE, dir, { recursive: true });
    client = await LspClient.start({ watchFiles: true, workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an article quoting registry speakers without declaring them has no unknown speaker', async () => {
    const uri = fileUri(file('berlin.news'));
    await client.open(uri, text('berlin.news'));
    const publish = await client.waitForDiagnostics(uri);
    assert.deepEqual(codesOf(publish.diagnostics).filter((c) => c.startsWith('quote-unknown') || c.startsWith('speaker-')), []);
  });

  it('go to definition from @id and from a mention lands in speakers.yaml', async () => {
    const body = text('berlin.news');
    const uri = fileUri(file('berlin.news'));
    const fromId = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: positionOf(body, '{@chen}', 3) });
    assert.deepEqual(fromId, { uri: fileUri(file('speakers.yaml')), range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } } });
    const fromMention = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: positionOf(body, 'Schmidt said', 1) });
    assert.equal(fromMention.uri, fileUri(file('speakers.yaml')));
    assert.equal(fromMention.range.start.line, 5);
  });

  it('the article overriding the registry gets the hint; its unknown speaker offers "add to the registry"', async () => {
    const uri = fileUri(file('desk', 'override.news'));
    await client.open(uri, text('desk', 'override.news'));
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const hint = diagnostics.find((d) => d.code === 'speaker-registry-override');
    assert.ok(hint, 'the override hint');
    assert.match(hint.message, /role differs/);
    const unknown = diagnostics.find((d) => d.code === 'quote-unknown-speaker') as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } });
    const add = actions.find((a) => a.title === 'Add speaker "schmit" to the registry');
    assert.ok(add, `actions: ${actions.map((a) => a.title).join('; ')}`);
    assert.deepEqual(add.edit!.changes![fileUri(file('speakers.yaml'))], [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, newText: 'schmit:\n  name: Schmit\n' }]);
    assert.ok(actions.some((a) => a.title === 'Change to "@schmidt" (Wolfgang Schmidt)'));
  });

  it('find references: quotes and mentions in every article, and the registry entry', async () => {
    const body = text('berlin.news');
    const uri = fileUri(file('berlin.news'));
    const deadline = Date.now() + 8000;
    let refs: Location[] = [];
    // The workspace index is filled in the background: ask until both articles are in.
    while (Date.now() < deadline) {
      refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(body, '{@chen}', 3), context: { includeDeclaration: true } });
      if (new Set(refs.map((r) => r.uri)).size === 3) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const files = refs.map((r) => path.relative(dir, new URL(r.uri).pathname)).sort();
    // berlin: "Chen Wenqing", @chen, "Chen"; override: its entry, "Chen Wenqing", @chen; the registry entry.
    assert.deepEqual(files, ['berlin.news', 'berlin.news', 'berlin.news', 'desk/override.news', 'desk/override.news', 'desk/override.news', 'speakers.yaml']);
  });

  it('rename of a registry id edits the registry and every article using it; a taken id is refused', async () => {
    const body = text('berlin.news');
    const uri = fileUri(file('berlin.news'));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: positionOf(body, '{@chen}', 3), newName: 'chen-wenqing' });
    const changed = Object.keys(edit.changes!).map((u) => path.relative(dir, new URL(u).pathname)).sort();
    assert.deepEqual(changed, ['berlin.news', 'desk/override.news', 'speakers.yaml']);
    assert.deepEqual(edit.changes![fileUri(file('speakers.yaml'))], [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, newText: 'chen-wenqing' }]);
    assert.equal(edit.changes![fileUri(file('desk', 'override.news'))].length, 2, 'its front matter entry and its @chen');
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri }, position: positionOf(body, '{@chen}', 3), newName: 'schmidt' }),
      /"schmidt" is already the id of Wolfgang Schmidt in the speaker registry/,
    );
  });

  it('a changed registry on disk (a watched file) re-checks the open articles', async () => {
    const uri = fileUri(file('berlin.news'));
    const seq = client.lastSeq;
    writeFileSync(file('speakers.yaml'), text('speakers.yaml').replace('schmidt:', 'wolfgang:'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file('speakers.yaml')), type: 2 }] });
    const publish = await client.waitForDiagnostics(uri, (d) => codesOf(d).includes('quote-unknown-speaker'), 5000, seq);
    assert.match(publish.diagnostics.find((d) => d.code === 'quote-unknown-speaker')!.message, /No speaker "schmidt"/);
  });

  it('the registry document: its problems, outline and code lenses', async () => {
    const uri = fileUri(file('speakers.yaml'));
    const registry = text('speakers.yaml') + 'bad:\n  kind: robot\n';
    await client.open(uri, registry);
    const { diagnostics } = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(codesOf(diagnostics), ['speaker-invalid', 'speaker-invalid']);
    const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Chen Wenqing', 'Wolfgang Schmidt', '@bad']);
    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses[0].command.title, '2 quotes in 2 articles', 'one @chen in each article');
  });
});
