// The outline (document symbols): the headline, the dateline, then either each speaker with its
// quotes (groupBy 'speaker') or the sections with the quotes they hold (groupBy 'section').
//
// Every symbol's range contains its children's ranges and its own selectionRange: VS Code's
// outline, breadcrumbs and "follow cursor" rely on that. A speaker is defined in the front matter
// but quoted in the body, so its range runs from its definition to its last quote.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import { articleContext } from '../context/articleContext';
import type { ServiceOptions } from '../options';
import type { OutlineGrouping } from '../settings/schema';
import type { Dateline, Heading, ParsedArticle, Quote, SpeakerDefinition, TextSpan } from '../syntax';
import { datelineLabelEnd, datelineText, hasVisibleCharacter, openingWords, plural, speakerLabel } from '../labels';
import { oneLine } from '../text/characters';
import { appendAll } from '../text/listEdits';
import { trimEnd } from '../text/scan';

export function getDocumentSymbols(article: ParsedArticle, groupBy: OutlineGrouping, options: ServiceOptions, token: Cancellation): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const headline = headlineSymbol(article);
  if (headline) symbols.push(headline);
  if (article.dateline) symbols.push(datelineSymbol(article, article.dateline));
  const rest = groupBy === 'section' ? sectionOutline(article, token) : speakerOutline(article, options, token);
  if (!rest) return [];
  return symbols.concat(rest);
}

// ---------------------------------------------------------------------------------------------
// Headline and dateline

function headlineSymbol(article: ParsedArticle): DocumentSymbol | undefined {
  const fm = article.frontMatter;
  const field = fm?.headline;
  if (!fm || !field) return undefined;
  const details = [fm.date?.value, fm.agency?.value].filter((x): x is string => !!x);
  return symbol(article, shown(oneLine(field.value), '(no headline)'), details.join(' · '), SymbolKind.File, cover([field.key, field]), field);
}

function datelineSymbol(article: ParsedArticle, d: Dateline): DocumentSymbol {
  const span = cover([d, { start: d.start, end: datelineLabelEnd(d) }]);
  // datelineText names an empty label 'Dateline'; a label that is not empty shows a place, a date
  // or an agency, so it is never invisible (symbol() would still name it, as it does any name).
  return symbol(article, datelineText(article, d), 'dateline', SymbolKind.Event, span, d.place ?? span);
}

// ---------------------------------------------------------------------------------------------
// Grouped by speaker

function speakerOutline(article: ParsedArticle, options: ServiceOptions, token?: Cancellation): DocumentSymbol[] | undefined {
  if (token?.isCancellationRequested) return undefined;
  const bySpeaker = articleContext(article, options).speakers.quotes;
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
  return symbols.concat(sectionSymbols(article, () => [], token));
}

function definedSpeakerSymbol(article: ParsedArticle, def: SpeakerDefinition, quotes: readonly Quote[]): DocumentSymbol {
  const children = quotes.map((q) => quoteSymbol(article, q, q.kind));
  // The YAML value's span ends after its line break: stop the range at the last character.
  const definition = { start: def.start, end: trimEnd(article.text, def.start, def.end) };
  const span = cover([definition, def.idSpan, ...quotes]);
  const name = [oneLine(def.name?.value ?? ''), def.id].find(hasVisibleCharacter) ?? '(no name)';
  const kind = def.kind === 'person' ? '' : ` · ${def.kind}`;
  return symbol(article, name, `@${def.id}${kind} · ${plural(quotes.length, 'quote')}`, SymbolKind.Class, span, def.idSpan, children);
}

function undefinedSpeakerSymbol(article: ParsedArticle, id: string, quotes: readonly Quote[]): DocumentSymbol {
  const children = quotes.map((q) => quoteSymbol(article, q, q.kind));
  const first = quotes[0];
  // `@id` of the first quote: the `@` sits just before the id span, inside the quote's `{...}`.
  const at = { start: Math.max(first.start, first.speakerSpan.start - 1), end: first.speakerSpan.end };
  const name = id ? `@${id}` : '(no speaker id)';
  const detail = id ? 'not in front matter' : 'quotes without a speaker id';
  return symbol(article, name, detail, SymbolKind.Class, cover(quotes), at, children);
}

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
    if (block.type === 'paragraph') appendAll(top, quotesInReadingOrder(article, block.quotes));
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
      appendAll(stack[stack.length - 1].quotes, block.quotes);
    }
    lastEnd = block.end;
  }
  while (stack.length) stack.pop()!.end = lastEnd;
  const toSymbol = (s: OpenSection): DocumentSymbol => {
    const title = s.heading.title;
    const children = [...quoteChildren(s.quotes), ...s.subsections.map(toSymbol)];
    const span = { start: s.heading.start, end: Math.max(s.end, s.heading.end) };
    const selection = title.end > title.start ? title : s.heading;
    return symbol(article, shown(oneLine(title.text), '(untitled section)'), '#'.repeat(s.heading.level), SymbolKind.Namespace, span, selection, children);
  };
  return roots.map(toSymbol);
}

// ---------------------------------------------------------------------------------------------

/**
 * The name, or the placeholder when no character of it shows: a name of zero-width or BOM
 * characters only is an invisible entry in the outline (or refused by the editor).
 */
function shown(name: string, placeholder: string): string {
  return hasVisibleCharacter(name) ? name : placeholder;
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
    name: shown(name, '(unnamed)'),
    detail,
    kind,
    range: article.lines.range(span),
    selectionRange: article.lines.range({ start, end }),
  };
  if (children) result.children = children;
  return result;
}
