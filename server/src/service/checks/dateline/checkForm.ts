// dateline-form: the dateline departs from the house style's form. One finding per problem, each
// naming what is written and what the style expects, with a fix where the repair is mechanical.

import type { Finding, FixProposal } from '../../diagnostics/finding';
import type { TextSpan } from '../../syntax';
import { isPublicationDay } from '../../domain/resolve';
import { isWhitespace } from '../../text/characters';
import { AP_CITIES_NEEDING_STATE, AP_STANDALONE_INTERNATIONAL, AP_STANDALONE_US, SEPARATORS, matchState, normalisePlace } from '../../domain/data';
import { agencyDatelineForm, styleDate } from '../../domain/styles';
import { q, showSeparator, type CheckContext } from './context';

export function checkForm(c: CheckContext): Finding[] {
  return [
    ...checkByline(c), ...checkPlaceMissing(c), ...checkRegionComma(c), ...checkDateForm(c), ...checkAgencyMissing(c),
    ...checkSeparator(c), ...checkApState(c), ...checkSpaceBeforeComma(c), ...checkAgencyCase(c),
  ].map((f) => ({ ...f, code: 'dateline-form' as const }));
}

type Draft = Omit<Finding, 'code'>;

/** The fix for a comma between two parts of the dateline: [from, to) becomes one space. */
function removeComma(from: number, to: number): FixProposal {
  return { title: 'Remove the comma', edits: [{ start: from, end: to, newText: ' ' }], preferred: true };
}

/** `By Bedah Mengo NAIROBI, ...`: a byline belongs in the front matter, not in the dateline. */
function checkByline({ dateline: d }: CheckContext): Draft[] {
  if (!d.byline) return [];
  const next = d.place?.start ?? d.date?.start ?? d.byline.end;
  return [{
    start: d.byline.start, end: d.byline.end,
    message: `The byline ${q(d.byline.text)} is glued to the dateline, which starts with the place: move it to the front matter \`byline\``,
    fixes: [{ title: `Remove ${q(d.byline.text)} from the dateline`, edits: [{ start: d.byline.start, end: next, newText: '' }] }],
  }];
}

/** `CAIRO , Sept. 27`: no space before a comma of the dateline (issue 13). */
function checkSpaceBeforeComma({ dateline: d, text }: CheckContext): Draft[] {
  const out: Draft[] = [];
  const from = d.place?.end ?? d.start;
  const end = d.agencyParens?.start ?? d.separator?.start ?? d.end;
  for (let i = from + 1; i < end; i++) {
    if (text[i] !== ',' || (text[i - 1] !== ' ' && text[i - 1] !== '\t')) continue;
    let s = i - 1;
    while (s > from && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
    out.push({
      start: s, end: i + 1,
      message: `No space before a comma in the dateline: write ${q(text.slice(d.start, s) + ',')}`,
      fixes: [{ title: 'Remove the space before the comma', edits: [{ start: s, end: i, newText: '' }], preferred: true }],
    });
  }
  return out;
}

/** `(XINHUA)`: the style writes a known agency's name as the agency does (issue 13). */
function checkAgencyCase({ dateline: d, rules }: CheckContext): Draft[] {
  if (!d.agency || !rules.agency) return [];
  const written = d.agency.text;
  const expected = agencyDatelineForm(written);
  if (written === expected || written.toLowerCase() !== expected.toLowerCase()) return [];
  return [{
    start: d.agency.start, end: d.agency.end,
    message: `${rules.label} style writes the agency ${q(`(${expected})`)}, not ${q(`(${written})`)}`,
    fixes: [{ title: `Write ${q(expected)}`, edits: [{ start: d.agency.start, end: d.agency.end, newText: expected }], preferred: true }],
  }];
}

/** `Nov. 28 (UPI) --`: every style opens the dateline with the place. */
function checkPlaceMissing({ dateline: d, rules, text }: CheckContext): Draft[] {
  if (d.place) return [];
  return [{
    start: d.start, end: d.end,
    message: `The dateline ${q(text.slice(d.start, d.end))} has no place: ${rules.label} style opens it with the place in capitals, as in ${q(rules.example.trim())}`,
  }];
}

/** `KANSAS CITY Mo. (AP)`: in every style a comma separates the place from the region. */
function checkRegionComma({ dateline: d, text }: CheckContext): Draft[] {
  if (!d.place || !d.region || commaBetween(text, d.place.end, d.region.start)) return [];
  return [{
    start: d.place.start, end: d.region.end,
    message: `A comma separates the place ${q(d.place.text)} from ${q(d.region.text)}`,
    fixes: [{ title: 'Insert the comma', edits: [{ start: d.place.end, end: d.region.start, newText: ', ' }], preferred: true }],
  }];
}

/** The gap between `from` and `to`, when it holds a comma: the comma's span. */
function commaBetween(text: string, from: number, to: number): TextSpan | undefined {
  for (let i = from; i < to; i++) if (text[i] === ',') return { start: i, end: i + 1 };
  return undefined;
}

/**
 * The date: present where the style wants it, absent where AP does not (the publication day),
 * month first without a year, a comma before it and none left dangling after it.
 */
function checkDateForm(c: CheckContext): Draft[] {
  const { dateline: d, rules, text, anchor, publication, style } = c;
  const out: Draft[] = [];
  const next = d.agencyParens ?? d.separator; // what follows the date (or where it would be)
  if (!d.date) {
    const dangling = anchor && next ? commaBetween(text, anchor.end, next.start) : undefined;
    if (rules.date === 'required' && anchor) {
      const end = dangling?.end ?? anchor.end;
      const fixes = [];
      if (publication) {
        const date = styleDate(publication.month, publication.day, style);
        const edit = next ? { start: anchor.end, end: next.start, newText: `, ${date} ` } : { start: anchor.end, end: anchor.end, newText: `, ${date}` };
        // Not preferred: wire copy is often dated the day before publication.
        fixes.push({ title: `Insert the publication date ${q(date)}`, edits: [edit] });
      }
      out.push({
        start: d.place?.start ?? anchor.start, end,
        message: `${rules.label} style dates the dateline, as in ${q(rules.example.trim())}: there is no date after ${q(text.slice(d.place?.start ?? anchor.start, end))}`,
        fixes,
      });
    } else if (dangling && anchor && next) {
      out.push({
        start: dangling.start, end: dangling.end,
        message: `The comma after ${q(anchor.text)} is left over from a dropped date: remove it (or write the date)`,
        fixes: [removeComma(anchor.end, next.start)],
      });
    }
    return out;
  }

  const date = d.date;
  // AP: no date on the publication day.
  if (rules.date === 'unless-publication-day' && publication) {
    if (isPublicationDay(date, publication)) {
      let end = date.end;
      const trailing = next ? commaBetween(text, date.end, next.start) : undefined;
      if (trailing) end = trailing.end;
      const edit = anchor ? { start: anchor.end, end, newText: '' } : { start: date.start, end: next ? next.start : end, newText: '' };
      out.push({
        start: date.start, end: date.end,
        message: `${rules.label} style dates the dateline only when the story is not from the publication day: drop ${q(date.text)}`,
        fixes: [{ title: `Remove ${q(date.text)}`, edits: [edit], preferred: true }],
      });
      return out;
    }
  }
  // Month first, no year, in every style that dates datelines.
  if (rules.date !== 'optional' && (date.dayFirst || date.year !== undefined)) {
    const want = styleDate(date.month, date.day, style);
    out.push({
      start: date.start, end: date.end,
      message: `${rules.label} style writes the date month first and without a year, ${q(want)}, not ${q(date.text)}`,
      fixes: [{ title: `Write ${q(want)}`, edits: [{ start: date.start, end: date.end, newText: want }], preferred: true }],
    });
  }
  // `NAIROBI Sept. 27`: a comma separates the place (or region) from the date.
  if (anchor && !commaBetween(text, anchor.end, date.start)) {
    out.push({
      start: anchor.start, end: date.end,
      message: `A comma separates ${q(anchor.text)} from the date ${q(date.text)}`,
      fixes: [{ title: 'Insert the comma', edits: [{ start: anchor.end, end: date.start, newText: ', ' }], preferred: true }],
    });
  }
  // `Sept. 27, (Xinhua)`: nothing comes between the date and the agency but a space.
  const stray = next ? commaBetween(text, date.end, next.start) : undefined;
  if (stray && next) {
    out.push({
      start: stray.start, end: stray.end,
      message: `A stray comma after the date ${q(date.text)}: the ${d.agencyParens ? 'agency' : 'separator'} follows the date directly`,
      fixes: [removeComma(date.end, next.start)],
    });
  }
  return out;
}

/** The agency in parentheses, which every named style has. */
function checkAgencyMissing(c: CheckContext): Draft[] {
  const { dateline: d, rules, text, agency } = c;
  if (d.agency || !rules.agency) return [];
  const name = agency?.trim() ? agencyDatelineForm(agency) : rules.agency;
  const at = c.beforeSeparator;
  return [{
    start: d.start, end: at,
    message: `${rules.label} style names the agency in parentheses before the separator, as in ${q(rules.example.trim())}: ${q(`(${name})`)} is missing after ${q(text.slice(d.start, at))}`,
    fixes: [{ title: `Insert ${q(`(${name})`)}`, edits: [{ start: at, end: at, newText: ` (${name})` }], preferred: true }],
  }];
}

/** The separator: the style's dash, spaced as the spec writes it (` - `; the others followed by a space). */
function checkSeparator(c: CheckContext): Draft[] {
  const { dateline: d, rules, text, firstParagraph } = c;
  const expected = rules.separator;
  const bodyEmpty = firstParagraph ? d.bodyStart >= firstParagraph.end : d.bodyStart >= text.length;
  const replacement = (sep: string) => ` ${sep}${bodyEmpty ? '' : ' '}`;
  const sep = d.separator;
  if (!sep) {
    if (d.standalone && c.nextParagraph) return []; // checkLone.ts joins the text with the separator
    const last = d.agencyParens ?? d.date ?? d.region ?? d.place;
    const lastText = last ? text.slice(last.start, last.end) : '';
    const allowed = SEPARATORS.map((s) => q(showSeparator(s))).join(', ');
    return [{
      start: last?.start ?? d.start, end: d.end,
      message: expected
        ? `The dateline has no separator: ${rules.label} style writes ${q(showSeparator(expected))} between ${q(lastText)} and the text`
        : `The dateline has no separator: write one of ${allowed} between ${q(lastText)} and the text`,
      fixes: expected ? [{ title: `Insert ${q(showSeparator(expected))}`, edits: [{ start: d.end, end: d.bodyStart, newText: replacement(expected) }], preferred: true }] : [],
    }];
  }
  const spaceBefore = sep.start > 0 && isWhitespace(text.charCodeAt(sep.start - 1));
  const spaceAfter = bodyEmpty || d.bodyStart > sep.end;
  const edit = (s: string) => ({ start: c.beforeSeparator, end: d.bodyStart, newText: replacement(s) });
  if (expected ? sep.text !== expected : !SEPARATORS.includes(sep.text)) {
    // For `none`, the nearest of the spec's separators: hyphens become `--`, other dashes `—`.
    const want = expected ?? (/^-+$/.test(sep.text) ? '--' : '—');
    return [{
      start: sep.start, end: sep.end,
      message: expected
        ? `${rules.label} style separates the dateline with ${q(showSeparator(expected))}, not ${q(sep.text)}`
        : `${q(sep.text)} is not a dateline separator: write one of ${SEPARATORS.map((s) => q(showSeparator(s))).join(', ')}`,
      fixes: [{ title: `Write ${q(showSeparator(want))}`, edits: [edit(want)], preferred: true }],
    }];
  }
  const needBefore = sep.text === '-';
  if ((needBefore && !spaceBefore) || !spaceAfter) {
    const where = needBefore && !spaceBefore && !spaceAfter ? 'on each side of' : !spaceAfter ? 'after' : 'before';
    return [{
      start: sep.start, end: sep.end,
      message: `${rules.label} style separates the dateline with ${q(showSeparator(sep.text))}: put a space ${where} ${q(sep.text)}`,
      fixes: [{ title: `Space the separator ${q(showSeparator(sep.text))}`, edits: [edit(sep.text)], preferred: true }],
    }];
  }
  return [];
}

/**
 * AP writes states in datelines in its own forms (`Mo.`, `Calif.`, `Texas`), not postal codes
 * (`MO`) or full names (`Missouri`). Skipped after a stand-alone city (dateline-standalone-city
 * says to drop the state there) and for `Georgia` unless the place is a known US city, since
 * `TBILISI, Georgia` names the country.
 */
function checkApState(c: CheckContext): Draft[] {
  const { dateline: d, style } = c;
  if (style !== 'ap' || !d.region || !d.place) return [];
  const place = normalisePlace(d.place.text);
  if (AP_STANDALONE_US.has(place) || AP_STANDALONE_INTERNATIONAL.has(place)) return [];
  const m = matchState(d.region.text);
  if (!m || d.region.text === m.state.dateline) return [];
  if (m.state.ambiguous && m.form === 'name' && !AP_CITIES_NEEDING_STATE.has(place)) return [];
  return [{
    start: d.region.start, end: d.region.end,
    message: `AP style writes ${m.state.name} as ${q(m.state.dateline)} in datelines, not ${q(d.region.text)}`,
    fixes: [{ title: `Write ${q(m.state.dateline)}`, edits: [{ start: d.region.start, end: d.region.end, newText: m.state.dateline }], preferred: true }],
  }];
}
