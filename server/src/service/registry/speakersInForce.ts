// Which speaker definitions apply to an article: its own front matter's, then the registry's for
// every id the front matter does not declare (an article's entry overrides the registry's for that
// article, spec section 7). The parser reads mentions of both (parser/parseArticle.ts), and the
// article context (context/articleContext.ts) hands the merged definitions to every feature.

import type { SpeakerDefinition, SpeakerRegistry } from '../syntax';

/** The registry's speakers that the article does not declare itself, in the registry's order. */
export function registrySpeakersBeyond(own: readonly SpeakerDefinition[], registry: SpeakerRegistry | undefined): SpeakerDefinition[] {
  if (!registry) return [];
  const declared = new Set(own.map((s) => s.id));
  return [...registry.byId.values()].filter((s) => !declared.has(s.id));
}

/** The article's definitions by id, then the registry's it does not override. */
export function mergeSpeakers(own: ReadonlyMap<string, SpeakerDefinition>, registry: SpeakerRegistry | undefined): Map<string, SpeakerDefinition> {
  const merged = new Map(own);
  if (registry) for (const [id, s] of registry.byId) if (!merged.has(id)) merged.set(id, s);
  return merged;
}

/** What an article's entry changes of the registry's entry of the same id ("role", "aliases", ...): empty when they agree. */
export function overriddenFields(own: SpeakerDefinition, registered: SpeakerDefinition): string[] {
  const differs: string[] = [];
  const same = (a?: { value: string }, b?: { value: string }) => (a?.value.trim() ?? '') === (b?.value.trim() ?? '');
  if (!same(own.name, registered.name)) differs.push('name');
  if (!same(own.role, registered.role)) differs.push('role');
  if (!same(own.org, registered.org)) differs.push('org');
  if (own.aliases.map((a) => a.text).join('\u0000') !== registered.aliases.map((a) => a.text).join('\u0000')) differs.push('aliases');
  if (own.kind !== registered.kind) differs.push('kind');
  if (!same(own.reason, registered.reason)) differs.push('reason');
  return differs;
}
