// Hover texts for the cases the other hover tests leave out: a byline glued to the dateline, a
// dateline without place, date, agency or separator, each reason why a weekday or a dateline has no date to count
// from, a date that does not exist, inline code around text holding a backtick, and a nested quote
// that starts where its outer quote starts. Written to kill mutants that `npm run mutate` left
// without coverage in features/hover.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { article, parse, positionIn } from '../support/documents';
import { hover } from '../support/features';

/** The hover's Markdown `delta` characters into the first `needle` of `text`. */
function hoverText(text: string, needle: string, delta = 0): string {
  const a = parse(text);
  const h = hover(a, positionIn(a, needle, 0, delta));
  assert.ok(h, `a hover on "${needle}"`);
  return (h.contents as MarkupContent).value;
}

/** One line of the dateline hover's facts (`Date: ...`). */
const fact = (markdown: string, name: string) => markdown.split('\n').find((l) => l.startsWith(`${name}: `))?.trimEnd();

const NO_DATE = '---\nheadline: H\n---\n\n';
const BAD_DATE = '---\nheadline: H\ndate: 2023-02-30\n---\n\n';

test('dateline: the byline glued to it, a missing place', () => {
  const byline = hoverText(article('By John Smith BERLIN, Sept. 27 (Xinhua) -- Talks.'), 'BERLIN');
  assert.equal(fact(byline, 'Byline'), 'Byline: By John Smith (glued to the dateline)');
  assert.equal(fact(byline, 'Place'), 'Place: BERLIN');
  const placeless = hoverText(`${NO_DATE}Sept. 27 (Xinhua) -- We met.`, 'Sept');
  assert.equal(fact(placeless, 'Place'), 'Place: *none*');
  assert.equal(fact(placeless, 'Byline'), undefined);
});

test('dateline: a missing agency is said, a missing separator left out', () => {
  const noAgency = hoverText(`${NO_DATE}BERLIN, Sept. 27 -- Talks.`, 'BERLIN');
  assert.equal(fact(noAgency, 'Agency'), 'Agency: *none*');
  assert.equal(fact(noAgency, 'Separator'), 'Separator: `--`');
  const noSeparator = hoverText(`${NO_DATE}BERLIN, Sept. 27 (Xinhua) Talks began.`, 'BERLIN');
  assert.equal(fact(noSeparator, 'Agency'), 'Agency: Xinhua');
  assert.equal(fact(noSeparator, 'Separator'), undefined);
});

test('dateline without date: why there is no publication day', () => {
  assert.equal(fact(hoverText(`${NO_DATE}BERLIN (Xinhua) -- Talks.`, 'BERLIN'), 'Date'), 'Date: *not written* (no publication date in the front matter)');
  assert.equal(fact(hoverText(`${BAD_DATE}BERLIN (Xinhua) -- Talks.`, 'BERLIN'), 'Date'), 'Date: *not written* (the front matter date `2023-02-30` is not a valid date)');
  // A backtick in the date: the inline code needs double backticks and spaces.
  assert.equal(fact(hoverText('---\nheadline: H\ndate: 2023`09\n---\n\nBERLIN (Xinhua) -- Talks.', 'BERLIN'), 'Date'), 'Date: *not written* (the front matter date `` 2023`09 `` is not a valid date)');
  // Two in a row: a fence of three, which no run inside closes.
  assert.equal(fact(hoverText('---\nheadline: H\ndate: 20``23\n---\n\nBERLIN (Xinhua) -- Talks.', 'BERLIN'), 'Date'), 'Date: *not written* (the front matter date ``` 20``23 ``` is not a valid date)');
});

test('weekday: each reason why there is no date to count from', () => {
  assert.equal(hoverText(`${NO_DATE}BERLIN, Sept. 27 (Xinhua) -- We met on Monday.`, 'Monday'), '**Monday**: no year to count from: no publication date in the front matter');
  assert.equal(hoverText(`${BAD_DATE}BERLIN, Sept. 27 (Xinhua) -- We met on Monday.`, 'Monday'), '**Monday**: no year to count from: the front matter date `2023-02-30` is not a valid date');
  assert.equal(hoverText(`${BAD_DATE}BERLIN (Xinhua) -- We met on Monday.`, 'Monday'), '**Monday**: no date to count from: the dateline has no date and the front matter date `2023-02-30` is not a valid date');
});

test('weekday: a written date that does not exist', () => {
  assert.equal(hoverText(article('BERLIN, Sept. 27 (Xinhua) -- We met on Tuesday, Feb. 30.'), 'Tuesday'), '**Tuesday, Feb. 30**: no such date');
});

test('a nested quote that starts where its outer quote starts names the outer quote', () => {
  const md = hoverText(article('Ann said [[We are here]{@b} and ready]{@a}.', { a: 'Ann Lee', b: 'Bo Li' }), 'We are', 1);
  assert.equal(md, 'Indirect quote by **Bo Li** `@b`\n\n3 words\n\nReported within a quote by Ann Lee');
});
