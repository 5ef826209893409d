// What every handler of the server shares: the connection, the open documents, one language
// service (parse cache per document version), the settings and the workspace index.

import type { Connection, Position, Range, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientOptions, ILanguageService, Logger } from '../service';
import type { NewsmarkSettings, SettingsStore } from './settings';
import { isOversized } from './sizeLimit';
import type { WorkspaceIndex } from './workspaceIndex';
import { isYamlPath, type RegistryStore } from './registry';
import type { SourceStore } from './sources';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** Made at `initialize`, when the client has said where the documentation lives. */
  service: ILanguageService;
  readonly settings: SettingsStore;
  readonly index: WorkspaceIndex;
  /** What the client can show (hover's `contentFormat`), read once at `initialize`. */
  clientOptions: ClientOptions;
  /** The speaker registry of each document (lsp/registry.ts). */
  readonly registry: RegistryStore;
  /** The sources each article quotes from, read in the background (lsp/sources.ts). */
  readonly sources: SourceStore;
  /** Writes to the client's output channel (`connection.console`). */
  readonly logger: Logger;
  /** A line for the output channel (the settings and the workspace index report with it). */
  readonly log: (message: string) => void;
}

/** The open document a request names; a request for an unknown document gets an empty answer. */
export function openDocument(ctx: ServerContext, params: { textDocument: { uri: string } }): TextDocument | undefined {
  return openDocumentAt(ctx, params?.textDocument?.uri);
}

/**
 * A YAML file that is not a speaker registry. VS Code sends every open YAML file, since a
 * configuration may name any of them as the registry (`"registry": "desk/people.yaml"`); the
 * others are none of NewsMark's business: no problems, no answers.
 */
export function isForeignYaml(ctx: ServerContext, uri: string): boolean {
  return isYamlPath(uri) && !ctx.registry.isKnownRegistry(uri);
}

/** The open document `uri` names, unless it is over the size limit (then it is served as unknown: sizeLimit.ts) or a YAML file that is no registry. */
export function openDocumentAt(ctx: ServerContext, uri: unknown): TextDocument | undefined {
  const doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
  return doc && !isOversized(doc, ctx.settings.known(doc.uri)) && !isForeignYaml(ctx, doc.uri) ? doc : undefined;
}

export function settingsOf(ctx: ServerContext, doc: TextDocument): Promise<NewsmarkSettings> {
  return ctx.settings.get(doc.uri);
}

const isLineOrCharacter = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** The request's position if it is one (two non-negative integers); malformed ones get no answer. */
export function validPosition(p: unknown): Position | undefined {
  const pos = p as Partial<Position> | null | undefined;
  return pos && isLineOrCharacter(pos.line) && isLineOrCharacter(pos.character) ? { line: pos.line, character: pos.character } : undefined;
}

export function validRange(r: unknown): Range | undefined {
  const range = r as Partial<Range> | null | undefined;
  const start = validPosition(range?.start);
  const end = validPosition(range?.end);
  return start && end ? { start, end } : undefined;
}
