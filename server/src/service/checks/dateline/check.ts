// checkDateline: every dateline diagnostic of the spec (section 6) for one article.

import type { Finding } from '../../diagnostics/finding';
import { codePointAt, isWhitespace } from '../../text/characters';
import { checkForm } from './checkForm';
import { checkAgency, checkDateValue, checkMonthStyle, checkPlaceCase } from './checkParts';
import { checkLoneDateline } from './checkLone';
import { checkStandaloneCity } from './checkStandalone';
import { checkWeekdays } from './checkWeekday';
import { makeContext, q, type DatelineCheckInput } from './context';
import { skipLeadingComments } from '../../parser/dateline/recognise';

/**
 * The findings for the dateline of `input.firstParagraph` (recognised beforehand with
 * recogniseDateline). Codes: dateline-missing, -form, -place-case, -month-style, -date,
 * -distance, -agency, -weekday, -standalone-city.
 */
export function checkDateline(input: DatelineCheckInput): Finding[] {
  const { dateline, firstParagraph } = input;
  if (!dateline) return firstParagraph && isEnglish(input.lang) ? checkMissing(input, firstParagraph) : [];
  const c = makeContext(input, dateline);
  const findings = [
    ...checkLoneDateline(c), ...checkForm(c), ...checkPlaceCase(c), ...checkMonthStyle(c), ...checkDateValue(c),
    ...checkAgency(c), ...checkWeekdays(c), ...checkStandaloneCity(c),
  ];
  // An empty fix list means "no mechanical fix": drop it rather than offer nothing.
  return findings.map((f) => (f.fixes && f.fixes.length === 0 ? withoutFixes(f) : f));
}

/** No `lang` (the default is `en`), or one whose primary language is English (`en`, `en-GB`). */
function isEnglish(lang: string | undefined): boolean {
  if (!lang?.trim()) return true;
  return lang.trim().split(/[-_]/)[0].toLowerCase() === 'en';
}

function withoutFixes(f: Finding): Finding {
  const others = { ...f };
  delete others.fixes;
  return others;
}

/** dateline-missing, on the paragraph's first word (after any leading comment). */
function checkMissing(input: DatelineCheckInput, p: { start: number; end: number }): Finding[] {
  const { text } = input;
  const from = p.start;
  const end = Math.min(p.end, text.length);
  let start = skipLeadingComments(text, from, end) ?? from;
  if (start >= end) start = from;
  let stop = start;
  while (stop < end && stop - start < 60 && !isWhitespace(text.charCodeAt(stop))) stop += codePointAt(text, stop).length || 1;
  if (stop === start) stop = Math.min(end, start + 1);
  const style = makeContext(input, { start, end: start, bodyStart: start }).rules;
  // The first word as a reader sees it: without quote markup or quotation marks around it.
  const raw = text.slice(start, stop);
  // Closing marks and punctuation trimmed by a scan: /[...]+$/ backtracks quadratically (recheck).
  let openerEnd = raw.length;
  while (openerEnd > 0 && ']{}"”’»,.;:!?'.includes(raw[openerEnd - 1])) openerEnd--;
  const opener = raw.slice(0, openerEnd).replace(/^[[\s"“‘«„]+/, '') || raw;
  const who = style.label === 'Wire' ? 'wire copy' : `${style.label} style`;
  return [{
    code: 'dateline-missing', start, end: stop,
    message: `The first paragraph has no dateline: it opens with ${q(opener)}; ${who} opens with one, as in ${q(style.example.trim())}`,
  }];
}
