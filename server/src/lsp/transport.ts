// The connection's transport, built by the server itself for stdio and Node IPC so that every
// message passes the lifecycle gate (lifecycle.ts) and stdio is read by the resynchronising reader
// (framing.ts). `--socket` and `--pipe` keep vscode-languageserver's own transport, without them.

import { format } from 'node:util';
import { IPCMessageReader, IPCMessageWriter, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { ResyncingMessageReader } from './framing';
import { LifecycleGate } from './lifecycle';

export interface GatedTransport {
  gate: LifecycleGate;
  writer: StreamMessageWriter | IPCMessageWriter;
  /** After the connection exists: where framing problems are reported, and stdio's console. */
  attach(connection: Connection): void;
}

/** The transport the arguments ask for, as vscode-languageserver reads them: the first flag wins. */
export function transportOf(argv: readonly string[]): 'stdio' | 'node-ipc' | 'other' {
  for (const arg of argv) {
    if (arg === '--stdio') return 'stdio';
    if (arg === '--node-ipc') return 'node-ipc';
    if (/^--(socket|pipe)(=|$)/.test(arg)) return 'other';
  }
  // No flag: stdin is a pipe (commandLine.ts refuses a terminal), stdio is meant.
  return 'stdio';
}

export function gatedTransport(kind: 'stdio' | 'node-ipc'): GatedTransport {
  let report: (line: string) => void = (line) => process.stderr.write(line + '\n');
  if (kind === 'node-ipc') {
    const writer = new IPCMessageWriter(process);
    const gate = new LifecycleGate(new IPCMessageReader(process), writer);
    return { gate, writer, attach: () => undefined };
  }
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new ResyncingMessageReader(process.stdin, {
    parseError: (detail) => {
      gate.parseError(detail);
      report(`newsmark: a message was not JSON and was answered with a parse error: ${detail}`);
    },
    framingError: (detail) => report(`newsmark: the message stream lost its framing and was resynchronised: ${detail}`),
  });
  const gate = new LifecycleGate(reader, writer);
  // stdin closed: the client is gone. The exit status says whether it had asked to shut down.
  const gone = () => process.exit(gate.phase === 'shut-down' ? 0 : 1);
  process.stdin.on('end', gone);
  process.stdin.on('close', gone);
  return {
    gate,
    writer,
    attach(connection) {
      report = (line) => connection.console.warn(line);
      // stdout carries the protocol: a stray console.log must go to the client's log instead.
      const toClient = (...args: unknown[]) => connection.console.log(format(...args));
      console.log = console.info = console.debug = toClient;
      console.warn = console.error = (...args: unknown[]) => connection.console.error(format(...args));
    },
  };
}
