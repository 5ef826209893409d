// Reads the front matter: YAML between a first line `---` and the next `---` or `...` line,
// read into the `yaml` package's nodes (frontMatterYaml.ts), which keep every node's source
// range, so that problems point at the offending key or value. Problems of type and shape are
// collected here, as data; the checks turn them into diagnostics.

import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Field, FrontMatter, FrontMatterProblem, PublicationDate, SpeakerDefinition, SpeakerKind, TextPart, TextSpan } from '../syntax';
import { FRONT_MATTER_KEYS, SPEAKER_KEYS as SPEAKER_KEY_LIST, SPEAKER_KINDS, isSpeakerId } from '../syntax';
import { isValidDate } from '../domain/calendar';
import { lineEndAt, lineStartAt, nextLineStart, trimEnd } from '../text/scan';
import { readSourceList } from '../sources/sourceList';
import { readFrontMatterYaml, type YamlReading } from './frontMatterYaml';
import { MAX_YAML_DEPTH, MAX_YAML_PROBLEMS, MAX_YAML_PROBLEMS_PER_LINE, capYamlErrors, duplicateKeys, yamlNestingTooDeep, type YamlError } from './yamlGuards';

const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(FRONT_MATTER_KEYS);
const SPEAKER_KEYS: ReadonlySet<string> = new Set(SPEAKER_KEY_LIST);

/** Finds the fences. Returns undefined when the document does not open with `---`. */
function locateFrontMatter(text: string, start: number): { open: TextSpan; content: TextSpan; close?: TextSpan; end: number } | undefined {
  const firstEnd = lineEndAt(text, start);
  if (text.slice(start, firstEnd).trimEnd() !== '---') return undefined;
  const contentStart = nextLineStart(text, firstEnd);
  let pos = contentStart;
  let firstBlank = -1;
  while (pos < text.length) {
    const end = lineEndAt(text, pos);
    const line = text.slice(pos, end).trimEnd();
    if (line === '---' || line === '...') {
      return { open: { start, end: firstEnd }, content: { start: contentStart, end: pos }, close: { start: pos, end }, end: nextLineStart(text, end) };
    }
    if (firstBlank < 0 && line === '') firstBlank = pos; // `line` has no blanks at its end already
    pos = nextLineStart(text, end);
  }
  // Unclosed: take the YAML up to the first blank line, so that the body after it is still read.
  const contentEnd = firstBlank >= 0 ? firstBlank : text.length;
  return { open: { start, end: firstEnd }, content: { start: contentStart, end: contentEnd }, end: contentEnd };
}

/** `readYaml`: the quick reader with the full model behind it; the equivalence test passes the full model alone. */
export function parseFrontMatter(text: string, start: number, readYaml: (src: string) => YamlReading = readFrontMatterYaml): FrontMatter | undefined {
  const fences = locateFrontMatter(text, start);
  if (!fences) return undefined;
  const base = fences.content.start;
  const src = text.slice(base, fences.content.end);
  const fm: FrontMatter = {
    start, end: fences.close ? fences.close.end : fences.content.end,
    content: fences.content, closed: !!fences.close, byline: [], speakers: [], speakerIndent: '  ', problems: [],
  };
  if (!fences.close) {
    fm.problems.push({ code: 'front-matter-unclosed', start: fences.open.start, end: fences.open.end, message: 'The front matter opened here is never closed: add a line "---" after its last key' });
  }
  const tooDeep = yamlNestingTooDeep(src);
  if (tooDeep >= 0) {
    fm.problems.push({ code: 'front-matter-yaml', start: base + tooDeep, end: base + tooDeep + 1, message: `The front matter nests lists or maps more than ${MAX_YAML_DEPTH} deep here: NewsMark does not read it. Remove the extra brackets or indentation` });
    return fm;
  }
  let doc;
  try {
    doc = readYaml(src);
  } catch (e) {
    fm.problems.push({ code: 'front-matter-yaml', start: fences.content.start, end: fences.content.end, message: `The front matter could not be read: ${(e as Error).message}` });
    return fm;
  }
  // An error on a plain value holding ": " is that value to put in quotes; YAML may report one
  // such value twice (`headline: a: b: c`), which is one problem with one fix.
  // The value is read once a line, the lines found by one forward scan over the sorted errors: a
  // long line can hold thousands of errors.
  const errors: (YamlError & { quotable?: TextSpan })[] = [];
  let scanned = 0, lineStart = 0, lineRead = -1, lineQuoted = false;
  let quotable: TextSpan | undefined;
  for (const err of [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const at = Math.min(err.pos[0], src.length);
    for (; scanned < at; scanned++) if (src.charCodeAt(scanned) === 10 || src.charCodeAt(scanned) === 13) lineStart = scanned + 1;
    if (lineStart !== lineRead) {
      lineRead = lineStart;
      lineQuoted = false;
      quotable = unquotedColonValue(text, base + at, base, fences.content.end);
    }
    if (quotable && lineQuoted) continue;
    if (quotable) lineQuoted = true;
    errors.push({ start: at, end: Math.max(at + 1, Math.min(err.pos[1], src.length)), message: `Front matter YAML: ${firstLine(err.message)}`, quotable });
  }
  for (const key of duplicateKeys(doc.contents, src)) {
    errors.push({ start: key.start, end: key.end, message: `Front matter YAML: the key ${JSON.stringify(key.text)} is given twice: keep one` });
  }
  const { shown, hidden, firstHidden } = capYamlErrors(errors, src);
  for (const { start, end, message, quotable } of shown) {
    const problem: FrontMatterProblem = { code: 'front-matter-yaml', start: base + start, end: base + end, message };
    if (quotable) {
      const value = text.slice(quotable.start, quotable.end);
      problem.quotableValue = quotable;
      problem.start = quotable.start;
      problem.end = quotable.end;
      problem.message = `Front matter YAML: the value "${value}" ${value.includes(': ') ? 'contains ": "' : 'ends with ":"'}, which YAML reads as a nested key: put the value in quotes`;
    }
    fm.problems.push(problem);
  }
  if (firstHidden) {
    fm.problems.push({
      code: 'front-matter-yaml', start: base + firstHidden.start, end: base + firstHidden.end,
      message: `Front matter YAML: ${hidden} more problems from here are not listed (at most ${MAX_YAML_PROBLEMS_PER_LINE} a line, ${MAX_YAML_PROBLEMS} in all): fix the ones above first`,
    });
  }
  const root = doc.contents;
  if (!root) return fm;
  if (!isMap(root)) {
    const r = spanOf(root, base);
    fm.problems.push({ code: 'front-matter-yaml', ...r, message: 'The front matter must be a map of keys (headline, date, agency, speakers, ...)' });
    return fm;
  }
  for (const entry of entriesOf(root, base)) readTopLevel(fm, entry, base, text);
  dropEchoesOfYamlErrors(fm, text);
  return fm;
}

/**
 * A YAML syntax error usually leaves a strange value behind (a headline read as a map): the type
 * problems that follow from it on the same line only repeat the error, so they are dropped. (The
 * front-matter-unclosed problem is on the opening fence's line, and the YAML starts on the next.)
 */
function dropEchoesOfYamlErrors(fm: FrontMatter, text: string) {
  const yamlLines = new Set(fm.problems.filter((p) => p.code === 'front-matter-yaml').map((p) => lineStartAt(text, p.start)));
  if (!yamlLines.size) return;
  fm.problems = fm.problems.filter((p) => p.code === 'front-matter-yaml' || !yamlLines.has(lineStartAt(text, p.start)));
}


/** A map entry: its key's name and span, and the value node. */
interface Entry {
  name: string;
  keySpan: TextSpan;
  value: YamlNode | null;
}

/** The entries of a map whose keys are scalars (a map or list as a key names nothing we know). */
function* entriesOf(map: YAMLMap, base: number): Generator<Entry> {
  for (const pair of map.items) {
    const key = pair.key as YamlNode | null;
    if (key && isScalar(key)) yield { name: String(key.value), keySpan: spanOf(key, base), value: pair.value as YamlNode | null };
  }
}

function readTopLevel(fm: FrontMatter, { name, keySpan, value }: Entry, base: number, text: string) {
  switch (name) {
    case 'headline':
    case 'agency':
    case 'slug':
    case 'lang': {
      const field = stringField(fm, name, keySpan, value, base);
      if (field) fm[name] = field;
      if (name === 'lang' && field && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(field.value)) {
        fm.problems.push({ code: 'front-matter-key', start: field.start, end: field.end, message: `"lang" must be a BCP 47 language tag such as "en" or "en-GB", not "${field.value}"` });
      }
      return;
    }
    case 'date': {
      const field = stringField(fm, name, keySpan, value, base);
      if (!field) return;
      const parsed = parsePublicationDate(field.value);
      fm.date = { ...field, parsed };
      if (!parsed) {
        fm.problems.push({ code: 'front-matter-date', start: field.start, end: field.end, message: `"${field.value}" is not a real date: write the publication date as YYYY-MM-DD, e.g. 2023-09-28` });
      }
      return;
    }
    case 'byline': {
      if (value && isSeq(value)) {
        for (const item of value.items) {
          if (isScalar(item) && item.value != null) fm.byline.push({ ...spanOf(item as YamlNode, base), text: String(item.value) });
          else fm.problems.push({ code: 'front-matter-key', ...spanOf(item as YamlNode, base, keySpan), message: 'Each byline must be a name' });
        }
      } else {
        const field = stringField(fm, name, keySpan, value, base);
        if (field) fm.byline.push({ start: field.start, end: field.end, text: field.value });
      }
      return;
    }
    case 'speakers': {
      fm.speakersKey = keySpan;
      if (value == null || (isScalar(value) && value.value == null)) return;
      if (!isMap(value)) {
        fm.problems.push({ code: 'speaker-invalid', ...spanOf(value, base, keySpan), message: '"speakers" must be a map from speaker id to speaker, e.g. "chen: { name: Chen Wenqing }"' });
        return;
      }
      fm.speakersValue = trimmedSpan(text, spanOf(value, base, keySpan));
      readSpeakers(fm, value, base, text);
      return;
    }
    case 'sources':
      fm.sources = readSourceList(fm.problems, keySpan, value, base);
      return;
    default:
      fm.problems.push({ code: 'front-matter-key', ...keySpan, message: `Unknown front matter key "${name}": NewsMark knows ${[...TOP_LEVEL_KEYS].join(', ')}` });
  }
}

/** Where speaker entries are read into: a front matter, or a speaker registry (registry/parseRegistry.ts). */
export type SpeakerSink = Pick<FrontMatter, 'speakers' | 'problems' | 'speakerIndent'>;

/** Reads a map from speaker id to speaker (the one reading of the speaker rules, for front matter and registry alike). */
export function readSpeakers(fm: SpeakerSink, map: YAMLMap, base: number, text: string) {
  for (const { name: id, keySpan: idSpan, value } of entriesOf(map, base)) {
    if (fm.speakers.length === 0) fm.speakerIndent = indentOf(text, idSpan.start);
    // A block map's range takes the line break after it: the entry ends with its last character.
    const end = value ? trimmedSpan(text, spanOf(value, base, idSpan)).end : idSpan.end;
    const def: SpeakerDefinition = { id, idSpan, start: idSpan.start, end, aliases: [], aliasesGiven: false, kind: 'person', unknownKeys: [] };
    if (!isSpeakerId(id)) {
      fm.problems.push({ code: 'speaker-invalid', ...idSpan, message: `"${id}" is not a valid speaker id: use lower-case letters, digits, "-" and "_", starting with a letter` });
    }
    if (isScalar(value) && typeof value.value === 'string' && value.value.trim()) {
      def.name = { value: value.value, ...spanOf(value, base), key: idSpan };
    } else if (value && isMap(value)) {
      for (const entry of entriesOf(value, base)) readSpeakerKey(fm, def, entry, base);
    } else if (!value || (isScalar(value) && value.value == null)) {
      // no name: reported below
    } else {
      fm.problems.push({ code: 'speaker-invalid', ...spanOf(value, base, idSpan), message: `Speaker "${id}" must be a name or a map with "name", "role", "org", "aliases", "kind", "reason"` });
    }
    if (!def.name) {
      fm.problems.push({ code: 'speaker-invalid', ...idSpan, message: `Speaker "${id}" has no name: add "name:" with the full name as on first reference` });
    }
    if (!def.aliasesGiven && def.name) def.aliases = defaultAliases(def.name);
    fm.speakers.push(def);
  }
}

function readSpeakerKey(fm: SpeakerSink, def: SpeakerDefinition, { name, keySpan, value }: Entry, base: number) {
  switch (name) {
    case 'name':
    case 'role':
    case 'org':
    case 'reason': {
      const field = stringField(fm, `${def.id}.${name}`, keySpan, value, base, 'speaker-invalid');
      // A name or a reason of only spaces is none: "has no name" / "has no reason" is reported.
      if (field && ((name !== 'name' && name !== 'reason') || field.value.trim())) def[name] = field;
      return;
    }
    case 'kind': {
      const field = stringField(fm, `${def.id}.kind`, keySpan, value, base, 'speaker-invalid');
      if (!field) return;
      def.kindField = field;
      if ((SPEAKER_KINDS as readonly string[]).includes(field.value)) def.kind = field.value as SpeakerKind;
      else fm.problems.push({ code: 'speaker-invalid', start: field.start, end: field.end, message: `Unknown speaker kind "${field.value}": use one of ${SPEAKER_KINDS.join(', ')}` });
      return;
    }
    case 'aliases': {
      def.aliasesGiven = true;
      if (value && isSeq(value)) {
        for (const item of value.items) {
          if (isScalar(item) && item.value != null && String(item.value).trim()) def.aliases.push({ ...spanOf(item as YamlNode, base), text: String(item.value) });
          else fm.problems.push({ code: 'speaker-invalid', ...spanOf(item as YamlNode, base, keySpan), message: `Each alias of "${def.id}" must be a name` });
        }
      } else if (isScalar(value) && value.value != null) {
        def.aliases.push({ ...spanOf(value, base), text: String(value.value) });
        fm.problems.push({ code: 'front-matter-key', ...spanOf(value, base), message: `"aliases" of "${def.id}" should be a list: [${String(value.value)}]` });
      }
      return;
    }
    default:
      def.unknownKeys.push({ ...keySpan, text: name });
      fm.problems.push({ code: 'front-matter-key', ...keySpan, message: `Unknown speaker key "${name}": a speaker has ${[...SPEAKER_KEYS].join(', ')}` });
  }
}

function stringField(fm: Pick<FrontMatter, 'problems'>, name: string, key: TextSpan, value: YamlNode | null, base: number, code: FrontMatterProblem['code'] = 'front-matter-key'): Field<string> | undefined {
  if (!value || (isScalar(value) && value.value == null)) {
    fm.problems.push({ code, ...key, message: `"${name}" has no value` });
    return undefined;
  }
  if (!isScalar(value)) {
    fm.problems.push({ code, ...spanOf(value, base, key), message: `"${name}" must be a single line of text, not a list or map` });
    return undefined;
  }
  const v = value.value instanceof Date ? value.value.toISOString().slice(0, 10) : String(value.value);
  return { value: v, ...spanOf(value, base), key };
}

/** The default alias: the last word of the name (wrong for many names, hence `aliases`). */
function defaultAliases(name: Field<string>): TextPart[] {
  const words = name.value.trim().split(/\s+/);
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  const at = name.value.lastIndexOf(last);
  // Point at the word inside the name when the value is written plain on its line.
  return [{ start: name.start + Math.max(0, at), end: name.start + Math.max(0, at) + last.length, text: last }];
}

export function parsePublicationDate(value: string): PublicationDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
  if (!isValidDate({ year, month, day })) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return undefined;
  return { year, month, day };
}


export function spanOf(node: YamlNode | null | undefined, base: number, fallback?: TextSpan): TextSpan {
  const r = node?.range;
  if (!r) return fallback ? { ...fallback } : { start: base, end: base };
  return { start: base + r[0], end: base + Math.max(r[0], r[1]) };
}

/** The span without the whitespace and line breaks at its end. */
export function trimmedSpan(text: string, span: TextSpan): TextSpan {
  return { start: span.start, end: trimEnd(text, span.start, span.end) };
}

/**
 * The indentation of the line an entry's key is on: for an explicit key (`? chen`), the `?`'s
 * column. Spaces only, as YAML indents with nothing else; the key itself ends the run.
 */
function indentOf(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  let end = start;
  while (text[end] === ' ') end++;
  return text.slice(start, end);
}

export function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}


/**
 * A plain value without its comment (` # ...`): a scan, as `/[ \t]#.*$/` backtracked
 * quadratically when a U+2028 followed the `#` (issue 13).
 */
function beforeComment(value: string): string {
  for (let k = 1; k < value.length; k++) {
    if (value[k] === '#' && (value[k - 1] === ' ' || value[k - 1] === '\t')) return value.slice(0, k - 1);
  }
  return value;
}

/**
 * The usual YAML error in a front matter: `headline: Talks resume: minister`, a plain value with
 * ": " in it. Returns the value's span when the error's line looks like that.
 */
function unquotedColonValue(text: string, at: number, contentStart: number, contentEnd: number): TextSpan | undefined {
  const ls = Math.max(contentStart, lineStartAt(text, at));
  const le = Math.min(lineEndAt(text, ls), contentEnd);
  const line = text.slice(ls, le);
  // The key's ": " is the line's first: the indentation and a list item's "- " before the key hold none.
  const colon = line.indexOf(': ');
  if (colon < 0) return undefined;
  let v = colon + 2;
  while (line[v] === ' ') v++; // past the end, line[v] is undefined
  // A plain scalar ends before a comment (` # ...`): the comment stays a comment.
  const value = beforeComment(line.slice(v)).trimEnd();
  if (!value || '"\'[{|>&*!%@`'.includes(value[0])) return undefined;
  if (value.indexOf(': ') < 0 && !value.endsWith(':')) return undefined;
  return { start: ls + v, end: ls + v + value.length };
}
