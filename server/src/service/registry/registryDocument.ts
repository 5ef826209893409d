// The registry file as a NewsMark document (spec section 7): its problems (the speaker rules of
// section 6, reported on the registry file; `speaker-unused` does not apply to it), hover over an
// entry, completion of a speaker's field names and kinds, the outline, and a code lens per speaker
// counting its quotes across the workspace's articles (the summaries or trees the embedder holds).

import { CompletionItemKind, MarkupKind, SymbolKind, type CodeLens, type CompletionList, type Diagnostic, type DocumentSymbol, type Hover, type Location, type Position } from 'vscode-languageserver-types';
import { SHOW_REFERENCES_COMMAND } from '../../protocol';
import type { Finding } from '../diagnostics/finding';
import { severityOf, toLspDiagnostic } from '../diagnostics/toLsp';
import { plural } from '../labels';
import type { ServiceOptions } from '../options';
import { SPEAKER_KEYS, SPEAKER_KINDS, type SpeakerDefinition, type SpeakerRegistry, type TextSpan } from '../syntax';
import { oneLine } from '../text/characters';
import { lineStartAt } from '../text/scan';
import { asSummary, quoteRange, type WorkspaceArticle } from '../archive/articleSummary';


/** The registry's problems: what its reading found, and anonymous sources without a reason. */
function registryFindings(registry: SpeakerRegistry): Finding[] {
  const findings: Finding[] = registry.problems.map((p) => ({ code: p.code, start: p.start, end: p.end, message: p.message }));
  const seen = new Set<string>();
  for (const s of registry.speakers) {
    if (seen.has(s.id)) findings.push({ code: 'speaker-invalid', ...s.idSpan, message: `Speaker "${s.id}" is in the registry twice: keep one entry` });
    seen.add(s.id);
    if (s.kind === 'anonymous' && !s.reason) {
      const at = s.kindField ?? s.idSpan;
      findings.push({ code: 'speaker-anonymous-reason', start: at.start, end: at.end, message: `Anonymous speaker "${s.id}" has no "reason": say why the source is not named` });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function registryDiagnostics(registry: SpeakerRegistry, options: ServiceOptions, docsBaseUrl: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of registryFindings(registry)) {
    const severity = severityOf(f.code, options);
    if (severity !== 'off') out.push(toLspDiagnostic(registry, f, severity, docsBaseUrl));
  }
  return out;
}

/** The entry holding the offset (its id key or any of its fields). */
export function registryEntryAt(registry: SpeakerRegistry, offset: number): SpeakerDefinition | undefined {
  return registry.speakers.find((s) => offset >= s.start && offset <= s.end);
}

export function registryHover(registry: SpeakerRegistry, position: Position): Hover | null {
  const s = registryEntryAt(registry, registry.lines.offset(position));
  if (!s) return null;
  const facts = [s.role?.value && `Role: ${s.role.value}`, s.org?.value && `Org: ${s.org.value}`, s.kind !== 'person' && `Kind: ${s.kind}`, s.reason?.value && `Reason: ${s.reason.value}`,
    s.aliases.length && `Aliases: ${s.aliases.map((a) => a.text).join(', ')}${s.aliasesGiven ? '' : ' (default: the last word of the name)'}`].filter(Boolean);
  const title = s.name ? `**${oneLine(s.name.value)}** \`@${s.id}\`` : `\`@${s.id}\` (no name)`;
  const value = [title, facts.join('  \n'), '*Speaker registry entry*: articles may quote this speaker without declaring it'].filter(Boolean).join('\n\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: registry.lines.range(s.idSpan) };
}

/** Field names on an indented line of an entry, the kinds after `kind:`. */
export function registryCompletions(registry: SpeakerRegistry, position: Position): CompletionList {
  const offset = registry.lines.offset(position);
  const lineStart = lineStartAt(registry.text, offset);
  const before = registry.text.slice(lineStart, offset);
  const kindValue = /^\s+kind:\s*(\w*)$/.exec(before);
  if (kindValue) {
    return { isIncomplete: false, items: SPEAKER_KINDS.map((k) => ({ label: k, kind: CompletionItemKind.EnumMember })) };
  }
  if (!/^\s+\w*$/.test(before)) return { isIncomplete: false, items: [] };
  const entry = registry.speakers.filter((s) => s.start < offset).pop();
  const given = new Set<string>();
  if (entry) {
    for (const k of ['name', 'role', 'org', 'reason'] as const) if (entry[k]) given.add(k);
    if (entry.aliasesGiven) given.add('aliases');
    if (entry.kindField) given.add('kind');
  }
  const items = SPEAKER_KEYS.filter((k) => !given.has(k)).map((k) => ({ label: k, kind: CompletionItemKind.Property, insertText: `${k}: ` }));
  return { isIncomplete: false, items };
}

export function registrySymbols(registry: SpeakerRegistry): DocumentSymbol[] {
  return registry.speakers.map((s) => ({
    name: oneLine(s.name?.value ?? '') || `@${s.id}`,
    detail: [`@${s.id}`, s.role?.value, s.org?.value].filter(Boolean).join(' · '),
    kind: s.kind === 'person' || s.kind === 'anonymous' ? SymbolKind.Constant : SymbolKind.Namespace,
    range: registry.lines.range(cover(s)),
    selectionRange: registry.lines.range(s.idSpan),
  }));
}

/** "24 quotes in 9 articles" on each entry, counted over `articles` (the workspace's, as the embedder holds them). */
export function registryCodeLenses(registry: SpeakerRegistry, articles: readonly WorkspaceArticle[]): CodeLens[] {
  const quotesById = new Map<string, Location[]>();
  const articlesById = new Map<string, number>();
  for (const article of articles) {
    const a = asSummary(article);
    const here = new Set<string>();
    for (const [i, q] of a.quotes.entries()) {
      if (!registry.byId.has(q.speakerId)) continue;
      const list = quotesById.get(q.speakerId) ?? [];
      list.push({ uri: a.uri, range: quoteRange(a, i) });
      quotesById.set(q.speakerId, list);
      here.add(q.speakerId);
    }
    for (const id of here) articlesById.set(id, (articlesById.get(id) ?? 0) + 1);
  }
  return registry.speakers.map((s) => {
    const locations = quotesById.get(s.id) ?? [];
    const range = registry.lines.range(s.idSpan);
    const title = `${plural(locations.length, 'quote')} in ${plural(articlesById.get(s.id) ?? 0, 'article')}`;
    // Clicking shows the quotes, as an article's lenses do (the client's references peek).
    return { range, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [registry.uri, range.start, locations] } };
  });
}

function cover(s: SpeakerDefinition): TextSpan {
  return { start: s.start, end: Math.max(s.end, s.idSpan.end) };
}
