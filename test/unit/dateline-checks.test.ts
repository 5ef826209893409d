// checkDateline: every code, positive and negative, per house style; fixes applied to the text.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDateline } from '../../server/src/service/checks/dateline/check';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';
import { resolveHouseStyle } from '../../server/src/service/domain/styles';
import type { Finding, FixProposal } from '../../server/src/service/diagnostics/finding';
import { isDiagnosticCode, type DiagnosticCode } from '../../server/src/service/diagnostics/codes';
import type { HouseStyle } from '../../server/src/service/options';
import type { PublicationDate } from '../../server/src/service/syntax';

const FRONT = '---\nheadline: "A headline"\ndate: 2023-09-28\n---\n\n';
const SEPT_28: PublicationDate = { year: 2023, month: 9, day: 28 };

interface RunOptions {
  style?: HouseStyle;
  /** Front matter publication date; default 2023-09-28; null for none. */
  publication?: PublicationDate | null;
  /** Front matter agency; default: the dateline's; null for none. */
  agency?: string | null;
  more?: string[];
}

function run(para: string, o: RunOptions = {}) {
  const paras = [para, ...(o.more ?? ['Second paragraph.', 'Third paragraph.'])];
  const text = FRONT + paras.join('\n\n') + '\n';
  const spans: { start: number; end: number }[] = [];
  let at = FRONT.length;
  for (const p of paras) { spans.push({ start: at, end: at + p.length }); at += p.length + 2; }
  const dateline = recogniseDateline(text, spans[0].start, spans[0].end);
  const agency = o.agency === null ? undefined : o.agency ?? dateline?.agency?.text;
  const style = o.style ?? resolveHouseStyle('auto', agency);
  const findings = checkDateline({
    text, dateline, firstParagraph: spans[0], leadParagraphs: spans.slice(0, 3),
    publication: o.publication === null ? undefined : o.publication ?? SEPT_28, agency, style,
  });
  for (const f of findings) sane(text, f);
  return { text, dateline, findings, codes: findings.map((f) => f.code) };
}

/** Every finding: a known code, a range inside the text, a message, fixes with ordered, disjoint edits. */
function sane(text: string, f: Finding) {
  assert.ok(isDiagnosticCode(f.code), f.code);
  assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `range ${f.start}-${f.end}`);
  assert.ok(f.message.length > 10);
  for (const fix of f.fixes ?? []) {
    assert.ok(fix.title && fix.edits.length);
    for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
  }
}

function apply(text: string, fix: FixProposal): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  for (const e of edits) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

/** The one finding with `code`. */
function only(r: ReturnType<typeof run>, code: DiagnosticCode): Finding {
  const fs = r.findings.filter((f) => f.code === code);
  assert.equal(fs.length, 1, `expected one ${code}, got ${JSON.stringify(r.findings, null, 1)}`);
  return fs[0];
}

/** The first paragraph after applying the finding's first fix. */
function fixed(r: ReturnType<typeof run>, f: Finding, which = 0): string {
  assert.ok(f.fixes?.[which], `no fix on ${f.code}: ${f.message}`);
  const out = apply(r.text, f.fixes![which]);
  return out.slice(FRONT.length, out.indexOf('\n\n', FRONT.length));
}

const without = (r: ReturnType<typeof run>, code: DiagnosticCode) =>
  assert.deepEqual(r.findings.filter((f) => f.code === code), [], `unexpected ${code}`);

describe('well-formed datelines have no findings', () => {
  for (const [para, style, agency] of [
    ['BERLIN, Sept. 27 (Xinhua) -- China is ready.', 'xinhua', 'Xinhua'],
    ['WASHINGTON (AP) — The president said.', 'ap', 'AP'],
    ['KANSAS CITY, Mo. (AP) — A man said.', 'ap', 'Associated Press'],
    ['WASHINGTON, Sept. 27 (AP) — The president said.', 'ap', 'AP'],
    ['LONDON, Sept 27 (Reuters) - Oil rose.', 'reuters', 'Reuters'],
    ['HOUSTON, Sep 27 (Reuters) - Oil rose.', 'reuters', 'Reuters'],
    ['HORIZON CITY, Texas, Sept. 27 (UPI) -- Police said.', 'upi', 'UPI'],
    ['NAIROBI (PTI) -- Kenya said.', 'none', 'PTI'],
    ['NAIROBI -- Kenya said.', 'none', undefined],
    ['PARIS, September 27 (AFP) – France said.', 'none', 'AFP'],
    ['NEW DELHI, Sept 22 (PTI) - India said.', 'none', 'PTI'],
  ] as const) {
    test(`${style}: ${para}`, () => assert.deepEqual(run(para, { style, agency: agency ?? null }).findings, []));
  }
});

describe('dateline-missing', () => {
  test('prose in the first paragraph: reported on its first word, with the style example', () => {
    const r = run('The minister said on Tuesday that talks would resume.', { agency: 'Xinhua' });
    const f = only(r, 'dateline-missing');
    assert.equal(r.text.slice(f.start, f.end), 'The');
    assert.match(f.message, /"BEIJING, Sept\. 27 \(Xinhua\) --"/);
    assert.equal(r.findings.length, 1);
  });

  test('after a leading comment, on the first word of the text', () => {
    const r = run('<!-- note -->\nChen said.', { agency: null });
    const f = only(r, 'dateline-missing');
    assert.equal(r.text.slice(f.start, f.end), 'Chen');
  });

  test('no first paragraph, nothing to report', () => {
    assert.deepEqual(checkDateline({ text: '', leadParagraphs: [], style: 'ap' }), []);
  });
});

describe('dateline-form: the date', () => {
  test('xinhua: date dropped, comma left; fix inserts the publication date', () => {
    const r = run('NAIROBI, (Xinhua) -- Kenya said.');
    const f = only(r, 'dateline-form');
    assert.equal(r.text.slice(f.start, f.end), 'NAIROBI,');
    assert.match(f.message, /Xinhua style dates the dateline/);
    assert.match(f.message, /no date after "NAIROBI,"/);
    assert.equal(fixed(r, f), 'NAIROBI, Sept. 28 (Xinhua) -- Kenya said.');
  });

  test('reuters and upi: no date at all', () => {
    const reuters = run('LONDON (Reuters) - Oil rose.');
    assert.equal(fixed(reuters, only(reuters, 'dateline-form')), 'LONDON, Sept 28 (Reuters) - Oil rose.');
    const upi = run('HORIZON CITY, Texas (UPI) -- Police said.');
    assert.equal(fixed(upi, only(upi, 'dateline-form')), 'HORIZON CITY, Texas, Sept. 28 (UPI) -- Police said.');
  });

  test('no publication date: still reported, no fix', () => {
    const r = run('NAIROBI, (Xinhua) -- Kenya said.', { publication: null });
    assert.equal(only(r, 'dateline-form').fixes, undefined);
  });

  test('AP never requires a date; none neither', () => {
    without(run('WASHINGTON (AP) — X.'), 'dateline-form');
    without(run('NAIROBI (Xinhua) -- X.', { style: 'none' }), 'dateline-form');
  });

  test('AP: a date on the publication day is dropped', () => {
    const r = run('WASHINGTON, Sept. 28 (AP) — The president said.');
    const f = only(r, 'dateline-form');
    assert.equal(r.text.slice(f.start, f.end), 'Sept. 28');
    assert.match(f.message, /only when the story is not from the publication day/);
    assert.equal(fixed(r, f), 'WASHINGTON (AP) — The president said.');
    without(run('WASHINGTON, Sept. 27 (AP) — The president said.'), 'dateline-form');
    // The month is not styled as well: the fix removes it.
    assert.deepEqual(run('WASHINGTON, Sept 28 (AP) — X.').codes, ['dateline-form']);
  });

  test('a dangling comma where no date is required: remove it', () => {
    for (const [style, para, want] of [
      ['none', 'NAIROBI, (Xinhua) -- Kenya said.', 'NAIROBI (Xinhua) -- Kenya said.'],
      ['ap', 'NAIROBI, (AP) — Kenya said.', 'NAIROBI (AP) — Kenya said.'],
      ['ap', 'NAIROBI, Kenya, (AP) — Kenya said.', 'NAIROBI, Kenya (AP) — Kenya said.'],
    ] as const) {
      const r = run(para, { style });
      const f = only(r, 'dateline-form');
      assert.equal(r.text.slice(f.start, f.end), ',');
      assert.equal(fixed(r, f), want);
    }
  });

  test('day first, with a year: rewritten in the style (not in none)', () => {
    const r = run('BEIJING, China, 30 April 2009 (Xinhua) -- China said.');
    const f = r.findings.find((x) => x.code === 'dateline-form')!;
    assert.equal(f.message, 'Xinhua style writes the date month first and without a year, "April 30", not "30 April 2009"');
    assert.equal(fixed(r, f), 'BEIJING, China, April 30 (Xinhua) -- China said.');
    without(r, 'dateline-month-style');
    const reuters = run('LONDON, Jan. 14, 2009 (Reuters) - X.');
    assert.equal(fixed(reuters, only(reuters, 'dateline-form')), 'LONDON, Jan 14 (Reuters) - X.');
    without(run('BEIJING, China, 30 April 2009 -- China said.', { style: 'none', agency: null }), 'dateline-form');
  });

  test('a missing comma before the date, a stray comma after it', () => {
    const r = run('NAIROBI Sept. 27 (Xinhua) -- X.');
    assert.equal(fixed(r, only(r, 'dateline-form')), 'NAIROBI, Sept. 27 (Xinhua) -- X.');
    const s = run('NAIROBI, Sept. 27, (Xinhua) -- X.');
    const f = only(s, 'dateline-form');
    assert.equal(s.text.slice(f.start, f.end), ',');
    assert.equal(fixed(s, f), 'NAIROBI, Sept. 27 (Xinhua) -- X.');
  });
});

describe('dateline-form: agency, separator, byline, place, state', () => {
  test('agency missing where the style has one', () => {
    const r = run('LONDON, Sep 27 - Oil rose.', { agency: 'Reuters' });
    const f = only(r, 'dateline-form');
    assert.match(f.message, /Reuters style names the agency in parentheses/);
    assert.match(f.message, /"\(Reuters\)" is missing/);
    assert.equal(fixed(r, f), 'LONDON, Sep 27 (Reuters) - Oil rose.');
    const ap = run('WASHINGTON — X.', { agency: 'Associated Press' });
    assert.equal(fixed(ap, only(ap, 'dateline-form')), 'WASHINGTON (AP) — X.');
    const style = run('BEIJING, Sept. 27 -- X.', { style: 'xinhua', agency: null });
    assert.equal(fixed(style, only(style, 'dateline-form')), 'BEIJING, Sept. 27 (Xinhua) -- X.');
    without(run('NAIROBI -- X.', { style: 'none', agency: 'PTI' }), 'dateline-form');
  });

  test('wrong separator, per style, with the exact message', () => {
    const r = run('LONDON, Sept 27 (Reuters) -- Oil rose.');
    const f = only(r, 'dateline-form');
    assert.equal(f.message, 'Reuters style separates the dateline with " - ", not "--"');
    assert.equal(r.text.slice(f.start, f.end), '--');
    assert.equal(fixed(r, f), 'LONDON, Sept 27 (Reuters) - Oil rose.');
    const x = run('BERLIN, Sept. 27 (Xinhua) — X.');
    assert.equal(only(x, 'dateline-form').message, 'Xinhua style separates the dateline with "--", not "—"');
    assert.equal(fixed(x, only(x, 'dateline-form')), 'BERLIN, Sept. 27 (Xinhua) -- X.');
    const ap = run('WASHINGTON (AP) -- X.');
    assert.equal(fixed(ap, only(ap, 'dateline-form')), 'WASHINGTON (AP) — X.');
    const upi = run('HORIZON CITY, Texas, Sept. 27 (UPI) – X.');
    assert.equal(fixed(upi, only(upi, 'dateline-form')), 'HORIZON CITY, Texas, Sept. 27 (UPI) -- X.');
  });

  test('separator spacing', () => {
    const ap = run('WASHINGTON (AP)—The president said.');
    assert.match(only(ap, 'dateline-form').message, /put a space after "—"/);
    assert.equal(fixed(ap, only(ap, 'dateline-form')), 'WASHINGTON (AP) — The president said.');
    const reuters = run('LONDON, Sept 27 (Reuters)- Oil rose.');
    assert.match(only(reuters, 'dateline-form').message, /put a space before "-"/);
    assert.equal(fixed(reuters, only(reuters, 'dateline-form')), 'LONDON, Sept 27 (Reuters) - Oil rose.');
  });

  test('none: any of the four separators, but not another dash', () => {
    for (const sep of ['--', '—', '–', '-']) without(run(`NAIROBI (PTI) ${sep} X.`, { style: 'none' }), 'dateline-form');
    const r = run('NAIROBI (PTI) --- X.', { style: 'none' });
    assert.match(only(r, 'dateline-form').message, /"---" is not a dateline separator/);
    assert.equal(fixed(r, only(r, 'dateline-form')), 'NAIROBI (PTI) -- X.');
  });

  test('no separator: the style`s is inserted; none has no fix', () => {
    const x = run('BEIJING, Sept. 27 (Xinhua) China said.');
    const f = only(x, 'dateline-form');
    assert.match(f.message, /no separator: Xinhua style writes "--" between "\(Xinhua\)" and the text/);
    assert.equal(fixed(x, f), 'BEIJING, Sept. 27 (Xinhua) -- China said.');
    const none = run('NEW DELHI, Sep 20 (PTI) The government said.', { style: 'none' });
    assert.equal(only(none, 'dateline-form').fixes, undefined);
  });

  test('a byline glued on: reported in every style, fix removes it', () => {
    for (const style of ['xinhua', 'none'] as const) {
      const r = run('By Bedah Mengo NAIROBI, Sept. 27 (Xinhua) -- Kenya said.', { style });
      const f = only(r, 'dateline-form');
      assert.equal(r.text.slice(f.start, f.end), 'By Bedah Mengo');
      assert.match(f.message, /byline "By Bedah Mengo" is glued to the dateline/);
      assert.equal(fixed(r, f), 'NAIROBI, Sept. 27 (Xinhua) -- Kenya said.');
    }
  });

  test('the spec`s byline example gets one finding per problem', () => {
    const r = run('By Bedah Mengo NAIROBI, (Xinhua) -- Kenya said.');
    const messages = r.findings.filter((f) => f.code === 'dateline-form').map((f) => f.message);
    assert.equal(messages.length, 2);
    assert.ok(messages.some((m) => /byline/.test(m)));
    assert.ok(messages.some((m) => /no date/.test(m)));
  });

  test('no place', () => {
    const r = run('Sept. 27 (UPI) -- The company said.');
    const f = only(r, 'dateline-form');
    assert.match(f.message, /has no place: UPI style opens it with the place in capitals, as in "HORIZON CITY, Texas, Jan\. 14 \(UPI\) --"/);
    assert.equal(f.fixes, undefined);
    only(run('Sept. 27 (UPI) -- The company said.', { style: 'none' }), 'dateline-form');
  });

  test('AP state forms: postal codes and full names become AP abbreviations', () => {
    const mo = run('KANSAS CITY, MO (AP) — X.');
    assert.equal(only(mo, 'dateline-form').message, 'AP style writes Missouri as "Mo." in datelines, not "MO"');
    assert.equal(fixed(mo, only(mo, 'dateline-form')), 'KANSAS CITY, Mo. (AP) — X.');
    const il = run('SPRINGFIELD, Illinois (AP) — X.');
    assert.equal(fixed(il, only(il, 'dateline-form')), 'SPRINGFIELD, Ill. (AP) — X.');
    const ca = run('FRESNO, Calif (AP) — X.');
    assert.equal(fixed(ca, only(ca, 'dateline-form')), 'FRESNO, Calif. (AP) — X.');
    without(run('HORIZON CITY, Texas (AP) — X.'), 'dateline-form');
    without(run('TBILISI, Georgia (AP) — X.'), 'dateline-form'); // the country
    only(run('SAVANNAH, Georgia (AP) — X.'), 'dateline-form'); // a US city: the state
    without(run('KANSAS CITY, MO, Sept. 27 (UPI) -- X.'), 'dateline-form'); // AP only
  });
});

describe('dateline-place-case', () => {
  test('title case: capitalise', () => {
    const r = run('New Delhi, Sep 20 (PTI) - The government said.', { publication: { year: 2023, month: 9, day: 21 } });
    const f = only(r, 'dateline-place-case');
    assert.equal(f.message, 'The dateline place "New Delhi" is not in capitals: write "NEW DELHI"');
    assert.equal(fixed(r, f), 'NEW DELHI, Sep 20 (PTI) - The government said.');
  });

  test('capitals in any script, and AP`s McALLEN, are fine', () => {
    without(run('MÜNCHEN (dpa) -- X.'), 'dateline-place-case');
    without(run('McALLEN, Texas (AP) — X.'), 'dateline-place-case');
  });
});

describe('dateline-month-style', () => {
  const month = (para: string, style: HouseStyle) => run(para, { style, agency: null, publication: { year: 2023, month: 12, day: 31 } });
  for (const style of ['ap', 'xinhua', 'upi'] as const) {
    test(`${style}: Jan. Feb. Aug. Sept. Oct. Nov. Dec. and March to July in full`, () => {
      for (const [written, want] of [['Sept', 'Sept.'], ['Sep.', 'Sept.'], ['September', 'Sept.'], ['Mar.', 'March'], ['Jun', 'June'], ['JULY', 'July'], ['Jan', 'Jan.'], ['August', 'Aug.']]) {
        const r = month(`BEIJING, ${written} 3 (X) -- Y.`, style);
        const f = only(r, 'dateline-month-style');
        assert.equal(r.text.slice(f.start, f.end), written);
        assert.equal(fixed(r, f), `BEIJING, ${want} 3 (X) -- Y.`, `${style} ${written}`);
      }
      for (const ok of ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']) {
        without(month(`BEIJING, ${ok} 3 (X) -- Y.`, style), 'dateline-month-style');
      }
    });
  }

  test('ap message names the expected form', () => {
    const r = month('WASHINGTON, Mar. 3 (AP) — Y.', 'ap');
    assert.equal(only(r, 'dateline-month-style').message, 'AP style writes March as "March" in datelines, not "Mar."');
  });

  test('reuters: Jan Feb Aug Sept Oct Nov Dec without a period (Sep allowed), March to July in full', () => {
    for (const [written, want] of [['Sept.', 'Sept'], ['Sep.', 'Sep'], ['September', 'Sept'], ['Mar', 'March'], ['Mar.', 'March'], ['Apr', 'April'], ['Jun', 'June'], ['Jul.', 'July'], ['JUNE', 'June'], ['Jan.', 'Jan'], ['August', 'Aug']]) {
      const r = month(`LONDON, ${written} 3 (Reuters) - Y.`, 'reuters');
      assert.equal(fixed(r, only(r, 'dateline-month-style')), `LONDON, ${want} 3 (Reuters) - Y.`, written);
    }
    for (const ok of ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec']) without(month(`LONDON, ${ok} 3 (Reuters) - Y.`, 'reuters'), 'dateline-month-style');
  });

  test('reuters message names the form Reuters copy writes', () => {
    const r = month('WASHINGTON, Mar 3 (Reuters) - Y.', 'reuters');
    assert.equal(only(r, 'dateline-month-style').message, 'Reuters style writes March as "March" in datelines, not "Mar"');
  });

  test('none: any form', () => {
    for (const m of ['Sep', 'Sept.', 'September', 'Mar.', 'SEPT']) without(month(`LONDON, ${m} 3 -- Y.`, 'none'), 'dateline-month-style');
  });
});

describe('dateline-date', () => {
  test('no such day', () => {
    const r = run('BEIJING, Feb. 30 (Xinhua) -- X.', { publication: { year: 2024, month: 3, day: 2 } });
    const f = only(r, 'dateline-date');
    assert.equal(r.text.slice(f.start, f.end), 'Feb. 30');
    assert.equal(f.message, 'There is no "Feb. 30": February 2024 has 29 days');
    only(run('BEIJING, Sept. 31 (Xinhua) -- X.', { publication: { year: 2023, month: 10, day: 2 } }), 'dateline-date');
    without(r, 'dateline-distance');
  });

  test('leap days', () => {
    const common = run('BEIJING, Feb. 29 (Xinhua) -- X.', { publication: { year: 2023, month: 3, day: 1 } });
    assert.match(only(common, 'dateline-date').message, /2023 is not a leap year/);
    without(run('BEIJING, Feb. 29 (Xinhua) -- X.', { publication: { year: 2024, month: 3, day: 1 } }), 'dateline-date');
    without(run('BEIJING, Feb. 29 (Xinhua) -- X.', { publication: null }), 'dateline-date');
  });
});

describe('dateline-distance', () => {
  test('more than 7 days before publication', () => {
    const r = run('BEIJING, Sept. 20 (Xinhua) -- X.');
    const f = only(r, 'dateline-distance');
    assert.match(f.message, /"Sept\. 20" is Wednesday, September 20, 2023, 8 days before publication/);
    without(run('BEIJING, Sept. 21 (Xinhua) -- X.'), 'dateline-distance');
    without(run('BEIJING, Sept. 28 (Xinhua) -- X.'), 'dateline-distance');
  });

  test('a date after publication is pushed back a year, and the message says so', () => {
    const f = only(run('BEIJING, Sept. 29 (Xinhua) -- X.'), 'dateline-distance');
    assert.match(f.message, /falls after the publication date 2023-09-28, so it is read as Thursday, September 29, 2022, 364 days before publication/);
  });

  test('across the year boundary: Dec. 30 published Jan. 2 is fine', () => {
    without(run('BEIJING, Dec. 30 (Xinhua) -- X.', { publication: { year: 2024, month: 1, day: 2 } }), 'dateline-distance');
  });

  test('an explicit year, before or after publication', () => {
    only(run('BEIJING, China, 30 April 2009 -- X.', { style: 'none', agency: null }), 'dateline-distance');
    assert.match(only(run('BEIJING, Jan. 14, 2030 -- X.', { style: 'none', agency: null }), 'dateline-distance').message, /after publication/);
  });

  test('no publication date: no distance', () => {
    without(run('BEIJING, Sept. 2 (Xinhua) -- X.', { publication: null }), 'dateline-distance');
  });
});

describe('dateline-agency', () => {
  test('differs from the front matter: fix writes the front matter agency', () => {
    const r = run('BERLIN, Sept. 27 (Reuters) -- X.', { agency: 'Xinhua', style: 'xinhua' });
    const f = only(r, 'dateline-agency');
    assert.equal(f.message, 'The dateline agency "Reuters" differs from the front matter agency "Xinhua"');
    assert.equal(fixed(r, f), 'BERLIN, Sept. 27 (Xinhua) -- X.');
    const ap = run('WASHINGTON (Reuters) — X.', { agency: 'Associated Press' });
    assert.equal(fixed(ap, only(ap, 'dateline-agency')), 'WASHINGTON (AP) — X.');
  });

  test('the same agency under another name or case is fine', () => {
    without(run('WASHINGTON (AP) — X.', { agency: 'Associated Press' }), 'dateline-agency');
    without(run('BERLIN, Sept. 27 (XINHUA) -- X.', { agency: 'Xinhua' }), 'dateline-agency');
    without(run('BERLIN, Sept. 27 (Xinhua) -- X.', { agency: 'Xinhua News Agency' }), 'dateline-agency');
    without(run('NAIROBI (Daily Planet) -- X.', { agency: 'daily planet', style: 'none' }), 'dateline-agency');
    without(run('BERLIN, Sept. 27 (Xinhua) -- X.', { agency: null }), 'dateline-agency');
  });
});

describe('dateline-standalone-city (AP only)', () => {
  test('a state after a stand-alone city: drop it', () => {
    const r = run('CHICAGO, Ill. (AP) — X.');
    const f = only(r, 'dateline-standalone-city');
    assert.equal(r.text.slice(f.start, f.end), 'Ill.');
    assert.match(f.message, /AP datelines let "CHICAGO" stand alone: drop "Ill\."/);
    assert.equal(fixed(r, f), 'CHICAGO (AP) — X.');
    without(r, 'dateline-form');
    const berlin = run('BERLIN, Germany (AP) — X.');
    assert.equal(fixed(berlin, only(berlin, 'dateline-standalone-city')), 'BERLIN (AP) — X.');
    const dc = run('WASHINGTON, D.C. (AP) — X.');
    assert.equal(fixed(dc, only(dc, 'dateline-standalone-city')), 'WASHINGTON (AP) — X.');
  });

  test('no state after a US city that needs one', () => {
    const kc = run('KANSAS CITY (AP) — X.');
    const f = only(kc, 'dateline-standalone-city');
    assert.match(f.message, /"KANSAS CITY, Mo\." or "KANSAS CITY, Kan\."/);
    assert.equal(f.fixes?.length, 2);
    assert.equal(fixed(kc, f, 1), 'KANSAS CITY, Kan. (AP) — X.');
    const hc = run('HORIZON CITY (AP) — X.');
    const g = only(hc, 'dateline-standalone-city');
    assert.equal(g.fixes?.[0].preferred, true);
    assert.equal(fixed(hc, g), 'HORIZON CITY, Texas (AP) — X.');
  });

  test('not reported: stand-alone cities alone, unknown (foreign) places, other styles', () => {
    without(run('CHICAGO (AP) — X.'), 'dateline-standalone-city');
    without(run('NAIROBI (AP) — X.'), 'dateline-standalone-city');
    without(run('NAIROBI, Kenya (AP) — X.'), 'dateline-standalone-city');
    without(run('KANSAS CITY, Mo. (AP) — X.'), 'dateline-standalone-city');
    without(run('CHICAGO, Ill., Sept. 27 (UPI) -- X.'), 'dateline-standalone-city');
    without(run('KANSAS CITY, Sept. 27 (Reuters) - X.'), 'dateline-standalone-city');
  });
});
