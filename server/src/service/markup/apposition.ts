// Cataphora by apposition: a person first given only by a description ("his daughter said", "her
// own health commissioner warned that", "My coach told me") whom the copy names later with the
// same description in apposition ("His daughter, Rania Mansour, a cellist, said"; "The
// commissioner, Dr. Elaine Cho, had told") or as a title ("Navarro's coach Javier Ortega"). The
// copy itself says who it is, so the description's spans go to the named person.

import { TITLES } from './lexicon';
import type { Registry, Speaker } from './registry';

/** What this rule changes of a span (attribute.ts's RawSpan, which imports this module). */
interface Attributed {
  speaker: Speaker;
  confidence: number;
}

export function namedInApposition(text: string, spans: Attributed[], registry: Registry) {
  for (const described of registry.speakers.filter((s) => s.described && s.kind === 'person' && !s.reason)) {
    const head = described.name.split(' ').pop()!.toLowerCase();
    // Not described, so never the description itself.
    const named = registry.speakers.find((p) => p.kind === 'person' && !p.described && inAppositionTo(text, p, head, described.firstAt));
    if (!named) continue;
    for (const x of spans) {
      if (x.speaker !== described) continue;
      x.speaker = named;
      x.confidence = Math.min(x.confidence, 0.75);
    }
    if (!named.role) named.role = described.name;
  }
}

/** Whether `p`'s name stands after `from` right after "<... head>, " or "<head> " and any titles ("The commissioner, Dr. Elaine Cho"). */
function inAppositionTo(text: string, p: Speaker, head: string, from: number): boolean {
  for (let at = text.indexOf(p.name, from); at >= 0; at = text.indexOf(p.name, at + 1)) {
    const words = text.slice(Math.max(0, at - 80), at).trimEnd().split(/\s+/);
    while (words.length > 0 && TITLES.has(words[words.length - 1])) words.pop();
    const last = words[words.length - 1] ?? '';
    // "His daughter, Rania Mansour," or, without the commas, "Navarro's coach Javier Ortega".
    if (last.replace(/,$/, '').toLowerCase() === head) return true;
  }
  return false;
}
