/// <reference lib="dom" />
// The live preview's page inside the webview (bundled to dist/previewView.js for the browser). It
// draws the published article with the very renderer `newsmark export --format html` uses
// (server/src/service/publish/html.ts), replacing only the blocks whose HTML changed, so typing
// neither flickers nor moves the scroll position. It follows the editor's scrolling and reports
// its own, reveals the source line of a clicked quote or paragraph, and toggles speakers' tints
// from the legend.
//
// The content security policy allows this one script (by its nonce) and styles carrying the same
// nonce; the article's styles are put in with it. Text reaches the page escaped by the renderer, so
// markup written in an article is shown, never run.

import { articleParts } from '../../../server/src/service/publish/html';
import { ARTICLE_CSS } from '../../../server/src/service/publish/styles';
import type { PublishedArticle } from '../../../server/src/protocol/preview';
import type { FromPreview, PreviewState, ToPreview } from './previewMessages';

declare function acquireVsCodeApi(): { postMessage(message: FromPreview): void; getState(): PreviewState | undefined; setState(state: PreviewState): void };
const vscode = acquireVsCodeApi();
const post = (message: FromPreview) => vscode.postMessage(message);

const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const style = document.createElement('style');
style.nonce = nonce;
style.textContent = ARTICLE_CSS;
document.head.append(style);

const legend = document.getElementById('legend') as HTMLElement;
const header = document.getElementById('header') as HTMLElement;
const blocks = document.getElementById('blocks') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
/** Speakers whose tint the reader turned off in the legend. */
const untinted = new Set<string>();
let drawn = { header: '', legend: '', blocks: [] as string[] };
let current: PublishedArticle | undefined;
/** Where the reader was when this page was last shown (hidden and shown again, or a window reload). */
let restoreLine = vscode.getState()?.line;
/** Where the page scrolls because the editor did: arriving there is not reported back. */
let scrollFromEditor: number | undefined;

window.addEventListener('message', (event: MessageEvent<ToPreview>) => {
  const message = event.data;
  if (message.type === 'article') draw(message.article);
  else if (message.type === 'scroll') scrollToLine(message.line);
  else if (message.type === 'error') status.textContent = message.message;
});
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const toggle = target.closest('button.speaker');
  if (toggle) {
    const id = toggle.getAttribute('data-speaker') ?? '';
    if (untinted.has(id)) untinted.delete(id);
    else untinted.add(id);
    applyTints();
    return;
  }
  const at = target.closest('[data-line]');
  if (at) post({ type: 'reveal', line: Number(at.getAttribute('data-line')) });
});
let scrollPending = false;
window.addEventListener('scroll', () => {
  if (scrollFromEditor !== undefined && Math.abs(window.scrollY - scrollFromEditor) < 2) {
    scrollFromEditor = undefined;
    return;
  }
  scrollFromEditor = undefined;
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    const top = topBlock();
    if (!top || !current) return;
    const line = Number(top.getAttribute('data-line'));
    vscode.setState({ uri: current.uri, line });
    post({ type: 'scrolled', line });
  });
});
post({ type: 'ready' });

function draw(article: PublishedArticle): void {
  if (current && current.uri !== article.uri) restoreLine = undefined;
  current = article;
  const state = vscode.getState();
  vscode.setState(state?.uri === article.uri ? state : { uri: article.uri });
  status.textContent = '';
  const parts = articleParts(article, true);
  if (parts.header !== drawn.header) header.innerHTML = parts.header;
  if (parts.legend !== drawn.legend) legend.innerHTML = parts.legend;
  // Block by block: an unchanged block keeps its element, so the page does not move or flash.
  const old = drawn.blocks;
  for (let i = 0; i < parts.blocks.length; i++) {
    if (old[i] === parts.blocks[i]) continue;
    const element = elementOf(parts.blocks[i]);
    const existing = blocks.children[i];
    if (existing) existing.replaceWith(element);
    else blocks.append(element);
  }
  while (blocks.children.length > parts.blocks.length) blocks.lastElementChild!.remove();
  drawn = parts;
  applyTints();
  if (restoreLine !== undefined) {
    scrollToLine(restoreLine);
    restoreLine = undefined;
  }
}

function elementOf(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

function applyTints(): void {
  for (const q of Array.from(document.querySelectorAll('q.quote'))) q.classList.toggle('untinted', untinted.has(q.getAttribute('data-speaker') ?? ''));
  for (const b of Array.from(legend.querySelectorAll('button.speaker'))) b.setAttribute('aria-pressed', String(!untinted.has(b.getAttribute('data-speaker') ?? '')));
  if (!current) return;
  const quotes = document.querySelectorAll('q.quote');
  post({
    type: 'rendered',
    rendered: {
      uri: current.uri,
      version: current.version,
      blocks: blocks.children.length,
      quotes: quotes.length,
      tinted: Array.from(quotes).filter((q) => !q.classList.contains('untinted') && !q.classList.contains('tint-none')).length,
      speakers: current.speakers.map((s) => s.id),
    },
  });
}

/** The block (or the header) whose source line is the last at or before `line`. */
function scrollToLine(line: number): void {
  let target: Element | undefined;
  for (const element of Array.from(document.querySelectorAll('[data-line]:not(q)'))) {
    if (Number(element.getAttribute('data-line')) <= line) target = element;
    else break;
  }
  if (!target) return;
  // The header is the top of the page; a block goes just below the legend, which stays in view.
  const top = target.closest('#header') ? 0 : target.getBoundingClientRect().top + window.scrollY - legend.offsetHeight - 8;
  // The page cannot scroll past its end: expect where it will really arrive.
  const reachable = Math.max(0, Math.min(top, document.documentElement.scrollHeight - window.innerHeight));
  if (Math.abs(window.scrollY - reachable) < 2) return;
  scrollFromEditor = reachable;
  window.scrollTo({ top: reachable });
}

/** The first block still visible at the top of the page, below the legend. */
function topBlock(): Element | undefined {
  for (const element of Array.from(document.querySelectorAll('[data-line]:not(q)'))) {
    if (element.getBoundingClientRect().bottom > legend.offsetHeight) return element;
  }
  return undefined;
}
