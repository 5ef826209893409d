// Navigation over speakers: go to definition, find references, rename, document highlights.
//
// A speaker is named in three ways: its id key in the front matter (the definition), `@id` after
// each of its quotes (attributions) and its name or aliases in the prose (mentions). Rename
// changes the id only: the definition key and every `@id`. A mention is a person's name, and
// renaming a person is an edit of the text, not of the id.

import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import { allQuotes, isSpeakerId, type ParsedArticle, type TextSpan } from '../syntax';
import { plural } from '../labels';
import { mentionsOf, targetAt, type Target } from '../query';
import { speakerIndex } from '../context/articleContext';
import type { ServiceOptions } from '../options';
import { quoteSourceLocation } from '../sources/sourceFeatures';

type SpeakerTarget = Extract<Target, { type: 'speaker-reference' | 'speaker-definition' | 'mention' }>;

/** The speaker named at a position: by `@id`, by its front matter entry or by a mention. */
function speakerTargetAt(article: ParsedArticle, position: Position): SpeakerTarget | undefined {
  const target = targetAt(article, article.lines.offset(position));
  if (target?.type === 'speaker-reference' || target?.type === 'speaker-definition' || target?.type === 'mention') return target;
  return undefined;
}

export function getDefinition(article: ParsedArticle, position: Position, options?: ServiceOptions): Location | null {
  const found = definition(article, position);
  if (found || !options) return found;
  // On a quote's words: the passage of its source.
  const target = targetAt(article, article.lines.offset(position));
  return target?.type === 'quote' ? quoteSourceLocation(article, target.quote, options) : null;
}

function definition(article: ParsedArticle, position: Position): Location | null {
  const target = speakerTargetAt(article, position);
  if (!target) return null;
  const { definitions, fromRegistry, registry } = speakerIndex(article);
  const def = definitions.get(target.speakerId);
  if (!def) return null;
  // A registry speaker is defined in the registry file.
  if (registry && fromRegistry(def.id)) return { uri: registry.uri, range: registry.lines.range(def.idSpan) };
  return location(article, def.idSpan);
}

export function getReferences(article: ParsedArticle, position: Position, includeDeclaration: boolean): Location[] {
  const target = speakerTargetAt(article, position);
  if (!target) return [];
  return occurrences(article, target.speakerId)
    .filter((o) => includeDeclaration || o.role !== 'definition')
    .map((o) => location(article, o.span));
}

export function getDocumentHighlights(article: ParsedArticle, position: Position): DocumentHighlight[] {
  const target = speakerTargetAt(article, position);
  if (!target) return [];
  const kinds = { definition: DocumentHighlightKind.Write, attribution: DocumentHighlightKind.Read, mention: DocumentHighlightKind.Text };
  return occurrences(article, target.speakerId).map((o) => ({ range: article.lines.range(o.span), kind: kinds[o.role] }));
}

// ---------------------------------------------------------------------------------------------
// Rename

export function prepareRename(article: ParsedArticle, position: Position): { range: Range; placeholder: string } | null {
  const id = renameableIdAt(article, position);
  if (!id) return null;
  return { range: article.lines.range(id.span), placeholder: id.speakerId };
}

export function getRenameEdits(article: ParsedArticle, position: Position, newName: string): { edit?: WorkspaceEdit; error?: string } {
  return renameEdits(article, position, newName);
}

function renameEdits(article: ParsedArticle, position: Position, newName: string): { edit?: WorkspaceEdit; error?: string } {
  const id = renameableIdAt(article, position);
  if (!id) {
    const target = speakerTargetAt(article, position);
    if (target?.type === 'mention' || target?.type === 'speaker-definition') {
      return { error: `Only the speaker id can be renamed: place the cursor on "@${target.speakerId}" or on the "${target.speakerId}:" key in the front matter. To change how the speaker is named, edit the text or the speaker's "name" and "aliases".` };
    }
    return { error: 'Place the cursor on a speaker id ("@id" after a quote, or the id in the front matter) to rename it.' };
  }
  // Writers may type the `@` they see in the text: accept it, the id itself has none.
  const wanted = newName.trim().replace(/^@/, '');
  if (!isSpeakerId(wanted)) {
    return { error: `"${newName}" is not a valid speaker id: use lower-case letters, digits, "-" and "_", starting with a letter (e.g. "chen" or "chen-wenqing").` };
  }
  const refused = wanted === id.speakerId ? undefined : mergeRefusal(article, id.speakerId, wanted);
  if (refused) return { error: refused };
  const edits: TextEdit[] = [];
  if (wanted !== id.speakerId) {
    for (const o of occurrences(article, id.speakerId)) {
      if (o.role === 'mention') continue;
      edits.push({ range: article.lines.range(idWithin(article.text, o.span, id.speakerId)), newText: wanted });
    }
  }
  return { edit: { changes: { [article.uri]: edits } } };
}

/**
 * Why renaming `from` to `to` would merge two speakers, if it would. A defined speaker must not
 * take the id of another one (duplicate keys) nor of quotes whose id is undefined (they would
 * silently become its quotes). An undefined id (a typo) may be renamed to any id: that is how a
 * writer repairs `@wnag` → `@wang` in one step.
 */
function mergeRefusal(article: ParsedArticle, from: string, to: string): string | undefined {
  if (!article.speakersById.has(from)) return undefined;
  const { definitions, fromRegistry } = speakerIndex(article);
  const other = definitions.get(to);
  if (other) {
    const who = other.name?.value ? ` (${other.name.value})` : '';
    return `"${to}" is already the id of another speaker${who}${fromRegistry(to) ? ' in the speaker registry' : ''}: choose another id.`;
  }
  let used = 0;
  for (const q of allQuotes(article)) if (q.speakerId === to) used++;
  if (used) return `"${to}" is already used by ${plural(used, 'quote')} (not in the front matter): renaming would attribute ${used === 1 ? 'it' : 'them'} to this speaker. Choose another id.`;
  return undefined;
}

/** The id under the cursor when it can be renamed: `@id` after a quote, or the id key of a definition. */
function renameableIdAt(article: ParsedArticle, position: Position): { speakerId: string; span: TextSpan } | undefined {
  const target = speakerTargetAt(article, position);
  if (!target || !target.speakerId) return undefined;
  if (target.type === 'speaker-reference') return { speakerId: target.speakerId, span: target.span };
  if (target.type === 'speaker-definition' && sameSpan(target.span, target.speaker.idSpan)) {
    return { speakerId: target.speakerId, span: idWithin(article.text, target.span, target.speakerId) };
  }
  return undefined;
}

/**
 * The id inside a span: a YAML key may be quoted (`"chen":`), and the edit must keep the quotes.
 * Falls back to the whole span when the id cannot be found in it.
 */
export function idWithin(text: string, span: TextSpan, id: string): TextSpan {
  const written = text.slice(span.start, span.end);
  if (written === id) return span;
  const at = written.indexOf(id);
  return at >= 0 ? { start: span.start + at, end: span.start + at + id.length } : span;
}

// ---------------------------------------------------------------------------------------------

interface Occurrence {
  role: 'definition' | 'attribution' | 'mention';
  span: TextSpan;
}

/** Every place the speaker is named, in document order. */
function occurrences(article: ParsedArticle, speakerId: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const def of article.frontMatter?.speakers ?? []) {
    if (def.id === speakerId) found.push({ role: 'definition', span: def.idSpan });
  }
  if (speakerId) {
    for (const q of allQuotes(article)) {
      if (q.speakerId === speakerId) found.push({ role: 'attribution', span: q.speakerSpan });
    }
  }
  for (const m of mentionsOf(article, speakerId)) found.push({ role: 'mention', span: m });
  return found.sort((a, b) => a.span.start - b.span.start);
}

function location(article: ParsedArticle, span: TextSpan): Location {
  return { uri: article.uri, range: article.lines.range(span) };
}

const sameSpan = (a: TextSpan, b: TextSpan) => a.start === b.start && a.end === b.end;
