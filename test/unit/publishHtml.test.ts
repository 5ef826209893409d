// The published article's HTML (issue 12): one rendering for the preview and `export --format
// html`. Escaping, every quote kind, nested quotes, CRLF articles, an article with errors, the
// accessible labels of quotes, the dateline's resolved date and the legend's counts.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlePage, NEVER_CANCELLED } from '../../server/src/service';
import { articleParts, escapeHtml } from '../../server/src/service/publish/html';
import { article, doc, toCrlf } from '../support/documents';
import { testService } from '../support/service';

const segments = (text: string) => testService().segments(doc(text), {}, {}, NEVER_CANCELLED);
const page = (text: string) => articlePage(segments(text));
/** The text a browser would show: tags dropped, the five entities read back. */
const shown = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const SPEAKERS = { chen: 'Chen Wenqing', li: 'Li Na' };

describe('publish: HTML of an article', () => {
  it('escapes every piece of text: headline, speaker names, words, dateline', () => {
    const text = `---\nheadline: "Tags <b>&</b> \\"quotes\\""\ndate: 2023-09-28\nspeakers:\n  x:\n    name: "Eve <img src=x onerror=alert(1)>"\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Eve said [<script>alert('x')</script> & more]{@x}.\n`;
    const html = page(text);
    assert.doesNotMatch(html, /<script|<img|<b>/);
    assert.match(html, /<title>Tags &lt;b&gt;&amp;&lt;\/b&gt; &quot;quotes&quot;<\/title>/);
    assert.match(html, /&lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt; &amp; more/);
    assert.match(html, /aria-label="Eve &lt;img src=x onerror=alert\(1\)&gt;, indirect quote: &lt;script&gt;/);
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('marks each kind of quote with its own class and the speaker in an accessible label', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- ["We are ready,"]{@chen} Chen said. Li called it [a "good start" for both]{@li}, and said [talks would go on]{@li}.\n';
    const html = page(article(body, SPEAKERS));
    const quotes = [...html.matchAll(/<q class="quote kind-(\w+) tint-(\d)" data-speaker="(\w+)"[^>]*aria-label="([^"]*)"/g)].map((m) => [m[1], m[2], m[3], m[4]]);
    assert.deepEqual(quotes, [
      ['direct', '0', 'chen', 'Chen Wenqing, direct quote: &quot;We are ready,&quot;'],
      ['partial', '1', 'li', 'Li Na, partial quote: a &quot;good start&quot; for both'],
      ['indirect', '1', 'li', 'Li Na, indirect quote: talks would go on'],
    ]);
    assert.match(html, /title="Li Na · partial quote"/);
    // The words are those of strip(): markup gone, the quotation marks kept as written (CSS adds none).
    assert.match(shown(html), /"We are ready," Chen said\. Li called it a "good start" for both, and said talks would go on\./);
    assert.match(html, /q \{ quotes: none; \}/);
  });

  it('nests a quote reported inside another inside its parent, each with its speaker', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- ["Li told me, [\'We will sign,\']{@li} and I believed her,"]{@chen} Chen said.\n';
    const html = page(article(body, SPEAKERS));
    const outer = html.indexOf('data-speaker="chen"');
    const inner = html.indexOf('data-speaker="li"');
    assert.ok(outer > 0 && inner > outer, 'the nested quote comes after its parent opens');
    const closeInner = html.indexOf('</q>', inner);
    const closeOuter = html.indexOf('</q>', closeInner + 4);
    assert.ok(html.slice(closeInner + 4, closeOuter).includes(' and I believed her'), 'the parent closes after the nested one');
    assert.match(html, /aria-label="Chen Wenqing, direct quote: &quot;Li told me, &#39;We will sign,&#39; and I believed her,&quot;"/);
  });

  it('renders a CRLF article exactly as its LF twin, with no carriage return left', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Chen said [talks\nwould go on]{@chen}.\n\n## Next steps\n\nLi said [nothing]{@li}.\n';
    const lf = page(article(body, SPEAKERS));
    const crlf = page(toCrlf(article(body, SPEAKERS)));
    assert.ok(!crlf.includes('\r'));
    assert.equal(crlf, lf);
    assert.match(lf, /<h3 class="block subheading" data-line="\d+" data-end-line="\d+">Next steps<\/h3>/);
  });

  it('shows the dateline with its resolved date, and the headline and byline on top', () => {
    const text = `---\nheadline: Storm\ndate: 2023-09-28\nbyline: [Ann Lee, Bo Kim, Cy Dunn]\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Rain fell.\n`;
    const html = page(text);
    assert.match(html, /<span class="dateline" title="Dateline date: 2023-09-27">BERLIN, Sept\. 27 \(Xinhua\) -- <\/span>Rain fell\./);
    assert.match(html, /<h1 class="headline">Storm<\/h1>\n<p class="byline">By Ann Lee, Bo Kim and Cy Dunn<\/p>/);
  });

  it('cuts the dateline off its paragraph, whole when it stands alone; none without a dateline', () => {
    const alone = segments(article('BEIJING, China, 30 April 2009\n\nRain fell.\n'));
    assert.deepEqual(alone.blocks.map((b) => b.type === 'paragraph' && b.segments.map((x) => x.type)), [['dateline'], ['text']]);
    const noDateline = segments(article('Rain fell on Tuesday.\n'));
    assert.deepEqual(noDateline.blocks.map((b) => b.type === 'paragraph' && b.segments.map((x) => x.type)), [['text']]);
    assert.equal(noDateline.dateline, null);
  });

  it('draws an article with errors as well as it can, with margin markers where the problems are', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- [unclosed quote{@chen} goes on.\n\nWho said [this]{@nobody}?\n';
    const published = segments(article(body, SPEAKERS));
    const parts = articleParts(published, true);
    assert.equal(parts.blocks.length, 2);
    assert.match(parts.blocks[0], /<span class="marker marker-error" role="note" title="error: [^"]*\(quote-orphan\)/);
    assert.match(parts.blocks[1], /marker-error[^>]*quote-unknown-speaker/);
    // An undefined speaker is quoted without a tint of its own, and the legend says it is not defined.
    assert.match(parts.blocks[1], /<q class="quote kind-indirect tint-\d" data-speaker="nobody"/);
    assert.match(parts.legend, /nobody<\/button> <span class="role">\(not defined\)<\/span>/);
    // speaker-unused (chen, li) are on the front matter: the header's marker.
    assert.match(parts.header, /^<header class="block" data-line="0"><span class="marker marker-\w+"/);
    assert.match(shown(parts.blocks[0]), /unclosed quote\{@chen\} goes on\./);
  });

  it('lists the quoted speakers in the legend with counts by kind; toggles only in the preview', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- ["Yes,"]{@li} Li said, and [no]{@li}. Chen said [maybe]{@chen}.\n';
    const published = segments(article(body, SPEAKERS));
    assert.deepEqual(published.speakers.map((s) => [s.id, s.tint, s.quotes]), [
      ['chen', 0, { direct: 0, partial: 0, indirect: 1 }],
      ['li', 1, { direct: 1, partial: 0, indirect: 1 }],
    ]);
    const preview = articleParts(published, true).legend;
    assert.match(preview, /<button type="button" class="speaker tint-1" data-speaker="li" aria-pressed="true"[^>]*><span class="swatch" aria-hidden="true"><\/span>Li Na<\/button> <span class="counts">1 direct, 1 indirect<\/span>/);
    assert.doesNotMatch(page(article(body, SPEAKERS)), /<button|<script/);
  });

  it('is a self-contained page: the styles inside, a policy that allows no script and no fetch', () => {
    const html = page(article('BERLIN, Sept. 27 (Xinhua) -- Hello.\n'));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(html, /<style>\n:root \{/);
    assert.doesNotMatch(html, /<link|src=|url\(/);
  });
});
