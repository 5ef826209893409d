// House styles: which one applies, and how each writes a dateline's month, date and agency.

import { MONTH_NAMES } from './calendar';
import { findAgency, isHouseStyle, normaliseAgency, styleRules, type HouseStyle, type StyleSetting } from './data';

/**
 * The house style to check against. An explicit setting wins; `auto` looks the agency up in
 * data/agencies.json (AP/Associated Press → ap, Reuters → reuters, Xinhua → xinhua, UPI/United
 * Press International → upi) and falls back to `none` for any other or no agency.
 */
export function resolveHouseStyle(setting: StyleSetting, agency: string | undefined): HouseStyle {
  if (setting !== 'auto') return isHouseStyle(setting) ? setting : 'none';
  return findAgency(agency)?.style ?? 'none';
}

/** Whether two agency names mean the same agency (`AP` = `Associated Press`, `xinhua` = `Xinhua`). */
export function sameAgency(a: string, b: string): boolean {
  const ea = findAgency(a);
  const eb = findAgency(b);
  if (ea || eb) return ea === eb;
  return normaliseAgency(a) === normaliseAgency(b);
}

/** How a dateline writes an agency in its parentheses: "Associated Press" → "AP"; unknown ones as given. */
export function agencyDatelineForm(agency: string): string {
  return findAgency(agency)?.dateline ?? agency.trim();
}

/** The style's preferred form of a month: `Sept.` (AP), `Sept` (Reuters); AP's for `none`. */
function styleMonth(month: number, style: HouseStyle): string {
  const forms = styleRules(style).months ?? styleRules('ap').months;
  return forms?.[month - 1]?.[0] ?? MONTH_NAMES[month - 1] ?? String(month);
}

/** Whether the month as written (`Sept.`) is one the style accepts. */
export function monthFitsStyle(written: string, month: number, style: HouseStyle): boolean {
  const forms = styleRules(style).months;
  return !forms || (forms[month - 1] ?? []).includes(written);
}

/**
 * The form a fix should write for a month the style rejects: the accepted form closest to what
 * is written (Reuters `Sep.` → `Sep`, not `Sept`), else the preferred one.
 */
export function suggestedMonth(written: string, month: number, style: HouseStyle): string {
  const forms = styleRules(style).months?.[month - 1] ?? [];
  const bare = written.endsWith('.') ? written.slice(0, -1) : written;
  const lower = written.toLowerCase();
  return forms.find((f) => f.toLowerCase() === lower) ??
    forms.find((f) => f === bare || f === bare + '.') ??
    forms.find((f) => f.toLowerCase() === bare.toLowerCase() || f.toLowerCase() === bare.toLowerCase() + '.') ??
    styleMonth(month, style);
}

/** A dateline date in the style's form: "Sept. 27" (AP, Xinhua, UPI), "Sept 27" (Reuters). */
export function styleDate(month: number, day: number, style: HouseStyle): string {
  return `${styleMonth(month, style)} ${day}`;
}
