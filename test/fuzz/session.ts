// One fuzz case through the live server, as an editor would send it: open, ask every feature,
// send the edits (asking now and then in between), wait for the last version's diagnostics, ask
// again, and open the same final text fresh to compare. Everything is checked as it comes: no
// error response, no request past its deadline, every range inside the text of its version,
// diagnostics never of an older version after a newer one, the edited document's diagnostics,
// outline and folding equal to the fresh one's. The server is restarted after a crash.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { LspClient } from '../protocol/lspClient';
import type { Change, FuzzCase } from './generate';
import { Random } from './random';
import { lineLengths, rangeProblems } from './ranges';
import { Tally, type FindingKind } from './tally';

export interface SessionOptions {
  /** Deadline of one request or one wait for diagnostics. */
  timeoutMs: number;
}

class Deadline extends Error {}
class Crashed extends Error {}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Deadline(`${what}: no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** The server under test; after a crash the next case gets a new one. */
export class FuzzServer {
  private current?: LspClient;
  private generation = 0;
  /** How many of the server's log lines were already counted. */
  private logsSeen = 0;
  /** The documents being fuzzed now: a log line belongs to one of them. */
  readonly inFlight = new Set<number>();

  private starting?: Promise<LspClient>;

  async client(): Promise<{ client: LspClient; generation: number }> {
    // Sessions ask at the same time: the first starts the server, the others wait for it.
    if (!this.current?.running) {
      this.starting ??= this.start().finally(() => (this.starting = undefined));
      await this.starting;
    }
    return { client: this.current!, generation: this.generation };
  }

  private async start(): Promise<LspClient> {
    const client = await LspClient.start();
    this.current = client;
    // One exit listener per document in flight.
    client.child.setMaxListeners(0);
    this.generation++;
    this.logsSeen = 0;
    return client;
  }

  crashedSince(generation: number): boolean {
    return generation !== this.generation || !this.current?.running;
  }

  /** Log lines since the last call: the server logs only what its error boundary caught. */
  newLogs(): string[] {
    const logs = this.current?.logs ?? [];
    const fresh = logs.slice(this.logsSeen);
    this.logsSeen = logs.length;
    return fresh;
  }

  async stop(): Promise<void> {
    await this.current?.stop();
    this.current = undefined;
  }
}

const REQUESTS_AT_POSITION = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight'];

interface State {
  symbols: unknown;
  folding: unknown;
}

export class Session {
  private readonly r: Random;
  private readonly texts = new Map<number, string>();
  private client!: LspClient;
  private generation = 0;
  private doc: TextDocument;

  constructor(
    private readonly server: FuzzServer,
    private readonly tally: Tally,
    private readonly index: number,
    private readonly fuzzCase: FuzzCase,
    private readonly uri: string,
    private readonly options: SessionOptions,
  ) {
    this.r = Random.forDocument(0x5bd1e995, index);
    this.doc = TextDocument.create(uri, 'newsmark', 1, fuzzCase.text);
  }

  private find(kind: FindingKind, detail: string): void {
    this.tally.add({ kind, index: this.index, detail: detail.slice(0, 2000), fuzzCase: this.fuzzCase });
  }

  async run(): Promise<void> {
    ({ client: this.client, generation: this.generation } = await this.server.client());
    this.tally.document(this.fuzzCase);
    this.server.inFlight.add(this.index);
    try {
      await this.steps();
    } catch (e) {
      if (e instanceof Crashed || this.server.crashedSince(this.generation)) this.find('crash', `server exited: ${this.client.logs.slice(-5).join(' | ')}`);
      else if (e instanceof Deadline) this.find('timeout', e.message);
      else this.find('error response', e instanceof Error ? e.message : String(e));
      // Leave the document closed on a live server, so that it does not keep being checked.
      if (!this.server.crashedSince(this.generation)) await this.client.close(this.uri).catch(() => undefined);
    }
    // With several documents at a time, a log line is this document's or another's in flight.
    const others = [...this.server.inFlight].filter((i) => i !== this.index);
    for (const line of this.server.newLogs()) this.find('internal error', others.length ? `${line} (logged while documents ${others.join(', ')} were in flight too)` : line);
    this.server.inFlight.delete(this.index);
  }

  private async steps(): Promise<void> {
    const text = this.fuzzCase.text;
    this.texts.set(1, text);
    await this.askEverything(this.uri, await this.openAndWait(this.uri, text));
    if (this.fuzzCase.changes.length) {
      const since = this.client.lastSeq;
      for (const change of this.fuzzCase.changes) {
        await this.send(change);
        // Now and then a request while edits are still coming, as a typing user's editor asks.
        if (this.r.chance(0.25)) await this.ask(this.uri, this.r.pick(['textDocument/documentSymbol', 'textDocument/hover', 'textDocument/foldingRange', 'textDocument/completion']));
      }
      const final = this.doc.version;
      const t0 = performance.now();
      const published = await this.waitFor(this.uri, (p) => p.version === final, since);
      this.tally.timed('diagnostics after edits', performance.now() - t0, this.index, this.doc.getText().length);
      await this.compareWithFresh(published, await this.askEverything(this.uri, published));
    }
    await this.client.close(this.uri);
    this.checkPublishes(this.uri, this.texts);
    this.forgetPublishes(this.uri);
  }

  /**
   * The test client keeps every publish; over 100,000 documents that is most of the fuzzer's
   * memory. The client has no public way to drop them, and this is the fuzzer's only need of one.
   */
  private forgetPublishes(...uris: string[]): void {
    const kept = (this.client as unknown as { publishes: Map<string, unknown> }).publishes;
    for (const uri of uris) kept.delete(uri);
  }

  private async openAndWait(uri: string, text: string): Promise<Diagnostic[]> {
    const since = this.client.lastSeq;
    const t0 = performance.now();
    await this.client.open(uri, text, 1);
    const diagnostics = await this.waitFor(uri, (p) => p.version === 1, since);
    this.tally.timed('diagnostics on open', performance.now() - t0, this.index, text.length);
    return diagnostics;
  }

  private async waitFor(uri: string, predicate: (p: { version?: number }) => boolean, since: number): Promise<Diagnostic[]> {
    // A crash ends the wait at once. The listener goes when the wait ends: racing a promise that
    // lives as long as the server instead would keep every publish waited for (a leak of about
    // 14 KB per document, 2 GB over a long run).
    const child = this.client.child;
    let onExit = () => undefined as void;
    const exited = new Promise<never>((_, reject) => child.once('exit', (onExit = () => reject(new Crashed('server exited')))));
    try {
      const publish = await withDeadline(Promise.race([this.client.waitForDiagnostics(uri, (_, p) => predicate(p), this.options.timeoutMs * 2, since), exited]), this.options.timeoutMs, `diagnostics of ${uri}`);
      return publish.diagnostics;
    } finally {
      child.off('exit', onExit);
    }
  }

  private async send(change: Change): Promise<void> {
    let contentChanges: TextDocumentContentChangeEvent[];
    if ('full' in change) contentChanges = [{ text: change.full }];
    else {
      // Each change of one notification applies to the text the previous one left.
      contentChanges = [];
      let scratch = this.doc;
      for (const e of change.edits) {
        const at = Math.min(e.at, scratch.getText().length);
        const c = { range: { start: scratch.positionAt(at), end: scratch.positionAt(at + e.del) }, text: e.insert };
        contentChanges.push(c);
        scratch = TextDocument.update(TextDocument.create(this.uri, 'newsmark', 0, scratch.getText()), [c], 0);
      }
    }
    const version = this.doc.version + 1;
    this.doc = TextDocument.update(this.doc, contentChanges, version);
    this.texts.set(version, this.doc.getText());
    this.tally.didChanges++;
    this.tally.edits += contentChanges.length;
    await this.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri, version }, contentChanges });
  }

  /** One request at a random position (or none needed), timed and checked against the current text. */
  private async ask(uri: string, method: string, extra: Record<string, unknown> = {}): Promise<unknown> {
    const text = this.doc.getText();
    const position = TextDocument.create(uri, 'newsmark', 0, text).positionAt(this.r.below(text.length + 1));
    const params: Record<string, unknown> = { textDocument: { uri }, ...extra };
    if (REQUESTS_AT_POSITION.includes(method)) params.position = position;
    if (method === 'textDocument/references') params.context = { includeDeclaration: true };
    this.tally.requests++;
    const t0 = performance.now();
    const result = await withDeadline(this.client.request<unknown>(method, params), this.options.timeoutMs, method);
    this.tally.timed(method, performance.now() - t0, this.index, text.length);
    for (const p of rangeProblems(result, uri, lineLengths(text), method)) this.find('out of range', `version ${this.doc.version}: ${p}`);
    return result;
  }

  /** Every feature once; the outline and folding are kept for the fresh comparison. */
  private async askEverything(uri: string, diagnostics: Diagnostic[]): Promise<State> {
    const symbols = (await this.ask(uri, 'textDocument/documentSymbol')) as DocumentSymbol[];
    const folding = (await this.ask(uri, 'textDocument/foldingRange')) as FoldingRange[];
    await this.ask(uri, 'textDocument/codeLens');
    for (const method of REQUESTS_AT_POSITION) await this.ask(uri, method);
    const chosen = diagnostics.length ? this.r.pick(diagnostics) : undefined;
    const range = chosen?.range ?? { start: { line: 0, character: 0 }, end: this.doc.positionAt(this.r.below(this.doc.getText().length + 1)) };
    await this.ask(uri, 'textDocument/codeAction', { range, context: { diagnostics: chosen ? [chosen] : [] } });
    return { symbols, folding };
  }

  private async compareWithFresh(diagnostics: Diagnostic[], state: State): Promise<void> {
    const freshUri = this.uri.replace(/\.news$/, '-fresh.news');
    const text = this.doc.getText();
    const since = this.client.lastSeq;
    await this.client.open(freshUri, text, 1);
    const fresh = await this.waitFor(freshUri, (p) => p.version === 1, since);
    this.tally.requests += 2;
    const [symbols, folding] = await Promise.all(['textDocument/documentSymbol', 'textDocument/foldingRange'].map((m) => withDeadline(this.client.request<unknown>(m, { textDocument: { uri: freshUri } }), this.options.timeoutMs, m)));
    await this.client.close(freshUri);
    this.forgetPublishes(freshUri);
    this.tally.freshComparisons++;
    const differs = (what: string, edited: unknown, opened: unknown) => {
      const a = JSON.stringify(edited).replaceAll(freshUri, this.uri);
      const b = JSON.stringify(opened).replaceAll(freshUri, this.uri);
      if (a !== b) this.find('incremental ≠ fresh', `${what}: edited ${a.slice(0, 600)} / fresh ${b.slice(0, 600)}`);
    };
    differs('diagnostics', diagnostics, fresh);
    differs('outline', state.symbols, symbols);
    differs('folding', state.folding, folding);
  }

  /** Diagnostics published for `uri`: versions never going back, ranges inside their version's text. */
  private checkPublishes(uri: string, texts: Map<number, string>): void {
    let newest = 0;
    for (const p of this.client.publishesOf(uri)) {
      if (p.version === undefined) continue;
      const text = texts.get(p.version);
      if (text === undefined) this.find('stale', `published for version ${p.version}, which was never sent`);
      else {
        for (const problem of rangeProblems(p.diagnostics, uri, lineLengths(text), 'diagnostics')) this.find('out of range', `version ${p.version}: ${problem}`);
      }
      if (p.version < newest) this.find('stale', `published version ${p.version} after version ${newest}`);
      newest = Math.max(newest, p.version);
    }
  }
}
