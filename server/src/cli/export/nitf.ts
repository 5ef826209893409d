// `--format nitf`: NITF 3.6 (IPTC's News Industry Text Format). What goes where, following the
// DTD's content models:
//   head/title, docdata (doc-id, date.issue, identified-content: each speaker as `person` with
//   `function` — or `org` — so that the published words stay untouched), pubdata
//   body.head: hedline/hl1, byline/person, distributor/org, dateline (location with city and
//   state or region, story.date norm=)
//   body.content: `p` per paragraph with `q quote-source=` around quotes (nested for second-hand
//   speech), `hl2` per subheading.
// The text of the `p` and `hl2` elements is exactly the published article.

import path from 'node:path';
import { matchState, paragraphSegments, type Heading, type Paragraph, type ParsedArticle, type Segment } from '../../service';
import type { ExportedArticle, ExportedSpeaker } from './model';
import { element, escapeText, textElement } from './xml';

const NITF_VERSION = '-//IPTC//DTD NITF 3.6//EN';

export function toNitf(model: ExportedArticle, article: ParsedArticle, file: string): string {
  const names = new Map(model.speakers.map((s) => [s.id, s.name]));
  const norm = (isoDate: string | null) => (isoDate ? `${isoDate.replace(/-/g, '')}T000000` : undefined);
  const head = element('head', {}, [
    model.headline !== null ? textElement('title', {}, model.headline) : '',
    element('docdata', {}, [
      element('doc-id', { 'id-string': path.basename(file).replace(/\.news$/, '') }, ''),
      model.date ? element('date.issue', { norm: norm(model.date) }, '') : '',
      model.agency ? element('doc.copyright', { holder: model.agency }, '') : '',
      model.speakers.length ? element('identified-content', {}, model.speakers.map(identified).join('')) : '',
    ].join('')),
    element('pubdata', { type: 'web', 'date.publication': norm(model.date) }, ''),
  ].join(''));

  const bodyHead = element('body.head', {}, [
    element('hedline', {}, textElement('hl1', {}, model.headline ?? '')),
    ...model.byline.map((b) => element('byline', {}, textElement('person', {}, b))),
    model.agency ? element('distributor', {}, textElement('org', {}, model.agency)) : '',
    datelineXml(article, model, norm),
  ].join(''));

  // Each quote found in a source gets an id, and the bibliography says where its words come from.
  const sourced = model.quotes.filter((q) => q.source);
  const ids = new Map(sourced.map((q, k) => [q.offsets.start, `quote-${k + 1}`]));
  const blocks: string[] = [];
  for (const block of article.blocks) {
    if (block.type === 'paragraph') blocks.push(paragraphXml(article, block, names, ids));
    else if (block.type === 'heading') blocks.push(headingXml(article, block));
  }
  const body = element('body', {}, bodyHead + element('body.content', {}, blocks.join('\n')) + element('body.end', {}, sourced.length ? bibliography(sourced, ids) : ''));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('nitf', { version: NITF_VERSION, baselang: model.lang }, `\n${head}\n${body}\n`)}\n`;
}

function identified(s: ExportedSpeaker): string {
  const ids = { idsrc: 'newsmark', value: s.id };
  if (s.kind === 'organization' || s.kind === 'group') return textElement('org', ids, s.name);
  // `function` is a person's role; an anonymous source's reason for anonymity is not one.
  return element('person', ids, escapeText(s.name) + (s.role ? textElement('function', {}, s.role) : ''));
}

function datelineXml(article: ParsedArticle, model: ExportedArticle, norm: (d: string | null) => string | undefined): string {
  const d = article.dateline;
  if (!d || !model.dateline) return '';
  const t = article.text;
  const from = d.place?.start ?? d.region?.start ?? d.date?.start ?? d.start;
  const to = d.separator ? d.separator.start : d.bodyStart;
  // Pieces of the dateline's own text, each wrapped in its element, the rest as text between.
  const parts: { start: number; end: number; xml: string }[] = [];
  const location: string[] = [];
  if (d.place) location.push(textElement('city', {}, d.place.text));
  if (d.region) {
    const tag = matchState(d.region.text) ? 'state' : 'region';
    if (d.place) location.push(escapeText(t.slice(d.place.end, d.region.start)));
    location.push(textElement(tag, {}, d.region.text));
  }
  const locStart = d.place?.start ?? d.region?.start;
  const locEnd = d.region?.end ?? d.place?.end;
  if (locStart !== undefined && locEnd !== undefined) parts.push({ start: locStart, end: locEnd, xml: element('location', {}, location.join('')) });
  if (d.date) parts.push({ start: d.date.start, end: d.date.end, xml: textElement('story.date', { norm: norm(model.dateline.date) }, d.date.text) });
  parts.sort((a, b) => a.start - b.start);
  let xml = '';
  let pos = from;
  for (const p of parts) {
    if (p.start < pos) continue;
    xml += escapeText(t.slice(pos, p.start)) + p.xml;
    pos = p.end;
  }
  xml += escapeText(t.slice(pos, Math.max(pos, to)).trimEnd());
  // Without a date written (AP on the day), the date is the publication's: say so, invisibly.
  if (!d.date && model.dateline.date) xml += element('story.date', { norm: norm(model.dateline.date) }, '');
  return element('dateline', {}, xml);
}

/** One line per quote found in a source: its id, the source's file, title and date, and whether word for word. */
function bibliography(quotes: ExportedArticle['quotes'], ids: Map<number, string>): string {
  const line = (q: ExportedArticle['quotes'][number]) => {
    const s = q.source!;
    const about = [s.title, s.date].filter(Boolean).join(', ');
    return `${ids.get(q.offsets.start)}: ${s.file}${about ? ` (${about})` : ''}, ${s.exact ? 'word for word' : 'altered'}: "${s.passage}"`;
  };
  return textElement('bibliography', {}, quotes.map(line).join('\n'));
}

function paragraphXml(article: ParsedArticle, p: Paragraph, names: Map<string, string>, ids: Map<number, string>): string {
  const render = (segments: Segment[]): string => segments.map((s) => {
    if (s.type !== 'quote') return escapeText(s.text);
    const source = names.get(s.quote.speakerId) ?? s.quote.speakerId;
    return element('q', { 'quote-source': source, class: s.quote.kind, id: ids.get(s.quote.start) }, render(s.children));
  }).join('');
  return element('p', {}, render(paragraphSegments(article, p)));
}

function headingXml(article: ParsedArticle, h: Heading): string {
  return textElement('hl2', {}, h.title.text);
}
