// Quotes checked against their sources over the protocol (issue 14), on the fixture pair (a
// Xinhua wire article and a republished version whose quote was altered): the server reads the
// source in the background and publishes `quote-altered` once it has it; the quick fix restores
// the source's words; hover and definition show the passage; a source that changes on disk (a
// watched file) re-checks the article citing it; a source that cannot be read is `source-missing`.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, Location, TextEdit } from 'vscode-languageserver-protocol';
import { codesOf, fileUri, LspClient, ROOT } from './lspClient';

const PAIR = path.join(ROOT, 'test/fixtures/quote-sources');

function positionOf(text: string, needle: string) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in the text`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

function applied(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('quotes against their sources over the protocol', () => {
  let dir: string;
  let client: LspClient;
  const file = (...p: string[]) => path.join(dir, ...p);
  const text = (...p: string[]) => readFileSync(file(...p), 'utf8');
  const altered = (d: Diagnostic[]) => codesOf(d).includes('quote-altered');
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-sources-'));
    cpSync(PAIR, dir, { recursive: true });
    client = await LspClient.start({ watchFiles: true, workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the republished article: quote-altered once the source is read, with the passage as related information, and the fix restores the words', async () => {
    const uri = fileUri(file('republished.news'));
    const body = text('republished.news');
    await client.open(uri, body);
    const { diagnostics } = await client.waitForDiagnostics(uri, altered);
    const d = diagnostics.find((x) => x.code === 'quote-altered')!;
    assert.match(d.message, /the source says "vigor", the quote "vigour"/);
    assert.equal(d.relatedInformation?.[0].location.uri, fileUri(file('xinhua-tibet.news')));
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 13);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const restore = actions.find((a) => a.title === "Restore the source's words");
    assert.ok(restore, `actions: ${actions.map((a) => a.title).join('; ')}`);
    const fixed = applied(body, restore.edit!.changes![uri]);
    assert.match(fixed, /\["We will push forward the Lhasa-Xigaze railway with vigor, so that the people of Xigaze can travel/);
    await client.change(uri, 2, fixed);
    const after = await client.waitForDiagnostics(uri, (x, p) => p.version === 2);
    assert.deepEqual(codesOf(after.diagnostics).filter((c) => c.startsWith('quote-') || c.startsWith('source-')), []);
    await client.change(uri, 3, body);
    await client.waitForDiagnostics(uri, (x, p) => p.version === 3 && altered(x));
  });

  it('hover shows the passage, the title and date; definition opens the source there', async () => {
    const uri = fileUri(file('republished.news'));
    const body = text('republished.news');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(body, 'prosperity') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Source:\*\* Xinhua, "Tibet's new railway section to open next year" \(`xinhua-tibet\.news`\), 2009-04-30/);
    assert.match(value, /Word for word as in the source/);
    const location = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: positionOf(body, 'prosperity') });
    assert.equal(location.uri, fileUri(file('xinhua-tibet.news')));
    assert.equal(location.range.start.line, 15);
  });

  it('a source changed on disk re-checks the article citing it', async () => {
    const uri = fileUri(file('republished.news'));
    const seq = client.lastSeq;
    // The wire copy is corrected to the spelling the republished article uses.
    writeFileSync(file('xinhua-tibet.news'), text('xinhua-tibet.news').replace(/Xigaze/g, 'Shigatse').replace('vigor', 'vigour'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file('xinhua-tibet.news')), type: 2 }] });
    const publish = await client.waitForDiagnostics(uri, (d) => !altered(d), 5000, seq);
    assert.deepEqual(codesOf(publish.diagnostics).filter((c) => c.startsWith('quote-') || c.startsWith('source-')), []);
  });

  it('a source that cannot be read is source-missing, naming the path tried', async () => {
    const uri = fileUri(file('missing.news'));
    const body = text('republished.news').replace('file: xinhua-tibet.news', 'file: wire/xinhua.news');
    await client.open(uri, body);
    const { diagnostics } = await client.waitForDiagnostics(uri, (d) => codesOf(d).includes('source-missing'));
    const d = diagnostics.find((x) => x.code === 'source-missing')!;
    assert.equal(d.severity, 1);
    assert.match(d.message, new RegExp(`there is no file ${file('wire', 'xinhua.news').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.deepEqual(codesOf(diagnostics).filter((c) => c.startsWith('quote-')), []);
  });
});
