// The one HTML rendering of a published article (issue 12): the live preview's webview draws its
// parts, `newsmark export --format html` writes them as a self-contained page. Pure string
// building over PublishedArticle, every piece of text escaped, line breaks normalised (a CRLF
// article renders as an LF one). No `style` attributes: the preview's content security policy
// forbids inline styles, so everything is a class of ./styles.ts.
//
// The preview's page script (client/src/webview/previewView.ts) bundles this file, so it imports
// nothing but types and ./styles.ts.

import type { PublishedArticle, PublishedBlock, PublishedDiagnostic, PublishedSegment, PublishedSpeaker } from '../../protocol/preview';
import { ARTICLE_CSS } from './styles';

/** The parts the preview replaces one by one as the article changes (no flicker, scroll kept). */
export interface ArticleParts {
  header: string;
  legend: string;
  /** One per block of the article, in order. */
  blocks: string[];
}

const KIND_STYLE = { direct: 'solid', partial: 'dashed', indirect: 'dotted' } as const;

/** Escapes text for element content and attribute values; CR LF and lone CR become LF. */
export function escapeHtml(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let entity: string | undefined;
    if (c === 38) entity = '&amp;';
    else if (c === 60) entity = '&lt;';
    else if (c === 62) entity = '&gt;';
    else if (c === 34) entity = '&quot;';
    else if (c === 39) entity = '&#39;';
    else if (c === 13) entity = text.charCodeAt(i + 1) === 10 ? '' : '\n';
    if (entity === undefined) continue;
    out += text.slice(run, i) + entity;
    run = i + 1;
  }
  return out + text.slice(run);
}

/** The article's parts; `interactive` makes the legend's speakers toggle buttons (the preview). */
export function articleParts(article: PublishedArticle, interactive: boolean): ArticleParts {
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const placed = placeDiagnostics(article);
  return {
    header: headerHtml(article, placed.get(-1) ?? []),
    legend: legendHtml(article.speakers, interactive),
    blocks: article.blocks.map((b, i) => blockHtml(b, speakers, article, placed.get(i) ?? [])),
  };
}

/** `newsmark export --format html`: one page, the styles inside it, no script, nothing fetched. */
export function articlePage(article: PublishedArticle): string {
  const parts = articleParts(article, false);
  const title = article.headline ?? 'Article';
  return `<!doctype html>
<html lang="${escapeHtml(article.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="NewsMark">
<title>${escapeHtml(title)}</title>
<style>
${ARTICLE_CSS}</style>
</head>
<body>
<main class="newsmark-page">
${parts.legend}
<article class="newsmark-article">
${parts.header}
${parts.blocks.join('\n')}
</article>
</main>
</body>
</html>
`;
}

/** Each diagnostic goes beside the block holding its line; those of the front matter (or of no block) to the header, as -1. */
function placeDiagnostics(article: PublishedArticle): Map<number, PublishedDiagnostic[]> {
  const placed = new Map<number, PublishedDiagnostic[]>();
  for (const d of article.diagnostics) {
    const i = article.blocks.findIndex((b) => b.line <= d.line && d.line <= b.endLine);
    const list = placed.get(i) ?? [];
    list.push(d);
    placed.set(i, list);
  }
  return placed;
}

function markersHtml(diagnostics: readonly PublishedDiagnostic[]): string {
  if (!diagnostics.length) return '';
  const worst = diagnostics.reduce((w, d) => (rank(d.severity) < rank(w) ? d.severity : w), diagnostics[0].severity);
  const text = diagnostics.map((d) => `${d.severity}: ${d.message}${d.code ? ` (${d.code})` : ''}`).join('\n');
  return `<span class="marker marker-${worst}" role="note" title="${escapeHtml(text)}" aria-label="${escapeHtml(text)}">${worst === 'error' ? '✖' : worst === 'warning' ? '▲' : '●'}</span>`;
}

function rank(severity: PublishedDiagnostic['severity']): number {
  return ['error', 'warning', 'info', 'hint'].indexOf(severity);
}

function headerHtml(article: PublishedArticle, diagnostics: readonly PublishedDiagnostic[]): string {
  const headline = `<h1 class="headline">${escapeHtml(article.headline ?? '(no headline)')}</h1>`;
  const byline = article.byline.length ? `\n<p class="byline">By ${escapeHtml(names(article.byline))}</p>` : '';
  return `<header class="block" data-line="0">${markersHtml(diagnostics)}${headline}${byline}</header>`;
}

function names(list: readonly string[]): string {
  return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function legendHtml(speakers: readonly PublishedSpeaker[], interactive: boolean): string {
  const items = speakers.map((s) => {
    const counts = (['direct', 'partial', 'indirect'] as const).filter((k) => s.quotes[k]).map((k) => `${s.quotes[k]} ${k}`).join(', ');
    const label = `<span class="swatch" aria-hidden="true"></span>${escapeHtml(s.name)}`;
    const speaker = interactive
      ? `<button type="button" class="speaker tint-${s.tint}" data-speaker="${escapeHtml(s.id)}" aria-pressed="true" title="Show or hide this speaker's colour">${label}</button>`
      : `<span class="speaker tint-${s.tint}">${label}</span>`;
    // A role can be a sentence long: it is the item's tooltip, so the legend stays a compact strip.
    const role = s.defined ? '' : ' <span class="role">(not defined)</span>';
    return `<li${s.role ? ` title="${escapeHtml(s.role)}"` : ''}>${speaker}${role} <span class="counts">${counts}</span></li>`;
  });
  const key = (['direct', 'partial', 'indirect'] as const).map((k) => `<span class="key kind-${k}">${k} (${KIND_STYLE[k]})</span>`).join(' ');
  const list = items.length ? `<ul>${items.join('')}</ul>` : '<p class="empty">No quotes marked up yet.</p>';
  return `<aside class="legend" aria-label="Speakers">\n<h2>Speakers</h2>\n${list}\n<p class="kinds">${key}</p>\n</aside>`;
}

function blockHtml(block: PublishedBlock, speakers: Map<string, PublishedSpeaker>, article: PublishedArticle, diagnostics: readonly PublishedDiagnostic[]): string {
  const lines = `data-line="${block.line}" data-end-line="${block.endLine}"`;
  if (block.type === 'heading') {
    const tag = `h${block.level + 1}`;
    return `<${tag} class="block subheading" ${lines}>${markersHtml(diagnostics)}${escapeHtml(block.text)}</${tag}>`;
  }
  return `<p class="block" ${lines}>${markersHtml(diagnostics)}${segmentsHtml(block.segments, speakers, article)}</p>`;
}

function segmentsHtml(segments: readonly PublishedSegment[], speakers: Map<string, PublishedSpeaker>, article: PublishedArticle): string {
  return segments.map((s) => {
    if (s.type === 'text') return escapeHtml(s.text);
    if (s.type === 'dateline') return datelineHtml(s.text, article);
    const speaker = speakers.get(s.speakerId);
    const name = speaker?.name ?? (s.speakerId || 'no speaker');
    const label = `${name}, ${s.kind} quote: ${plainText(s.children)}`;
    const tint = speaker ? `tint-${speaker.tint}` : 'tint-none';
    return `<q class="quote kind-${s.kind} ${tint}" data-speaker="${escapeHtml(s.speakerId)}" data-line="${s.line}" title="${escapeHtml(`${name} · ${s.kind} quote`)}" aria-label="${escapeHtml(label)}">${segmentsHtml(s.children, speakers, article)}</q>`;
  }).join('');
}

function plainText(segments: readonly PublishedSegment[]): string {
  return segments.map((s) => (s.type === 'quote' ? plainText(s.children) : s.text)).join('');
}

function datelineHtml(text: string, article: PublishedArticle): string {
  const d = article.dateline;
  const title = !d?.date ? 'No date resolved' : d.dateWritten ? `Dateline date: ${d.date}` : `No date in the dateline: published ${d.date}`;
  return `<span class="dateline" title="${escapeHtml(title)}">${escapeHtml(text)}</span>`;
}
