// The article context is the one answer to "which house style, and which date do weekdays count
// from": hover, completion, the diagnostics and the export model must say the same thing in every
// case (issue 8 found an article checked in Xinhua style while hover said "House style: none").

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { buildModel } from '../../server/src/cli/export/model';
import { articleContext, LEAD_PARAGRAPHS } from '../../server/src/service/context/articleContext';
import { withDefaults, type ParsedArticle, type ServiceOptions, type StyleSetting } from '../../server/src/service';
import { diagnostics, parse, positionIn } from '../support/documents';
import { completions, hover as hoverOf } from '../support/features';

interface Row {
  name: string;
  agency?: string;
  dateline: string;
  style?: StyleSetting;
  /** What each feature shows. */
  hover: string;
  export: { style: string; reason: string; agency: string | null };
  /** The month forms completion offers for September, with the documentation of the first. */
  september: string[];
  septemberDoc: string;
  /** The dateline-month-style message for `Sep`, or none when the style accepts it. */
  monthStyle?: string;
}

const ROWS: Row[] = [
  {
    name: 'agency in the front matter only',
    agency: 'Xinhua', dateline: 'BERLIN, Sep 27 --',
    hover: 'Xinhua (from the front matter agency, Xinhua)',
    export: { style: 'xinhua', reason: 'front-matter-agency', agency: 'Xinhua' },
    september: ['Sept.'], septemberDoc: 'September, as Xinhua style writes it in a dateline',
    monthStyle: 'Xinhua style writes September as "Sept." in datelines, not "Sep"',
  },
  {
    name: 'agency only in the dateline',
    dateline: 'BERLIN, Sep 27 (Xinhua) --',
    hover: 'Xinhua (from the dateline agency, Xinhua: no agency in the front matter)',
    export: { style: 'xinhua', reason: 'dateline-agency', agency: 'Xinhua' },
    september: ['Sept.'], septemberDoc: 'September, as Xinhua style writes it in a dateline',
    monthStyle: 'Xinhua style writes September as "Sept." in datelines, not "Sep"',
  },
  {
    name: 'no agency anywhere',
    dateline: 'BERLIN, Sep 27 --',
    hover: 'none (no agency in the front matter or the dateline)',
    export: { style: 'none', reason: 'no-agency', agency: null },
    september: ['Sept.', 'September'], septemberDoc: 'September',
  },
  {
    name: 'conflicting: the front matter says AP, the dateline Xinhua',
    agency: 'AP', dateline: 'BERLIN, Sep 27 (Xinhua) --',
    hover: 'AP (from the front matter agency, AP)',
    export: { style: 'ap', reason: 'front-matter-agency', agency: 'AP' },
    september: ['Sept.'], septemberDoc: 'September, as AP style writes it in a dateline',
    monthStyle: 'AP style writes September as "Sept." in datelines, not "Sep"',
  },
  {
    name: 'a front matter agency without a house style wins over the dateline',
    agency: 'AFP', dateline: 'BERLIN, Sep 27 (Xinhua) --',
    hover: 'none (from the front matter agency, AFP)',
    export: { style: 'none', reason: 'front-matter-agency', agency: 'AFP' },
    september: ['Sept.', 'September'], septemberDoc: 'September',
  },
  {
    name: 'the style setting forced',
    agency: 'Xinhua', dateline: 'BERLIN, Sep 27 (Xinhua) --', style: 'reuters',
    hover: 'Reuters (set in the settings)',
    export: { style: 'reuters', reason: 'setting', agency: null },
    september: ['Sept', 'Sep'], septemberDoc: 'September, as Reuters style writes it in a dateline',
  },
];

function articleText(agency: string | undefined, lead: string): string {
  return `---\nheadline: H\ndate: 2023-09-28\n${agency ? `agency: ${agency}\n` : ''}---\n\n${lead}\n`;
}

/** The messages of one code in the diagnostics the service publishes for the article. */
const messages = (a: ParsedArticle, options: ServiceOptions, code: string) => diagnostics(a.text, options).filter((d) => d.code === code).map((d) => d.message);

const value = (h: ReturnType<typeof hoverOf>) => (h?.contents as MarkupContent | undefined)?.value ?? '';

describe('house style: hover, completion, diagnostics and export agree', () => {
  for (const row of ROWS) {
    test(row.name, () => {
      const options = withDefaults(row.style ? { style: row.style } : {});
      const a = parse(articleText(row.agency, `${row.dateline} Chen said.`));

      const hover = value(hoverOf(a, positionIn(a, 'BERLIN', 0, 2), options));
      assert.equal(hover.split('\n').pop(), `House style: ${row.hover}`);

      const items = completions(a, positionIn(a, 'Sep 27', 0, 2), options).items;
      const september = items.filter((i: CompletionItem) => i.detail === 'September');
      assert.deepEqual(september.map((i) => i.label), row.september);
      assert.equal(september[0].documentation, row.septemberDoc);

      const monthStyle = messages(a, options, 'dateline-month-style');
      assert.deepEqual(monthStyle, row.monthStyle ? [row.monthStyle] : []);

      assert.deepEqual(buildModel(a, options).houseStyle, row.export);
      assert.equal(articleContext(a, options), articleContext(a, options), 'computed once per article and style');
    });
  }

  test('a forced style elsewhere checks the separator of that style', () => {
    const a = parse(articleText('Xinhua', 'BERLIN, Sep 27 (Xinhua) -- Chen said.'));
    const form = messages(a, withDefaults({ style: 'reuters' }), 'dateline-form');
    assert.deepEqual(form, ['Reuters style separates the dateline with " - ", not "--"']);
  });
});

interface DateRow {
  name: string;
  dateline: string;
  /** The weekday hover on "next Tuesday". */
  hover: string;
  /** The dateline-weekday message, naming the reference date. */
  weekday?: string;
  exportDate: string | null;
}

const DATE_ROWS: DateRow[] = [
  {
    name: 'the dateline date',
    dateline: 'BERLIN, Sept. 27 (Xinhua) --',
    hover: '**next Tuesday** → Tuesday, October 3, 2023\n\n6 days after the dateline, Wednesday, September 27, 2023',
    weekday: '"next Tuesday" (Tuesday, October 3, 2023) falls after the dateline date, Wednesday, September 27, 2023: a weekday in the lead names a day of the week up to the dateline; give the date, or check the dateline',
    exportDate: '2023-09-27',
  },
  {
    name: 'no date in the dateline: the publication date',
    dateline: 'BERLIN (Xinhua) --',
    hover: '**next Tuesday** → Tuesday, October 3, 2023\n\n5 days after publication (the dateline has no date), Thursday, September 28, 2023',
    weekday: '"next Tuesday" (Tuesday, October 3, 2023) falls after the publication date, Thursday, September 28, 2023: a weekday in the lead names a day of the week up to the dateline; give the date, or check the dateline',
    exportDate: '2023-09-28',
  },
  {
    name: 'a dateline date that is no real day: no reference date',
    dateline: 'BERLIN, Sept. 31 (Xinhua) --',
    hover: '**next Tuesday**: no date to count from: the dateline date Sept. 31 is not a real day',
    exportDate: null,
  },
];

describe('reference date: hover, the weekday check and export agree', () => {
  for (const row of DATE_ROWS) {
    test(row.name, () => {
      const options = withDefaults({});
      const a = parse(articleText('Xinhua', `${row.dateline} Chen will travel next Tuesday.`));
      assert.equal(value(hoverOf(a, positionIn(a, 'Tuesday', 0, 2), options)), row.hover);
      const weekday = messages(a, options, 'dateline-weekday');
      assert.deepEqual(weekday, row.weekday ? [row.weekday] : []);
      assert.equal(buildModel(a, options).dateline?.date, row.exportDate);
    });
  }

  test('the lead is the first three paragraphs: a weekday in the fourth is not checked', () => {
    const paras = ['BERLIN, Sept. 27 (Xinhua) -- One.', 'Two.', 'Three.', 'Four, next Tuesday.'];
    const a = parse(articleText('Xinhua', paras.join('\n\n')));
    assert.equal(articleContext(a, withDefaults({})).leadParagraphs.length, LEAD_PARAGRAPHS);
    assert.deepEqual(messages(a, withDefaults({}), 'dateline-weekday'), []);
    const b = parse(articleText('Xinhua', [...paras.slice(0, 2), paras[3]].join('\n\n')));
    assert.equal(messages(b, withDefaults({}), 'dateline-weekday').length, 1);
  });
});
