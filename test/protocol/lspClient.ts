// A small LSP client for the protocol tests: starts `node dist/server.js --stdio`, talks JSON-RPC
// to it with vscode-languageserver-protocol, answers the server's own requests
// (workspace/configuration, client/registerCapability) and records published diagnostics, so that
// tests can wait for them with a deadline instead of sleeping.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationItem,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type Registration,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '../..');
/** The bundle under test; NEWSMARK_SERVER points elsewhere (e.g. a private build). */
export const SERVER = process.env.NEWSMARK_SERVER ?? path.join(ROOT, 'dist/server.js');

/** The reference article (the project's copy in examples/, else the shared one). */
export function referenceExample(): string {
  for (const dir of [path.join(ROOT, 'examples'), '/work/shared/examples']) {
    try {
      return readFileSync(path.join(dir, 'berlin-security-dialogue.news'), 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new Error('berlin-security-dialogue.news not found');
}

export interface Publish {
  seq: number;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface StartOptions {
  /** Declare `workspace/configuration` support and answer it with `settingsFor`. Default true. */
  configuration?: boolean;
  /** Declare dynamic registration of file watchers. Default false. */
  watchFiles?: boolean;
  initializationOptions?: unknown;
  workspaceFolders?: WorkspaceFolder[];
  /** Declare markdown in hover's `contentFormat` and completion's `documentationFormat`. Default true. */
  markdown?: boolean;
  /** Declare `window.workDoneProgress` (the server may then report progress). Default false. */
  workDoneProgress?: boolean;
  /** Declare `workspace.semanticTokens.refreshSupport` (the server may then ask for a refresh). Default false. */
  semanticTokensRefresh?: boolean;
  /** Answers `workspace/configuration` for the `newsmark` section of a document. */
  settingsFor?: (scopeUri: string | undefined) => unknown;
  /** Declare pull diagnostics (`textDocument.diagnostic`, with `workspace.diagnostics.refreshSupport`). Default false: pushed. */
  pullDiagnostics?: boolean;
}

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  /** How many `workspace/configuration` requests the server made. */
  configurationRequests = 0;
  /** How many `workspace/diagnostic/refresh` requests the server made (pull diagnostics). */
  diagnosticRefreshes = 0;
  settingsFor: (scopeUri: string | undefined) => unknown;
  initializeResult?: InitializeResult;
  private readonly publishes = new Map<string, Publish[]>();
  private readonly waiters = new Set<() => void>();
  private seq = 0;
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcessWithoutNullStreams, options: StartOptions) {
    this.settingsFor = options.settingsFor ?? (() => ({}));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr.on('data', (chunk: Buffer) => this.logs.push(`[stderr] ${chunk.toString()}`));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.publishes.get(p.uri) ?? [];
      list.push({ seq: ++this.seq, version: p.version, diagnostics: p.diagnostics });
      this.publishes.set(p.uri, list);
      for (const wake of [...this.waiters]) wake();
    });
    this.connection.onNotification(LogMessageNotification.type, (p) => this.logs.push(p.message));
    this.connection.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationRequests++;
      return p.items.map((item: ConfigurationItem) => (item.section === 'newsmark' ? this.settingsFor(item.scopeUri) : null));
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.diagnosticRefreshes++;
      for (const wake of [...this.waiters]) wake();
      return null;
    });
    this.connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.listen();
  }

  /** Starts the server and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const client = LspClient.spawn(options);
    await client.initialize(options);
    return client;
  }

  /** Starts the server without initializing it (the lifecycle tests speak first). */
  static spawn(options: StartOptions = {}): LspClient {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    return new LspClient(child, options);
  }

  /** The initialize handshake: `initialize`, then `initialized`. */
  async initialize(options: StartOptions = {}): Promise<void> {
    const capabilities: ClientCapabilities = {
      window: { workDoneProgress: options.workDoneProgress ?? false },
      workspace: {
        configuration: options.configuration ?? true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: options.watchFiles ?? false },
        workspaceFolders: true,
        ...(options.semanticTokensRefresh ? { semanticTokens: { refreshSupport: true } } : {}),
        ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        rename: { prepareSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
        hover: { contentFormat: options.markdown === false ? ['plaintext'] : ['markdown', 'plaintext'] },
        completion: { completionItem: { documentationFormat: options.markdown === false ? ['plaintext'] : ['markdown', 'plaintext'], snippetSupport: true } },
      },
    };
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  // -------------------------------------------------------------------------------------------
  // Documents

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsmark', version, text } });
  }

  /** Replaces the whole text (a change without a range is valid in incremental sync). */
  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // An explicit `undefined` third argument would be sent as a second positional parameter.
    return token ? this.connection.sendRequest<R>(method, params, token.token) : this.connection.sendRequest<R>(method, params);
  }

  // -------------------------------------------------------------------------------------------
  // Diagnostics

  /** Every publish for `uri` so far, oldest first. */
  publishesOf(uri: string): Publish[] {
    return this.publishes.get(uri) ?? [];
  }

  /** Sequence number of the last publish (of any document): pass it as `after` to see only newer ones. */
  get lastSeq(): number {
    return this.seq;
  }

  /**
   * Resolves with the first publish for `uri` that satisfies `predicate` and came after
   * sequence number `after` (default: the latest publish counts too); rejects at the deadline.
   */
  waitForDiagnostics(uri: string, predicate: (d: Diagnostic[], p: Publish) => boolean = () => true, timeoutMs = 5000, after?: number): Promise<Publish> {
    return new Promise((resolve, reject) => {
      const since = after ?? Math.max(0, (this.publishesOf(uri).at(-1)?.seq ?? 1) - 1);
      const check = () => {
        const found = this.publishesOf(uri).find((p) => p.seq > since && predicate(p.diagnostics, p));
        if (!found) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        const last = this.publishesOf(uri).at(-1);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last publish: ${last ? JSON.stringify(last.diagnostics.map((d) => d.code)) : 'none'}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      const wake = () => void check();
      this.waiters.add(wake);
      check();
    });
  }

  /** Resolves once the server has asked for more than `seen` diagnostic refreshes; rejects at the deadline. */
  waitForRefresh(seen: number, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`no workspace/diagnostic/refresh within ${timeoutMs} ms`));
      }, timeoutMs);
      const wake = () => {
        if (this.diagnosticRefreshes <= seen) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
      wake();
    });
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  /** shutdown + exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      try {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 3000);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The server is already gone or stuck: kill it below.
      }
    }
    const code = await withTimeout(this.exited, 3000).catch(() => {
      this.child.kill('SIGKILL');
      return null;
    });
    this.connection.dispose();
    return code;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

export function fileUri(...parts: string[]): string {
  return pathToFileURL(path.join(...parts)).toString();
}

export const codesOf = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
