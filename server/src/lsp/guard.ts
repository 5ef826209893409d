// The server's one error boundary. Every request handler runs through `guardRequest`: a bug in a
// feature (the language service throws rather than hide one), a malformed request or a vanished
// document costs that one answer, never the server. The error is logged through the logger (the
// client's output channel) and the handler's empty result is returned; a request the client
// cancelled is answered as cancelled.

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Logger } from '../service';

export function guardRequest<P, R, E>(
  name: string,
  empty: E,
  logger: Logger,
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
      logger.error(`newsmark: ${name} failed`, e);
      return empty;
    }
  };
}

/** Notification handlers have no answer; they only must not throw. */
export function guardNotification<P>(name: string, logger: Logger, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const pending = handler(params);
      if (pending) pending.catch((e: unknown) => logger.error(`newsmark: ${name} failed`, e));
    } catch (e) {
      logger.error(`newsmark: ${name} failed`, e);
    }
  };
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}
