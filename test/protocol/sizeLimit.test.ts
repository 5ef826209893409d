// Issue 13, item 12: an open document over `maxDocumentSizeMB` gets one diagnostic that says so
// and the empty answers of a document the server does not know; documents under the limit are
// served as ever, and raising the limit checks the large one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { codesOf, LspClient } from './lspClient';

const PARAGRAPH = '[We will go on]{@chen}, Chen said. Talks went on for a long time, officials said.\n\n';
const HEAD = '---\nheadline: Talks\ndate: 2023-09-28\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\n';
/** A little over 1 MB of an ordinary article. */
const LARGE = HEAD + PARAGRAPH.repeat(Math.ceil((1.1 * 1024 * 1024) / PARAGRAPH.length));
const SMALL = HEAD + PARAGRAPH;

describe('the size limit of open documents (maxDocumentSizeMB)', () => {
  let client: LspClient;
  let limit = 1;
  const large = 'file:///work/size/large.news';
  const small = 'file:///work/size/small.news';
  before(async () => {
    client = await LspClient.start({ settingsFor: () => ({ maxDocumentSizeMB: limit }) });
    await client.open(small, SMALL);
    await client.waitForDiagnostics(small);
    await client.open(large, LARGE);
  });
  after(() => client.stop());

  it('a document over the limit gets one diagnostic that names the setting', async () => {
    const published = await client.waitForDiagnostics(large);
    assert.deepEqual(codesOf(published.diagnostics), ['document-too-large']);
    assert.match(published.diagnostics[0].message, /over the limit of 1 MB \(setting newsmark\.maxDocumentSizeMB\)/);
  });

  it('and the empty answers of a document the server does not know', async () => {
    const td = { textDocument: { uri: large } };
    assert.deepEqual(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', td), []);
    assert.equal(await client.request<Hover | null>('textDocument/hover', { ...td, position: { line: 8, character: 3 } }), null);
    assert.deepEqual(await client.request('textDocument/foldingRange', td), []);
    assert.equal(await client.request('newsmark/articleStats', { uri: large }), null);
  });

  it('a document under the limit is served as ever', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: small } });
    assert.ok(symbols.some((s) => s.name === 'Chen Wenqing'));
    assert.deepEqual(await client.request('newsmark/articleStats', { uri: small }), { speakers: 1, quotes: 1 });
  });

  it('raising the limit checks and serves the large document', async () => {
    limit = 5;
    const since = client.lastSeq;
    await client.changeConfiguration({ newsmark: { maxDocumentSizeMB: 5 } });
    const published = await client.waitForDiagnostics(large, (d) => !codesOf(d).includes('document-too-large'), 20000, since);
    assert.ok(!codesOf(published.diagnostics).includes('document-too-large'));
    const stats = await client.request<{ quotes: number }>('newsmark/articleStats', { uri: large });
    assert.ok(stats.quotes > 1000, JSON.stringify(stats));
  });
});
