// What `newsmark registry extract` gathers: every speaker declared in the articles' front matter
// (read by the service: the parser and the article context, as every check reads them) and every
// entry of the registry being extended, each with where it was written (file:line), so that a
// conflict can point at both sides. Speakers the checks call invalid (a bad id, no name) are left
// out, and so are anonymous sources: "a senior official" of one story is not the same person as
// that of another, and a shared registry would merge them.

import { pathToFileURL } from 'node:url';
import { articleContext, isSpeakerId, LanguageService, type ParsedArticle, type SpeakerDefinition, type SpeakerKind, type SpeakerRegistry, type TextSpan } from '../../service';

/** The fields of a speaker that a registry entry holds and that may disagree. */
export type ComparedField = 'role' | 'org' | 'kind';

/** One speaker as one file declares it. */
export interface Declaration {
  id: string;
  name: string;
  role?: string;
  org?: string;
  /** Only when written (`kind:`): an omitted kind disagrees with nothing. */
  kind?: SpeakerKind;
  /** The aliases written (`aliases: [...]`); none when the default (the last word of the name) applies. */
  aliases: string[];
  /** The aliases in force, the default included: what the article's mentions use. */
  aliasesInForce: string[];
  /** `stories/a.news:7`: where the id is written. */
  at: string;
  /** Where each field's value is written (the id's line when the field is absent). */
  fieldAt: Record<ComparedField | 'name', string>;
  /** True for an entry of the registry being extended: it is kept as it is. */
  existing: boolean;
}

type Lines = ParsedArticle['lines'];

/** The declarations of one parsed article (its own front matter; no registry is read with it). */
export function articleDeclarations(article: ParsedArticle, display: string): Declaration[] {
  // The article context's definitions: the front matter's speakers, an id given twice counted once.
  const { definitions } = articleContext(article, { style: 'auto' }).speakers;
  return [...definitions.values()].flatMap((def) => declaration(def, article.lines, display, false));
}

/** The entries of a registry, as the service reads it (spans in the registry's text). */
export function registryDeclarations(registry: SpeakerRegistry, display: string): Declaration[] {
  return [...registry.byId.values()].flatMap((def) => declaration(def, registry.lines, display, true));
}

/**
 * A registry file read by the service's own registry reader: an empty article parsed against it
 * carries the parsed registry (`ParsedArticle.registry`).
 */
export function readRegistry(service: LanguageService, file: string, text: string): SpeakerRegistry {
  const uri = pathToFileURL(file).href;
  const article = service.parse({ uri: `${uri}.extract-probe`, version: 0, getText: () => '' }, { registry: { uri, text } });
  return article.registry!;
}

function declaration(def: SpeakerDefinition, lines: Lines, display: string, existing: boolean): Declaration[] {
  const name = def.name?.value.trim();
  if (!name || !isSpeakerId(def.id) || def.kind === 'anonymous') return [];
  const where = (span: TextSpan | undefined) => `${display}:${lines.position((span ?? def.idSpan).start).line + 1}`;
  const at = where(def.idSpan);
  return [{
    id: def.id,
    name,
    ...optional('role', def.role?.value.trim()),
    ...optional('org', def.org?.value.trim()),
    ...(def.kindField ? { kind: def.kind } : {}),
    aliases: def.aliasesGiven ? def.aliases.map((a) => a.text.trim()).filter(Boolean) : [],
    aliasesInForce: def.aliases.map((a) => a.text.trim()).filter(Boolean),
    at,
    fieldAt: { name: where(def.name), role: where(def.role), org: where(def.org), kind: where(def.kindField) },
    existing,
  }];
}

/** The key when the value is a non-empty string; nothing otherwise. */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
