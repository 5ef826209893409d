// The dateline's form problems as the editor lists them (what is underlined, the fix and whether
// fix-all may apply it) and the dateline after fix-all (`newsmark check --fix`, "Fix All" in the
// editor), one house style at a time. Written to kill mutants that survived `npm run mutate`
// (docs/testing.md): the fixes were applied in tests, but never whether fix-all takes them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doc } from '../support/documents';
import { diagnosticsOf, fixAllOf } from '../support/serviceCalls';

const front = (agency: string) => `---\nheadline: T\ndate: 2023-09-28\nagency: ${agency}\n---\n\n`;

type Listed = [code: string, underlined: string, fixes: [title: string, preferred: boolean][]];

function datelineProblems(agency: string, paragraph: string): { listed: Listed[]; afterFixAll: string } {
  const text = `${front(agency)}${paragraph}\n`;
  const d = doc(text);
  const listed = diagnosticsOf(text).filter((x) => String(x.code).startsWith('dateline'))
    .map((x): Listed => [String(x.code), d.getText(x.range), ((x.data as { fixes?: { title: string; preferred: boolean }[] })?.fixes ?? []).map((f) => [f.title, f.preferred])]);
  return { listed, afterFixAll: fixAllOf(text).text.slice(front(agency).length).trim() };
}

const CASES: [agency: string, paragraph: string, listed: Listed[], afterFixAll: string][] = [
  ['AP', 'WASHINGTON, Sept. 28 (AP) \u2014 X.', [['dateline-form', 'Sept. 28', [['Remove "Sept. 28"', true]]]], 'WASHINGTON (AP) \u2014 X.'],
  ['AP', 'WASHINGTON, Sept. 28, (AP) \u2014 X.', [['dateline-form', 'Sept. 28', [['Remove "Sept. 28"', true]]]], 'WASHINGTON (AP) \u2014 X.'],
  ['AP', 'KANSAS CITY Mo. (AP) \u2014 X.', [['dateline-form', 'KANSAS CITY Mo.', [['Insert the comma', true]]]], 'KANSAS CITY, Mo. (AP) \u2014 X.'],
  ['Reuters', 'LONDON, Sept. 28 (Reuters) - Oil rose.', [['dateline-month-style', 'Sept.', [['Write "Sept"', true]]]], 'LONDON, Sept 28 (Reuters) - Oil rose.'],
  ['Reuters', 'LONDON, Sept 28, (Reuters) - Oil rose.', [['dateline-form', ',', [['Remove the comma', true]]]], 'LONDON, Sept 28 (Reuters) - Oil rose.'],
  ['UPI', 'HORIZON CITY, Texas Sept. 27 (UPI) -- Police said.', [['dateline-form', 'Texas Sept. 27', [['Insert the comma', true]]]], 'HORIZON CITY, Texas, Sept. 27 (UPI) -- Police said.'],
  ['Xinhua', 'BEIJING, Sept. 27, (Xinhua) -- X.', [['dateline-form', ',', [['Remove the comma', true]]]], 'BEIJING, Sept. 27 (Xinhua) -- X.'],
  ['Xinhua', 'BEIJING, Sept. 27 -- X.', [['dateline-form', 'BEIJING, Sept. 27', [['Insert "(Xinhua)"', true]]]], 'BEIJING, Sept. 27 (Xinhua) -- X.'],
  ['Xinhua', 'NAIROBI Sept. 27 (Xinhua) -- X.', [['dateline-form', 'NAIROBI Sept. 27', [['Insert the comma', true]]]], 'NAIROBI, Sept. 27 (Xinhua) -- X.'],
  // Not mechanical: which date the writer meant is theirs to say, and a missing place is theirs to name.
  ['Xinhua', 'NAIROBI (Xinhua) -- X.', [['dateline-form', 'NAIROBI', [['Insert the publication date "Sept. 28"', false]]]], 'NAIROBI (Xinhua) -- X.'],
  ['Xinhua', 'Sept. 27 (Xinhua) -- X.', [['dateline-form', 'Sept. 27 (Xinhua) --', []]], 'Sept. 27 (Xinhua) -- X.'],
];

describe('dateline form problems and fix-all', () => {
  for (const [agency, paragraph, listed, afterFixAll] of CASES) {
    test(`${agency}: ${paragraph}`, () => {
      assert.deepEqual(datelineProblems(agency, paragraph), { listed, afterFixAll });
    });
  }
});
