// Large articles are parsed and checked in slices (issue 13, item 12). A parse of a 15 MB article
// and its checks take a second or more, those of a 475,000-character one 100 to 300 ms; done at
// once they hold the one thread, and every request of every other document waits behind them.
// From SLICED_FROM_CHARS on, the server resumes the service's steps (service/steps.ts) for about
// SLICE_MS at a time and lets the event loop answer other messages in between. Requests on such a
// document wait for its parse to finish (sharing the validation's parse rather than parsing it
// again at once), code actions for its checks too (their quick fixes read this version's
// diagnostics); a newer version ends the stale work. Smaller documents keep the one-shot path: all
// their work is about one slice, and slicing them would only add latency.

import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServiceOptions, Steps } from '../service';
import { openDocumentAt, type ServerContext } from './context';

/**
 * Documents from this length (UTF-16 code units) on are parsed and checked in slices. A fresh parse
 * and check costs about 0.3 to 0.6 µs a character (docs/robustness.md): below this, 15 to 30 ms at once.
 */
const SLICED_FROM_CHARS = 50_000;
/** Work done between two chances for other messages. */
const SLICE_MS = 8;

export const isSliced = (doc: { getText(): string }): boolean => doc.getText().length >= SLICED_FROM_CHARS;

// Several computations may be under way at once: a document's checks and a request waiting for
// its parse, or two large documents. Each turn of the event loop gives ONE of them its slice, in
// turn, so that other messages wait for one slice, not for one slice of every computation.
/** The computations waiting for their next slice, first come first served. */
const waiting: (() => void)[] = [];
let turnScheduled = false;

function scheduleTurn(): void {
  if (turnScheduled) return;
  turnScheduled = true;
  // An immediate queued from an immediate runs in the next turn: after the I/O (other messages) that came meanwhile.
  setImmediate(() => {
    turnScheduled = false;
    waiting.shift()?.();
    if (waiting.length) scheduleTurn();
  });
}

/** Resolves when it is this computation's turn for a slice. */
const nextSlice = () => new Promise<void>((resolve) => {
  waiting.push(resolve);
  scheduleTurn();
});

/**
 * Resumes `steps` a slice at a time (about `sliceMs` of work), letting other messages in between;
 * undefined once `wanted` says the answer is no longer wanted.
 */
export async function inSlices<T>(steps: Steps<T>, wanted: () => boolean = () => true, sliceMs = SLICE_MS): Promise<T | undefined> {
  let sliceStart = performance.now();
  while (!steps.step()) {
    if (performance.now() - sliceStart < sliceMs) continue;
    await nextSlice();
    if (!wanted()) return undefined;
    sliceStart = performance.now();
  }
  return steps.result;
}

/**
 * Before a request on a document parsed in slices: waits until the document's latest version is
 * parsed (in slices), so that the request's own synchronous parse finds it done. A few rounds at
 * most if the document keeps changing meanwhile; then the request parses what remains itself.
 */
export async function parsedInSlices(ctx: ServerContext, uri: unknown): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const doc = openDocumentAt(ctx, uri);
    if (!doc || !isSliced(doc)) return;
    const registry = await ctx.registry.sourceFor(doc.uri);
    await inSlices(ctx.service.parseSteps(doc, { registry }));
    if (ctx.documents.get(doc.uri)?.version === doc.version) return;
  }
}

/**
 * Before a code action on a document checked in slices: its checks under the request's options, in
 * slices, so that the code action's quick fixes find this version's diagnostics done rather than
 * run every check at once. False when the document changed meanwhile (or the request was
 * cancelled): the request is about a version gone, and answering it would parse and check the new
 * one at once.
 */
export async function checkedInSlices(ctx: ServerContext, doc: TextDocument, options: Partial<ServiceOptions>, token: CancellationToken): Promise<boolean> {
  const current = () => !token.isCancellationRequested && ctx.documents.get(doc.uri)?.version === doc.version;
  if (!isSliced(doc)) return true;
  await inSlices(ctx.service.diagnosticsSteps(doc, {}, options, token), current);
  return current();
}

/** The document a request is about: `textDocument.uri`, or `uri` (newsmark/articleStats, newsmark/markUp). */
export function requestUri(params: unknown): unknown {
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown } | null | undefined;
  return p?.textDocument?.uri ?? p?.uri;
}
