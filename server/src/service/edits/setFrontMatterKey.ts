// The text edit that gives a top-level front matter key a string value, in the file's own line
// endings: the value replaced when the key is there, else a new line at the end of the YAML, else
// a new front matter. The value is always double-quoted (a JSON string is a valid YAML one): the
// values moved here from the body (a wire slug, `AP-OR–1st NewsMinute`) carry dashes, colons and
// hashes that a plain YAML scalar would misread.

import type { OffsetEdit } from '../diagnostics/finding';
import type { ParsedArticle } from '../syntax';
import { detectEol } from '../text/scan';
import { insertLinesEdit, newFrontMatterEdit } from './frontMatterText';

export type StringKey = 'slug';

export function setFrontMatterKeyEdit(article: ParsedArticle, key: StringKey, value: string): OffsetEdit {
  const { text, frontMatter: fm } = article;
  const eol = detectEol(text);
  const quoted = JSON.stringify(value);
  if (!fm) return newFrontMatterEdit(text, eol, `${key}: ${quoted}${eol}`);
  const field = fm[key];
  if (field) return { start: field.start, end: field.end, newText: quoted };
  return insertLinesEdit(text, fm.content.end, eol, `${key}: ${quoted}${eol}`);
}
