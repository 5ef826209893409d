/** The part of a cancellation token the service reads (LSP's CancellationToken fits it). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: Cancellation = { isCancellationRequested: false };
