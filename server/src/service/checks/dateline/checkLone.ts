// dateline-form for a dateline that stands alone as the whole first paragraph, as republished
// copy prints it (`BEIJING, China, 30 April 2009`, a blank line, then the text): it is the
// dateline, but the text belongs on its line, after the separator.

import type { Finding } from '../../diagnostics/finding';
import { q, showSeparator, type CheckContext } from './context';

/**
 * The separator the join writes for the style `none`, which has no dash of its own: `--`, the
 * spec's first and the one of the style's example (`BEIJING, Sept. 27 (Xinhua) -- `).
 */
const NONE_STYLE_SEPARATOR = '--';

export function checkLoneDateline(c: CheckContext): Finding[] {
  const { dateline: d, rules, text, nextParagraph } = c;
  // Nothing follows yet (an article being written): checkSeparator asks for the separator.
  if (!d.standalone || !nextParagraph) return [];
  const written = text.slice(d.start, d.end);
  const sep = d.separator?.text ?? rules.separator ?? NONE_STYLE_SEPARATOR;
  const join = d.separator
    ? { start: d.separator.end, end: nextParagraph.start, newText: ' ' }
    : { start: d.end, end: nextParagraph.start, newText: ` ${sep} ` };
  return [{
    code: 'dateline-form', start: d.start, end: d.end,
    message: `The dateline ${q(written)} stands alone as a paragraph: the text belongs on its line, after the separator, as in ${q(rules.example.trim() + ' ...')}`,
    fixes: [{ title: `Join the text to the dateline's line with ${q(showSeparator(sep))}`, edits: [join], preferred: true }],
  }];
}
