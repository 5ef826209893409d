// dateline-weekday: a weekday named in the lead paragraphs that does not fit the dateline date.
//
// How a weekday is read (relative to the dateline date R; the publication date when the dateline
// has no date, as AP datelines on the publication day do not):
//   - a bare weekday ("on Tuesday", "Tuesday's talks") is the most recent such day on or before R,
//     R itself when it is R's weekday. News reports what happened, and wire style names weekdays
//     only for the week up to the dateline, so this reading always fits: it is never reported.
//     (A bare weekday in the future tense, "will meet on Friday", is read the same way; telling
//     tense is beyond a dateline check, and hover says which day it was taken for.)
//   - "last/past Tuesday" is the most recent one strictly before R: 1 to 7 days, always fits.
//   - "next/coming Tuesday" and "Tuesday next week" are after R: reported.
//   - "Tuesday before last" is 8 to 14 days before R: reported.
//   - "Tuesday last week" is the Tuesday of the calendar week (Monday to Sunday) before R's:
//     reported when that is more than 7 days before R.
//   - "Tuesday, Sept. 26" / "Tuesday (Sept. 26)": the date decides (year nearest R); reported when
//     it is not a Tuesday, or when it lies after R or more than 7 days before it.
// So the check fires exactly when the text itself places the weekday outside the 7 days up to
// the dateline date, or contradicts its own date.

import type { Finding } from '../../diagnostics/finding';
import type { TextSpan } from '../../syntax';
import { WEEKDAY_NAMES, daysBetween, formatDate, weekdayOf } from '../../domain/calendar';
import { resolveWeekdayReference } from '../../domain/weekdays';
import { weekdayReferences } from '../../parser/dateline/weekdays';
import { q, type CheckContext } from './context';

/** The most days a weekday may lie before the dateline date. */
const WEEKDAY_WINDOW_DAYS = 7;

export function checkWeekdays(c: CheckContext): Finding[] {
  if (!c.reference) return [];
  const reference = c.reference.date;
  const refText = formatDate(reference);
  const refName = c.reference.source === 'dateline' ? `the dateline date, ${refText}` : `the publication date, ${refText}`;
  const out: Finding[] = [];
  // The caller hands over the lead paragraphs only (articleContext decides how many).
  for (const p of c.leadParagraphs) {
    // In the dateline's paragraph, start after the dateline.
    const start = c.dateline.start >= p.start && c.dateline.start < p.end ? Math.max(p.start, c.dateline.bodyStart) : p.start;
    for (const ref of weekdayReferences(c.text, start, p.end)) {
      if (ref.qualifier === 'none' || ref.qualifier === 'last') continue; // always within the week: see above
      const day = resolveWeekdayReference(ref, reference);
      if (!day) continue; // an explicit date that does not exist: not a weekday problem
      const span: TextSpan = { start: ref.phrase.start, end: ref.phrase.end };
      const name = WEEKDAY_NAMES[ref.weekday];
      if (ref.qualifier === 'date' && weekdayOf(day) !== ref.weekday) {
        out.push({
          code: 'dateline-weekday', ...span,
          message: `${q(ref.phrase.text)}: ${formatDate(day).replace(/^\w+, /, '')} is a ${WEEKDAY_NAMES[weekdayOf(day)]}, not a ${name}`,
        });
        continue;
      }
      const before = daysBetween(day, reference);
      if (before >= 0 && before <= WEEKDAY_WINDOW_DAYS) continue;
      const message = before < 0
        ? `${q(ref.phrase.text)} (${formatDate(day)}) falls after ${refName}: a weekday in the lead names a day of the week up to the dateline; give the date, or check the dateline`
        : `${q(ref.phrase.text)} (${formatDate(day)}) is ${before} days before ${refName}: beyond a week, name the date rather than the weekday`;
      out.push({ code: 'dateline-weekday', ...span, message });
    }
  }
  return out;
}
