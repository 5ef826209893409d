// The dateline checks' findings on a table of datelines per house style: the message a writer
// reads and each fix (title, whether fix-all may apply it, and its edit). Written for mutants
// `npm run mutate` left alive in server/src/service/checks/dateline/ (a fix no longer preferred,
// a message that lost its example or quoted the wrong text, a separator rule gone). The first
// paragraph of each article is the dateline row; edits are [line, character, line, character,
// text], lines counted from that paragraph's first line.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StyleSetting } from '../../server/src/service/domain/data';
import { diagnostics } from '../support/documents';

const frontMatter = (agency?: string) => `---\nheadline: Talks\ndate: 2023-09-28\n${agency ? `agency: ${agency}\n` : ''}---\n\n`;
type Edit = [number, number, number, number, string];
type Row = [StyleSetting, string, string | undefined, [string, string, [string, boolean, Edit[]][]][]];

describe('dateline findings per house style', () => {
  // [style, first paragraph, front matter agency, [code, message, [fix title, preferred, edits]]]
  const ROWS: Row[] = [
    ['ap', 'KANSAS CITY, Mo. (AP) - Storms hit the city.', undefined, [
      ['dateline-form', 'AP style separates the dateline with "—", not "-"', [['Write "—"', true, [[0, 21, 0, 24, ' — ']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo. (AP) ---Storms hit the city.', undefined, [
      ['dateline-form', 'AP style separates the dateline with "—", not "---"', [['Write "—"', true, [[0, 21, 0, 25, ' — ']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo. (AP)—Storms hit the city.', undefined, [
      ['dateline-form', 'AP style separates the dateline with "—": put a space after "—"', [['Space the separator "—"', true, [[0, 21, 0, 22, ' — ']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo. (AP) Storms hit the city.', undefined, [
      ['dateline-form', 'The dateline has no separator: AP style writes "—" between "(AP)" and the text', [['Insert "—"', true, [[0, 21, 0, 22, ' — ']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo. (AP)', undefined, [
      ['dateline-form', 'The dateline has no separator: AP style writes "—" between "(AP)" and the text', [['Insert "—"', true, [[0, 21, 0, 21, ' —']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo. (AP) —\n\nStorms hit the city.', undefined, [
      ['dateline-form', 'The dateline "KANSAS CITY, Mo. (AP) —" stands alone as a paragraph: the text belongs on its line, after the separator, as in "KANSAS CITY, Mo. (AP) — ..."', [['Join the text to the dateline\'s line with "—"', true, [[0, 23, 2, 0, ' ']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo. — Storms hit the city.', undefined, [
      ['dateline-form', 'AP style names the agency in parentheses before the separator, as in "KANSAS CITY, Mo. (AP) —": "(AP)" is missing after "KANSAS CITY, Mo."', [['Insert "(AP)"', true, [[0, 16, 0, 16, ' (AP)']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo., Sept. 28 (AP) — Storms hit the city.', undefined, [
      ['dateline-form', 'AP style dates the dateline only when the story is not from the publication day: drop "Sept. 28"', [['Remove "Sept. 28"', true, [[0, 16, 0, 26, '']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo., Sept. 26 (AP) — Storms hit the city.', undefined, [
    ]],
    ['ap', 'KANSAS CITY, Mo. Sept. 26 (AP) — Storms hit the city.', undefined, [
      ['dateline-form', 'A comma separates "Mo." from the date "Sept. 26"', [['Insert the comma', true, [[0, 16, 0, 17, ', ']]]]],
    ]],
    ['ap', 'CHICAGO, Illinois (AP) — Storms hit the city.', undefined, [
      ['dateline-standalone-city', 'AP datelines let "CHICAGO" stand alone: drop "Illinois" (keep it only if another "CHICAGO" is meant)', [['Remove ", Illinois"', true, [[0, 7, 0, 17, '']]]]],
    ]],
    ['ap', 'NEW YORK, N.Y. (AP) — Storms hit the city.', undefined, [
      ['dateline-standalone-city', 'AP datelines let "NEW YORK" stand alone: drop "N.Y." (keep it only if another "NEW YORK" is meant)', [['Remove ", N.Y."', true, [[0, 8, 0, 14, '']]]]],
    ]],
    ['ap', 'SPRINGFIELD, Ill. (AP) — Storms hit the city.', undefined, [
    ]],
    ['ap', 'SPRINGFIELD, Georgia (AP) — Storms hit the city.', undefined, [
      ['dateline-form', 'AP style writes Georgia as "Ga." in datelines, not "Georgia"', [['Write "Ga."', true, [[0, 13, 0, 20, 'Ga.']]]]],
    ]],
    ['ap', 'Kansas City, Mo. (AP) — Storms hit the city.', undefined, [
      ['dateline-place-case', 'The dateline place "Kansas City" is not in capitals: write "KANSAS CITY"', [['Capitalise: "KANSAS CITY"', true, [[0, 0, 0, 11, 'KANSAS CITY']]]]],
    ]],
    ['reuters', 'HOUSTON (Reuters) - Oil rose.', undefined, [
      ['dateline-form', 'Reuters style dates the dateline, as in "HOUSTON, Jan 27 (Reuters) -": there is no date after "HOUSTON"', [['Insert the publication date "Sept 28"', false, [[0, 7, 0, 8, ', Sept 28 ']]]]],
    ]],
    ['reuters', 'HOUSTON, (Reuters) - Oil rose.', undefined, [
      ['dateline-form', 'Reuters style dates the dateline, as in "HOUSTON, Jan 27 (Reuters) -": there is no date after "HOUSTON,"', [['Insert the publication date "Sept 28"', false, [[0, 7, 0, 9, ', Sept 28 ']]]]],
    ]],
    ['reuters', 'HOUSTON - Oil rose.', undefined, [
      ['dateline-form', 'Reuters style dates the dateline, as in "HOUSTON, Jan 27 (Reuters) -": there is no date after "HOUSTON"', [['Insert the publication date "Sept 28"', false, [[0, 7, 0, 8, ', Sept 28 ']]]]],
      ['dateline-form', 'Reuters style names the agency in parentheses before the separator, as in "HOUSTON, Jan 27 (Reuters) -": "(Reuters)" is missing after "HOUSTON"', [['Insert "(Reuters)"', true, [[0, 7, 0, 7, ' (Reuters)']]]]],
    ]],
    ['reuters', 'HOUSTON, Sep. 27 (Reuters) - Oil rose.', undefined, [
      ['dateline-month-style', 'Reuters style writes September as "Sept" or "Sep" in datelines, not "Sep."', [['Write "Sep"', true, [[0, 9, 0, 13, 'Sep']]]]],
    ]],
    ['reuters', 'HOUSTON, Sept. 27, (Reuters) - Oil rose.', undefined, [
      ['dateline-month-style', 'Reuters style writes September as "Sept" or "Sep" in datelines, not "Sept."', [['Write "Sept"', true, [[0, 9, 0, 14, 'Sept']]]]],
      ['dateline-form', 'A stray comma after the date "Sept. 27": the agency follows the date directly', [['Remove the comma', true, [[0, 17, 0, 19, ' ']]]]],
    ]],
    ['reuters', 'HOUSTON, Sept 27, - Oil rose.', undefined, [
      ['dateline-form', 'Reuters style names the agency in parentheses before the separator, as in "HOUSTON, Jan 27 (Reuters) -": "(Reuters)" is missing after "HOUSTON, Sept 27,"', [['Insert "(Reuters)"', true, [[0, 17, 0, 17, ' (Reuters)']]]]],
      ['dateline-form', 'A stray comma after the date "Sept 27": the separator follows the date directly', [['Remove the comma', true, [[0, 16, 0, 18, ' ']]]]],
    ]],
    ['reuters', 'HOUSTON, Sept 27 - Oil rose.', 'Reuters', [
      ['dateline-form', 'Reuters style names the agency in parentheses before the separator, as in "HOUSTON, Jan 27 (Reuters) -": "(Reuters)" is missing after "HOUSTON, Sept 27"', [['Insert "(Reuters)"', true, [[0, 16, 0, 16, ' (Reuters)']]]]],
    ]],
    ['reuters', 'HOUSTON, Sept 27 (Reuters) - Oil rose.', ' Reuters ', [
    ]],
    ['reuters', 'HOUSTON, Sept 27 (Reuters) – Oil rose.', undefined, [
      ['dateline-form', 'Reuters style separates the dateline with " - ", not "–"', [['Write " - "', true, [[0, 26, 0, 29, ' - ']]]]],
    ]],
    ['reuters', 'HOUSTON, Sept 27 (Reuters)-Oil rose.', undefined, [
      ['dateline-form', 'Reuters style separates the dateline with " - ": put a space on each side of "-"', [['Space the separator " - "', true, [[0, 26, 0, 27, ' - ']]]]],
    ]],
    ['reuters', 'HOUSTON, Sept 27 (Reuters)- Oil rose.', undefined, [
      ['dateline-form', 'Reuters style separates the dateline with " - ": put a space before "-"', [['Space the separator " - "', true, [[0, 26, 0, 28, ' - ']]]]],
    ]],
    ['reuters', 'HOUSTON, Sept 27 (Reuters) -Oil rose.', undefined, [
      ['dateline-form', 'Reuters style separates the dateline with " - ": put a space after "-"', [['Space the separator " - "', true, [[0, 26, 0, 28, ' - ']]]]],
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (Xinhua) ---- Talks.', undefined, [
      ['dateline-form', 'Xinhua style separates the dateline with "--", not "----"', [['Write "--"', true, [[0, 26, 0, 32, ' -- ']]]]],
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (Xinhua)--Talks.', undefined, [
      ['dateline-form', 'Xinhua style separates the dateline with "--": put a space after "--"', [['Space the separator "--"', true, [[0, 26, 0, 28, ' -- ']]]]],
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (Xinhua)-- Talks.', undefined, [
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (Xinhua) -- Talks.', 'AP', [
      ['dateline-agency', 'The dateline agency "Xinhua" differs from the front matter agency "AP"', [['Write "AP"', true, [[0, 19, 0, 25, 'AP']]]]],
    ]],
    ['xinhua', 'BEIJING, Sept. 30 (Xinhua) -- Talks.', undefined, [
      ['dateline-distance', '"Sept. 30" falls after the publication date 2023-09-28, so it is read as Friday, September 30, 2022, 363 days before publication: a typo, or a dateline later than publication?', []],
    ]],
    ['xinhua', 'BEIJING, Sept. 31 (Xinhua) -- Talks.', undefined, [
      ['dateline-date', 'There is no "Sept. 31": September has 30 days', []],
    ]],
    ['xinhua', 'BEIJING, Feb. 29 (Xinhua) -- Talks.', undefined, [
      ['dateline-date', 'There is no "Feb. 29": 2023 is not a leap year', []],
    ]],
    ['xinhua', 'Sept. 27 (Xinhua) -- Talks.', undefined, [
      ['dateline-form', 'The dateline "Sept. 27 (Xinhua) --" has no place: Xinhua style opens it with the place in capitals, as in "BEIJING, Sept. 27 (Xinhua) --"', []],
    ]],
    ['xinhua', 'BEIJING, 27 Sept. (Xinhua) -- Talks.', undefined, [
      ['dateline-form', 'Xinhua style writes the date month first and without a year, "Sept. 27", not "27 Sept."', [['Write "Sept. 27"', true, [[0, 9, 0, 17, 'Sept. 27']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo., Sept. 28, (AP) — Storms hit the city.', undefined, [
      ['dateline-form', 'AP style dates the dateline only when the story is not from the publication day: drop "Sept. 28"', [['Remove "Sept. 28"', true, [[0, 16, 0, 27, '']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo. — Storms hit the city.', '" "', [
      ['dateline-form', 'AP style names the agency in parentheses before the separator, as in "KANSAS CITY, Mo. (AP) —": "(AP)" is missing after "KANSAS CITY, Mo."', [['Insert "(AP)"', true, [[0, 16, 0, 16, ' (AP)']]]]],
    ]],
    ['none', 'BERLIN (Xinhua) – Talks.', undefined, [
    ]],
    ['none', 'BERLIN (Xinhua) ---- Talks.', undefined, [
      ['dateline-form', '"----" is not a dateline separator: write one of "--", "—", "–", " - "', [['Write "--"', true, [[0, 15, 0, 21, ' -- ']]]]],
    ]],
    ['none', 'BERLIN (Xinhua) Talks.', undefined, [
      ['dateline-form', 'The dateline has no separator: write one of "--", "—", "–", " - " between "(Xinhua)" and the text', []],
    ]],
    ['none', 'BERLIN, Sept. 27', undefined, [
      ['dateline-form', 'The dateline has no separator: write one of "--", "—", "–", " - " between "Sept. 27" and the text', []],
    ]],
    ['none', 'BERLIN (Xinhua) —— Talks.', undefined, [
      ['dateline-form', '"——" is not a dateline separator: write one of "--", "—", "–", " - "', [['Write "—"', true, [[0, 15, 0, 19, ' — ']]]]],
    ]],
    ['ap', 'PORTLAND (AP) — Storms hit the city.', undefined, [
      ['dateline-standalone-city', 'AP datelines put the state after "PORTLAND", which does not stand alone: "PORTLAND, Ore." or "PORTLAND, Maine"', [['Insert ", Ore."', false, [[0, 8, 0, 8, ', Ore.']]], ['Insert ", Maine"', false, [[0, 8, 0, 8, ', Maine']]]]],
    ]],
    ['ap', 'SPRINGFIELD (AP) — Storms hit the city.', undefined, [
      ['dateline-standalone-city', 'AP datelines put the state after "SPRINGFIELD", which does not stand alone: "SPRINGFIELD, Ill.", "SPRINGFIELD, Mass." or "SPRINGFIELD, Mo."', [['Insert ", Ill."', false, [[0, 11, 0, 11, ', Ill.']]], ['Insert ", Mass."', false, [[0, 11, 0, 11, ', Mass.']]], ['Insert ", Mo."', false, [[0, 11, 0, 11, ', Mo.']]]]],
    ]],
    ['ap', 'STORMS-KANSAS\n\nKANSAS CITY, Mo. (AP) — Storms hit the city.', undefined, [
      ['dateline-form', '"STORMS-KANSAS" is a slug line, not the dateline, which opens the next paragraph: move it into the front matter as `slug`', [['Move "STORMS-KANSAS" into the front matter as slug', true, [[-2, 0, -2, 0, 'slug: "STORMS-KANSAS"\n'], [0, 0, 2, 0, '']]]]],
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (Xinhua) -- Talks.', '" "', [
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (Xinhua) -- Talks.', '" AP "', [
      ['dateline-agency', 'The dateline agency "Xinhua" differs from the front matter agency "AP"', [['Write "AP"', true, [[0, 19, 0, 25, 'AP']]]]],
    ]],
    ['reuters', 'HOUSTON, 27 Sep. (Reuters) - Oil rose.', undefined, [
      ['dateline-form', 'Reuters style writes the date month first and without a year, "Sept 27", not "27 Sep."', [['Write "Sept 27"', true, [[0, 9, 0, 16, 'Sept 27']]]]],
    ]],
    ['xinhua', 'BEIJING, 30 October 2022 (Xinhua) -- Talks.', undefined, [
      ['dateline-distance', '"30 October 2022" is Sunday, October 30, 2022, 333 days before publication; a dateline is at most 7 days before the publication date 2023-09-28: a typo in the date or in the front matter?', []],
      ['dateline-form', 'Xinhua style writes the date month first and without a year, "Oct. 30", not "30 October 2022"', [['Write "Oct. 30"', true, [[0, 9, 0, 24, 'Oct. 30']]]]],
    ]],
    ['xinhua', 'BEIJING, Sept. 10 (Xinhua) -- Talks.', undefined, [
      ['dateline-distance', '"Sept. 10" is Sunday, September 10, 2023, 18 days before publication; a dateline is at most 7 days before the publication date 2023-09-28: a typo in the date or in the front matter?', []],
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (Xinhua) -- Talks began on Tuesday, Sept. 31 and ended.', undefined, [
    ]],
    ['xinhua', 'NEW  YORK, Sept. 27 (Xinhua) -- Talks.', undefined, [
    ]],
    ['xinhua', 'By Li Wei BERLIN, Sept. 27 (Xinhua) -- Talks.', undefined, [
      ['dateline-form', 'The byline "By Li Wei" is glued to the dateline, which starts with the place: move it to the front matter `byline`', [['Remove "By Li Wei" from the dateline', false, [[0, 0, 0, 10, '']]]]],
    ]],
    ['reuters', 'AUSTIN, Texas (Reuters) - Oil rose.', undefined, [
      ['dateline-form', 'Reuters style dates the dateline, as in "HOUSTON, Jan 27 (Reuters) -": there is no date after "AUSTIN, Texas"', [['Insert the publication date "Sept 28"', false, [[0, 13, 0, 14, ', Sept 28 ']]]]],
    ]],
    ['reuters', 'AUSTIN, Texas, (Reuters) - Oil rose.', undefined, [
      ['dateline-form', 'Reuters style dates the dateline, as in "HOUSTON, Jan 27 (Reuters) -": there is no date after "AUSTIN, Texas,"', [['Insert the publication date "Sept 28"', false, [[0, 13, 0, 15, ', Sept 28 ']]]]],
    ]],
    ['ap', 'KANSAS CITY, Mo., (AP) — Storms hit the city.', undefined, [
      ['dateline-form', 'The comma after "Mo." is left over from a dropped date: remove it (or write the date)', [['Remove the comma', true, [[0, 16, 0, 18, ' ']]]]],
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (XINHUA) -- Talks.', undefined, [
      ['dateline-form', 'Xinhua style writes the agency "(Xinhua)", not "(XINHUA)"', [['Write "Xinhua"', true, [[0, 19, 0, 25, 'Xinhua']]]]],
    ]],
    ['xinhua', 'BEIJING, Sept. 27 (Xinhua News Agency) -- Talks.', undefined, [
    ]],
    ['ap', 'VALDOSTA, GA (AP) — Storms hit the city.', undefined, [
      ['dateline-form', 'AP style writes Georgia as "Ga." in datelines, not "GA"', [['Write "Ga."', true, [[0, 10, 0, 12, 'Ga.']]]]],
    ]],
    ['ap', 'JOPLIN, Missouri (AP) — Storms hit the city.', undefined, [
      ['dateline-form', 'AP style writes Missouri as "Mo." in datelines, not "Missouri"', [['Write "Mo."', true, [[0, 8, 0, 16, 'Mo.']]]]],
    ]],
    ['none', 'BERLIN (Xinhua) —- Talks.', undefined, [
      ['dateline-form', '"—-" is not a dateline separator: write one of "--", "—", "–", " - "', [['Write "—"', true, [[0, 15, 0, 19, ' — ']]]]],
    ]],
    ['none', 'BERLIN (Xinhua) -— Talks.', undefined, [
      ['dateline-form', '"-—" is not a dateline separator: write one of "--", "—", "–", " - "', [['Write "—"', true, [[0, 15, 0, 19, ' — ']]]]],
    ]],
  ];

  test('each dateline gives these findings, messages and fixes, and no others', () => {
    for (const [style, line, agency, expected] of ROWS) {
      const bodyLine = frontMatter(agency).split('\n').length - 1;
      const found = diagnostics(frontMatter(agency) + line + '\n', { style }).filter((d) => String(d.code).startsWith('dateline'))
        .map((d) => [d.code, d.message, ((d.data as { fixes?: { title: string; preferred?: boolean; edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] }[] } | undefined)?.fixes ?? [])
          .map((f) => [f.title, f.preferred ?? false, f.edits.map((e) => [e.range.start.line - bodyLine, e.range.start.character, e.range.end.line - bodyLine, e.range.end.character, e.newText])])]);
      assert.deepEqual(found, expected, `${style}: ${line}`);
    }
  });

  test('without a publication date, a dateline date with its own year is checked for its form, not its distance', () => {
    const found = diagnostics('---\nheadline: Talks\n---\n\nBEIJING, 30 April 2009 (Xinhua) -- Talks.\n', { style: 'xinhua' }).map((d) => d.code);
    assert.ok(found.includes('dateline-form'), found.join());
    assert.ok(!found.includes('dateline-distance'), found.join());
  });

  test('where dateline-form points: the whole standalone dateline; the part before a missing separator; nothing for a country named like a state; place and region before a missing date', () => {
    const ranges = (style: StyleSetting, body: string) => diagnostics(`---\nheadline: Talks\ndate: 2023-09-28\n---\n\n${body}`, { style })
      .filter((d) => String(d.code).startsWith('dateline')).map((d) => [d.code, d.range.start.character, d.range.end.character]);
    assert.deepEqual(ranges('ap', 'KANSAS CITY, Mo. (AP)\n\nStorms hit the city.\n'), [['dateline-form', 0, 21]]);
    assert.deepEqual(ranges('none', 'BERLIN (Xinhua) Talks.\n'), [['dateline-form', 7, 15]]);
    assert.deepEqual(ranges('ap', 'TBILISI, Georgia (AP) — Talks began.\n'), []);
    assert.deepEqual(ranges('reuters', 'AUSTIN, Texas (Reuters) - Oil rose.\n'), [['dateline-form', 0, 13]]);
  });

  test('a city that needs its one state is told so, and the fix to insert it may be applied by fix-all', () => {
    const [d] = diagnostics('---\nheadline: Talks\ndate: 2023-09-28\n---\n\nALBUQUERQUE (AP) — Storms hit the city.\n', { style: 'ap' }).filter((x) => x.code === 'dateline-standalone-city');
    assert.equal(d.message, 'AP datelines put the state after "ALBUQUERQUE", which does not stand alone: "ALBUQUERQUE, N.M."');
    assert.deepEqual((d.data as { fixes: { title: string; preferred?: boolean }[] }).fixes.map((f) => [f.title, f.preferred]), [['Insert ", N.M."', true]]);
  });
});
