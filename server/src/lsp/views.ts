// The requests of VS Code's Speakers view and Quote Report (issue 11): `newsmark/speakers` and
// `newsmark/report`, thin adapters over the language service. The articles come from the
// workspace index (open documents in their live text, the rest as indexed so far, never waiting
// for a walk); the service's speaker overview and report model do the rest, the report exactly as
// `newsmark report` computes it (per-article summaries added up, then the view).

import path from 'node:path';
import type { CancellationToken, Disposable } from 'vscode-languageserver';
import { RequestType } from 'vscode-languageserver';
import { ReportAccumulator, reportView, speakerOverview, summarizeArticle, withDefaults, type ParsedArticle } from '../service';
import {
  REPORT_METHOD, SPEAKERS_METHOD,
  type ReportParams, type ReportResult, type ReportScope, type SpeakersParams, type SpeakersResult,
} from '../protocol/views';
import type { ServerContext } from './context';
import { uriToPath } from './fileUri';
import { guardRequest } from './guard';

const SPEAKERS_REQUEST = new RequestType<SpeakersParams | null, SpeakersResult | null, void>(SPEAKERS_METHOD);
const REPORT_REQUEST = new RequestType<ReportParams | null, ReportResult | null, void>(REPORT_METHOD);

/** Speakers and quotes do not depend on the settings (as in `newsmark report`): the defaults serve every article. */
const OPTIONS = withDefaults(undefined);
const SCOPES: readonly ReportScope[] = ['document', 'folder', 'workspace'];

export function registerViewRequests(ctx: ServerContext): Disposable[] {
  return [
    ctx.connection.onRequest(SPEAKERS_REQUEST, guardRequest('speakers', null, ctx.logger, (params, token) => {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const articles = ctx.index.articles(token).filter(uri === undefined ? () => true : isDocument(uri));
      return { articles: articles.length, speakers: speakerOverview(articles, OPTIONS, token) };
    })),
    ctx.connection.onRequest(REPORT_REQUEST, guardRequest('report', null, ctx.logger, (params, token) => {
      const scope = params?.scope;
      if (!scope || !SCOPES.includes(scope)) return null;
      const uri = typeof params.uri === 'string' ? params.uri : undefined;
      if (scope !== 'workspace' && !uri) return null;
      const inScope = scope === 'workspace' ? () => true : scope === 'document' ? isDocument(uri!) : under(uri!);
      return { scope, view: report(ctx.index.articles(token).filter(inScope), token) };
    })),
  ];
}

function report(articles: readonly ParsedArticle[], token: CancellationToken) {
  const accumulator = new ReportAccumulator();
  for (const article of articles) {
    if (token.isCancellationRequested) break; // the guard answers a cancelled request as cancelled
    accumulator.add(summarizeArticle(article, OPTIONS));
  }
  return reportView(accumulator.summary());
}

// Files are compared by path: the editor and Node spell some file URIs differently (`%3A`, `:`).
const keyOf = (uri: string) => uriToPath(uri) ?? uri;

function isDocument(uri: string): (article: ParsedArticle) => boolean {
  const key = keyOf(uri);
  return (article) => keyOf(article.uri) === key;
}

/** Articles inside a folder (at any depth): `/a/b` holds `/a/b/c.news`, not `/a/bc.news`. */
function under(folderUri: string): (article: ParsedArticle) => boolean {
  const folder = uriToPath(folderUri);
  const prefix = folder === undefined ? `${folderUri.replace(/\/$/, '')}/` : path.join(folder, path.sep);
  return (article) => keyOf(article.uri).startsWith(prefix);
}
