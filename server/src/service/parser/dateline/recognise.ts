// Finding the dateline at the top of the first paragraph:
//
//   [BYLINE] PLACE[, REGION][, DATE] [(AGENCY)] SEPARATOR text
//
// The recogniser is deliberately lenient about form (a dropped date, a title-case place, a
// missing separator, a byline glued on, no place at all) so that the checks can say what is
// wrong; and strict about evidence, so that ordinary prose ("The minister said on Tuesday ...",
// "In a statement, ...", "NATO (North Atlantic Treaty Organization) said ...") is not taken for
// one. The rules of evidence:
//   - a place in capitals needs one of: a date, an agency in parentheses, a separator;
//   - a place in title case needs two of them ("New Delhi, Sep 20 (PTI) The ..."), and so does a
//     place in capitals followed by a region without its comma ("KANSAS CITY Mo. (AP) — ...");
//   - a label in capitals is no place ("EDITOR'S NOTE — This story ...");
//   - no place: a date at the very start plus an agency or a separator ("Nov. 28 (UPI) --");
//   - without a separator, the text after the dateline must visibly start a sentence (capital,
//     digit, quotation mark or `[`) and there must be a date or a known agency;
//   - a dateline may also be the whole paragraph, as republished copy prints it
//     (`BEIJING, China, 30 April 2009`, a blank line, the text): without a separator it then
//     needs a date or a known agency too, and it is marked `standalone`;
//   - with a separator, the text after it must not start with a lowercase letter.
// Everything happens inside a window of WINDOW characters, so the cost is bounded whatever the
// paragraph's length.

import type { Dateline, TextPart } from '../../syntax';
import { codePointAt, isDigit, isLetter, isLower, isUpper, isWhitespace } from '../../text/characters';
import { findAgency } from '../../domain/data';
import { commentEndAt, commentOpensAt } from '../../text/scan';
import { parseDateAt } from './dates';
import { hasDigit, isBodyOpener, isCapsWord, isInitials, letterCount, part, startsUpper, tokenize, type Token } from './tokens';

/** How far into the paragraph a dateline may reach (the longest real ones are under 100). */
const WINDOW = 240;
const MAX_BYLINE_WORDS = 8;
const MAX_PLACE_WORDS = 6;
const MAX_REGION_WORDS = 5;
/** A region without its comma is short: `Mo.`, `Puerto Rico`, `New South Wales`. */
const MAX_REGION_WORDS_WITHOUT_COMMA = 3;
const MAX_AGENCY_TOKENS = 12;
const MAX_AGENCY_CHARS = 50;

/** Lowercase words inside a place or region name (`Rio de Janeiro`, `Bosnia and Herzegovina`). */
const PLACE_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'es', 'y', 'upon', 'on', 'of', 'am', 'an', 'der', 'den', 'sur', 'van', 'von', 'bin']);
const REGION_PARTICLES = new Set([...PLACE_PARTICLES, 'and', 'the']);
/** Lowercase words inside a byline's names (`By Ana de Souza and Li Wei`). */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'di', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'and']);
/**
 * Words that open sentences, never title-case place names: they keep "In Paris, Jan. 3 ..." or
 * "Meanwhile, Mr. Smith — ..." from being read as datelines.
 */
const TITLE_CASE_OPENERS = new Set([
  'A', 'An', 'And', 'As', 'At', 'After', 'Also', 'According', 'Before', 'But', 'By', 'During', 'For', 'From',
  'He', 'However', 'I', 'If', 'In', 'It', 'Last', 'Meanwhile', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'On', 'Or', 'She',
  'Since', 'So', 'That', 'Their', 'Then', 'These', 'They', 'This', 'Those', 'To', 'Today', 'Tomorrow', 'Until',
  'We', 'When', 'While', 'With', 'Yesterday', 'You',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/**
 * Labels in capitals that wire copy puts where a dateline goes but that name no place
 * (`EDITOR’S NOTE — This story contains ...`), compared in capitals without apostrophes, so that
 * `EDITOR’S`, `EDITORS'` and a misplaced `EDITOR’` are the same labels as `EDITORS` and `EDITOR`.
 */
const NOT_PLACES = new Set([
  'EDITORS NOTE', 'EDITOR NOTE', 'NOTE', 'CORRECTION', 'CLARIFICATION', 'UPDATE',
  'UPDATED', 'BREAKING', 'BREAKING NEWS', 'URGENT', 'FLASH', 'BULLETIN', 'ADVISORY', 'EMBARGOED', 'EXCLUSIVE',
  'ANALYSIS', 'OPINION', 'COMMENTARY', 'EXPLAINER', 'FACTBOX', 'FEATURE',
]);

function namesNoPlace(place: string): boolean {
  return NOT_PLACES.has(place.toUpperCase().replace(/['\u2019\u02bc]/g, '').replace(/\s+/g, ' '));
}

/**
 * The dateline that opens the paragraph [start, end) of `text`, or undefined. Offsets in the
 * result are absolute. Leading whitespace and HTML comments (`<!-- ... -->`) are skipped.
 */
export function recogniseDateline(text: string, start: number, end: number): Dateline | undefined {
  const e = Math.min(end, text.length);
  const p = skipLeadingComments(text, start, e);
  if (p === undefined || p >= e) return undefined;
  return readDateline(text, tokenize(text, p, Math.min(e, p + WINDOW)), e);
}

/** The offset after leading whitespace and complete comments; undefined for an unclosed comment. */
export function skipLeadingComments(text: string, start: number, end: number): number | undefined {
  let i = start;
  for (;;) {
    while (i < end && isWhitespace(text.charCodeAt(i))) i++;
    if (!commentOpensAt(text, i)) return i;
    const after = commentEndAt(text, i, end);
    if (after < 0) return undefined;
    i = after;
  }
}

const is = (t: Token | undefined, kind: Token['kind']): t is Token => t !== undefined && t.kind === kind;

function readDateline(text: string, toks: Token[], paraEnd: number): Dateline | undefined {
  let i = 0;
  let byline: TextPart | undefined;
  const b = bylineEnd(toks);
  if (b > 0) {
    byline = part(text, toks[0].start, toks[b - 1].end);
    i = b;
  }

  // PLACE
  const placeEnd = placeWordsEnd(text, toks, i);
  let place: TextPart | undefined;
  let placeCaps = false;
  if (placeEnd > i) {
    place = part(text, toks[i].start, toks[placeEnd - 1].end);
    placeCaps = toks.slice(i, placeEnd).every((t) => isCapsWord(t.text));
  } else if (byline) return undefined;

  // [, REGION][, DATE], tolerating a dropped date (`NAIROBI, (Xinhua)`) and a missing comma
  let k = placeEnd;
  let region: TextPart | undefined;
  let regionWithoutComma = false;
  let date: Dateline['date'];
  const takeDate = (at: number): boolean => {
    const d = parseDateAt(text, toks, at);
    if (!d) return false;
    date = d.date;
    k = d.next;
    return true;
  };
  // After a region: a date, or a comma and then a date, an agency or a separator (else no dateline).
  const dateAfterRegion = (): boolean => {
    if (!takeDate(k) && is(toks[k], 'comma')) {
      k++;
      if (!takeDate(k) && !startsAgencyOrSeparator(toks[k])) return false;
    }
    return true;
  };
  if (!place) {
    if (!takeDate(k)) return undefined;
  } else if (placeCaps && startsTitleCaseRegion(toks[k]) && !parseDateAt(text, toks, k)) {
    // `KANSAS CITY Mo. (AP) —`: the place in capitals ends where ordinary case begins; a region
    // without its comma (the checks report the comma). Its first word is one (tested above), and
    // what must follow it (a comma, a date, an agency or a separator) the evidence rules demand.
    const r = regionWordsEnd(text, toks, k);
    if (r - k > MAX_REGION_WORDS_WITHOUT_COMMA) return undefined;
    region = part(text, toks[k].start, toks[r - 1].end);
    regionWithoutComma = true;
    k = r;
    if (!dateAfterRegion()) return undefined;
  } else if (!takeDate(k) && is(toks[k], 'comma')) {
    k++;
    if (!takeDate(k) && !startsAgencyOrSeparator(toks[k])) {
      const r = regionWordsEnd(text, toks, k);
      if (r === k) return undefined;
      region = part(text, toks[k].start, toks[r - 1].end);
      k = r;
      if (!dateAfterRegion()) return undefined;
    }
  }
  // A comma left between the date and the agency or separator (`Sept. 27, (Xinhua)`).
  if (date && is(toks[k], 'comma') && startsAgencyOrSeparator(toks[k + 1])) k++;

  // (AGENCY)
  let agency: TextPart | undefined;
  let agencyParens: { start: number; end: number } | undefined;
  if (is(toks[k], 'open')) {
    const a = readAgency(text, toks, k);
    if (!a) return undefined;
    agency = a.agency;
    agencyParens = a.parens;
    k = a.next;
  }

  // SEPARATOR
  let separator: TextPart | undefined;
  if (is(toks[k], 'dash')) separator = part(text, toks[k].start, toks[k].end);

  const lastEnd = separator?.end ?? agencyParens?.end ?? date?.end ?? region?.end ?? place?.end ?? 0;
  let bodyStart = lastEnd;
  while (bodyStart < paraEnd && isWhitespace(text.charCodeAt(bodyStart))) bodyStart++;

  // Evidence (see the header comment).
  const evidence = (date ? 1 : 0) + (agency ? 1 : 0) + (separator ? 1 : 0);
  const bodyCh = bodyStart < paraEnd ? codePointAt(text, bodyStart) : '';
  if (separator) {
    if (bodyCh && isLower(bodyCh)) return undefined;
  } else {
    if (bodyCh && bodyStart === lastEnd) return undefined;
    const startsSentence = !bodyCh || isUpper(bodyCh) || (isLetter(bodyCh) && !isLower(bodyCh)) || isDigit(bodyCh) || isBodyOpener(bodyCh);
    if (!startsSentence) return undefined;
    if (!date && !(agency && findAgency(agency.text))) return undefined;
  }
  if (!place) { // no place: the dateline opened with a date (required above)
    if (!date || !(agency || separator)) return undefined;
  } else if (placeCaps) {
    // Its one piece of evidence is certain by now: a separator, or else the date or agency required above.
    if (letterCount(place.text) < 2 || namesNoPlace(place.text)) return undefined;
    // Without the comma, a word in ordinary case after capitals is as likely prose
    // (`NATO Allies — ...`) as a region: like a title-case place, it needs two pieces of evidence.
    if (regionWithoutComma && evidence < 2) return undefined;
  } else {
    if (evidence < 2 || TITLE_CASE_OPENERS.has(toks[i].text)) return undefined;
  }

  const first = byline ?? place ?? date!;
  const dateline: Dateline = { start: first.start, end: lastEnd, bodyStart };
  if (byline) dateline.byline = byline;
  if (place) dateline.place = place;
  if (region) dateline.region = region;
  if (date) dateline.date = date;
  if (agency) dateline.agency = agency;
  if (agencyParens) dateline.agencyParens = agencyParens;
  if (separator) dateline.separator = separator;
  if (!bodyCh) dateline.standalone = true;
  return dateline;
}

function startsAgencyOrSeparator(t: Token | undefined): boolean {
  return is(t, 'open') || is(t, 'dash');
}

/**
 * `By Bedah Mengo NAIROBI, ...`: "By", then names in title case (or initials, or particles), up
 * to the first word in capitals, which starts the place. Returns that word's index, or -1.
 * A byline in capitals cannot be told from the place and is not recognised.
 */
function bylineEnd(toks: Token[]): number {
  if (toks[0]?.text !== 'By') return -1; // only a word reads `By`
  let names = 0;
  for (let j = 1; j < toks.length && j <= MAX_BYLINE_WORDS + 1; j++) {
    const t = toks[j];
    if (t.kind !== 'word' || t.newlineBefore || hasDigit(t.text)) return -1;
    if (isInitials(t.text)) names++;
    else if (isCapsWord(t.text) && letterCount(t.text) >= 2) return names > 0 ? j : -1;
    else if (startsUpper(t.text) || (names > 0 && NAME_PARTICLES.has(t.text))) names++;
    else return -1;
  }
  return -1;
}

/**
 * The index after the place's words: capitalised words (and inner particles), up to a date. A
 * place that starts in capitals takes only words in capitals (`KANSAS CITY Mo.`: `Mo.` is a
 * region that lost its comma), unless the capitals are a lone abbreviation (`ST. Louis`, `FT.
 * Worth`: a place half in capitals, which dateline-place-case repairs).
 */
function placeWordsEnd(text: string, toks: Token[], i: number): number {
  const all = nameWordsEnd(text, toks, i, MAX_PLACE_WORDS, PLACE_PARTICLES);
  if (all <= i || !isCapsWord(toks[i].text)) return all;
  let k = i + 1;
  while (k < all && (isCapsWord(toks[k].text) || PLACE_PARTICLES.has(toks[k].text))) k++;
  while (k > i && PLACE_PARTICLES.has(toks[k - 1].text)) k--;
  // A lone abbreviation in capitals before ordinary case (`ST. Louis`). k never passes all, and
  // where they are equal either is the answer, so k < all need not be asked.
  if (k === i + 1 && toks[i].text.endsWith('.') && letterCount(toks[i].text) <= 3) return all;
  return k;
}

/** A word that can open a region written without its comma: in ordinary case (`Mo.`, `Puerto`). */
function startsTitleCaseRegion(t: Token | undefined): boolean {
  return is(t, 'word') && t.spaceBefore && !t.newlineBefore && startsUpper(t.text) && !isCapsWord(t.text) && !hasDigit(t.text);
}

function regionWordsEnd(text: string, toks: Token[], i: number): number {
  return nameWordsEnd(text, toks, i, MAX_REGION_WORDS, REGION_PARTICLES);
}

function nameWordsEnd(text: string, toks: Token[], i: number, max: number, particles: Set<string>): number {
  let k = i;
  while (k < toks.length && k - i < max) {
    const t = toks[k];
    if (t.kind !== 'word' || hasDigit(t.text)) break;
    if (k > i && (!t.spaceBefore || t.newlineBefore)) break;
    if (parseDateAt(text, toks, k)) break; // `NAIROBI Sept. 27`: the date is not part of the place
    if (!(startsUpper(t.text) || (k > i && particles.has(t.text)))) break;
    k++;
  }
  while (k > i && particles.has(toks[k - 1].text)) k--;
  return k;
}

/**
 * `(Xinhua)`: the text in parentheses, on one line, no nested parentheses, no digits, short,
 * and either a known agency or starting with a capital (so `(local time)` is not an agency).
 */
function readAgency(text: string, toks: Token[], k: number): { agency: TextPart; parens: { start: number; end: number }; next: number } | undefined {
  let m = k + 1;
  while (m < toks.length && m - k <= MAX_AGENCY_TOKENS) {
    const t = toks[m];
    if (t.kind === 'close') break;
    if (t.kind === 'open' || t.newlineBefore || hasDigit(t.text)) return undefined;
    m++;
  }
  if (!is(toks[m], 'close')) return undefined;
  let a = toks[k].end;
  let z = toks[m].start;
  while (a < z && isWhitespace(text.charCodeAt(a))) a++;
  while (z > a && isWhitespace(text.charCodeAt(z - 1))) z--;
  const name = text.slice(a, z);
  if (!name || name.length > MAX_AGENCY_CHARS) return undefined;
  if (!findAgency(name) && !startsUpper(name)) return undefined;
  return { agency: { start: a, end: z, text: name }, parens: { start: toks[k].start, end: toks[m].end }, next: m + 1 };
}
