// Hover: what the editor shows over a speaker (its `@id`, a mention, its front matter entry), a
// quote, the dateline, or a weekday in the text ("on Tuesday" → the date it means).

import { MarkupKind, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-types';
import { articleContext, speakerIndex, type ArticleContext, type HouseStyleChoice } from '../context/articleContext';
import { daysBetween, describeDistance, formatDate, formatIsoDate, weekdayOf, WEEKDAY_NAMES } from '../domain/calendar';
import { styleRules } from '../domain/data';
import { resolveWeekdayReference } from '../domain/weekdays';
import type { ServiceOptions } from '../options';
import { weekdayReferences } from '../parser/dateline/weekdays';
import { countQuotes, paragraphAt, mentionsOf, quotesOf, targetAt } from '../query';
import type { Dateline, FrontMatter, ParsedArticle, Quote, TextSpan } from '../syntax';
import { countWords } from '../text/characters';
import { datelineText, plural, speakerLabel } from '../labels';
import { quoteSourceHover } from '../sources/sourceFeatures';

export function getHover(article: ParsedArticle, position: Position, options: ServiceOptions): Hover | null {
  const found = markdownHover(article, position, options);
  return found && options.hoverFormat === 'plaintext' ? { ...found, contents: { kind: MarkupKind.PlainText, value: plainText((found.contents as MarkupContent).value) } } : found;
}

function markdownHover(article: ParsedArticle, position: Position, options: ServiceOptions): Hover | null {
  const offset = article.lines.offset(position);
  const target = targetAt(article, offset);
  switch (target?.type) {
    case 'speaker-reference':
    case 'speaker-definition':
    case 'mention':
      return hover(article, speakerMarkdown(article, target.speakerId), target.span);
  }
  // A weekday is the most specific thing under the cursor, also inside a quote's words.
  const context = articleContext(article, options);
  const weekday = weekdayHover(article, context, offset);
  if (weekday) return weekday;
  if (target?.type === 'quote') return hover(article, [quoteMarkdown(article, target.quote), quoteSourceHover(article, target.quote, options, md, code)].filter(Boolean).join('\n\n---\n\n'), target.span);
  if (target?.type === 'dateline') return hover(article, datelineMarkdown(article, context, target.dateline), target.span);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Speakers and quotes

function speakerMarkdown(article: ParsedArticle, speakerId: string): string {
  const speakers = speakerIndex(article);
  const def = speakers.definitions.get(speakerId);
  const counts = countQuotes(quotesOf(article, speakerId));
  const mentions = mentionsOf(article, speakerId).length;
  const quotes = counts.total ? `${plural(counts.total, 'quote')}: ${counts.direct} direct, ${counts.partial} partial, ${counts.indirect} indirect` : 'No quotes';
  const tally = `${quotes} · ${plural(mentions, 'mention')}`;
  if (!def) {
    return `${code('@' + speakerId)} — not in the front matter \`speakers\`${speakers.registry ? ' nor in the speaker registry' : ''}\n\n${tally}`;
  }
  const name = md(def.name?.value ?? '');
  const title = name ? `**${name}** ${code('@' + def.id)}` : `${code('@' + def.id)} (no name)`;
  const facts: string[] = [];
  if (def.role?.value) facts.push(`Role: ${md(def.role.value)}`);
  if (def.org?.value) facts.push(`Org: ${md(def.org.value)}`);
  if (def.kind !== 'person') facts.push(`Kind: ${def.kind}`);
  if (def.reason?.value) facts.push(`Reason: ${md(def.reason.value)}`);
  else if (def.kind === 'anonymous') facts.push('Reason: *not given*');
  if (def.aliases.length) facts.push(`Aliases: ${def.aliases.map((a) => md(a.text)).join(', ')}${def.aliasesGiven ? '' : ' (default: the last word of the name)'}`);
  return [title, lines(facts), registryNote(article, def.id), tally].filter(Boolean).join('\n\n');
}

/** Where a definition comes from when it is not (only) the article's own: the registry. */
function registryNote(article: ParsedArticle, id: string): string {
  const { registry, fromRegistry } = speakerIndex(article);
  if (!registry) return '';
  const file = md(registry.uri.slice(registry.uri.lastIndexOf('/') + 1));
  if (fromRegistry(id)) return `*From the speaker registry* (${file})`;
  return registry.byId.has(id) ? `*Overrides the speaker registry's entry* (${file}) in this article` : '';
}

function quoteMarkdown(article: ParsedArticle, quote: Quote): string {
  const kind = quote.kind[0].toUpperCase() + quote.kind.slice(1);
  const { definitions } = speakerIndex(article);
  const name = md(definitions.get(quote.speakerId)?.name?.value ?? '');
  const speaker = !quote.speakerId
    ? '*no speaker*'
    : !definitions.has(quote.speakerId)
      ? `**${md(speakerLabel(article, quote.speakerId))}** (not in the front matter)`
      : name
        ? `**${name}** ${code('@' + quote.speakerId)}`
        : `${code('@' + quote.speakerId)} (no name)`;
  const parts = [`${kind} quote by ${speaker}`, plural(countWords(quote.text), 'word')];
  if (quote.depth > 0) {
    const outer = outerQuote(article, quote);
    if (outer) parts.push(`Reported within a quote by ${md(speakerLabel(article, outer.speakerId))}`);
  }
  return parts.join('\n\n');
}

/** The quote directly around a nested one. */
function outerQuote(article: ParsedArticle, quote: Quote): Quote | undefined {
  const block = paragraphAt(article, quote.start);
  if (!block) return undefined;
  const search = (list: Quote[], parent?: Quote): Quote | undefined => {
    for (const q of list) {
      if (q === quote || (q.start === quote.start && q.end === quote.end && q.depth === quote.depth)) return parent;
      if (q.start <= quote.start && quote.end <= q.end) return search(q.children, q);
    }
    return undefined;
  };
  return search(block.quotes);
}

// ---------------------------------------------------------------------------------------------
// Dateline and weekdays

function datelineMarkdown(article: ParsedArticle, context: ArticleContext, d: Dateline): string {
  const fm = article.frontMatter;
  const facts: string[] = [];
  if (d.byline) facts.push(`Byline: ${md(d.byline.text)} (glued to the dateline)`);
  facts.push(`Place: ${d.place ? md(d.place.text) : '*none*'}`);
  if (d.region) facts.push(`Region: ${md(d.region.text)}`);
  facts.push(`Date: ${dateFact(d, context, fm)}`);
  facts.push(`Agency: ${d.agency ? md(d.agency.text) : '*none*'}`);
  if (d.separator) facts.push(`Separator: ${code(d.separator.text)}`);
  facts.push(`House style: ${houseStyleFact(context.houseStyle)}`);
  return `**Dateline** ${md(datelineText(article, d))}\n\n${lines(facts)}`;
}

/** The style and why it applies (the rule of articleContext's chooseHouseStyle). */
function houseStyleFact(choice: HouseStyleChoice): string {
  const name = choice.style === 'none' ? 'none' : styleRules(choice.style).label;
  const agency = md(choice.agency ?? '');
  switch (choice.reason) {
    case 'setting': return `${name} (set in the settings)`;
    case 'front-matter-agency': return `${name} (from the front matter agency, ${agency})`;
    case 'dateline-agency': return `${name} (from the dateline agency, ${agency}: no agency in the front matter)`;
    case 'no-agency': return `${name} (no agency in the front matter or the dateline)`;
  }
}

function dateFact(d: Dateline, context: ArticleContext, fm: FrontMatter | undefined): string {
  const publication = context.publication;
  if (!d.date) {
    if (!publication) return `*not written* (${noPublicationDate(fm)})`;
    return `*not written*: the day of publication, ${formatDate(publication)}`;
  }
  const resolved = context.datelineDate!;
  if (!resolved.valid) return `${md(d.date.text)} — no such day (${formatDate(resolved)})`;
  const when = formatDate(resolved);
  if (!publication) return `${when} (${noPublicationDate(fm)})`;
  return `${when} — ${describeDistance(daysBetween(resolved, publication))} (${formatIsoDate(publication)})`;
}

/** Why a weekday cannot be placed (the context has no reference date). */
function noReferenceDate(article: ParsedArticle, context: ArticleContext): string {
  const written = article.dateline?.date;
  if (written && !context.datelineDate?.valid) {
    return `no date to count from: the dateline date ${md(written.text)} is not a real day`;
  }
  if (!article.frontMatter?.date?.value?.trim()) return written ? 'no year to count from: no publication date in the front matter' : 'no dateline or publication date to count from';
  const why = noPublicationDate(article.frontMatter);
  return written ? `no year to count from: ${why}` : `no date to count from: the dateline has no date and ${why}`;
}

/** Why there is no publication date to count from: none written, or not a real date. */
function noPublicationDate(fm: FrontMatter | undefined): string {
  const written = fm?.date?.value?.trim();
  return written ? `the front matter date ${code(written)} is not a valid date` : 'no publication date in the front matter';
}

function weekdayHover(article: ParsedArticle, context: ArticleContext, offset: number): Hover | undefined {
  const block = paragraphAt(article, offset);
  if (!block) return undefined;
  // The whole phrase places the day: "next Tuesday", "Tuesday before last", "Tuesday, Sept. 26".
  const ref = weekdayReferences(article.text, block.start, block.end).find((w) => offset >= w.phrase.start && offset <= w.phrase.end);
  if (!ref) return undefined;
  const phrase = ref.phrase;
  const reference = context.reference;
  if (!reference) return hover(article, `**${md(phrase.text)}**: ${noReferenceDate(article, context)}`, phrase);
  const day = resolveWeekdayReference(ref, reference.date);
  if (!day) return hover(article, `**${md(phrase.text)}**: no such date`, phrase);
  const back = daysBetween(day, reference.date);
  const against = reference.source === 'dateline' ? 'the dateline' : 'publication (the dateline has no date)';
  const distance = back === 0 ? `The day of ${against}` : back > 0 ? `${plural(back, 'day')} before ${against}` : `${plural(-back, 'day')} after ${against}`;
  const weekdayMismatch = weekdayOf(day) !== ref.weekday ? `\n\n${WEEKDAY_NAMES[weekdayOf(day)]}, not ${WEEKDAY_NAMES[ref.weekday]}` : '';
  return hover(article, `**${md(phrase.text)}** → ${formatDate(day)}\n\n${distance}, ${formatDate(reference.date)}${weekdayMismatch}`, phrase);
}

// ---------------------------------------------------------------------------------------------

function hover(article: ParsedArticle, markdown: string, span: TextSpan): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: article.lines.range(span) };
}

/** Lines of one paragraph: Markdown needs two trailing spaces for a line break. */
const lines = (items: string[]) => items.join('  \n');

/**
 * Inline code; an id or a date as written may hold backticks (it is then invalid, but still
 * shown): the fence is then one backtick longer than the longest run of them in the text, so that
 * no run inside closes it (CommonMark), with a space on each side.
 */
function code(text: string): string {
  if (!text.includes('`')) return `\`${text}\``;
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  return `${fence} ${text} ${fence}`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * The hover's Markdown as plain text, for clients that do not list Markdown (issue 13, item 18):
 * code spans keep their text, escapes are resolved, emphasis marks and hard line breaks' spaces
 * go. It reads only what this file writes: md() escapes every `*` and backtick of an article's text.
 */
function plainText(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    const ch = markdown[i];
    if (ch === '\\' && i + 1 < markdown.length) {
      out += markdown[++i];
    } else if (ch === '`') {
      let length = 1;
      while (markdown[i + length] === '`') length++;
      // code() makes the fence longer than any run of backticks inside, so the next one closes it.
      const close = markdown.indexOf('`'.repeat(length), i + length);
      const content = markdown.slice(i + length, close < 0 ? markdown.length : close);
      // A fence of two or more pads its content with one space on each side (code() writes it so).
      out += length > 1 ? content.slice(1, -1) : content;
      i = close < 0 ? markdown.length : close + length - 1;
    } else if (ch !== '*') {
      out += ch;
    }
  }
  return out.split('  \n').join('\n');
}

/** Escapes the characters that would turn a name or role into Markdown markup or HTML. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}
