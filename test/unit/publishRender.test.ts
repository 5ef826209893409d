// The HTML renderer (publish/html.ts) on hand-made published articles: each field of
// PublishedArticle drawn exactly as the preview and `export --format html` show it (markers by
// worst severity, headline and byline fallbacks, the legend's items and key, heading levels,
// quotes of unknown speakers, the dateline's tooltip), without a parse in between, so every case
// the parser rarely produces (no headline, a hint-only block, a quote with no id) is pinned down.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PublishedArticle, PublishedDiagnostic, PublishedSpeaker } from '../../server/src/protocol/preview';
import { articlePage, articleParts, escapeHtml } from '../../server/src/service/publish/html';

function published(over: Partial<PublishedArticle> = {}): PublishedArticle {
  return { uri: 'file:///a.news', version: 1, lang: 'en', headline: 'Storm', byline: [], dateline: null, blocks: [], speakers: [], diagnostics: [], ...over };
}

function speaker(over: Partial<PublishedSpeaker> & { id: string }): PublishedSpeaker {
  return { name: over.id, role: null, kind: null, defined: true, quotes: { direct: 0, partial: 0, indirect: 0 }, tint: 0, ...over };
}

const diag = (line: number, severity: PublishedDiagnostic['severity'], code = 'x'): PublishedDiagnostic => ({ line, severity, message: `m${line}`, code });

/** Three one-line paragraphs at lines 4, 6-7 and 9. */
const THREE = [
  { type: 'paragraph' as const, line: 4, endLine: 4, segments: [{ type: 'text' as const, text: 'one' }] },
  { type: 'paragraph' as const, line: 6, endLine: 7, segments: [{ type: 'text' as const, text: 'two' }] },
  { type: 'paragraph' as const, line: 9, endLine: 9, segments: [{ type: 'text' as const, text: 'three' }] },
];

describe('publish: HTML rendering of each field', () => {
  it('escapes the five characters and turns CR LF and a lone CR into LF', () => {
    const table: [string, string][] = [
      ['plain', 'plain'],
      ['a>b', 'a&gt;b'],
      ['a<b', 'a&lt;b'],
      ['"', '&quot;'],
      ["'", '&#39;'],
      ['&&', '&amp;&amp;'],
      ['a\r\nb', 'a\nb'],
      ['a\rb', 'a\nb'],
      ['a\r\r\nb\r', 'a\n\nb\n'],
      ['x\ny', 'x\ny'],
      ['', ''],
    ];
    for (const [input, expected] of table) assert.equal(escapeHtml(input), expected, JSON.stringify(input));
  });

  it('puts one marker per block, of the worst severity, listing every problem with its code', () => {
    const cases: [PublishedDiagnostic[], string][] = [
      [[diag(4, 'hint')], '<span class="marker marker-hint" role="note" title="hint: m4 (x)" aria-label="hint: m4 (x)">●</span>'],
      [[diag(4, 'info')], '<span class="marker marker-info" role="note" title="info: m4 (x)" aria-label="info: m4 (x)">●</span>'],
      [[diag(4, 'hint'), diag(4, 'warning'), diag(4, 'info')], '<span class="marker marker-warning" role="note" title="hint: m4 (x)\nwarning: m4 (x)\ninfo: m4 (x)" aria-label="hint: m4 (x)\nwarning: m4 (x)\ninfo: m4 (x)">▲</span>'],
      [[diag(4, 'warning'), diag(4, 'error', '')], '<span class="marker marker-error" role="note" title="warning: m4 (x)\nerror: m4" aria-label="warning: m4 (x)\nerror: m4">✖</span>'],
      [[diag(4, 'error'), diag(4, 'hint')], '<span class="marker marker-error" role="note" title="error: m4 (x)\nhint: m4 (x)" aria-label="error: m4 (x)\nhint: m4 (x)">✖</span>'],
      [[diag(4, 'info'), diag(4, 'hint')], '<span class="marker marker-info" role="note" title="info: m4 (x)\nhint: m4 (x)" aria-label="info: m4 (x)\nhint: m4 (x)">●</span>'],
    ];
    for (const [diagnostics, marker] of cases) {
      const parts = articleParts(published({ blocks: THREE.slice(0, 1), diagnostics }), false);
      assert.equal(parts.blocks[0], `<p class="block" data-line="4" data-end-line="4">${marker}one</p>`, JSON.stringify(diagnostics));
      assert.equal(parts.header, '<header class="block" data-line="0"><h1 class="headline">Storm</h1></header>');
    }
  });

  it('places each problem beside the block whose lines hold it, the rest on the header', () => {
    const diagnostics = [diag(0, 'error'), diag(4, 'info'), diag(5, 'warning'), diag(6, 'hint'), diag(7, 'warning'), diag(8, 'error'), diag(9, 'error'), diag(10, 'info')];
    const parts = articleParts(published({ blocks: THREE, diagnostics }), false);
    const titles = (html: string) => [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(titles(parts.header), ['error: m0 (x)\nwarning: m5 (x)\nerror: m8 (x)\ninfo: m10 (x)']);
    assert.deepEqual(parts.blocks.map(titles), [['info: m4 (x)'], ['hint: m6 (x)\nwarning: m7 (x)'], ['error: m9 (x)']]);
    assert.equal(articleParts(published({ blocks: THREE }), false).blocks[1], '<p class="block" data-line="6" data-end-line="7">two</p>');
  });

  it('falls back to "(no headline)" and "Article", and joins the byline as a reader would', () => {
    const table: [string[], string][] = [
      [['Ann Lee'], 'By Ann Lee'],
      [['Ann Lee', 'Bo Kim'], 'By Ann Lee and Bo Kim'],
      [['A', 'B', 'C', 'D'], 'By A, B, C and D'],
    ];
    for (const [byline, shown] of table) {
      assert.equal(articleParts(published({ byline }), false).header, `<header class="block" data-line="0"><h1 class="headline">Storm</h1>\n<p class="byline">${shown}</p></header>`);
    }
    const none = published({ headline: null, lang: 'de' });
    assert.equal(articleParts(none, false).header, '<header class="block" data-line="0"><h1 class="headline">(no headline)</h1></header>');
    const page = articlePage(none);
    assert.match(page, /^<!doctype html>\n<html lang="de">\n<head>\n<meta charset="utf-8">/);
    assert.match(page, /<title>Article<\/title>/);
    assert.match(page, /<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="NewsMark">/);
    assert.match(page, /<\/style>\n<\/head>\n<body>\n<main class="newsmark-page">\n<aside class="legend"/);
    assert.match(page, /<\/aside>\n<article class="newsmark-article">\n<header class="block" data-line="0"><h1 class="headline">\(no headline\)<\/h1><\/header>\n\n<\/article>\n<\/main>\n<\/body>\n<\/html>\n$/);
  });

  it('joins the blocks of a page one per line, headings at the level below the headline', () => {
    const blocks = [
      { type: 'heading' as const, level: 1 as const, line: 2, endLine: 2, text: 'One & two' },
      { type: 'heading' as const, level: 3 as const, line: 4, endLine: 5, text: 'Deep' },
      THREE[2],
    ];
    const page = articlePage(published({ blocks }));
    assert.ok(page.includes('<h2 class="block subheading" data-line="2" data-end-line="2">One &amp; two</h2>\n<h4 class="block subheading" data-line="4" data-end-line="5">Deep</h4>\n<p class="block" data-line="9" data-end-line="9">three</p>\n</article>'), page);
  });

  it('draws the legend: an empty note, the items with role tooltips, counts and the kinds key', () => {
    const key = '<p class="kinds"><span class="key kind-direct">direct (solid)</span> <span class="key kind-partial">partial (dashed)</span> <span class="key kind-indirect">indirect (dotted)</span></p>';
    assert.equal(articleParts(published(), true).legend, `<aside class="legend" aria-label="Speakers">\n<h2>Speakers</h2>\n<p class="empty">No quotes marked up yet.</p>\n${key}\n</aside>`);
    const speakers = [
      speaker({ id: 'chen', name: 'Chen "C" Wen', role: 'Minister & spokesman', tint: 2, quotes: { direct: 2, partial: 1, indirect: 3 } }),
      speaker({ id: 'x', defined: false, tint: 7, quotes: { direct: 0, partial: 4, indirect: 0 } }),
    ];
    const items = [
      '<li title="Minister &amp; spokesman"><span class="speaker tint-2"><span class="swatch" aria-hidden="true"></span>Chen &quot;C&quot; Wen</span> <span class="counts">2 direct, 1 partial, 3 indirect</span></li>',
      '<li><span class="speaker tint-7"><span class="swatch" aria-hidden="true"></span>x</span> <span class="role">(not defined)</span> <span class="counts">4 partial</span></li>',
    ];
    assert.equal(articleParts(published({ speakers }), false).legend, `<aside class="legend" aria-label="Speakers">\n<h2>Speakers</h2>\n<ul>${items.join('')}</ul>\n${key}\n</aside>`);
    assert.match(articleParts(published({ speakers }), true).legend, /<li title="Minister &amp; spokesman"><button type="button" class="speaker tint-2" data-speaker="chen" aria-pressed="true" title="Show or hide this speaker's colour"><span class="swatch" aria-hidden="true"><\/span>Chen &quot;C&quot; Wen<\/button> <span class="counts">/);
  });

  it('labels a quote with its speaker, the id of an undefined one, or "no speaker"; untinted when unknown', () => {
    const quote = (speakerId: string, kind: 'direct' | 'partial' | 'indirect') => ({ type: 'quote' as const, speakerId, kind, depth: 0, line: 5, children: [{ type: 'text' as const, text: 'a<b' }] });
    const speakers = [speaker({ id: 'li', name: 'Li Na', tint: 3 })];
    const block = { type: 'paragraph' as const, line: 5, endLine: 5, segments: [quote('li', 'direct'), { type: 'text' as const, text: ' and ' }, quote('ghost', 'partial'), quote('', 'indirect')] };
    const html = articleParts(published({ blocks: [block], speakers }), false).blocks[0];
    assert.equal(html, '<p class="block" data-line="5" data-end-line="5">'
      + '<q class="quote kind-direct tint-3" data-speaker="li" data-line="5" title="Li Na · direct quote" aria-label="Li Na, direct quote: a&lt;b">a&lt;b</q> and '
      + '<q class="quote kind-partial tint-none" data-speaker="ghost" data-line="5" title="ghost · partial quote" aria-label="ghost, partial quote: a&lt;b">a&lt;b</q>'
      + '<q class="quote kind-indirect tint-none" data-speaker="" data-line="5" title="no speaker · indirect quote" aria-label="no speaker, indirect quote: a&lt;b">a&lt;b</q></p>');
  });

  it('titles the dateline with the date it resolved to, or says why there is none', () => {
    const block = { type: 'paragraph' as const, line: 4, endLine: 4, segments: [{ type: 'dateline' as const, text: 'PARIS -- ' }, { type: 'text' as const, text: 'Rain.' }] };
    const table: [PublishedArticle['dateline'], string][] = [
      [null, 'No date resolved'],
      [{ text: 'PARIS --', date: null, dateWritten: true, line: 4 }, 'No date resolved'],
      [{ text: 'PARIS --', date: '2023-09-27', dateWritten: true, line: 4 }, 'Dateline date: 2023-09-27'],
      [{ text: 'PARIS --', date: '2023-09-28', dateWritten: false, line: 4 }, 'No date in the dateline: published 2023-09-28'],
    ];
    for (const [dateline, title] of table) {
      assert.equal(articleParts(published({ blocks: [block], dateline }), false).blocks[0], `<p class="block" data-line="4" data-end-line="4"><span class="dateline" title="${title}">PARIS -- </span>Rain.</p>`);
    }
  });
});
