// The outline (document symbols): the headline, the dateline, then either each speaker with its
// quotes (groupBy 'speaker') or the sections with the quotes they hold (groupBy 'section').
//
// Every symbol's range contains its children's ranges and its own selectionRange: VS Code's
// outline, breadcrumbs and "follow cursor" rely on that. A speaker is defined in the front matter
// but quoted in the body, so its range runs from its definition to its last quote.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import { allQuotes, type Dateline, type Heading, type ParsedArticle, type Quote, type SpeakerDefinition, type TextSpan } from '../syntax';
import { isWhitespace, oneLine } from '../text/characters';

export type OutlineGrouping = 'speaker' | 'section';

/** How many words of a quote name it in the outline and in workspace symbols. */
const OPENING_WORDS = 8;
/** A cap on the characters of a symbol name, for quotes made of one endless "word". */
const MAX_NAME_CHARS = 80;

export function getDocumentSymbols(article: ParsedArticle, groupBy: OutlineGrouping = 'speaker', token?: Cancellation): DocumentSymbol[] {
  try {
    const symbols: DocumentSymbol[] = [];
    const headline = headlineSymbol(article);
    if (headline) symbols.push(headline);
    if (article.dateline) symbols.push(datelineSymbol(article, article.dateline));
    const rest = groupBy === 'section' ? sectionOutline(article, token) : speakerOutline(article, token);
    if (!rest) return [];
    symbols.push(...rest);
    return symbols;
  } catch {
    // An outline is a convenience: a bug must cost the outline, never the server.
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Shared labels (hover and workspace symbols use them too)

/** The opening words of a quote, "…" when there are more: its name in lists of symbols. */
export function openingWords(text: string, maxWords = OPENING_WORDS): string {
  const words: string[] = [];
  let i = 0;
  // Scan only as far as needed: a long quote costs no more than its opening words.
  while (i < text.length && words.length <= maxWords) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isWhitespace(text.charCodeAt(i))) i++;
    if (i > start) words.push(text.slice(start, i));
  }
  const more = words.length > maxWords;
  let name = words.slice(0, maxWords).join(' ');
  if (name.length > MAX_NAME_CHARS) return truncate(name, MAX_NAME_CHARS) + '…';
  if (more) name += '…';
  // Words of only invisible characters (U+FEFF, zero-width spaces, controls) would make a blank
  // name, which an editor shows as nothing or refuses.
  return VISIBLE_CHAR.test(name) ? name : '(empty quote)';
}

/** A character that shows: not white space, not a format (Cf) or control (Cc) character. */
const VISIBLE_CHAR = /[^\p{White_Space}\p{Cf}\p{Cc}]/u;

/**
 * The text cut to at most `max` UTF-16 code units: at the last space when that keeps more than
 * half of it (no half word), and never between the two halves of a surrogate pair (an emoji).
 */
function truncate(text: string, max: number): string {
  let cut = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max / 2) cut = space;
  else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return text.slice(0, cut);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** A speaker's name as the article defines it (on one line), else `@id`. */
export function speakerLabel(article: ParsedArticle, speakerId: string): string {
  const name = oneLine(article.speakersById.get(speakerId)?.name?.value ?? '');
  return name ? name : speakerId ? `@${speakerId}` : '(no speaker id)';
}

/** Whitespace runs (line breaks included) as one space: symbol names are single lines. */

/** The dateline as written, up to its agency (without the separator): "BERLIN, Sept. 27 (Xinhua)". */
export function datelineText(article: ParsedArticle, d: Dateline): string {
  return oneLine(article.text.slice(d.start, datelineLabelEnd(d))) || 'Dateline';
}

function datelineLabelEnd(d: Dateline): number {
  const parts: (TextSpan | undefined)[] = [d.byline, d.place, d.region, d.date, d.agencyParens];
  let end = d.start;
  for (const p of parts) if (p && p.end > end) end = p.end;
  return end > d.start ? end : d.end;
}

// ---------------------------------------------------------------------------------------------
// Headline and dateline

function headlineSymbol(article: ParsedArticle): DocumentSymbol | undefined {
  const fm = article.frontMatter;
  const field = fm?.headline;
  if (!fm || !field) return undefined;
  const details = [fm.date?.value, fm.agency?.value].filter((x): x is string => !!x);
  return symbol(article, oneLine(field.value) || '(no headline)', details.join(' · '), SymbolKind.File, cover([field.key, field]), field);
}

function datelineSymbol(article: ParsedArticle, d: Dateline): DocumentSymbol {
  const span = cover([d, { start: d.start, end: datelineLabelEnd(d) }]);
  return symbol(article, datelineText(article, d), 'dateline', SymbolKind.Event, span, d.place ?? span);
}

// ---------------------------------------------------------------------------------------------
// Grouped by speaker

function speakerOutline(article: ParsedArticle, token?: Cancellation): DocumentSymbol[] | undefined {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of allQuotes(article)) {
    if (token?.isCancellationRequested) return undefined;
    const list = bySpeaker.get(q.speakerId);
    if (list) list.push(q); else bySpeaker.set(q.speakerId, [q]);
  }
  const symbols: DocumentSymbol[] = [];
  const listed = new Set<string>();
  for (const def of article.frontMatter?.speakers ?? []) {
    if (token?.isCancellationRequested) return undefined;
    // A duplicated id is listed twice, but its quotes go to the entry the parser resolves them to.
    const quotes = listed.has(def.id) ? [] : bySpeaker.get(def.id) ?? [];
    listed.add(def.id);
    symbols.push(definedSpeakerSymbol(article, def, quotes));
  }
  // Ids used in quotes but not defined, in order of first use.
  for (const [id, quotes] of bySpeaker) {
    if (listed.has(id)) continue;
    symbols.push(undefinedSpeakerSymbol(article, id, quotes));
  }
  symbols.push(...sectionSymbols(article, () => [], token));
  return symbols;
}

function definedSpeakerSymbol(article: ParsedArticle, def: SpeakerDefinition, quotes: Quote[]): DocumentSymbol {
  const children = quotes.map((q) => quoteSymbol(article, q, q.kind));
  // The YAML value's span ends after its line break: stop the range at the last character.
  const definition = { start: def.start, end: trimmedEnd(article.text, def.start, def.end) };
  const span = cover([definition, def.idSpan, ...quotes]);
  const name = oneLine(def.name?.value ?? '') || def.id || '(no name)';
  const kind = def.kind === 'person' ? '' : ` · ${def.kind}`;
  return symbol(article, name, `@${def.id}${kind} · ${countLabel(quotes.length)}`, SymbolKind.Class, span, def.idSpan, children);
}

function undefinedSpeakerSymbol(article: ParsedArticle, id: string, quotes: Quote[]): DocumentSymbol {
  const children = quotes.map((q) => quoteSymbol(article, q, q.kind));
  const first = quotes[0];
  // `@id` of the first quote: the `@` sits just before the id span, inside the quote's `{...}`.
  const at = { start: Math.max(first.start, first.speakerSpan.start - 1), end: first.speakerSpan.end };
  const name = id ? `@${id}` : '(no speaker id)';
  const detail = id ? 'not in front matter' : 'quotes without a speaker id';
  return symbol(article, name, detail, SymbolKind.Class, cover(quotes), at, children);
}

const countLabel = (n: number) => `${n} quote${n === 1 ? '' : 's'}`;

function quoteSymbol(article: ParsedArticle, q: Quote, detail: string): DocumentSymbol {
  return symbol(article, openingWords(q.text), detail, SymbolKind.String, q, q.content);
}

// ---------------------------------------------------------------------------------------------
// Grouped by section

function sectionOutline(article: ParsedArticle, token?: Cancellation): DocumentSymbol[] | undefined {
  const top: DocumentSymbol[] = [];
  // Quotes before the first subheading stand at the top level, after the dateline.
  for (const block of article.blocks) {
    if (token?.isCancellationRequested) return undefined;
    if (block.type === 'heading') break;
    if (block.type === 'paragraph') top.push(...quotesInReadingOrder(article, block.quotes));
  }
  const sections = sectionSymbols(article, (quotes) => quotesInReadingOrder(article, quotes), token);
  return token?.isCancellationRequested ? undefined : [...top, ...sections];
}

function quotesInReadingOrder(article: ParsedArticle, quotes: Quote[]): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const walk = (list: Quote[]) => {
    for (const q of list) {
      out.push(quoteSymbol(article, q, speakerLabel(article, q.speakerId)));
      walk(q.children);
    }
  };
  walk(quotes);
  return out;
}

interface OpenSection {
  heading: Heading;
  end: number;
  quotes: Quote[];
  subsections: OpenSection[];
}

/**
 * Subheadings as sections, nested by level (`###` inside the `##` before it). A section runs from
 * its heading to the last block before the next heading of the same or a higher level.
 */
function sectionSymbols(article: ParsedArticle, quoteChildren: (quotes: Quote[]) => DocumentSymbol[], token?: Cancellation): DocumentSymbol[] {
  const roots: OpenSection[] = [];
  const stack: OpenSection[] = [];
  let lastEnd = 0;
  for (const block of article.blocks) {
    if (token?.isCancellationRequested) return [];
    if (block.type === 'heading') {
      while (stack.length && stack[stack.length - 1].heading.level >= block.level) stack.pop()!.end = lastEnd;
      const section: OpenSection = { heading: block, end: block.end, quotes: [], subsections: [] };
      (stack.length ? stack[stack.length - 1].subsections : roots).push(section);
      stack.push(section);
    } else if (block.type === 'paragraph' && stack.length) {
      stack[stack.length - 1].quotes.push(...block.quotes);
    }
    lastEnd = block.end;
  }
  while (stack.length) stack.pop()!.end = lastEnd;
  const toSymbol = (s: OpenSection): DocumentSymbol => {
    const title = s.heading.title;
    const children = [...quoteChildren(s.quotes), ...s.subsections.map(toSymbol)];
    const span = { start: s.heading.start, end: Math.max(s.end, s.heading.end) };
    const selection = title.end > title.start ? title : s.heading;
    return symbol(article, oneLine(title.text) || '(untitled section)', '#'.repeat(s.heading.level), SymbolKind.Namespace, span, selection, children);
  };
  return roots.map(toSymbol);
}

// ---------------------------------------------------------------------------------------------

/** `end` moved back over trailing whitespace, not before `start`. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The smallest span covering all the given spans. */
function cover(spans: readonly TextSpan[]): TextSpan {
  let start = Infinity, end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return start <= end ? { start, end } : { start: 0, end: 0 };
}

function symbol(article: ParsedArticle, name: string, detail: string, kind: SymbolKind, span: TextSpan, selection: TextSpan, children?: DocumentSymbol[]): DocumentSymbol {
  // Clamp the selection into the range, whatever a malformed tree says.
  const start = Math.min(Math.max(selection.start, span.start), span.end);
  const end = Math.max(start, Math.min(selection.end, span.end));
  const result: DocumentSymbol = {
    name: name || '(unnamed)',
    detail,
    kind,
    range: article.lines.range(span),
    selectionRange: article.lines.range({ start, end }),
  };
  if (children) result.children = children;
  return result;
}
