// Completion: speaker ids in `{@...}`, front matter keys and values, and the dateline's agency and
// month forms of the house style. Every context is read from the text around the cursor rather
// than from the YAML tree, because while a key is being typed the YAML usually does not parse.

import { speakerIndex } from '../context/articleContext';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import agenciesJson from '../data/agencies.json';
import { articleContext } from '../context/articleContext';
import { MONTH_NAMES } from '../domain/calendar';
import { findAgency, styleRules, type HouseStyle } from '../domain/data';
import type { ServiceOptions } from '../options';
import { FRONT_MATTER_KEYS, SPEAKER_KEYS as SPEAKER_KEY_LIST, SPEAKER_KINDS, type FrontMatter, type FrontMatterKey, type ParsedArticle, type SpeakerKey } from '../syntax';
import { oneLine } from '../text/characters';
import { isEscaped } from '../text/scan';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

type KeyHelp = readonly [key: string, snippet: string, doc: string];

/** The snippet each top-level key inserts; the keys and their order are the parser's (syntax.ts). */
const TOP_LEVEL_HELP: Record<FrontMatterKey, [snippet: string, doc: string]> = {
  headline: ['headline: "${1}"', 'The headline (required).'],
  // No current date: completion must be deterministic, and the writer knows the publication day.
  date: ['date: ${1:YYYY-MM-DD}', 'The publication date, YYYY-MM-DD (required). Dateline dates resolve against it.'],
  agency: ['agency: ${1}', 'The wire service or publisher (AP, Reuters, Xinhua, UPI, ...); picks the house style.'],
  byline: ['byline: ${1}', 'The author, or a list of authors.'],
  lang: ['lang: ${1:en}', 'The language, a BCP 47 tag (default en).'],
  slug: ['slug: "${1}"', 'The wire slug or keyword line (BC-US--Bridge Collapse); never published.'],
  speakers: ['speakers:\n  ${1:id}:\n    name: ${2:Full Name}', 'The people and bodies quoted: a map from speaker id to speaker.'],
  sources: ['sources:\n  - file: ${1:statement.txt}\n    speaker: ${2:id}', 'The transcripts, statements and articles the quotes come from: paths relative to this article; quotes are checked against them.'],
};

const SPEAKER_HELP: Record<SpeakerKey, [snippet: string, doc: string]> = {
  name: ['name: ${1}', 'The full name, as on first reference (required).'],
  role: ['role: ${1}', 'Title or function.'],
  org: ['org: ${1}', 'Organisation.'],
  aliases: ['aliases: [${1}]', 'Later references (surname, short form). Default: the last word of the name.'],
  kind: [`kind: \${1|${SPEAKER_KINDS.join(',')}|}`, 'person (default), organization, group or anonymous.'],
  reason: ['reason: ${1}', 'For an anonymous source: why it is not named, as the article gives it.'],
};

const TOP_LEVEL_KEYS: readonly KeyHelp[] = FRONT_MATTER_KEYS.map((key) => [key, ...TOP_LEVEL_HELP[key]]);
const SPEAKER_KEYS: readonly KeyHelp[] = SPEAKER_KEY_LIST.map((key) => [key, ...SPEAKER_HELP[key]]);

/** Ids of speakers: lower-case letters, digits, `-`, `_` (upper case is read too while typing). */
const isIdChar = (ch: string | undefined) => !!ch && /[A-Za-z0-9_-]/.test(ch);
const isLetterOrPeriod = (ch: string | undefined) => !!ch && /[\p{L}.]/u.test(ch);

export function getCompletions(article: ParsedArticle, position: Position, options: ServiceOptions): CompletionList {
  const offset = article.lines.offset(position);
  const fm = article.frontMatter;
  if (fm && offset >= fm.content.start && (offset < fm.content.end || (!fm.closed && offset <= fm.content.end))) {
    return list(frontMatterCompletions(article, fm, offset));
  }
  if (offset < article.bodyStart || insideComment(article, offset)) return EMPTY;
  const speakerItems = speakerIdCompletions(article, offset);
  if (speakerItems) return list(speakerItems);
  return list(datelineCompletions(article, offset, options));
}

function list(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}

function insideComment(article: ParsedArticle, offset: number): boolean {
  return article.comments.some((c) => offset > c.start && (offset < c.end || !c.closed));
}

// ---------------------------------------------------------------------------------------------
// Speaker ids

/** After `{@` (completing the id typed so far) or right after `]{` (inserting `@id}`). */
function speakerIdCompletions(article: ParsedArticle, offset: number): CompletionItem[] | undefined {
  const t = article.text;
  let idStart = offset;
  while (idStart > 0 && offset - idStart < 64 && isIdChar(t[idStart - 1])) idStart--;
  let idEnd = offset;
  while (idEnd < t.length && idEnd - offset < 64 && isIdChar(t[idEnd])) idEnd++;

  if (t[idStart - 1] === '@' && t[idStart - 2] === '{' && !isEscaped(t, idStart - 2)) {
    // `{@ch|en}` replaces the whole id; in an id not closed yet the letters after the cursor are
    // the prose the writer typed `{@` in front of (`{@|Chen said`), and must stay.
    const closed = t[idEnd] === '}';
    const range = article.lines.range({ start: idStart, end: closed ? idEnd : offset });
    const close = closed ? '' : '}';
    return speakerItems(article, range, (id) => id + close);
  }
  if (idStart === offset && t[offset - 1] === '{' && t[offset - 2] === ']' && !isEscaped(t, offset - 2) && t[offset] !== '@') {
    const range = article.lines.range({ start: offset, end: offset });
    const close = t[offset] === '}' ? '' : '}';
    return speakerItems(article, range, (id) => `@${id}${close}`);
  }
  return undefined;
}

function speakerItems(article: ParsedArticle, range: Range, newText: (id: string) => string): CompletionItem[] {
  const items: CompletionItem[] = [];
  const { definitions, fromRegistry } = speakerIndex(article);
  // The article's own speakers first (front matter order: the main speaker first), then the registry's.
  [...definitions.values()].forEach((s, i) => {
    const facts = [s.role?.value, s.org?.value, s.kind !== 'person' ? s.kind : undefined, fromRegistry(s.id) ? 'from the speaker registry' : undefined].filter(Boolean) as string[];
    items.push({
      label: s.id,
      kind: CompletionItemKind.Reference,
      detail: oneLine(s.name?.value ?? '') || s.id,
      documentation: facts.length ? { kind: MarkupKind.PlainText, value: facts.join('\n') } : undefined,
      // Front matter order: the writer lists the main speaker first.
      sortText: pad(i),
      filterText: s.id,
      textEdit: { range, newText: newText(s.id) },
    });
  });
  return items;
}

// ---------------------------------------------------------------------------------------------
// Front matter

interface YamlLine {
  start: number;
  end: number;
  indent: number;
  /** The key of a `key:` line, if the line is one. */
  key?: string;
  /** True for blank lines and YAML comments, which never open or close a map. */
  blank: boolean;
  /** True when nothing follows the key's colon: the key opens a block (a nested map or list). */
  opensBlock: boolean;
}

const KEY_LINE = /^([ \t]*)([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;

function readLines(article: ParsedArticle, fm: FrontMatter): YamlLine[] {
  const { lines, text } = article;
  const first = lines.lineOf(fm.content.start);
  const last = lines.lineOf(Math.max(fm.content.start, fm.content.end));
  const out: YamlLine[] = [];
  for (let l = first; l <= last; l++) {
    const start = lines.lineStarts[l];
    const end = Math.min(lines.lineEnd(l), Math.max(fm.content.end, start));
    const s = text.slice(start, end);
    const trimmed = s.trimStart();
    const m = KEY_LINE.exec(s);
    const afterColon = m ? s.slice(m[0].length).trim() : '';
    out.push({ start, end, indent: s.length - trimmed.length, key: m?.[2], blank: trimmed === '' || trimmed.startsWith('#'), opensBlock: !!m && (afterColon === '' || afterColon.startsWith('#')) });
  }
  return out;
}

function frontMatterCompletions(article: ParsedArticle, fm: FrontMatter, offset: number): CompletionItem[] {
  const t = article.text;
  const yaml = readLines(article, fm);
  const here = yaml.findIndex((l) => offset >= l.start && offset <= l.end);
  if (here < 0) return [];
  const line = yaml[here];
  const prefix = t.slice(line.start, offset);
  const rest = t.slice(offset, line.end);

  // A key being typed: word characters only, and no colon yet on the line.
  const keyTyped = /^([ \t]*)([A-Za-z_]*)$/.exec(prefix);
  if (keyTyped && /^[A-Za-z_]*[ \t]*$/.test(rest)) {
    const wordEnd = offset + (/^[A-Za-z_]*/.exec(rest)?.[0].length ?? 0);
    const range = article.lines.range({ start: line.start + keyTyped[1].length, end: wordEnd });
    const indent = keyTyped[1].length;
    if (indent === 0) {
      const present = new Set(yaml.filter((l, i) => i !== here && l.indent === 0 && l.key).map((l) => l.key!));
      return keyItems(TOP_LEVEL_KEYS, present, range, CompletionItemKind.Property);
    }
    const speaker = enclosingSpeaker(yaml, here, indent);
    if (speaker === undefined) return [];
    const present = new Set(siblingKeys(yaml, speaker, here, indent));
    return keyItems(SPEAKER_KEYS, present, range, CompletionItemKind.Field);
  }

  // The value of `kind:` in a speaker map.
  const kindTyped = /^([ \t]+)kind:[ \t]*([a-z]*)$/.exec(prefix);
  if (kindTyped && /^[a-z]*[ \t]*$/.test(rest) && enclosingSpeaker(yaml, here, kindTyped[1].length) !== undefined) {
    const range = article.lines.range({ start: offset - kindTyped[2].length, end: offset + (/^[a-z]*/.exec(rest)?.[0].length ?? 0) });
    return SPEAKER_KINDS.map((kind, i) => ({
      label: kind,
      kind: CompletionItemKind.EnumMember,
      detail: i === 0 ? 'speaker kind (default)' : 'speaker kind',
      sortText: pad(i),
      textEdit: { range, newText: kind },
    }));
  }

  // The value of the top-level `agency:`.
  const agencyTyped = /^agency:[ \t]*/.exec(prefix);
  if (agencyTyped) {
    const range = article.lines.range({ start: line.start + agencyTyped[0].length, end: line.end });
    return agencyNames(undefined).map((name, i) => ({
      label: name,
      kind: CompletionItemKind.Value,
      detail: agencyDetail(name),
      sortText: pad(i),
      textEdit: { range, newText: name },
    }));
  }
  return [];
}

/**
 * The index of the speaker entry line (`  chen:`) that holds a line indented by `indent`: its
 * nearest less-indented line above must be an id with nothing after the colon, itself directly
 * under the top-level `speakers:`.
 */
function enclosingSpeaker(yaml: YamlLine[], here: number, indent: number): number | undefined {
  const parent = parentOf(yaml, here, indent);
  if (parent < 0) return undefined;
  const p = yaml[parent];
  if (!p.key || !p.opensBlock || p.indent === 0) return undefined;
  const grand = parentOf(yaml, parent, p.indent);
  if (grand < 0 || yaml[grand].indent !== 0 || yaml[grand].key !== 'speakers') return undefined;
  return parent;
}

function parentOf(yaml: YamlLine[], index: number, indent: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const l = yaml[i];
    if (!l.blank && l.indent < indent) return l.key ? i : -1;
  }
  return -1;
}

/** Keys already written in the map that starts after line `parent`, at the given indentation. */
function siblingKeys(yaml: YamlLine[], parent: number, here: number, indent: number): string[] {
  const keys: string[] = [];
  for (let i = parent + 1; i < yaml.length; i++) {
    const l = yaml[i];
    if (l.blank) continue;
    if (l.indent <= yaml[parent].indent) break;
    if (i !== here && l.indent === indent && l.key) keys.push(l.key);
  }
  return keys;
}

function keyItems(keys: typeof TOP_LEVEL_KEYS, present: Set<string>, range: Range, kind: CompletionItemKind): CompletionItem[] {
  const items: CompletionItem[] = [];
  keys.forEach(([key, snippet, doc], i) => {
    if (present.has(key)) return;
    items.push({
      label: key,
      kind,
      documentation: doc,
      sortText: pad(i),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: snippet },
    });
  });
  return items;
}

// ---------------------------------------------------------------------------------------------
// Dateline

/** A dateline is short: past this many characters the first line is prose, not a dateline. */
const MAX_DATELINE_LENGTH = 120;
const SEPARATOR_IN_TEXT = /--|—|–| - /;

function datelineCompletions(article: ParsedArticle, offset: number, options: ServiceOptions): CompletionItem[] {
  const p = article.firstParagraph;
  const t = article.text;
  if (!p || offset < p.start || offset - p.start > MAX_DATELINE_LENGTH) return [];
  // The paragraph's span ends at its last word; the cursor may sit in the spaces after it.
  let end = p.end;
  while (end < t.length && (t[end] === ' ' || t[end] === '\t')) end++;
  if (offset > end) return [];
  const sep = article.dateline?.separator;
  if (sep && offset > sep.start) return [];
  const before = t.slice(p.start, offset);
  // Only the dateline's own line, before any separator or quote markup.
  if (/[\r\n[{]/.test(before) || SEPARATOR_IN_TEXT.test(before)) return [];

  let wordStart = offset;
  while (wordStart > p.start && offset - wordStart < 32 && isLetterOrPeriod(t[wordStart - 1])) wordStart--;
  let wordEnd = offset;
  while (wordEnd < end && wordEnd - offset < 32 && isLetterOrPeriod(t[wordEnd])) wordEnd++;
  const range = article.lines.range({ start: wordStart, end: wordEnd });
  const agency = article.frontMatter?.agency?.value;
  const charBefore = t[wordStart - 1];

  if (charBefore === '(') {
    const close = t[wordEnd] === ')' ? '' : ')';
    return agencyNames(agency).map((name, i) => agencyItem(name, i, range, name + close));
  }
  const lead = t.slice(p.start, wordStart);
  // Nothing on the place, the first word (after any indentation), nor after other characters.
  if (!lead.trim() || (charBefore !== ' ' && charBefore !== ',')) return [];
  const items: CompletionItem[] = [];
  // The date follows the place and a comma: `BERLIN, Sept. 27`.
  if (/,[ \t]*$/.test(lead)) items.push(...monthItems(articleContext(article, options).houseStyle.style, range));
  if (!lead.includes('(')) items.push(...agencyNames(agency).map((name, i) => agencyItem(name, i, range, `(${name})`)));
  return items;
}

/** The front matter's agency (as a dateline writes it) first, then the agencies of the data file. */
function agencyNames(frontMatterAgency: string | undefined): string[] {
  const names: string[] = [];
  if (frontMatterAgency?.trim()) names.push(findAgency(frontMatterAgency)?.dateline ?? frontMatterAgency.trim());
  for (const a of agenciesJson.agencies) if (!names.includes(a.dateline)) names.push(a.dateline);
  return names;
}

function agencyDetail(name: string): string | undefined {
  const entry = findAgency(name);
  return entry?.aliases.find((a) => a.length > name.length && !a.startsWith('The ')) ?? entry?.aliases.find((a) => a !== name);
}

function agencyItem(name: string, index: number, range: Range, newText: string): CompletionItem {
  return {
    label: newText.startsWith('(') ? `(${name})` : name,
    kind: CompletionItemKind.Value,
    detail: agencyDetail(name) ?? 'agency',
    sortText: `b${pad(index)}`,
    filterText: name,
    textEdit: { range, newText },
  };
}

/** The month forms the house style accepts; for no style, AP's forms and the full names. */
function monthItems(style: HouseStyle, range: Range): CompletionItem[] {
  const rules = styleRules(style);
  const forms = rules.months ?? styleRules('ap').months ?? [];
  const items: CompletionItem[] = [];
  MONTH_NAMES.forEach((full, m) => {
    const accepted = [...(forms[m] ?? [])];
    if (!rules.months && !accepted.includes(full)) accepted.push(full);
    accepted.forEach((form, k) => {
      items.push({
        label: form,
        kind: CompletionItemKind.Constant,
        detail: full,
        documentation: rules.months ? `${full}, as ${rules.label} style writes it in a dateline` : full,
        sortText: `a${pad(m)}${k}`,
        textEdit: { range, newText: form },
      });
    });
  });
  return items;
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}
