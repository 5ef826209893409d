// Every request handler runs through `guarded`: a bug in a feature, a malformed request or a
// vanished document must cost that one answer, never the server. Errors are logged and the
// handler's empty result is returned; a request the client cancelled is answered as cancelled.

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export type Log = (message: string) => void;

export function guarded<P, R, E>(
  name: string,
  empty: E,
  log: Log,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | E | ResponseError<void>> {
  return async (params, token) => {
    try {
      const result = await handler(params, token);
      if (token?.isCancellationRequested) return cancelled();
      return result;
    } catch (e) {
      // A feature may refuse with a message for the user (rename's "not a speaker"): pass it on.
      if (e instanceof ResponseError) return e;
      if (token?.isCancellationRequested) return cancelled();
      log(`newsmark: ${name} failed: ${errorText(e)}`);
      return empty;
    }
  };
}

/** Notification handlers have no answer; they only must not throw. */
export function guardedNotification<P>(name: string, log: Log, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const pending = handler(params);
      if (pending) pending.catch((e: unknown) => log(`newsmark: ${name} failed: ${errorText(e)}`));
    } catch (e) {
      log(`newsmark: ${name} failed: ${errorText(e)}`);
    }
  };
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

export function errorText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
