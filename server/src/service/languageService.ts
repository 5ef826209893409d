// The NewsMark language service: one parse per document version, shared by every feature.
// Pure: no `vscode`, no LSP connection. The language server, the command line and the tests all
// call this.

import type { CodeAction, CodeActionContext, CodeLens, CompletionList, Diagnostic, DocumentHighlight, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, WorkspaceEdit, WorkspaceSymbol } from 'vscode-languageserver-types';
import type { Cancellation } from './cancellation';
import { getArticleStats, type ArticleStats } from './features/articleStats';
import { getCodeActions } from './features/codeActions';
import { getCodeLenses } from './features/codeLens';
import { getCompletions } from './features/completion';
import { computeDiagnostics } from './features/diagnostics';
import { getFoldingRanges } from './features/folding';
import { getHover } from './features/hover';
import { getDefinition, getDocumentHighlights, getReferences, getRenameEdits, prepareRename } from './features/navigation';
import { getDocumentSymbols, type OutlineGrouping } from './features/symbols';
import { getWorkspaceSymbols } from './features/workspaceSymbols';
import { withDefaults, type ServiceOptions } from './options';
import { ArticleParser, type ParseStats } from './parser/parseArticle';
import { strip } from './strip';
import type { ParsedArticle } from './syntax';
import { LineIndex } from './text/lineIndex';

/** What the service needs of a document (vscode-languageserver-textdocument's TextDocument fits). */
export interface ArticleDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

interface DocumentState {
  parser: ArticleParser;
  article?: ParsedArticle;
}

export class LanguageService {
  private readonly states = new Map<string, DocumentState>();

  /**
   * The parse of this version of the document; parsed once, then shared by every request. The
   * tree is valid until the next version of the same document is parsed (see ParsedArticle).
   */
  parse(doc: ArticleDocument): ParsedArticle {
    let state = this.states.get(doc.uri);
    if (!state) {
      state = { parser: new ArticleParser() };
      this.states.set(doc.uri, state);
    }
    if (state.article && state.article.version === doc.version && doc.version >= 0) return state.article;
    const text = doc.getText();
    let article: ParsedArticle;
    try {
      article = state.parser.parse(doc.uri, doc.version, text);
    } catch {
      // Never throw at an editor: a parser bug leaves an empty tree, and the next version retries.
      state.parser = new ArticleParser();
      article = emptyArticle(doc.uri, doc.version, text);
    }
    state.article = article;
    return article;
  }

  /** How much of the last parse of `uri` had to be read anew (paragraph re-use). */
  parseStats(uri: string): ParseStats | undefined {
    return this.states.get(uri)?.parser.lastStats;
  }

  /** Drops the cached parse of a closed document. */
  forget(uri: string): void {
    this.states.delete(uri);
  }

  diagnostics(doc: ArticleDocument, options?: Partial<ServiceOptions>, token?: Cancellation): Diagnostic[] {
    return computeDiagnostics(this.parse(doc), withDefaults(options), token);
  }

  strip(doc: ArticleDocument): string {
    return strip(this.parse(doc));
  }

  // Editor features: each parses (or re-uses the parse of) the document and delegates to its
  // module under features/. The language server calls these.

  hover(doc: ArticleDocument, position: Position, options?: Partial<ServiceOptions>): Hover | null {
    return getHover(this.parse(doc), position, withDefaults(options));
  }

  completions(doc: ArticleDocument, position: Position, options?: Partial<ServiceOptions>): CompletionList {
    return getCompletions(this.parse(doc), position, withDefaults(options));
  }

  codeActions(doc: ArticleDocument, range: Range, context: CodeActionContext, options?: Partial<ServiceOptions>): CodeAction[] {
    return getCodeActions(this.parse(doc), range, context, withDefaults(options));
  }

  foldingRanges(doc: ArticleDocument): FoldingRange[] {
    return getFoldingRanges(this.parse(doc));
  }

  codeLenses(doc: ArticleDocument, options?: Partial<ServiceOptions>): CodeLens[] {
    return getCodeLenses(this.parse(doc), withDefaults(options));
  }

  articleStats(doc: ArticleDocument): ArticleStats {
    return getArticleStats(this.parse(doc));
  }

  documentSymbols(doc: ArticleDocument, groupBy: OutlineGrouping = 'speaker', token?: Cancellation, options?: Partial<ServiceOptions>): DocumentSymbol[] {
    return getDocumentSymbols(this.parse(doc), groupBy, withDefaults(options), token);
  }

  definition(doc: ArticleDocument, position: Position): Location | null {
    return getDefinition(this.parse(doc), position);
  }

  references(doc: ArticleDocument, position: Position, includeDeclaration: boolean): Location[] {
    return getReferences(this.parse(doc), position, includeDeclaration);
  }

  documentHighlights(doc: ArticleDocument, position: Position): DocumentHighlight[] {
    return getDocumentHighlights(this.parse(doc), position);
  }

  prepareRename(doc: ArticleDocument, position: Position): { range: Range; placeholder: string } | null {
    return prepareRename(this.parse(doc), position);
  }

  renameEdits(doc: ArticleDocument, position: Position, newName: string): { edit?: WorkspaceEdit; error?: string } {
    return getRenameEdits(this.parse(doc), position, newName);
  }

  /** Symbols of many articles (parsed by whichever service holds them) matching `query`. */
  workspaceSymbols(articles: readonly ParsedArticle[], query: string, token?: Cancellation): WorkspaceSymbol[] {
    return getWorkspaceSymbols(articles, query, token);
  }
}

function emptyArticle(uri: string, version: number, text: string): ParsedArticle {
  return { uri, version, text, lines: LineIndex.of(text), bodyStart: 0, blocks: [], comments: [], mentions: [], speakersById: new Map() };
}
