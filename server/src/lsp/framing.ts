// Reading LSP messages from a byte stream (stdio): `Content-Length: N\r\n\r\n` and N bytes of JSON.
// vscode-jsonrpc's own reader trusts the length: a wrong one makes it read the next messages as
// this one's body, then read a body as headers, and a large one makes it wait for bytes that never
// come, so the server stays alive but answers nothing (issue 13, item 15). This reader
// resynchronises instead:
// - a header block that is not `Name: value` lines with a numeric Content-Length is skipped up to
//   the next `Content-Length:`;
// - a body holding `Content-Length: <digits>\r\n` is cut there: a raw line break cannot occur in a
//   JSON string, and `Content-Length` cannot stand outside one, so that is the next message's
//   header and this one's length was too large (its body up to there is still read, and is
//   delivered if it is JSON);
// - a body that is not JSON is reported (`parseError`, answered with -32700 by the lifecycle gate)
//   and reading goes on with the next message.
// A length too large by more than the next message is recognised when that message arrives.

import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';
import { ByteQueue } from './byteQueue';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = Buffer.from('Content-Length:', 'ascii');
/** A header block longer than this is no header. */
const MAX_HEADER_BYTES = 4096;
const LENGTH_VALUE = /^\d{1,15}$/;

export interface FramingReports {
  /** A body that is not JSON; the message is lost, the client must get a -32700 answer. */
  parseError(detail: string): void;
  /** Bytes that belong to no message were skipped (the reader found the next header). */
  framingError(detail: string): void;
}

export class ResyncingMessageReader extends AbstractMessageReader implements MessageReader {
  private readonly bytes = new ByteQueue();
  /** The length of the body being read, or -1 while reading headers. */
  private bodyLength = -1;
  /** How much of the pending body was searched for a header already. */
  private scanned = 0;
  /** Skipping junk: reported once, when the skipping starts. */
  private skipping = false;
  private callback: DataCallback = () => undefined;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly reports: FramingReports,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const onError = (error: unknown) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('close', onClose);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('error', onError);
        this.input.off('close', onClose);
      },
    };
  }

  private onData(chunk: Buffer): void {
    this.bytes.push(chunk);
    for (;;) {
      if (this.bodyLength < 0 && !this.readHeader()) return;
      const cut = this.headerInsideBody();
      if (cut < 0 && this.bytes.length < this.bodyLength) return;
      const length = cut < 0 ? this.bodyLength : cut;
      if (cut >= 0) this.reports.framingError(`a message announced ${this.bodyLength} bytes, but the next header came after ${cut}`);
      const body = this.bytes.take(length);
      this.bodyLength = -1;
      this.scanned = 0;
      this.deliver(body);
    }
  }

  private deliver(body: string): void {
    let message: Message;
    try {
      message = JSON.parse(body) as Message;
    } catch (e) {
      this.reports.parseError(e instanceof Error ? e.message : String(e));
      return;
    }
    this.callback(message);
  }

  /** Reads one header block; false when more bytes are needed. Skips what is no header. */
  private readHeader(): boolean {
    for (;;) {
      if (this.bytes.length === 0) return false;
      const end = this.bytes.indexOf(HEADER_END, 0, MAX_HEADER_BYTES + HEADER_END.length);
      if (end >= 0) {
        const length = contentLength(this.bytes.peek(end));
        if (length >= 0) {
          this.bytes.drop(end + HEADER_END.length);
          this.bodyLength = length;
          this.skipping = false;
          return true;
        }
      } else if (this.bytes.length < MAX_HEADER_BYTES && isLetter(this.bytes.at(0))) {
        return false; // a header block (it starts with a letter) may still be arriving
      }
      if (!this.skipToNextHeader()) return false;
    }
  }

  /** Drops bytes up to the next `Content-Length:` after the first byte; false when there is none yet. */
  private skipToNextHeader(): boolean {
    const next = this.bytes.indexOf(CONTENT_LENGTH, 1, this.bytes.length);
    if (!this.skipping) this.reports.framingError(`skipped bytes that are not a message header: ${JSON.stringify(this.bytes.peek(Math.min(this.bytes.length, 40)))}`);
    this.skipping = true;
    if (next >= 0) {
      this.bytes.drop(next);
      return true;
    }
    // Keep a tail that may be the start of the next header.
    this.bytes.drop(Math.max(0, this.bytes.length - (CONTENT_LENGTH.length - 1)));
    return false;
  }

  /** Where the next message's header starts inside the pending body, or -1. */
  private headerInsideBody(): number {
    const limit = Math.min(this.bytes.length, this.bodyLength);
    let from = Math.max(0, this.scanned - CONTENT_LENGTH.length);
    for (;;) {
      const at = this.bytes.indexOf(CONTENT_LENGTH, from, this.bytes.length);
      if (at < 0 || at >= limit) break;
      const verdict = this.headerLineAt(at + CONTENT_LENGTH.length);
      if (verdict === 'header') return at;
      if (verdict === 'unknown') {
        this.scanned = at;
        return -1;
      }
      from = at + 1;
    }
    this.scanned = limit;
    return -1;
  }

  /** Whether `[ \t]*\d+\r\n` follows at `i`; unknown when the bytes end first. */
  private headerLineAt(i: number): 'header' | 'not' | 'unknown' {
    const n = this.bytes.length;
    while (i < n && (this.bytes.at(i) === 0x20 || this.bytes.at(i) === 0x09)) i++;
    const digits = i;
    while (i < n && isDigit(this.bytes.at(i))) i++;
    if (i < n && i === digits) return 'not';
    if (i + 1 >= n) return 'unknown';
    return this.bytes.at(i) === 0x0d && this.bytes.at(i + 1) === 0x0a ? 'header' : 'not';
  }
}

/** The Content-Length of a header block (without its blank line), or -1 when it is no valid block. */
function contentLength(block: string): number {
  let length = -1;
  for (const line of block.split('\r\n')) {
    const header = headerLine(line);
    if (!header) return -1;
    if (header.name.toLowerCase() === 'content-length') {
      const value = header.value.trim();
      if (!LENGTH_VALUE.test(value)) return -1;
      length = Number(value);
    }
  }
  return length;
}

/**
 * `Name: value`, the name a letter then letters, digits and hyphens, the value without line
 * breaks. A scan, not a regular expression: `name:[ \t]*(.*)` backtracks polynomially on a line
 * of tabs (test/unit/regexSafety.test.ts).
 */
function headerLine(line: string): { name: string; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || !isLetter(line.charCodeAt(0))) return undefined;
  for (let i = 1; i < colon; i++) {
    const c = line.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c) && c !== 0x2d) return undefined;
  }
  for (let i = colon + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return undefined;
  }
  return { name: line.slice(0, colon), value: line.slice(colon + 1) };
}

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const isLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
