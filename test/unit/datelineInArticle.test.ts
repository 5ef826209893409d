// The dateline checks as an article feeds them: which paragraphs are the lead, where the house
// style comes from when the front matter names no agency, the front matter's language and date.
// Written to kill mutants that survived `npm run mutate` (docs/testing.md): the dateline tests
// call checkDateline with its inputs made by hand, so the wiring from the article went untested.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnosticsOf } from '../support/serviceCalls';

function findings(text: string): [string, string][] {
  return diagnosticsOf(text).map((d) => [String(d.code), d.message]);
}

const DL = 'BERLIN, Sept. 27 (Xinhua) -- ';
const front = (extra: string) => `---\nheadline: T\ndate: 2023-09-28\n${extra}---\n\n`;
const NEXT_TUESDAY: [string, string] = ['dateline-weekday', '"next Tuesday" (Tuesday, October 3, 2023) falls after the dateline date, Wednesday, September 27, 2023: a weekday in the lead names a day of the week up to the dateline; give the date, or check the dateline'];

describe('the lead paragraphs searched for weekdays', () => {
  test('are the first three paragraphs: a subheading between them is not one', () => {
    assert.deepEqual(findings(`${front('agency: Xinhua\n')}${DL}X.\n\n## Talks\n\nY.\n\nTalks resume next Tuesday.\n`), [NEXT_TUESDAY]);
  });

  test('a weekday in the fourth paragraph is not checked', () => {
    assert.deepEqual(findings(`${front('agency: Xinhua\n')}${DL}X.\n\nY.\n\nZ.\n\nTalks resume next Tuesday.\n`), []);
    assert.deepEqual(findings(`${front('agency: Xinhua\n')}${DL}X.\n\nY.\n\nTalks resume next Tuesday.\n`), [NEXT_TUESDAY]);
  });
});

describe('the house style of the dateline checks', () => {
  const SEPTEMBER = 'BERLIN, September 27 (Xinhua) -- Chen said.\n';
  const XINHUA_MONTH: [string, string] = ['dateline-month-style', 'Xinhua style writes September as "Sept." in datelines, not "September"'];

  test('without an agency in the front matter, comes from the dateline\'s agency', () => {
    assert.deepEqual(findings(`${front('')}${SEPTEMBER}`), [XINHUA_MONTH]);
  });

  test('the front matter agency wins over the dateline\'s', () => {
    assert.deepEqual(findings(`${front('agency: Reuters\n')}${SEPTEMBER}`), [
      ['dateline-month-style', 'Reuters style writes September as "Sept" or "Sep" in datelines, not "September"'],
      ['dateline-agency', 'The dateline agency "Xinhua" differs from the front matter agency "Reuters"'],
      ['dateline-form', 'Reuters style separates the dateline with " - ", not "--"'],
    ]);
  });

  test('without any front matter, the dateline is still checked', () => {
    assert.deepEqual(findings(SEPTEMBER), [
      ['front-matter-missing', 'The article has no front matter: add "---" lines with its headline and publication date at the top'],
      XINHUA_MONTH,
    ]);
  });

  test('the style setting overrides the agency', () => {
    const codes = diagnosticsOf(`${front('agency: Xinhua\n')}${SEPTEMBER}`, { style: 'none' }).map((d) => d.code);
    assert.deepEqual(codes, []);
  });
});

describe('the front matter language', () => {
  test('a missing dateline is reported in English articles only', () => {
    const body = 'Chen said the talks went well.\n';
    assert.deepEqual(findings(`${front('agency: Xinhua\n')}${body}`).map(([c]) => c), ['dateline-missing']);
    assert.deepEqual(findings(`${front('agency: Xinhua\nlang: en-GB\n')}${body}`).map(([c]) => c), ['dateline-missing']);
    assert.deepEqual(findings(`${front('agency: Xinhua\nlang: de\n')}${body}`), []);
  });
});
