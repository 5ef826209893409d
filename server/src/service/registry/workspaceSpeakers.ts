// A registry speaker across the workspace: its references in every article (attributions,
// mentions, the front matter entries that override it, and its registry entry) and the rename of
// its id as one workspace edit (the registry and every article that uses the id). Pure: it takes
// the articles the embedder holds (the server's workspace index: summaries, archive/articleSummary.ts;
// or trees), as workspace symbols do.

import type { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { isSpeakerId, type SpeakerRegistry } from '../syntax';
import { plural } from '../labels';
import { idWithin } from '../features/navigation';
import { asSummary, declaredIdRange, declaredRenameRange, mentionRange, quoteSpeakerRange, type WorkspaceArticle } from '../archive/articleSummary';

export function workspaceReferences(articles: readonly WorkspaceArticle[], registry: SpeakerRegistry | undefined, speakerId: string, includeDeclaration: boolean): Location[] {
  const found: Location[] = [];
  const entry = registry?.byId.get(speakerId);
  if (registry && entry && includeDeclaration) found.push({ uri: registry.uri, range: registry.lines.range(entry.idSpan) });
  for (const article of articles) {
    const a = asSummary(article);
    const ranges: Range[] = [];
    if (includeDeclaration) for (const [i, d] of a.declared.entries()) if (d.id === speakerId) ranges.push(declaredIdRange(a, i));
    for (const [i, q] of a.quotes.entries()) if (q.speakerId === speakerId) ranges.push(quoteSpeakerRange(a, i));
    for (const [i, id] of a.mentions.entries()) if (id === speakerId) ranges.push(mentionRange(a, i));
    ranges.sort((x, y) => x.start.line - y.start.line || x.start.character - y.start.character);
    for (const range of ranges) found.push({ uri: a.uri, range });
  }
  return found;
}

/** Renames a registry speaker's id everywhere, or says why not (an invalid id, or one taken anywhere). */
export function workspaceRename(articles: readonly WorkspaceArticle[], registry: SpeakerRegistry, from: string, newName: string): { edit?: WorkspaceEdit; error?: string } {
  const to = newName.trim().replace(/^@/, '');
  if (!isSpeakerId(to)) {
    return { error: `"${newName}" is not a valid speaker id: use lower-case letters, digits, "-" and "_", starting with a letter (e.g. "chen" or "chen-wenqing").` };
  }
  const changes: Record<string, TextEdit[]> = {};
  if (to === from) return { edit: { changes } };
  const taken = registry.byId.get(to);
  if (taken) return { error: `"${to}" is already the id of ${taken.name?.value ?? 'another speaker'} in the speaker registry: choose another id.` };
  const summaries = articles.map((a) => asSummary(a));
  for (const a of summaries) {
    const declared = a.declared.find((d) => d.id === to);
    if (declared) return { error: `"${to}" is already the id of ${declared.name ?? 'another speaker'} in ${fileName(a.uri)}: choose another id.` };
    let used = 0;
    for (const q of a.quotes) if (q.speakerId === to) used++;
    if (used) return { error: `"${to}" is already used by ${plural(used, 'quote')} in ${fileName(a.uri)}: renaming would attribute ${used === 1 ? 'it' : 'them'} to this speaker. Choose another id.` };
  }
  const entry = registry.byId.get(from);
  if (entry) changes[registry.uri] = [{ range: registry.lines.range(idWithin(registry.text, entry.idSpan, from)), newText: to }];
  for (const a of summaries) {
    const edits: TextEdit[] = [];
    for (const [i, d] of a.declared.entries()) if (d.id === from) edits.push({ range: declaredRenameRange(a, i), newText: to });
    for (const [i, q] of a.quotes.entries()) if (q.speakerId === from) edits.push({ range: quoteSpeakerRange(a, i), newText: to });
    if (edits.length) changes[a.uri] = edits;
  }
  return { edit: { changes } };
}


function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
