// One helper per feature, so that a change of the service's signatures touches this file, not
// every test. Each calls the language service's face the way the server does, on a tree made by
// `parse()` (support/documents.ts: the service that parsed it answers, so the parse is re-used).

import type { CodeActionContext, Position, Range } from 'vscode-languageserver-types';
import { NEVER_CANCELLED, type ArticleDocument, type Cancellation, type ILanguageService, type OutlineGrouping, type ParsedArticle, type ServiceOptions } from '../../server/src/service';
import { serviceOfTree, testService } from './service';

/** The service and the document behind a tree (a tree parsed elsewhere is parsed again by a new service). */
function on(a: ParsedArticle): { service: ILanguageService; document: ArticleDocument } {
  let service = serviceOfTree.get(a);
  if (!service) {
    service = testService();
    serviceOfTree.set(a, service);
  }
  return { service, document: { uri: a.uri, version: a.version, getText: () => a.text } };
}

type Options = Partial<ServiceOptions>;

export const hover = (a: ParsedArticle, position: Position, options: Options = {}) => on(a).service.hover(on(a).document, { position }, options, NEVER_CANCELLED);
export const completions = (a: ParsedArticle, position: Position, options: Options = {}) => on(a).service.completions(on(a).document, { position }, options, NEVER_CANCELLED);
export const codeActions = (a: ParsedArticle, range: Range, context: CodeActionContext, options: Options = {}) => on(a).service.codeActions(on(a).document, { range, context }, options, NEVER_CANCELLED);
export const foldingRanges = (a: ParsedArticle) => on(a).service.foldingRanges(on(a).document, {}, {}, NEVER_CANCELLED);
export const codeLenses = (a: ParsedArticle, options: Options = {}) => on(a).service.codeLenses(on(a).document, {}, options, NEVER_CANCELLED);
export const articleStats = (a: ParsedArticle) => on(a).service.articleStats(on(a).document, {}, {}, NEVER_CANCELLED);
export const documentSymbols = (a: ParsedArticle, groupBy: OutlineGrouping = 'speaker', token: Cancellation = NEVER_CANCELLED, options: Options = {}) => on(a).service.documentSymbols(on(a).document, { groupBy }, options, token);
export const definition = (a: ParsedArticle, position: Position) => on(a).service.definition(on(a).document, { position }, {}, NEVER_CANCELLED);
export const references = (a: ParsedArticle, position: Position, includeDeclaration: boolean) => on(a).service.references(on(a).document, { position, includeDeclaration }, {}, NEVER_CANCELLED);
export const documentHighlights = (a: ParsedArticle, position: Position) => on(a).service.documentHighlights(on(a).document, { position }, {}, NEVER_CANCELLED);
export const prepareRename = (a: ParsedArticle, position: Position) => on(a).service.prepareRename(on(a).document, { position }, {}, NEVER_CANCELLED);
export const renameEdits = (a: ParsedArticle, position: Position, newName: string) => on(a).service.renameEdits(on(a).document, { position, newName }, {}, NEVER_CANCELLED);
export const workspaceSymbols = (articles: readonly ParsedArticle[], query: string, token: Cancellation = NEVER_CANCELLED, limit?: number) =>
  testService().workspaceSymbols(articles, { query, limit }, {}, token);
export const markUp = (a: ParsedArticle, reviewThreshold?: number) => on(a).service.markUp(on(a).document, reviewThreshold === undefined ? {} : { reviewThreshold }, {}, NEVER_CANCELLED);
