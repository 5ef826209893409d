// The text edit that adds a speaker entry to the front matter, in the file's own indentation and
// line endings: after the last speaker, or a new `speakers:` key, or a new front matter.

import type { OffsetEdit } from '../diagnostics/finding';
import type { ParsedArticle } from '../syntax';
import { detectEol, lineEndAt, nextLineStart } from '../text/scan';
import { insertLinesEdit, newFrontMatterEdit } from './frontMatterText';

export function addSpeakerEdit(article: ParsedArticle, id: string, name: string): OffsetEdit {
  const { text, frontMatter: fm } = article;
  const eol = detectEol(text);
  const indent = fm?.speakerIndent || '  ';
  const entry = (i: string) => `${i}${id}:${eol}${i}${i}name: ${yamlString(name)}${eol}`;
  if (!fm) {
    // No placeholders for headline and date: an empty date would be an error the writer did not
    // make; front-matter-missing says what to add.
    return newFrontMatterEdit(text, eol, `speakers:${eol}${entry('  ')}`);
  }
  if (fm.speakersValue && fm.speakers.length && text[fm.speakersValue.start] === '{') {
    // A flow map, `speakers: {chen: Chen Wenqing}`: a flow entry after the last one.
    const last = fm.speakers[fm.speakers.length - 1];
    return { start: last.end, end: last.end, newText: `, ${id}: {name: ${flowString(name)}}` };
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
