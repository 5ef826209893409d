// The service's one way to report what it cannot answer for: an injected Logger. The service
// never prints and never swallows a bug silently; whoever embeds it decides where reports go
// (the server: the editor's output channel; the command line: stderr; tests: rethrow).

/** Where the service reports bugs it survives and facts worth knowing (md-ls's ILogger fits it). */
export interface Logger {
  /** A bug the service survived by degrading (an empty tree, a whole parse instead of an incremental one). */
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/** The message and stack of something thrown, for a log line. */
export function errorText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** A logger writing lines through `write` (stderr, an output channel), `error` with the stack. */
export function lineLogger(write: (line: string) => void, debug = false): Logger {
  return {
    error: (message, error) => write(error === undefined ? message : `${message}: ${errorText(error)}`),
    warn: (message) => write(message),
    info: (message) => write(message),
    debug: (message) => { if (debug) write(message); },
  };
}
