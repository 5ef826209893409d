// Checks on single parts of the dateline: the place's case, the month's spelling, whether the
// day exists, how far it lies from publication, and the agency against the front matter.

import type { Finding } from '../../diagnostics/finding';
import { MONTH_NAMES, daysBetween, daysInMonth, describeDistance, formatDate, formatIsoDate } from '../../domain/calendar';
import { styleRules } from '../../domain/data';
import { isPublicationDay, resolveDatelineDate } from '../../domain/resolve';
import { agencyDatelineForm, monthFitsStyle, sameAgency, suggestedMonth } from '../../domain/styles';
import { isCapsWord } from '../../parser/dateline/tokens';
import { q, type CheckContext } from './context';

/** The largest distance before publication a dateline date may have (spec: 7 days). */
const MAX_DAYS_BEFORE_PUBLICATION = 7;

/** dateline-place-case: PLACE is written in capitals, in every style. */
export function checkPlaceCase({ dateline: d }: CheckContext): Finding[] {
  const place = d.place;
  if (!place || place.text.split(/\s+/).every((w) => w === '' || isCapsWord(w))) return [];
  const upper = place.text.toUpperCase();
  return [{
    code: 'dateline-place-case', start: place.start, end: place.end,
    message: `The dateline place ${q(place.text)} is not in capitals: write ${q(upper)}`,
    fixes: [{ title: `Capitalise: ${q(upper)}`, edits: [{ start: place.start, end: place.end, newText: upper }], preferred: true }],
  }];
}

/**
 * dateline-month-style: the month as the style spells it. Day-first dates and dates with a year
 * are left to dateline-form, whose fix rewrites the whole date (month included).
 */
export function checkMonthStyle({ dateline: d, style, publication }: CheckContext): Finding[] {
  const date = d.date;
  const forms = styleRules(style).months;
  if (!date || !forms || date.dayFirst || date.year !== undefined) return [];
  // AP on the publication day: dateline-form says to drop the whole date; no point styling it.
  if (styleRules(style).date === 'unless-publication-day' && publication && isPublicationDay(date, publication)) return [];
  const written = date.monthPart.text;
  if (monthFitsStyle(written, date.month, style)) return [];
  const accepted = forms[date.month - 1] ?? [];
  const want = suggestedMonth(written, date.month, style);
  return [{
    code: 'dateline-month-style', start: date.monthPart.start, end: date.monthPart.end,
    message: `${styleRules(style).label} style writes ${MONTH_NAMES[date.month - 1]} as ${accepted.map(q).join(' or ')} in datelines, not ${q(written)}`,
    fixes: [{ title: `Write ${q(want)}`, edits: [{ start: date.monthPart.start, end: date.monthPart.end, newText: want }], preferred: true }],
  }];
}

/** dateline-date (no such day) and dateline-distance (more than a week before publication). */
export function checkDateValue({ dateline: d, publication }: CheckContext): Finding[] {
  const date = d.date;
  if (!date) return [];
  const r = resolveDatelineDate(date, publication);
  if (!r.valid) {
    const month = MONTH_NAMES[r.month - 1] ?? `month ${r.month}`;
    const why = r.month === 2 && r.day === 29 && Number.isFinite(r.year)
      ? `${r.year} is not a leap year`
      : `${month}${r.month === 2 && Number.isFinite(r.year) ? ` ${r.year}` : ''} has ${daysInMonth(r.year, r.month)} days`;
    return [{ code: 'dateline-date', start: date.start, end: date.end, message: `There is no ${q(date.text)}: ${why}` }];
  }
  if (!publication || r.yearSource === 'none') return [];
  const days = daysBetween(r, publication);
  if (days >= 0 && days <= MAX_DAYS_BEFORE_PUBLICATION) return [];
  const pub = `the publication date ${formatIsoDate(publication)}`;
  let message: string;
  if (days < 0) {
    message = `${q(date.text)} is ${formatDate(r)}, ${describeDistance(days)}: a dateline cannot be later than ${pub}`;
  } else if (r.yearSource === 'publication' && r.year < publication.year && (r.month > publication.month || (r.month === publication.month && r.day > publication.day))) {
    message = `${q(date.text)} falls after ${pub}, so it is read as ${formatDate(r)}, ${describeDistance(days)}: a typo, or a dateline later than publication?`;
  } else {
    message = `${q(date.text)} is ${formatDate(r)}, ${describeDistance(days)}; a dateline is at most ${MAX_DAYS_BEFORE_PUBLICATION} days before ${pub}: a typo in the date or in the front matter?`;
  }
  return [{ code: 'dateline-distance', start: date.start, end: date.end, message }];
}

/** dateline-agency: the agency in parentheses is the front matter's (AP = Associated Press). */
export function checkAgency({ dateline: d, agency }: CheckContext): Finding[] {
  if (!d.agency || !agency || !agency.trim()) return [];
  if (sameAgency(d.agency.text, agency)) return [];
  const want = agencyDatelineForm(agency);
  return [{
    code: 'dateline-agency', start: d.agency.start, end: d.agency.end,
    message: `The dateline agency ${q(d.agency.text)} differs from the front matter agency ${q(agency.trim())}`,
    fixes: [{ title: `Write ${q(want)}`, edits: [{ start: d.agency.start, end: d.agency.end, newText: want }], preferred: true }],
  }];
}
