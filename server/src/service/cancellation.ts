/** The part of a cancellation token the service reads (LSP's CancellationToken fits it). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** For callers with nothing to cancel (the command line, a benchmark): every service method takes a token. */
export const NEVER_CANCELLED: Cancellation = { isCancellationRequested: false };
