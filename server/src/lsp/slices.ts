// Very large articles are parsed and checked in slices (issue 13, item 12). A parse of a 15 MB
// article and its checks take a second or more; done at once they hold the one thread, and every
// request of every other document waits behind them. From SLICED_FROM_CHARS on, the server resumes
// the service's steps (service/steps.ts) for about SLICE_MS at a time and lets the event loop answer
// other messages in between. Requests on such a document wait for its parse to finish (sharing the
// validation's parse rather than parsing it again at once); a newer version ends the stale work.
// Smaller documents keep the one-shot path: slicing them would only add latency.

import type { Steps } from '../service';
import { openDocumentAt, type ServerContext } from './context';

/** Documents from this length (UTF-16 code units) on are parsed and checked in slices: about 70 ms of work at once. */
const SLICED_FROM_CHARS = 1_000_000;
/** Work done between two chances for other messages. */
const SLICE_MS = 8;

export const isSliced = (doc: { getText(): string }): boolean => doc.getText().length >= SLICED_FROM_CHARS;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Resumes `steps` a slice at a time, letting other messages in between; undefined once `wanted` says the answer is no longer wanted. */
export async function inSlices<T>(steps: Steps<T>, wanted: () => boolean = () => true): Promise<T | undefined> {
  let sliceStart = performance.now();
  while (!steps.step()) {
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await nextTurn();
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

/** The document a request is about: `textDocument.uri`, or `uri` (newsmark/articleStats, newsmark/markUp). */
export function requestUri(params: unknown): unknown {
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown } | null | undefined;
  return p?.textDocument?.uri ?? p?.uri;
}
