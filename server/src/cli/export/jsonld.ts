// `--format jsonld`: a schema.org NewsArticle for search engines and archives. Speakers become
// Person (jobTitle, affiliation, alternateName) or Organization nodes, referenced by `@id` from
// each Quotation's `spokenByCharacter`.

import path from 'node:path';
import type { ExportedArticle, ExportedSpeaker } from './model';

export function toJsonLd(model: ExportedArticle, file: string): string {
  const base = `#${path.basename(file).replace(/\.news$/, '')}`;
  const speakerId = (id: string) => `${base}-speaker-${id}`;
  const speakers = new Map(model.speakers.map((s) => [s.id, speakerNode(s, speakerId(s.id))]));
  const doc: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(model.headline !== null ? { headline: model.headline } : {}),
    ...(model.date ? { datePublished: model.date } : {}),
    inLanguage: model.lang,
    ...(model.byline.length ? { author: model.byline.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(model.agency ? { publisher: { '@type': 'Organization', name: model.agency } } : {}),
    ...(model.dateline ? { dateline: model.dateline.text } : {}),
    ...(model.dateline?.place ? { locationCreated: place(model) } : {}),
    ...(model.dateline?.date ? { dateCreated: model.dateline.date } : {}),
    ...(speakers.size ? { mentions: [...speakers.values()] } : {}),
    hasPart: model.quotes.map((q) => ({
      '@type': 'Quotation',
      text: q.text,
      spokenByCharacter: speakers.has(q.speaker) ? { '@id': speakerId(q.speaker) } : { '@type': 'Person', name: q.speaker },
      // schema.org has no property for direct/partial/indirect speech: a keyword keeps it.
      keywords: `${q.kind} quote`,
      // The passage of the article's `sources` the words were found in (issue 14).
      ...(q.source ? { isBasedOn: { '@type': 'CreativeWork', name: q.source.title ?? q.source.file, url: q.source.file, ...(q.source.date ? { datePublished: q.source.date } : {}) } } : {}),
    })),
    articleBody: model.text,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function speakerNode(s: ExportedSpeaker, id: string): Record<string, unknown> {
  const organization = s.kind === 'organization' || s.kind === 'group';
  return {
    '@type': organization ? 'Organization' : 'Person',
    '@id': id,
    name: s.name,
    ...(!organization && s.role ? { jobTitle: s.role } : {}),
    ...(s.org ? { [organization ? 'parentOrganization' : 'affiliation']: { '@type': 'Organization', name: s.org } } : {}),
    ...(s.aliases.length ? { alternateName: s.aliases } : {}),
    ...(s.kind === 'anonymous' && s.reason ? { description: `Anonymous source: ${s.reason}` } : {}),
  };
}

function place(model: ExportedArticle): Record<string, unknown> {
  const d = model.dateline!;
  return {
    '@type': 'Place',
    name: [d.place, d.region].filter(Boolean).join(', '),
    address: {
      '@type': 'PostalAddress',
      addressLocality: d.place,
      ...(d.region ? { addressRegion: d.region } : {}),
    },
  };
}
