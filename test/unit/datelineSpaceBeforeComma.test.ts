// dateline-form's "no space before a comma" (checks/dateline/checkForm.ts, issue 13): on a table of
// datelines, the range each finding covers (the blanks, spaces or tabs, and the comma), the
// dateline as it should read up to that comma, and the preferred fix that removes the blanks.
// Commas from the place on up to the agency's parenthesis count, also without a place; a comma
// inside the parentheses is the agency's text. Written for mutants `npm run mutate` left alive there.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StyleSetting } from '../../server/src/service/domain/data';
import { diagnostics } from '../support/documents';

const FRONT_MATTER = '---\nheadline: Talks\ndate: 2023-09-28\n---\n\n';
const BODY_LINE = FRONT_MATTER.split('\n').length - 1;
const PREFIX = 'No space before a comma in the dateline: ';

/** [start, end, what the message says to write, [fix start, fix end]], on the dateline's line. */
type Expected = [number, number, string, [number, number]];

/** The space-before-comma findings of the dateline `line`, as [start, end, to write, fix edit]. */
function spaceBeforeComma(style: StyleSetting, line: string): Expected[] {
  return diagnostics(`${FRONT_MATTER}${line}\n`, { style })
    .filter((d) => d.code === 'dateline-form' && d.message.startsWith(PREFIX))
    .map((d) => {
      assert.equal(d.range.start.line, BODY_LINE);
      assert.equal(d.range.end.line, BODY_LINE);
      const fixes = (d.data as { fixes: { title: string; preferred?: boolean; edits: { range: { start: { character: number }; end: { character: number } }; newText: string }[] }[] }).fixes;
      assert.equal(fixes.length, 1, d.message);
      const [fix] = fixes;
      assert.equal(fix.title, 'Remove the space before the comma');
      assert.equal(fix.preferred, true, 'fix-all may apply it');
      assert.equal(fix.edits.length, 1);
      const [edit] = fix.edits;
      assert.equal(edit.newText, '', 'the blanks are removed, the comma stays');
      const write = /^write "(.*)"$/.exec(d.message.slice(PREFIX.length))?.[1] ?? d.message;
      return [d.range.start.character, d.range.end.character, write, [edit.range.start.character, edit.range.end.character]] as Expected;
    });
}

describe('dateline-form: no space before a comma', () => {
  const ROWS: [StyleSetting, string, Expected[]][] = [
    ['ap', 'CAIRO , Sept. 27 (AP) — Talks.', [[5, 7, 'CAIRO,', [5, 6]]]],
    ['ap', 'CAIRO\t, Sept. 27 (AP) — Talks.', [[5, 7, 'CAIRO,', [5, 6]]]],
    ['ap', 'CAIRO \t, Sept. 27 (AP) — Talks.', [[5, 8, 'CAIRO,', [5, 7]]]],
    ['ap', 'CAIRO\t , Sept. 27 (AP) — Talks.', [[5, 8, 'CAIRO,', [5, 7]]]],
    ['reuters', 'HOUSTON  , Sept 27 (Reuters) - Oil rose.', [[7, 10, 'HOUSTON,', [7, 9]]]],
    // After a region: the blanks go back to the region, not to the place's comma.
    ['ap', 'KANSAS CITY, Mo.\t , Sept. 27 (AP) — Talks.', [[16, 19, 'KANSAS CITY, Mo.,', [16, 18]]]],
    ['ap', 'KANSAS CITY , Mo. , Sept. 27 (AP) — Talks.', [[11, 13, 'KANSAS CITY,', [11, 12]], [17, 19, 'KANSAS CITY , Mo.,', [17, 18]]]],
    // No place: the commas after the date still count.
    ['ap', 'Sept. 27 , (AP) — Talks.', [[8, 10, 'Sept. 27,', [8, 9]]]],
    // No agency: up to the separator.
    ['reuters', 'HOUSTON, Sept 27 , - Oil rose.', [[16, 18, 'HOUSTON, Sept 27,', [16, 17]]]],
    // Inside the agency's parentheses the comma is the agency's, not the dateline's.
    ['ap', 'CAIRO, Sept. 27 (AP , Reuters) — Talks.', []],
    ['ap', 'KANSAS CITY, Mo., Sept. 27 (AP) — Talks.', []],
  ];

  test('each finding covers the blanks and the comma, says what to write and removes the blanks', () => {
    for (const [style, line, expected] of ROWS) assert.deepEqual(spaceBeforeComma(style, line), expected, `${style}: ${JSON.stringify(line)}`);
  });
});
