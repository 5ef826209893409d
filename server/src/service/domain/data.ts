// Typed views of the JSON data files in ../data. The files are imported (bundled), never read
// from disk, so the service stays pure. Lookups are built once, at module load.

import monthsJson from '../data/months.json';
import stylesJson from '../data/house-styles.json';
import agenciesJson from '../data/agencies.json';
import apJson from '../data/ap-datelines.json';
import weekdaysJson from '../data/weekdays.json';

export interface StyleRules {
  /** How messages name the style: "AP", "Reuters". */
  label: string;
  /** The separator the style writes; null: any of `SEPARATORS`. */
  separator: string | null;
  date: 'required' | 'unless-publication-day' | 'optional';
  /** The agency name the style puts in parentheses; null when it requires none. */
  agency: string | null;
  /** A model dateline, quoted in messages. */
  example: string;
  /** Per month (index 0 = January) the accepted forms, the preferred first; null: any. */
  months: string[][] | null;
}

export interface AgencyEntry {
  dateline: string;
  aliases: string[];
  style: HouseStyle;
}

interface StateEntry {
  name: string;
  dateline: string;
  postal: string;
  variants?: string[];
  ambiguous?: boolean;
}

/** The house styles NewsMark knows; `none` checks only what no style accepts. */
const HOUSE_STYLES = ['ap', 'reuters', 'xinhua', 'upi', 'none'] as const;
export type HouseStyle = (typeof HOUSE_STYLES)[number];
/** The `style` setting: a house style, or `auto` to choose one from the article's agency. */
export type StyleSetting = HouseStyle | 'auto';
export const STYLE_SETTINGS: readonly StyleSetting[] = ['auto', ...HOUSE_STYLES];

const STYLE_RULES = stylesJson.styles as Record<HouseStyle, StyleRules>;
export const SEPARATORS: readonly string[] = stylesJson.separators;

export function styleRules(style: HouseStyle): StyleRules {
  return STYLE_RULES[style] ?? STYLE_RULES.none;
}

export function isHouseStyle(s: string): s is HouseStyle {
  return (HOUSE_STYLES as readonly string[]).includes(s);
}

// ---------------------------------------------------------------------------------------------
// Months: every accepted spelling, lowercased and without its period, to the month number.

const MONTH_BY_NAME = new Map<string, number>();
monthsJson.months.forEach((m, i) => {
  MONTH_BY_NAME.set(m.name.toLowerCase(), i + 1);
  for (const a of m.abbreviations) MONTH_BY_NAME.set(a.toLowerCase(), i + 1);
});

/** The month a word names (`Sept.`, `sep`, `SEPTEMBER`), or 0. */
export function monthFromWord(word: string): number {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  if (w.length < 3 || w.length > 9) return 0;
  return MONTH_BY_NAME.get(w.toLowerCase()) ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Agencies

/** Agency names compare case-insensitively, ignoring periods, hyphens, spacing and a leading "The". */
export function normaliseAgency(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().replace(/[.]/g, '').replace(/[-\u2010\u2011\s]+/g, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

const AGENCY_BY_ALIAS = new Map<string, AgencyEntry>();
for (const a of agenciesJson.agencies as AgencyEntry[]) {
  for (const alias of a.aliases) AGENCY_BY_ALIAS.set(normaliseAgency(alias), a);
}

export function findAgency(name: string | undefined): AgencyEntry | undefined {
  return name === undefined ? undefined : AGENCY_BY_ALIAS.get(normaliseAgency(name));
}

// ---------------------------------------------------------------------------------------------
// AP datelines

/** Places compare in capitals with single spaces: "Kansas  City" → "KANSAS CITY". */
export function normalisePlace(place: string): string {
  return place.toUpperCase().replace(/\s+/g, ' ').trim();
}

export const AP_STANDALONE_US: ReadonlySet<string> = new Set(apJson.standaloneUS);
export const AP_STANDALONE_INTERNATIONAL: ReadonlySet<string> = new Set(apJson.standaloneInternational);
export const AP_CITIES_NEEDING_STATE: ReadonlyMap<string, string[]> = new Map(Object.entries(apJson.citiesNeedingState));
const AP_STATES: readonly StateEntry[] = apJson.states as StateEntry[];

/** A region that names a US state in some form: its AP dateline form, full name, postal code or a variant. */
export interface StateMatch {
  state: StateEntry;
  form: 'dateline' | 'name' | 'postal' | 'variant';
}

const STATE_BY_FORM = new Map<string, StateMatch>();
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
for (const state of AP_STATES) {
  // Later forms never overwrite earlier ones: the AP form wins over a postal code spelt the same.
  const add = (key: string, form: StateMatch['form']) => { if (!STATE_BY_FORM.has(key)) STATE_BY_FORM.set(key, { state, form }); };
  add(squash(state.dateline), 'dateline');
  add(squash(state.name), 'name');
  for (const v of state.variants ?? []) add(squash(v), 'variant');
}
const STATE_BY_POSTAL = new Map(AP_STATES.map((s) => [s.postal, s]));

/**
 * Which US state a region names, if any. Postal codes count only in capitals ("MO", "Mo" is the
 * AP form missing its period); the AP form and other spellings compare case-insensitively and
 * also without their periods ("Mo", "Calif").
 */
export function matchState(region: string): StateMatch | undefined {
  const r = region.trim();
  const postal = STATE_BY_POSTAL.get(r);
  if (postal && r.length === 2) return { state: postal, form: 'postal' };
  const key = squash(r);
  const exact = STATE_BY_FORM.get(key);
  if (exact) return exact;
  if (!key.endsWith('.')) {
    const withPeriod = STATE_BY_FORM.get(key + '.');
    if (withPeriod) return { state: withPeriod.state, form: 'variant' };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Weekdays

const WEEKDAY_BY_NAME = new Map<string, number>();
weekdaysJson.names.forEach((n, i) => {
  WEEKDAY_BY_NAME.set(n, i);
  WEEKDAY_BY_NAME.set(n.toUpperCase(), i);
});

/** The weekday (0 = Sunday) a word names, as prose writes it ("Tuesday", "TUESDAY"), or -1. */
export function weekdayFromWord(word: string): number {
  return WEEKDAY_BY_NAME.get(word) ?? -1;
}

export const NOT_A_WEEKDAY_AFTER: ReadonlySet<string> = new Set(weekdaysJson.notAWeekdayAfter);
