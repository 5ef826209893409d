// What every dateline check gets: the input, the style's rules and a few positions worked out
// once (where the separator goes, which part comes last).

import type { HouseStyle } from '../../domain/data';
import type { Dateline, PublicationDate, TextSpan } from '../../syntax';
import { isWhitespace } from '../../text/characters';
import { styleRules, type StyleRules } from '../../domain/data';
import { referenceDate, type ReferenceDate } from '../../domain/resolve';

export interface DatelineCheckInput {
  /** The whole document. */
  text: string;
  /** The recognised dateline (recogniseDateline on the first paragraph), if any. */
  dateline?: Dateline;
  /** The first body paragraph; without one nothing is reported. */
  firstParagraph?: { start: number; end: number };
  /**
   * The paragraph right after the first (no block between them), where the text of a dateline
   * that stands alone is; undefined when a heading, a comment block or nothing follows.
   */
  nextParagraph?: { start: number; end: number };
  /** The lead paragraphs (articleContext: the first three body paragraphs), searched for weekdays. */
  leadParagraphs: readonly { start: number; end: number }[];
  /** The front matter `date`. */
  publication?: PublicationDate;
  /** The front matter `agency`. */
  agency?: string;
  /**
   * The front matter `lang` (BCP 47). The recogniser reads English month names only, so outside
   * English (`МОСКВА, 5 янв. (ТАСС) —`) an unrecognised first paragraph is not reported missing.
   */
  lang?: string;
  style: HouseStyle;
}

export interface CheckContext extends DatelineCheckInput {
  dateline: Dateline;
  rules: StyleRules;
  /** Offset just past the last non-space character before the separator (or the dateline's end). */
  beforeSeparator: number;
  /** The part after which REGION/DATE would follow: the region, else the place. */
  anchor?: TextSpan & { text: string };
  /** The date weekdays are counted from (domain/resolve.ts `referenceDate`, as articleContext has it). */
  reference?: ReferenceDate;
}

export function makeContext(input: DatelineCheckInput, dateline: Dateline): CheckContext {
  let beforeSeparator = dateline.end;
  if (dateline.separator) {
    beforeSeparator = dateline.separator.start;
    while (beforeSeparator > dateline.start && isWhitespace(input.text.charCodeAt(beforeSeparator - 1))) beforeSeparator--;
  }
  return {
    ...input, dateline, rules: styleRules(input.style), beforeSeparator, anchor: dateline.region ?? dateline.place,
    reference: referenceDate(dateline.date, input.publication),
  };
}

export const q = (s: string): string => `"${s}"`;

/** How a message shows a separator: ` - ` keeps its spaces, the dashes stand alone. */
export function showSeparator(sep: string): string {
  return sep === '-' ? ' - ' : sep;
}
