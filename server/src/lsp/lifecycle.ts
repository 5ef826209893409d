// The protocol's rules that vscode-languageserver leaves to the server (issue 13, item 15), kept
// at the door: every message the transport reads passes here before the connection dispatches it.
// - Before `initialize`, a request is answered -32002 (ServerNotInitialized) and a notification
//   dropped, `exit` excepted; after `shutdown`, a request is answered -32600 (InvalidRequest).
//   A second `initialize` is an InvalidRequest too.
// - A request whose `params` is `null` or not structured (JSON-RPC allows an object or an array,
//   or nothing) is answered -32602 (InvalidParams): the library would dereference it and answer
//   -32603 with a TypeError. A notification's such `params` are dropped, so that its handler sees
//   none; a method that takes no parameters (`shutdown`, `exit`) ignores them.
// - A body that is not JSON (framing.ts reports it) is answered -32700 (ParseError), and a JSON
//   value that is no message -32600, both with `id: null`, as JSON-RPC asks.
// The language features behind the gate never see a message the protocol forbids.

import { ErrorCodes, Message, type DataCallback, type Disposable, type MessageReader, type MessageWriter, type RequestMessage } from 'vscode-languageserver/node';

export type Phase = 'waiting-for-initialize' | 'running' | 'shut-down';

/** Methods without parameters: `params: null` from a client is harmless there. */
const WITHOUT_PARAMS = new Set(['shutdown', 'exit']);

export class LifecycleGate implements MessageReader {
  private current: Phase = 'waiting-for-initialize';

  constructor(
    private readonly reader: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get phase(): Phase {
    return this.current;
  }

  get onError() {
    return this.reader.onError;
  }

  get onClose() {
    return this.reader.onClose;
  }

  get onPartialMessage() {
    return this.reader.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.reader.listen((message) => {
      const passed = this.admit(message);
      if (passed) callback(passed);
    });
  }

  dispose(): void {
    this.reader.dispose();
  }

  /** A message body that is not JSON: answered, with no id to answer to. */
  parseError(detail: string): void {
    this.answer(null, ErrorCodes.ParseError, `Parse error: the message is not JSON (${detail})`);
  }

  /** The message to dispatch, or undefined when it is answered or dropped here. */
  private admit(message: unknown): Message | undefined {
    if (Message.isResponse(message as Message)) return message as Message;
    const m = message as Partial<RequestMessage> | null;
    const isRequest = Message.isRequest(message as Message);
    if (!isRequest && !Message.isNotification(message as Message)) {
      const id = typeof m?.id === 'number' || typeof m?.id === 'string' ? m.id : null;
      this.answer(id, ErrorCodes.InvalidRequest, 'Invalid request: not a JSON-RPC request, notification or response');
      return undefined;
    }
    const method = m!.method!;
    const unstructured = 'params' in m! && (m!.params === null || typeof m!.params !== 'object');
    if (!isRequest) return this.admitNotification(m as Message & { method: string; params?: unknown }, method, unstructured);
    const id = m!.id as number | string;
    if (this.current === 'waiting-for-initialize' && method !== 'initialize') return this.answer(id, ErrorCodes.ServerNotInitialized, `The server is not initialized: ${method} before initialize`);
    if (this.current === 'running' && method === 'initialize') return this.answer(id, ErrorCodes.InvalidRequest, 'initialize may be sent only once');
    if (this.current === 'shut-down') return this.answer(id, ErrorCodes.InvalidRequest, `The server is shutting down: ${method} after shutdown`);
    if (unstructured && !WITHOUT_PARAMS.has(method)) return this.answer(id, ErrorCodes.InvalidParams, `Invalid params: ${method} needs an object, not ${JSON.stringify(m!.params)}`);
    if (unstructured) delete m!.params;
    if (method === 'initialize') this.current = 'running';
    if (method === 'shutdown') this.current = 'shut-down';
    return m as Message;
  }

  private admitNotification(m: Message & { method: string; params?: unknown }, method: string, unstructured: boolean): Message | undefined {
    if (method !== 'exit' && this.current !== 'running') return undefined;
    if (unstructured) delete m.params;
    return m;
  }

  private answer(id: number | string | null, code: number, message: string): undefined {
    void this.writer.write({ jsonrpc: '2.0', id, error: { code, message } } as Message).catch(() => undefined);
    return undefined;
  }
}
