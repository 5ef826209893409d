// The NewsMark language service: one parse per document version, shared by every feature.
// Pure: no `vscode`, no LSP connection, no file system. The language server, the command line and
// the tests all call this, through ILanguageService.
//
// Errors: features and checks throw; the caller's boundary (the server's request guard, the
// command line's per-file report) catches and logs. The service itself keeps two degradations,
// both reported to the injected Logger: a failed incremental parse falls back to a whole parse
// (parser/parseArticle.ts), and a failed whole parse answers with an empty tree.
//
// Very large articles: `parseSteps` and `diagnosticsSteps` hand out the same work in bounded steps
// (./steps.ts), which the server resumes between other requests (issue 13, item 12). One parse per
// document is under way at a time: every caller for that version shares it (a synchronous `parse`
// finishes it), and a parse of another version supersedes it.

import type { CodeAction, CodeActionContext, CodeLens, CompletionList, Diagnostic, DocumentHighlight, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SemanticTokens, WorkspaceEdit, WorkspaceSymbol } from 'vscode-languageserver-types';
import type { ArticleStats, MarkUpResult } from '../protocol';
import type { PublishedArticle } from '../protocol/preview';
import type { Cancellation } from './cancellation';
import type { Logger } from './logger';
import { getArticleStats } from './features/articleStats';
import { getCodeActions } from './features/codeActions';
import { getCodeLenses } from './features/codeLens';
import { getCompletions } from './features/completion';
import { fixAllText } from './features/fixAll';
import { getFoldingRanges } from './features/folding';
import { getHover } from './features/hover';
import { getMarkupActions, markUpDocument, type MarkupRun } from './features/markupSuggestions';
import { getDefinition, getDocumentHighlights, getReferences, getRenameEdits, prepareRename } from './features/navigation';
import { DocumentProblems } from './features/problems';
import { getSemanticTokens } from './features/semanticTokens';
import { getDocumentSymbols } from './features/symbols';
import type { OutlineGrouping, SpeakerColors } from './settings/schema';
import { getWorkspaceSymbols } from './features/workspaceSymbols';
import { withDefaults, type ServiceOptions } from './options';
import { ArticleParser, type ParseStats } from './parser/parseArticle';
import { publishedArticle } from './publish/publishedArticle';
import type { EditExtent } from './parser/textDiff';
import { strip } from './strip';
import type { ParsedArticle, SpeakerRegistry } from './syntax';
import type { WorkspaceArticle } from './archive/articleSummary';
import { LineIndex } from './text/lineIndex';
import { RegistryCache } from './registry/parseRegistry';
import { registryCodeLenses, registryCompletions, registryDiagnostics, registryEntryAt, registryHover, registrySymbols } from './registry/registryDocument';
import { workspaceReferences, workspaceRename } from './registry/workspaceSpeakers';
import { targetAt } from './query';
import { finished, stepsOf, type Steps } from './steps';

/** What the service needs of a document (vscode-languageserver-textdocument's TextDocument fits). */
export interface ArticleDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  /**
   * What the last change left alone, when the embedder knows it (the server, from the editor's
   * change ranges): the parse then need not compare the whole old and new texts (issue 9).
   */
  readonly edit?: EditExtent;
}


/** Where the documentation links of diagnostics point when the embedder names no other place. */
export const DEFAULT_DOCS_BASE_URL = 'https://newsmark.invalid/docs/syntax.md';

/** What a language service is made with: facts of the deployment, not of a request. */
export interface LanguageServiceInit {
  /** Base of the documentation links of diagnostics (`${docsBaseUrl}#${code}`); DEFAULT_DOCS_BASE_URL by default. */
  docsBaseUrl?: string;
  /** Hears of the bugs the service survives (see the top of this file). Tests give one that throws. */
  logger: Logger;
}

/** The parameters of a request that needs none: every such method takes `{}`, in the same place as any other request's parameters. */
export type NoParams = Record<string, never>;
export interface PositionParams { position: Position }
export interface CodeActionsParams { range: Range; context: CodeActionContext }
export interface ReferencesParams { position: Position; includeDeclaration: boolean }
export interface RenameParams { position: Position; newName: string }
export interface OutlineParams { groupBy: OutlineGrouping }
export interface SemanticTokensParams { colorBy: SpeakerColors }
interface SpeakerParams { speakerId: string }
export interface WorkspaceReferencesParams extends SpeakerParams { includeDeclaration: boolean }
export interface WorkspaceRenameParams extends SpeakerParams { newName: string }
export interface CodeLensParams {
  /** The workspace's articles, for the registry's lenses ("24 quotes in 9 articles"); articles ignore it. */
  articles?: readonly WorkspaceArticle[];
}
export interface MarkUpParams {
  /** Confidence below which a span gets a review note (0..1); the engine's default otherwise. */
  reviewThreshold?: number;
}
export interface SymbolQueryParams {
  query: string;
  /** At most this many symbols (MAX_WORKSPACE_SYMBOLS by default). */
  limit?: number;
}
/** The text after every preferred fix, applied pass after pass, and the document it was last checked as. */
export interface FixAllResult {
  text: string;
  /** Edits applied over all passes. */
  applied: number;
  /** The fixed text as a document of the same uri and a later version (its parse is cached). */
  document: ArticleDocument;
}

/**
 * The language service's face. Every request has the same shape,
 * `(document, params, options, token)`:
 * - `params`: what the request is about (a position, a range, a new name); `{}` for requests that
 *   need nothing more.
 * - `options`: the settings that change answers (`Partial<ServiceOptions>`; the service fills in
 *   the defaults, once).
 * - `token`: cancellation; a cancelled request returns early with an empty or partial answer that
 *   the caller must drop (the server answers "cancelled").
 * Requests throw on a bug: the caller decides how to answer (the server's request guard).
 *
 * Trees: `parse` hands out the tree of one version of a document. It is valid until the next parse
 * of the same document, which moves re-used nodes in place; read it, don't keep it.
 */
export interface ILanguageService {
  /** The tree of this version of the document (parsed once, shared by every request on that version and registry). */
  parse(document: ArticleDocument, options?: Pick<Partial<ServiceOptions>, 'registry'>): Readonly<ParsedArticle>;
  /**
   * `parse` in steps, for an embedder that slices the work on a very large article: resume it
   * until it finishes. Shared by every caller for this version and registry; a parse of another
   * version supersedes it (it then finishes with no result).
   */
  parseSteps(document: ArticleDocument, options?: Pick<Partial<ServiceOptions>, 'registry'>): Steps<ParsedArticle>;
  /** `diagnostics` in steps: the parse's, then the checks'. No result if a newer version was parsed before it finished. */
  diagnosticsSteps(document: ArticleDocument, params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): Steps<Diagnostic[]>;
  /** How much of the last parse of `uri` had to be read anew (paragraph re-use). */
  parseStats(uri: string): ParseStats | undefined;
  /** Drops everything held for a closed document: its parser, its tree, its checks' caches. */
  forget(uri: string): void;

  /** Every problem, as LSP diagnostics sorted by position, with severities from `options.rules`. */
  diagnostics(document: ArticleDocument, params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): Diagnostic[];
  /** The text after every preferred mechanical fix, pass after pass until none is left (at most `maxPasses`, 5 by default). */
  fixAll(document: ArticleDocument, params: { maxPasses?: number }, options: Partial<ServiceOptions>, token: Cancellation): FixAllResult;
  /** The publishable article: front matter, comments and quote markup removed. */
  strip(document: ArticleDocument, params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): string;
  /**
   * The article as it will be published, with its quotes, quoted speakers and diagnostics placed
   * by line (`newsmark/segments`: the live preview; `newsmark export --format html`).
   */
  segments(document: ArticleDocument, params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): PublishedArticle;
  /** What the editor shows over a speaker, a quote, the dateline or a weekday; null elsewhere. */
  hover(document: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>, token: Cancellation): Hover | null;
  /** Speaker ids, front matter keys and values, dateline parts in the house style. */
  completions(document: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>, token: Cancellation): CompletionList;
  /**
   * Quick fixes for `params.context.diagnostics` (with "Mark as quote by NAME" on
   * `quote-unattributed`), fix-all (only when asked for source actions), "mark as quote" and
   * "Suggest markup for this paragraph".
   */
  codeActions(document: ArticleDocument, params: CodeActionsParams, options: Partial<ServiceOptions>, token: Cancellation): CodeAction[];
  /**
   * The NewsMark draft of the whole document (`newsmark/markUp`): the markup engine's draft of a
   * plain article, or, for one already in NewsMark, its paragraphs without markup marked up.
   */
  markUp(document: ArticleDocument, params: MarkUpParams, options: Partial<ServiceOptions>, token: Cancellation): MarkUpResult;
  /** The front matter, multi-line comments and sections. */
  foldingRanges(document: ArticleDocument, params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): FoldingRange[];
  /** "8 quotes · 3 mentions" on each speaker of the front matter. */
  codeLenses(document: ArticleDocument, params: CodeLensParams, options: Partial<ServiceOptions>, token: Cancellation): CodeLens[];
  /** Speakers and quotes counted, for the client's status bar (`newsmark/articleStats`). */
  articleStats(document: ArticleDocument, params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): ArticleStats;
  /** The outline: headline, dateline, then quotes grouped by speaker or by section. */
  documentSymbols(document: ArticleDocument, params: OutlineParams, options: Partial<ServiceOptions>, token: Cancellation): DocumentSymbol[];
  /** Quoted words coloured by speaker or kind (SEMANTIC_TOKENS_LEGEND's types), nothing when `off`. */
  semanticTokens(document: ArticleDocument, params: SemanticTokensParams, options: Partial<ServiceOptions>, token: Cancellation): SemanticTokens;
  /** The front matter entry of the speaker at the position. */
  definition(document: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>, token: Cancellation): Location | null;
  /** Every attribution and mention of the speaker at the position (and its definition if asked). */
  references(document: ArticleDocument, params: ReferencesParams, options: Partial<ServiceOptions>, token: Cancellation): Location[];
  /** The speaker at the position wherever it occurs in this article. */
  documentHighlights(document: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>, token: Cancellation): DocumentHighlight[];
  /** The speaker id that a rename at the position would change, or null. */
  prepareRename(document: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>, token: Cancellation): { range: Range; placeholder: string } | null;
  /** The edits that rename the speaker id at the position, or why it cannot be renamed. */
  renameEdits(document: ArticleDocument, params: RenameParams, options: Partial<ServiceOptions>, token: Cancellation): { edit?: WorkspaceEdit; error?: string };
  /**
   * Speakers and quotes of many articles matching `params.query` (fuzzy). The one request on many
   * documents: it takes trees (parsed by whichever service holds them) or their summaries
   * (`summarizeForWorkspace`, what the server's workspace index keeps) in place of a document.
   */
  workspaceSymbols(articles: readonly WorkspaceArticle[], params: SymbolQueryParams, options: Partial<ServiceOptions>, token: Cancellation): WorkspaceSymbol[];
  /**
   * The speaker id at the position (an `@id`, a front matter entry or a mention in an article; an
   * entry of the registry document), and whether the registry of `options` defines it.
   */
  speakerAt(document: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>, token: Cancellation): { speakerId: string; inRegistry: boolean } | null;
  /** Where a registry speaker is named across `articles` (trees, as for workspace symbols) and in the registry. */
  workspaceReferences(articles: readonly WorkspaceArticle[], params: WorkspaceReferencesParams, options: Partial<ServiceOptions>, token: Cancellation): Location[];
  /** Renames a registry speaker's id in the registry and every article of `articles`: one workspace edit, or why not. */
  workspaceRename(articles: readonly WorkspaceArticle[], params: WorkspaceRenameParams, options: Partial<ServiceOptions>, token: Cancellation): { edit?: WorkspaceEdit; error?: string };
}

/** What the service holds per document, dropped together by `forget`. */
interface DocumentState {
  parser: ArticleParser;
  article?: ParsedArticle;
  /** The parse under way in steps, if any (one at a time: see parseSteps). */
  parsing?: { version: number; registry?: SpeakerRegistry; steps: Steps<ParsedArticle> };
  /** The checks' results of this document (per-paragraph findings, the last diagnostics). */
  problems: DocumentProblems;
}

// Callers hold an ILanguageService, whose requests all take (document, params, options, token);
// a method here leaves out the trailing parameters it does not read.
export class LanguageService implements ILanguageService {
  private readonly states = new Map<string, DocumentState>();
  private readonly docsBaseUrl: string;
  private readonly logger: Logger;
  private readonly registries = new RegistryCache();

  constructor(init: LanguageServiceInit) {
    this.docsBaseUrl = init.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
    this.logger = init.logger;
  }

  parse(doc: ArticleDocument, options?: Pick<Partial<ServiceOptions>, 'registry'>): Readonly<ParsedArticle> {
    const steps = this.parseSteps(doc, options);
    while (!steps.step());
    // Finished at once, with nothing in between that could supersede it.
    return steps.result!;
  }

  parseSteps(doc: ArticleDocument, options?: Pick<Partial<ServiceOptions>, 'registry'>): Steps<ParsedArticle> {
    const state = this.stateOf(doc.uri);
    const registry = this.registries.get(options?.registry);
    if (state.article && state.article.version === doc.version && doc.version >= 0 && state.article.registry === registry) return finished(state.article);
    const under = state.parsing;
    if (under && under.version === doc.version && doc.version >= 0 && under.registry === registry) return under.steps;
    const parsing: NonNullable<DocumentState['parsing']> = { version: doc.version, registry, steps: stepsOf(this.parsed(state, doc, registry), () => state.parsing === parsing && this.states.get(doc.uri) === state) };
    state.parsing = parsing;
    return parsing.steps;
  }

  private *parsed(state: DocumentState, doc: ArticleDocument, registry: SpeakerRegistry | undefined): Generator<void, ParsedArticle> {
    const text = doc.getText();
    let article: ParsedArticle;
    try {
      article = yield* state.parser.parseSteps(doc.uri, doc.version, text, registry, doc.edit);
    } catch (e) {
      // A product decision: the editor keeps working on an article the parser cannot read (an
      // empty tree answers every request with nothing), and the next version is parsed afresh.
      this.logger.error(`newsmark: parsing ${doc.uri} failed, answering with an empty tree`, e);
      state.parser = new ArticleParser(this.logger);
      article = emptyArticle(doc.uri, doc.version, text);
    }
    state.article = article;
    state.parsing = undefined;
    return article;
  }

  parseStats(uri: string): ParseStats | undefined {
    return this.states.get(uri)?.parser.lastStats;
  }

  forget(uri: string): void {
    this.states.delete(uri);
  }

  diagnostics(doc: ArticleDocument, _params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): Diagnostic[] {
    const registry = this.registryDocument(doc, options);
    if (registry) return registryDiagnostics(registry, withDefaults(options), this.docsBaseUrl);
    return this.stateOf(doc.uri).problems.diagnostics(this.parse(doc, options), withDefaults(options), token);
  }

  diagnosticsSteps(doc: ArticleDocument, params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): Steps<Diagnostic[]> {
    if (this.registryDocument(doc, options)) return finished(this.diagnostics(doc, params, options, token));
    const state = this.stateOf(doc.uri);
    const parsing = this.parseSteps(doc, options);
    let article: ParsedArticle | undefined;
    function* checked(): Generator<void, Diagnostic[] | undefined> {
      while (!parsing.step()) yield;
      article = parsing.result;
      return article && (yield* state.problems.diagnosticsSteps(article, withDefaults(options), token));
    }
    // The checks read the tree between steps: a parse of a newer version (which moves blocks in place) ends them.
    return stepsOf(checked(), () => !article || (state.article === article && this.states.get(doc.uri) === state));
  }

  fixAll(doc: ArticleDocument, params: { maxPasses?: number }, options: Partial<ServiceOptions>, token: Cancellation): FixAllResult {
    const full = withDefaults(options);
    // Pass k checks the text as version `doc.version + k`: each pass a new version, so the parse
    // cache never serves a stale tree.
    let last: ArticleDocument = doc;
    const documentOf = (text: string, pass: number): ArticleDocument => (pass === 0 ? doc : { uri: doc.uri, version: doc.version + pass, getText: () => text });
    const { text, applied } = fixAllText(doc.getText(), (text, pass) => {
      last = documentOf(text, pass);
      return this.stateOf(doc.uri).problems.findings(this.parse(last, full), full, token);
    }, params.maxPasses);
    // Usually the last pass checked the final text and found nothing more to fix.
    const document = last.getText() === text ? last : { uri: doc.uri, version: last.version + 1, getText: () => text };
    return { text, applied, document };
  }

  strip(doc: ArticleDocument, _params: NoParams, options: Partial<ServiceOptions>): string {
    return strip(this.parse(doc, options));
  }

  segments(doc: ArticleDocument, params: NoParams, options: Partial<ServiceOptions>, token: Cancellation): PublishedArticle {
    const diagnostics = this.diagnostics(doc, params, options, token);
    return publishedArticle(this.parse(doc, options), withDefaults(options), diagnostics);
  }

  hover(doc: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>): Hover | null {
    const registry = this.registryDocument(doc, options);
    if (registry) return registryHover(registry, params.position);
    return getHover(this.parse(doc, options), params.position, withDefaults(options));
  }

  completions(doc: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>): CompletionList {
    const registry = this.registryDocument(doc, options);
    if (registry) return registryCompletions(registry, params.position);
    return getCompletions(this.parse(doc, options), params.position, withDefaults(options));
  }

  codeActions(doc: ArticleDocument, params: CodeActionsParams, options: Partial<ServiceOptions>, token: Cancellation): CodeAction[] {
    const article = this.parse(doc, options);
    const actions = getCodeActions(article, params.range, params.context, withDefaults(options), this.stateOf(doc.uri).problems, token);
    if (token.isCancellationRequested) return actions;
    // The check's own fix may already mark the quotation for a speaker of the front matter.
    const titles = new Set(actions.map((a) => `${a.kind}:${a.title}`));
    const markup = getMarkupActions(article, params.range, params.context, this.markupRun({})).filter((a) => !titles.has(`${a.kind}:${a.title}`));
    return [...actions, ...markup];
  }

  markUp(doc: ArticleDocument, params: MarkUpParams, options: Partial<ServiceOptions>): MarkUpResult {
    return markUpDocument(this.parse(doc, options), this.markupRun(params));
  }

  /** The engine survives its own bugs with an empty answer; the logger hears of them (and tests rethrow). */
  private markupRun(params: MarkUpParams): MarkupRun {
    return {
      ...(params.reviewThreshold !== undefined ? { reviewThreshold: params.reviewThreshold } : {}),
      onError: (e) => this.logger.error('newsmark: the markup engine failed, answering with what it had', e),
    };
  }

  foldingRanges(doc: ArticleDocument, _params: NoParams, options: Partial<ServiceOptions>): FoldingRange[] {
    return getFoldingRanges(this.parse(doc, options));
  }

  codeLenses(doc: ArticleDocument, params: CodeLensParams, options: Partial<ServiceOptions>): CodeLens[] {
    const registry = this.registryDocument(doc, options);
    if (registry) return registryCodeLenses(registry, params.articles ?? []);
    return getCodeLenses(this.parse(doc, options), withDefaults(options));
  }

  articleStats(doc: ArticleDocument, _params: NoParams, options: Partial<ServiceOptions>): ArticleStats {
    return getArticleStats(this.parse(doc, options));
  }

  documentSymbols(doc: ArticleDocument, params: OutlineParams, options: Partial<ServiceOptions>, token: Cancellation): DocumentSymbol[] {
    const registry = this.registryDocument(doc, options);
    if (registry) return registrySymbols(registry);
    return getDocumentSymbols(this.parse(doc, options), params.groupBy, withDefaults(options), token);
  }

  semanticTokens(doc: ArticleDocument, params: SemanticTokensParams, options: Partial<ServiceOptions>, token: Cancellation): SemanticTokens {
    if (this.registryDocument(doc, options)) return { data: [] };
    return getSemanticTokens(this.parse(doc, options), params.colorBy, token);
  }

  definition(doc: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>): Location | null {
    return getDefinition(this.parse(doc, options), params.position, withDefaults(options));
  }

  references(doc: ArticleDocument, params: ReferencesParams, options: Partial<ServiceOptions>): Location[] {
    return getReferences(this.parse(doc, options), params.position, params.includeDeclaration);
  }

  documentHighlights(doc: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>): DocumentHighlight[] {
    return getDocumentHighlights(this.parse(doc, options), params.position);
  }

  prepareRename(doc: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>): { range: Range; placeholder: string } | null {
    return prepareRename(this.parse(doc, options), params.position);
  }

  renameEdits(doc: ArticleDocument, params: RenameParams, options: Partial<ServiceOptions>): { edit?: WorkspaceEdit; error?: string } {
    return getRenameEdits(this.parse(doc, options), params.position, params.newName);
  }

  workspaceSymbols(articles: readonly WorkspaceArticle[], params: SymbolQueryParams, _options: Partial<ServiceOptions>, token: Cancellation): WorkspaceSymbol[] {
    return getWorkspaceSymbols(articles, params.query, token, params.limit);
  }

  speakerAt(doc: ArticleDocument, params: PositionParams, options: Partial<ServiceOptions>): { speakerId: string; inRegistry: boolean } | null {
    const registryDoc = this.registryDocument(doc, options);
    if (registryDoc) {
      const entry = registryEntryAt(registryDoc, registryDoc.lines.offset(params.position));
      return entry ? { speakerId: entry.id, inRegistry: true } : null;
    }
    const article = this.parse(doc, options);
    const target = targetAt(article, article.lines.offset(params.position));
    if (target?.type !== 'speaker-reference' && target?.type !== 'speaker-definition' && target?.type !== 'mention') return null;
    if (!target.speakerId) return null;
    return { speakerId: target.speakerId, inRegistry: !!article.registry?.byId.has(target.speakerId) };
  }

  workspaceReferences(articles: readonly WorkspaceArticle[], params: WorkspaceReferencesParams, options: Partial<ServiceOptions>): Location[] {
    return workspaceReferences(articles, this.registries.get(options.registry), params.speakerId, params.includeDeclaration);
  }

  workspaceRename(articles: readonly WorkspaceArticle[], params: WorkspaceRenameParams, options: Partial<ServiceOptions>): { edit?: WorkspaceEdit; error?: string } {
    const registry = this.registries.get(options.registry);
    if (!registry) return { error: 'No speaker registry applies here: rename the speaker in its article.' };
    return workspaceRename(articles, registry, params.speakerId, params.newName);
  }

  /**
   * The document read as the speaker registry, when it is the one the options name (the embedder
   * decides which file is the registry: docs/syntax.md, "Speaker registry"); its live text wins.
   */
  private registryDocument(doc: ArticleDocument, options: Partial<ServiceOptions>): SpeakerRegistry | undefined {
    if (options.registry?.uri !== doc.uri) return undefined;
    return this.registries.get({ uri: doc.uri, text: doc.getText() });
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = { parser: new ArticleParser(this.logger), problems: new DocumentProblems(this.docsBaseUrl) };
      this.states.set(uri, state);
    }
    return state;
  }
}

function emptyArticle(uri: string, version: number, text: string): ParsedArticle {
  return { uri, version, text, lines: LineIndex.of(text), bodyStart: 0, blocks: [], comments: [], mentions: [], speakersById: new Map() };
}
