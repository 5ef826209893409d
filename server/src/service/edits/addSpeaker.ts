// The text edit that adds a speaker entry to the front matter, in the file's own indentation and
// line endings: after the last speaker, or a new `speakers:` key, or a new front matter. Several
// speakers at once (the markup suggestions) go into one edit, with what the engine knows of them.

import type { OffsetEdit } from '../diagnostics/finding';
import type { ParsedArticle } from '../syntax';
import { detectEol, lineEndAt, nextLineStart } from '../text/scan';
import { insertLinesEdit, newFrontMatterEdit } from './frontMatterText';

/** A speaker to write: what the markup engine found of it, or only its name. */
export interface SpeakerEntry {
  id: string;
  name: string;
  role?: string;
  org?: string;
  aliases?: string[];
  /** Written when not `person`, the default. */
  kind?: string;
  reason?: string;
}

export function addSpeakerEdit(article: ParsedArticle, id: string, name: string): OffsetEdit {
  return addSpeakersEdit(article, [{ id, name }]);
}

/** One edit that adds every speaker (several edits at one place would each open a front matter). */
export function addSpeakersEdit(article: ParsedArticle, speakers: readonly SpeakerEntry[]): OffsetEdit {
  const { text, frontMatter: fm } = article;
  const eol = detectEol(text);
  const indent = fm?.speakerIndent || '  ';
  const entry = (i: string) => speakers.map((s) => blockEntry(s, i, eol)).join('');
  if (!fm) {
    // No placeholders for headline and date: an empty date would be an error the writer did not
    // make; front-matter-missing says what to add.
    return newFrontMatterEdit(text, eol, `speakers:${eol}${entry('  ')}`);
  }
  if (fm.speakersValue && fm.speakers.length && text[fm.speakersValue.start] === '{') {
    // A flow map, `speakers: {chen: Chen Wenqing}`: a flow entry after the last one.
    const last = fm.speakers[fm.speakers.length - 1];
    return { start: last.end, end: last.end, newText: speakers.map((s) => `, ${s.id}: {name: ${flowString(s.name)}}`).join('') };
  }
  if (fm.speakersValue && fm.speakers.length) {
    // After the last speaker's value: at the start of the line that follows it.
    const last = fm.speakers[fm.speakers.length - 1];
    const at = lineStartAfter(text, Math.max(last.end, fm.speakersValue.end) - 1, fm.content.end);
    return insertLinesEdit(text, at, eol, entry(indent));
  }
  if (fm.speakersKey) {
    // `speakers:` with nothing under it: replace the rest of its line.
    const lineEnd = lineEndAt(text, fm.speakersKey.end);
    return { start: fm.speakersKey.start, end: lineEnd, newText: `speakers:${eol}${entry('  ').replace(/\r?\n$/, '')}` };
  }
  return insertLinesEdit(text, fm.content.end, eol, `speakers:${eol}${entry('  ')}`);
}

function blockEntry(s: SpeakerEntry, i: string, eol: string): string {
  return speakerEntryLines(s, i, i + i, eol);
}

/** A speaker as a block map entry: its id at `keyIndent`, its fields at `fieldIndent` (the registry's keys start at the margin). */
export function speakerEntryLines(s: SpeakerEntry, keyIndent: string, fieldIndent: string, eol: string): string {
  const f = fieldIndent;
  const lines = [`${keyIndent}${s.id}:`, `${f}name: ${yamlString(s.name)}`];
  if (s.role) lines.push(`${f}role: ${yamlString(s.role)}`);
  if (s.org) lines.push(`${f}org: ${yamlString(s.org)}`);
  if (s.aliases) lines.push(`${f}aliases: [${s.aliases.map((a) => JSON.stringify(a)).join(', ')}]`);
  if (s.kind && s.kind !== 'person') lines.push(`${f}kind: ${s.kind}`);
  if (s.reason) lines.push(`${f}reason: ${yamlString(s.reason)}`);
  return lines.map((l) => l + eol).join('');
}

/** `yes`, `null`, `a: b` and friends must be quoted to stay strings. */
export function yamlString(s: string): string {
  return /^[A-Za-z][A-Za-z .,'’-]*$/.test(s) && !/^(yes|no|true|false|null|on|off|y|n)$/i.test(s) ? s : JSON.stringify(s);
}

/** In a flow collection, `,` `[` `]` `{` `}` end a plain scalar too. */
function flowString(s: string): string {
  return /[,[\]{}]/.test(s) ? JSON.stringify(s) : yamlString(s);
}

function lineStartAfter(text: string, offset: number, limit: number): number {
  return nextLineStart(text, lineEndAt(text, offset, limit), limit);
}
