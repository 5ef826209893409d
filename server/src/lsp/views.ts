// The requests of VS Code's Speakers view and Quote Report (issue 11): `newsmark/speakers` and
// `newsmark/report`, thin adapters over the language service. The articles come from the
// workspace index as summaries (open documents in their live text, the rest as indexed so far,
// never waiting for a walk); the service's speaker overview and report model do the rest, the
// report exactly as `newsmark report` computes it (per-article summaries added up, then the view).
// Both add the articles up in slices of about SLICE_MS, yielding between them, so that a
// workspace of 10,000 articles never holds the server for the whole sum, and a cancelled request
// stops at the next slice.
//
// The view refreshes when the server says its articles changed (`newsmark/speakersChanged`),
// sent at most every NOTIFY_INTERVAL_MS: during a first walk that is a few times a second, and
// after an edit once the burst of keystrokes has been coalesced.

import path from 'node:path';
import type { CancellationToken, Disposable } from 'vscode-languageserver';
import { NotificationType0, RequestType } from 'vscode-languageserver';
import { ReportAccumulator, reportView, sortedByUri, SpeakerOverview, type ArticleSummary } from '../service';
import {
  REPORT_METHOD, SPEAKERS_CHANGED_METHOD, SPEAKERS_METHOD,
  type ReportParams, type ReportResult, type ReportScope, type SpeakersParams, type SpeakersResult,
} from '../protocol/views';
import type { ServerContext } from './context';
import { uriToPath } from './fileUri';
import { guardRequest } from './guard';

const SPEAKERS_REQUEST = new RequestType<SpeakersParams | null, SpeakersResult | null, void>(SPEAKERS_METHOD);
const REPORT_REQUEST = new RequestType<ReportParams | null, ReportResult | null, void>(REPORT_METHOD);
const SPEAKERS_CHANGED = new NotificationType0(SPEAKERS_CHANGED_METHOD);
const SCOPES: readonly ReportScope[] = ['document', 'folder', 'workspace'];
/** Work between two yields to the event loop, as for very large documents (lsp/slices.ts). */
const SLICE_MS = 8;
const NOTIFY_INTERVAL_MS = 300;

export function registerViewRequests(ctx: ServerContext): Disposable[] {
  const changes = new ChangeNotifier(() => void ctx.connection.sendNotification(SPEAKERS_CHANGED));
  ctx.index.changed = () => changes.changed();
  return [
    changes,
    ctx.documents.onDidChangeContent(() => changes.changed()),
    ctx.documents.onDidClose(() => changes.changed()),
    ctx.connection.onRequest(SPEAKERS_REQUEST, guardRequest('speakers', null, ctx.logger, async (params, token) => {
      changes.wanted = true;
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const articles = sortedByUri((await ctx.index.current(token)).filter(uri === undefined ? () => true : isDocument(uri)));
      const overview = new SpeakerOverview({ outline: params?.outline === true, ...(typeof params?.speaker === 'string' ? { speaker: params.speaker } : {}) });
      await inSlices(articles, token, (article) => overview.add(article));
      return { articles: articles.length, speakers: overview.speakers() };
    })),
    ctx.connection.onRequest(REPORT_REQUEST, guardRequest('report', null, ctx.logger, async (params, token) => {
      const scope = params?.scope;
      if (!scope || !SCOPES.includes(scope)) return null;
      const uri = typeof params.uri === 'string' ? params.uri : undefined;
      if (scope !== 'workspace' && !uri) return null;
      const inScope = scope === 'workspace' ? () => true : scope === 'document' ? isDocument(uri!) : under(uri!);
      const accumulator = new ReportAccumulator();
      await inSlices((await ctx.index.current(token)).filter(inScope), token, (article) => accumulator.add(article.report));
      return { scope, view: reportView(accumulator.summary()) };
    })),
  ];
}

/** `each` over `items`, yielding to other messages every SLICE_MS; stops when cancelled (the guard answers "cancelled"). */
async function inSlices<T>(items: readonly T[], token: CancellationToken, each: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (token.isCancellationRequested) return;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
    each(item);
  }
}

/** One notification for any number of changes within NOTIFY_INTERVAL_MS, once a client has shown it wants them. */
class ChangeNotifier implements Disposable {
  /** True once the client has asked `newsmark/speakers`: a client without the view gets no notifications. */
  wanted = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly notify: () => void) {}

  changed(): void {
    if (!this.wanted || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.notify();
    }, NOTIFY_INTERVAL_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

// Files are compared by path: the editor and Node spell some file URIs differently (`%3A`, `:`).
const keyOf = (uri: string) => uriToPath(uri) ?? uri;

function isDocument(uri: string): (article: ArticleSummary) => boolean {
  const key = keyOf(uri);
  return (article) => keyOf(article.uri) === key;
}

/** Articles inside a folder (at any depth): `/a/b` holds `/a/b/c.news`, not `/a/bc.news`. */
function under(folderUri: string): (article: ArticleSummary) => boolean {
  const folder = uriToPath(folderUri);
  const prefix = folder === undefined ? `${folderUri.replace(/\/$/, '')}/` : path.join(folder, path.sep);
  return (article) => keyOf(article.uri).startsWith(prefix);
}
