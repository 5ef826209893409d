// Protocol strictness and the server's copy of a document (issue 13, items 14 and 15), over stdio
// with raw bytes where the JSON-RPC client would refuse to send them: requests before
// `initialize` and after `shutdown`, `params: null`, bodies that are not JSON, values that are no
// message, and a wrong Content-Length, after which the server must answer the next request.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { StreamMessageReader, type DocumentSymbol, type Message, type ResponseMessage } from 'vscode-languageserver-protocol/node';
import type { MarkUpResult } from '../../server/src/protocol';
import { LspClient, ROOT, SERVER } from './lspClient';

/** The server spoken to byte by byte; what it writes is read as framed messages. */
class RawServer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly received: Message[] = [];
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    new StreamMessageReader(this.child.stdout).listen((m) => {
      this.received.push(m);
      for (const wake of [...this.waiters]) wake();
    });
  }

  write(raw: string): void {
    this.child.stdin.write(raw);
  }

  send(message: unknown): void {
    this.write(frame(JSON.stringify(message)));
  }

  request(id: number, method: string, params?: unknown): void {
    this.send(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params });
  }

  /** The first message received that satisfies `predicate`; rejects at the deadline. */
  waitFor(predicate: (m: ResponseMessage) => boolean, what: string, timeoutMs = 5000): Promise<ResponseMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find((m) => predicate(m as ResponseMessage));
        if (!found) return;
        cleanup();
        resolve(found as ResponseMessage);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ${what} within ${timeoutMs} ms; received ${JSON.stringify(this.received).slice(0, 2000)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  answerTo(id: number): Promise<ResponseMessage> {
    return this.waitFor((m) => m.id === id && ('result' in m || 'error' in m), `answer to request ${id}`);
  }

  /** Answers with `id: null` (parse errors, invalid messages), counted from the start. */
  nullIdAnswers(): ResponseMessage[] {
    return this.received.filter((m) => (m as ResponseMessage).id === null) as ResponseMessage[];
  }

  async initialize(): Promise<void> {
    this.request(1000, 'initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await this.answerTo(1000);
    this.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill();
    await this.exited;
  }
}

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const symbolRequest = (id: number) => ({ jsonrpc: '2.0', id, method: 'workspace/symbol', params: { query: '' } });
const errorCode = (m: ResponseMessage) => m.error?.code;

describe('the lifecycle: before initialize and after shutdown', () => {
  let server: RawServer;
  before(() => {
    server = new RawServer();
  });
  after(() => server.stop());

  it('answers a request before initialize with ServerNotInitialized (-32002) and drops notifications', async () => {
    server.request(1, 'textDocument/hover', { textDocument: { uri: 'file:///early.news' }, position: { line: 0, character: 0 } });
    assert.equal(errorCode(await server.answerTo(1)), -32002);
    server.request(2, 'newsmark/noSuchRequest', {});
    assert.equal(errorCode(await server.answerTo(2)), -32002, 'also a method the server does not know');
    // Dropped: after initialize the document is not open.
    server.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///early.news', languageId: 'newsmark', version: 1, text: '---\nheadline: Early\n---\n' } } });
    await server.initialize();
    server.request(3, 'textDocument/documentSymbol', { textDocument: { uri: 'file:///early.news' } });
    assert.deepEqual((await server.answerTo(3)).result, []);
  });

  it('refuses a second initialize with InvalidRequest (-32600)', async () => {
    server.request(4, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(errorCode(await server.answerTo(4)), -32600);
  });

  it('answers requests after shutdown with InvalidRequest (-32600), and exits 0 on exit', async () => {
    server.request(5, 'shutdown');
    assert.equal((await server.answerTo(5)).result, null);
    server.send(symbolRequest(6));
    assert.equal(errorCode(await server.answerTo(6)), -32600);
    server.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await server.exited, 0);
  });
});

describe('malformed messages', () => {
  let server: RawServer;
  before(async () => {
    server = new RawServer();
    await server.initialize();
  });
  after(() => server.stop());

  it('answers params: null with InvalidParams (-32602), not an internal error', async () => {
    server.request(1, 'textDocument/hover', null);
    const answer = await server.answerTo(1);
    assert.equal(errorCode(answer), -32602);
    assert.doesNotMatch(answer.error!.message, /TypeError/);
    server.request(2, 'textDocument/documentSymbol', 7);
    assert.equal(errorCode(await server.answerTo(2)), -32602, 'a number is no params either');
  });

  it('answers a body that is not JSON with a parse error (-32700, id null), and goes on', async () => {
    server.write(frame('{"jsonrpc":"2.0","id":3,"method":'));
    const answer = await server.waitFor((m) => m.id === null && errorCode(m) === -32700, 'parse error');
    assert.equal(answer.id, null);
    server.send(symbolRequest(4));
    assert.deepEqual((await server.answerTo(4)).result, []);
  });

  it('answers JSON that is no message with InvalidRequest (-32600)', async () => {
    const before = server.nullIdAnswers().length;
    server.write(frame('[1, 2]'));
    await server.waitFor(() => server.nullIdAnswers().length > before, 'an answer to [1, 2]');
    assert.equal(errorCode(server.nullIdAnswers().at(-1)!), -32600);
    server.send({ jsonrpc: '2.0', id: 5, method: 42 });
    assert.equal(errorCode(await server.answerTo(5)), -32600);
  });
});

describe('a wrong Content-Length', () => {
  let server: RawServer;
  before(async () => {
    server = new RawServer();
    await server.initialize();
  });
  after(() => server.stop());

  it('too large: the message is read up to the next header, and both are answered', async () => {
    const body = JSON.stringify(symbolRequest(1));
    server.write(`Content-Length: ${Buffer.byteLength(body) + 25}\r\n\r\n${body}`);
    server.send(symbolRequest(2));
    assert.deepEqual((await server.answerTo(2)).result, []);
    assert.deepEqual((await server.answerTo(1)).result, []);
  });

  it('far too large (a gigabyte): the next message is still answered', async () => {
    const body = JSON.stringify(symbolRequest(3));
    server.write(`Content-Length: 1000000000\r\n\r\n${body}`);
    server.send(symbolRequest(4));
    assert.deepEqual((await server.answerTo(4)).result, []);
  });

  it('too small: a parse error for the cut message, the rest is skipped, the next message answered', async () => {
    const errors = server.nullIdAnswers().length;
    const body = JSON.stringify(symbolRequest(5));
    server.write(`Content-Length: ${Buffer.byteLength(body) - 12}\r\n\r\n${body}`);
    server.send(symbolRequest(6));
    assert.deepEqual((await server.answerTo(6)).result, []);
    assert.equal(server.nullIdAnswers().length, errors + 1);
    assert.equal(errorCode(server.nullIdAnswers().at(-1)!), -32700);
  });

  it('garbage between messages, and a message split byte by byte, are read', async () => {
    server.write('garbage without a header\r\n\r\n');
    const body = frame(JSON.stringify(symbolRequest(7)));
    for (const ch of body) server.write(ch);
    assert.deepEqual((await server.answerTo(7)).result, []);
    assert.ok(server.child.exitCode === null);
  });
});

describe("the server's copy of a document after out-of-range changes", () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  const change = (uri: string, version: number, start: [number, number], end: [number, number], text: string) =>
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: start[0], character: start[1] }, end: { line: end[0], character: end[1] } }, text }],
    });
  const markUp = (uri: string, text?: string) => client.request<MarkUpResult>('newsmark/markUp', text === undefined ? { uri } : { uri, text });

  it('clamps a range past the end as the editor does: A, then \\nB at (1:0)-(2:0), then X at (1:0) is A\\nXB', async () => {
    const uri = 'file:///work/robust/clamp.news';
    await client.open(uri, 'A', 1);
    await change(uri, 2, [1, 0], [2, 0], '\nB');
    await change(uri, 3, [1, 0], [1, 0], 'X');
    // The draft keeps the body verbatim: the server's text is the editor's if the drafts agree.
    const edited = await markUp(uri);
    const fresh = await markUp('file:///work/robust/clamp-reference.txt', 'A\nXB');
    assert.equal(edited.text, fresh.text);
    assert.ok(edited.text.endsWith('A\nXB') || edited.text.includes('A\nXB'), edited.text);
  });

  it('clamps a character past the end of its line to the line end, before the line break', async () => {
    const uri = 'file:///work/robust/clamp-line.news';
    const text = '---\nheadline: One\n---\n\n## First\n\nText.\n';
    await client.open(uri, text, 1);
    // (4:99) is the end of "## First"; the section is renamed, no line break is eaten.
    await change(uri, 2, [4, 3], [4, 99], 'Second');
    await change(uri, 3, [6, 0], [6, 0], 'More. ');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const fresh = 'file:///work/robust/clamp-line-fresh.news';
    await client.open(fresh, '---\nheadline: One\n---\n\n## Second\n\nMore. Text.\n', 1);
    assert.deepEqual(symbols, await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: fresh } }));
    assert.ok(symbols.some((s) => s.name === 'Second'));
  });
});

describe("the client's formats: hover contentFormat, completion documentationFormat (item 18)", () => {
  const uri = 'file:///work/robust/formats.news';
  const TEXT = '---\nheadline: Talks\ndate: 2023-09-28\nspeakers:\n  chen:\n    name: Chen Wenqing\n    role: minister\n---\n\n[We will go on]{@chen}, Chen said.\n';
  const quoteAt = { line: 9, character: 3 };
  const afterAt = { line: 9, character: 18 }; // inside `{@chen}`: completes speaker ids

  async function answers(markdown: boolean) {
    const client = await LspClient.start({ markdown });
    try {
      await client.open(uri, TEXT);
      const hover = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: quoteAt });
      const completion = await client.request<{ items: { label: string; documentation?: string | { kind: string; value: string } }[] }>('textDocument/completion', { textDocument: { uri }, position: afterAt });
      return { hover, completion };
    } finally {
      await client.stop();
    }
  }

  it('a client without markdown gets plain text', async () => {
    const { hover, completion } = await answers(false);
    assert.deepEqual(hover.contents, { kind: 'plaintext', value: 'Indirect quote by Chen Wenqing @chen\n\n4 words' });
    const documented = completion.items.filter((i) => i.documentation !== undefined);
    assert.ok(documented.length > 0, JSON.stringify(completion.items));
    for (const item of documented) assert.ok(typeof item.documentation === 'string' || item.documentation!.kind === 'plaintext', item.label);
  });

  it('a client that lists markdown gets Markdown hovers', async () => {
    const { hover } = await answers(true);
    assert.deepEqual(hover.contents, { kind: 'markdown', value: 'Indirect quote by **Chen Wenqing** `@chen`\n\n4 words' });
  });
});
