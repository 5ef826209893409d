// The live preview's request (`newsmark/segments`) and the speaker colours (semantic tokens) over
// a real JSON-RPC connection to `node dist/server.js --stdio`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import type { PublishedArticle } from '../../server/src/protocol/preview';
import { LspClient, referenceExample } from './lspClient';

const URI = 'file:///work/preview/berlin-security-dialogue.news';
const REFERENCE = referenceExample();

/** Decoded tokens: [line, character, length, type name]. */
function decode(tokens: SemanticTokens, legend: SemanticTokensLegend): [number, number, number, string][] {
  const out: [number, number, number, string][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type] = tokens.data.slice(i, i + 4);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    out.push([line, char, length, legend.tokenTypes[type]]);
  }
  return out;
}

describe('the preview and speaker colours over the protocol', () => {
  let client: LspClient;
  let colorBy = 'speaker';
  before(async () => {
    client = await LspClient.start({ settingsFor: () => ({ speakerColors: colorBy }) });
    await client.open(URI, REFERENCE, 1);
    await client.waitForDiagnostics(URI);
  });
  after(async () => {
    await client.stop();
  });

  it('answers newsmark/segments with the published article', async () => {
    const a = await client.request<PublishedArticle>('newsmark/segments', { uri: URI });
    assert.equal(a.uri, URI);
    assert.equal(a.version, 1);
    assert.match(a.headline ?? '', /^China ready to further enhance law enforcement/);
    assert.deepEqual(a.dateline && { text: a.dateline.text, date: a.dateline.date, written: a.dateline.dateWritten }, { text: 'BERLIN, Sept. 27 (Xinhua) --', date: '2023-09-27', written: true });
    assert.deepEqual(a.speakers.map((s) => [s.id, s.name, s.tint, s.quotes.indirect]), [['chen', 'Chen Wenqing', 0, 8]]);
    const lines = REFERENCE.split('\n');
    const first = a.blocks[0];
    assert.equal(first.type, 'paragraph');
    assert.ok(lines[first.line].startsWith('BERLIN, Sept. 27'), 'blocks carry their source line');
    if (first.type === 'paragraph') {
      assert.deepEqual(first.segments.map((s) => s.type), ['dateline', 'quote', 'text']);
      const quote = first.segments[1];
      assert.ok(quote.type === 'quote' && quote.speakerId === 'chen' && quote.kind === 'indirect' && quote.depth === 0 && quote.line === first.line);
    }
    assert.deepEqual(a.diagnostics, []);
  });

  it('follows edits, places diagnostics by line, and answers null for a document it does not hold', async () => {
    const edited = REFERENCE.replace('[China has always', '[China has always attached{@nobody} words and');
    await client.change(URI, 2, edited);
    const a = await client.request<PublishedArticle>('newsmark/segments', { uri: URI });
    assert.equal(a.version, 2);
    const line = edited.split('\n').findIndex((l) => l.includes('{@nobody}'));
    assert.ok(a.diagnostics.some((d) => d.line === line && d.severity === 'error'), JSON.stringify(a.diagnostics));
    assert.equal(await client.request('newsmark/segments', { uri: 'file:///work/preview/not-open.news' }), null);
    await client.change(URI, 3, REFERENCE);
  });

  it('colours each quote\'s words by speaker, by kind, or not at all as newsmark.speakerColors says', async () => {
    const legend = client.initializeResult!.capabilities.semanticTokensProvider!.legend;
    assert.deepEqual(legend.tokenModifiers, ['direct', 'partial', 'indirect']);
    const lines = REFERENCE.split('\n');
    const tokens = decode(await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } }), legend);
    assert.equal(tokens.length, 8, 'one token per quote of the example');
    const [line, character, length, type] = tokens[0];
    assert.equal(lines[line].slice(character, character + length), 'China is ready to work with Germany to further strengthen law enforcement and security dialogue and exchanges to enrich and consolidate the China-Germany all-round strategic partnership');
    assert.ok(tokens.every((t) => t[3] === type), 'one speaker, one colour');

    colorBy = 'off';
    await client.changeConfiguration({ newsmark: { speakerColors: 'off' } });
    const off = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    assert.deepEqual(off.data, []);
    colorBy = 'kind';
    await client.changeConfiguration({ newsmark: { speakerColors: 'kind' } });
    const byKind = decode(await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } }), legend);
    assert.equal(byKind.length, 8);
    assert.ok(byKind.every((t) => t[3] === legend.tokenTypes[2]), 'every quote of the example is indirect');
  });
});

describe('speaker colours after a settings change', () => {
  it('asks a client that supports it to fetch the tokens again, and no other client', async () => {
    for (const supported of [true, false]) {
      const client = await LspClient.start({ semanticTokensRefresh: supported });
      try {
        let refreshes = 0;
        let heard: () => void = () => {};
        const refreshed = new Promise<void>((resolve) => (heard = resolve));
        client.connection.onRequest('workspace/semanticTokens/refresh', () => {
          refreshes++;
          heard();
          return null;
        });
        await client.changeConfiguration({ newsmark: { speakerColors: 'kind' } });
        // The server's next answer comes after whatever it sent on the notification.
        await client.request('workspace/symbol', { query: '' });
        if (supported) await Promise.race([refreshed, new Promise((_, reject) => setTimeout(() => reject(new Error('no refresh request within 5 s')), 5000).unref())]);
        assert.equal(refreshes, supported ? 1 : 0, `refreshSupport ${supported}`);
      } finally {
        await client.stop();
      }
    }
  });
});
