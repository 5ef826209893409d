// Where the dateline is: in the first paragraph, or in the second when the first is a wire slug
// or keyword line (`BC-US--Bridge Collapse`, `AP-OR–1st NewsMinute`; spec section 3). A slug is
// not a dateline, though the recogniser would read `BC-US --` as a place and a separator: the
// paragraph after it decides. So a first paragraph is a slug when it is one short line, no
// sentence (no closing `.`, `!`, `?`, no quote markup, no comment), and the paragraph right after
// it opens with a dateline that has text after it.

import type { Block, Dateline, Paragraph, TextPart } from '../../syntax';
import { recogniseDateline } from './recognise';

/** Slug lines are short; a longer line without a full stop is a headline or text, not a slug. */
const MAX_SLUG_LENGTH = 100;

export interface Lead {
  /** The paragraph the dateline belongs to: the first, or the one after a slug line. */
  paragraph?: Paragraph;
  dateline?: Dateline;
  /** The slug line before the dateline's paragraph (a paragraph of its own). */
  slug?: TextPart;
}

export function findLead(text: string, blocks: readonly Block[]): Lead {
  const index = blocks.findIndex((b) => b.type === 'paragraph');
  if (index < 0) return {};
  const first = blocks[index] as Paragraph;
  const next = blocks[index + 1];
  if (next?.type === 'paragraph' && isSlugShaped(text, first)) {
    const dateline = recogniseDateline(text, next.start, next.end);
    if (dateline && !dateline.standalone) {
      return { paragraph: next, dateline, slug: { start: first.start, end: first.end, text: text.slice(first.start, first.end) } };
    }
  }
  return { paragraph: first, dateline: recogniseDateline(text, first.start, first.end) };
}

/** One line, short, with letters or digits, no sentence end, no markup. */
function isSlugShaped(text: string, p: Paragraph): boolean {
  if (p.end - p.start > MAX_SLUG_LENGTH || p.quotes.length || p.problems.length) return false;
  const line = text.slice(p.start, p.end);
  if (line.includes('\n') || line.includes('\r') || line.includes('<!--') || !/[\p{L}\p{N}]/u.test(line)) return false;
  // A sentence ends in `.`, `!`, `?` or `…`, perhaps inside closing marks or brackets.
  // Trimmed by a scan: /[...]+$/ backtracks quadratically (recheck). The scan stops at the
  // latest at the line's letter or digit (checked above), so it never runs off the line's start.
  let end = line.length;
  while (`"'”’»)]`.includes(line[end - 1]) || /\s/u.test(line[end - 1])) end--;
  return !'.!?…'.includes(line[end - 1]);
}
