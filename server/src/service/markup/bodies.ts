// A body the article calls by a common noun ("police said", "the ministry said") before or after
// it names it in full ("according to the Dunmore Police Department") is that body: one speaker,
// with the common noun as an alias. Only when exactly one named body holds the noun, so that
// "the ministry" between two ministries stays as it was found.

import type { Registry, Speaker } from './registry';

/** What this rule changes of a span (attribute.ts's RawSpan, which imports this module). */
interface SpokenBy {
  speaker: Speaker;
  alternative?: Speaker;
}

export function nameBodiesInFull(spans: SpokenBy[], registry: Registry) {
  const plain = registry.speakers.filter((s) => s.kind === 'organization' && /^\p{Ll}/u.test(s.name) && !s.name.includes(' '));
  for (const common of plain) {
    const word = common.name[0].toUpperCase() + common.name.slice(1);
    // Capitalised, so never the common noun itself.
    const named = registry.speakers.filter((s) => s.kind === 'organization' && /^\p{Lu}/u.test(s.name) && s.name.split(' ').includes(word));
    if (named.length !== 1) continue;
    const [full] = named;
    for (const span of spans) if (span.speaker === common) span.speaker = full;
    for (const span of spans) if (span.alternative === common) span.alternative = undefined;
    registry.addAlias(full, common.name);
    for (const alias of common.aliases) registry.addAlias(full, alias);
    full.firstAt = Math.min(full.firstAt, common.firstAt);
    if (common.spoke) full.spoke = true;
    registry.speakers.splice(registry.speakers.indexOf(common), 1);
  }
}
