// The dateline module must never throw into the language service: a bug in a heuristic should
// cost one dateline or one check, not every diagnostic of the document. Public entry points run
// through `guarded`. Tests install a handler that rethrows, so bugs still fail loudly there.

let onInternalError: (error: unknown) => void = () => {};

/** Install a handler for errors the module swallowed (tests: rethrow; the server: log). */
export function setDatelineErrorHandler(handler: (error: unknown) => void): void {
  onInternalError = handler;
}

export function guarded<T>(fallback: T, f: () => T): T {
  try {
    return f();
  } catch (error) {
    onInternalError(error);
    return fallback;
  }
}
