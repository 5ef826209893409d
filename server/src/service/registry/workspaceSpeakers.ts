// A registry speaker across the workspace: its references in every article (attributions,
// mentions, the front matter entries that override it, and its registry entry) and the rename of
// its id as one workspace edit (the registry and every article that uses the id). Pure: it takes
// the trees the embedder holds (the server's workspace index), as workspace symbols do.

import type { Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { allQuotes, isSpeakerId, type ParsedArticle, type SpeakerRegistry, type TextSpan } from '../syntax';
import { plural } from '../labels';
import { idWithin } from '../features/navigation';

export function workspaceReferences(articles: readonly ParsedArticle[], registry: SpeakerRegistry | undefined, speakerId: string, includeDeclaration: boolean): Location[] {
  const found: Location[] = [];
  const entry = registry?.byId.get(speakerId);
  if (registry && entry && includeDeclaration) found.push({ uri: registry.uri, range: registry.lines.range(entry.idSpan) });
  for (const a of articles) {
    const spans: TextSpan[] = [];
    if (includeDeclaration) for (const d of a.frontMatter?.speakers ?? []) if (d.id === speakerId) spans.push(d.idSpan);
    for (const q of allQuotes(a)) if (q.speakerId === speakerId) spans.push(q.speakerSpan);
    for (const m of a.mentions) if (m.speakerId === speakerId) spans.push(m);
    spans.sort((x, y) => x.start - y.start);
    for (const s of spans) found.push({ uri: a.uri, range: a.lines.range(s) });
  }
  return found;
}

/** Renames a registry speaker's id everywhere, or says why not (an invalid id, or one taken anywhere). */
export function workspaceRename(articles: readonly ParsedArticle[], registry: SpeakerRegistry, from: string, newName: string): { edit?: WorkspaceEdit; error?: string } {
  const to = newName.trim().replace(/^@/, '');
  if (!isSpeakerId(to)) {
    return { error: `"${newName}" is not a valid speaker id: use lower-case letters, digits, "-" and "_", starting with a letter (e.g. "chen" or "chen-wenqing").` };
  }
  const changes: Record<string, TextEdit[]> = {};
  if (to === from) return { edit: { changes } };
  const taken = registry.byId.get(to);
  if (taken) return { error: `"${to}" is already the id of ${taken.name?.value ?? 'another speaker'} in the speaker registry: choose another id.` };
  for (const a of articles) {
    const declared = a.frontMatter?.speakers.find((d) => d.id === to);
    if (declared) return { error: `"${to}" is already the id of ${declared.name?.value ?? 'another speaker'} in ${fileName(a.uri)}: choose another id.` };
    let used = 0;
    for (const q of allQuotes(a)) if (q.speakerId === to) used++;
    if (used) return { error: `"${to}" is already used by ${plural(used, 'quote')} in ${fileName(a.uri)}: renaming would attribute ${used === 1 ? 'it' : 'them'} to this speaker. Choose another id.` };
  }
  const entry = registry.byId.get(from);
  if (entry) changes[registry.uri] = [{ range: registry.lines.range(idWithin(registry.text, entry.idSpan, from)), newText: to }];
  for (const a of articles) {
    const edits: TextEdit[] = [];
    for (const d of a.frontMatter?.speakers ?? []) if (d.id === from) edits.push({ range: a.lines.range(idWithin(a.text, d.idSpan, from)), newText: to });
    for (const q of allQuotes(a)) if (q.speakerId === from) edits.push({ range: a.lines.range(q.speakerSpan), newText: to });
    if (edits.length) changes[a.uri] = edits;
  }
  return { edit: { changes } };
}


function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
