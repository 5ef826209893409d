// The server as a process: how it starts, that cancelled and malformed requests leave it working,
// and that shutdown + exit end it cleanly.
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, createProtocolConnection, InitializeRequest, IPCMessageReader, IPCMessageWriter, ShutdownRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { readLaunch } from '../../server/src/lsp/commandLine';
import { LspClient, referenceExample, SERVER } from './lspClient';

const REFERENCE = referenceExample();

describe('starting the server', () => {
  it('prints a usage line and exits 2 with --help', () => {
    const r = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8', timeout: 10000 });
    assert.equal(r.status, 2);
    assert.match(r.stdout, /Usage: newsmark-language-server --stdio/);
  });

  it('speaks over Node IPC with --node-ipc, as VS Code starts it', async () => {
    const child = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { silent: true });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'newsmark-language-server');
      await connection.sendRequest(ShutdownRequest.type);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('wants a transport flag when started from a terminal', () => {
    assert.deepEqual(readLaunch([], true), { kind: 'missing-transport' });
    assert.deepEqual(readLaunch(['--stdio', '-h'], false), { kind: 'help' });
    assert.deepEqual(readLaunch(['--stdio'], true), { kind: 'serve', transportGiven: true });
    assert.deepEqual(readLaunch(['--node-ipc', '--clientProcessId=42'], false), { kind: 'serve', transportGiven: true });
    assert.deepEqual(readLaunch(['--socket=5007'], true), { kind: 'serve', transportGiven: true });
    // Piped without a flag: stdio is the only sensible transport.
    assert.deepEqual(readLaunch([], false), { kind: 'serve', transportGiven: false });
  });
});

describe('a running server', () => {
  let client: LspClient;
  const uri = 'file:///work/lifecycle/berlin.news';
  before(async () => {
    client = await LspClient.start();
    await client.open(uri, REFERENCE, 1);
    await client.waitForDiagnostics(uri);
  });
  after(async () => {
    if (client.running) await client.stop();
  });

  const assertResponsive = async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some((s) => s.name === 'Chen Wenqing'), 'still answers after that');
  };

  it('answers a cancelled request with RequestCancelled or a result, and keeps working', async (t) => {
    const outcomes: string[] = [];
    for (const method of ['textDocument/documentSymbol', 'workspace/symbol', 'textDocument/foldingRange']) {
      const source = new CancellationTokenSource();
      const params = method === 'workspace/symbol' ? { query: '' } : { textDocument: { uri } };
      const pending = client.request(method, params, source);
      source.cancel(); // sends $/cancelRequest
      try {
        const result = await pending;
        assert.ok(Array.isArray(result), `${method} answered with a result`);
        outcomes.push('result');
      } catch (e) {
        assert.equal((e as { code?: number }).code, -32800, `${method}: ${String(e)}`);
        outcomes.push('cancelled');
      }
    }
    assert.equal(outcomes.length, 3);
    t.diagnostic(`cancellation outcomes: ${outcomes.join(', ')}`);
    await assertResponsive();
  });

  it('survives malformed requests', async () => {
    // Parameters of the wrong shape: an empty answer, not a crash.
    assert.equal(await client.request('textDocument/hover', { textDocument: 5, position: 'here' }), null);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: null }), []);
    assert.deepEqual(await client.request('textDocument/references', { textDocument: { uri }, position: { line: 'x' } }), []);
    assert.equal(await client.request('newsmark/articleStats', { uri: { not: 'a string' } }), null);
    assert.equal(await client.request('newsmark/articleStats', null), null);
    // A method the server does not know.
    await assert.rejects(client.request('newsmark/noSuchRequest', {}), (e: { code: number }) => e.code === -32601);
    // Notifications with garbage.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.news', version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'none' });
    await client.connection.sendNotification('textDocument/didSave', {});
    await assertResponsive();
    assert.ok(client.running);
  });

  it('survives a frame that is not JSON', async () => {
    const body = '{"jsonrpc":"2.0","id":';
    client.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await assertResponsive();
    assert.ok(client.running);
  });

  it('ends with exit code 0 after shutdown and exit', async () => {
    assert.equal(await client.stop(), 0);
  });
});
