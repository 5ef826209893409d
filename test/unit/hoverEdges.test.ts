// Hover at its edges (features/hover.ts), asserting what the text shows, not its layout (which
// changes): the speaker of the quote around a nested one, found in the right quote of the
// paragraph; names shown with their blanks collapsed; the byline glued to a dateline; a weekday
// phrase hovered at its last character; a weekday date that does not exist; and a blank front
// matter date explained like a missing one. Written for mutants `npm run mutate` left alive there.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { parse } from '../support/documents';
import { hover } from '../support/features';

const textOf = (h: Hover | null) => (h?.contents as { value: string } | undefined)?.value ?? '';
const hoverAt = (text: string, line: number, character: number) => hover(parse(text), { line, character });

describe('hover on quotes and speakers', () => {
  const TEXT = [
    '---', 'headline: Talks', 'date: 2023-09-28', 'speakers:', '  chen:', '    name: "Chen   Wenqing "', '  ma:', '    name: Ma Hui', '---', '',
    'BERLIN, Sept. 27 (Xinhua) -- [First]{@chen} and [I heard [we will win]{@chen} from him]{@ma}, Ma Hui said.', '',
  ].join('\n');
  const LINE = 10;
  const column = (words: string) => TEXT.split('\n')[LINE].indexOf(words) + 1;

  test('a nested quote names the speaker of the quote around it, also when another quote comes first', () => {
    assert.ok(textOf(hoverAt(TEXT, LINE, column('we will win'))).includes('Ma Hui'));
    assert.ok(!textOf(hoverAt(TEXT, LINE, column('First'))).includes('Ma Hui'), 'a quote inside no other names no second speaker');
  });

  test('a name written with extra blanks is shown with single spaces', () => {
    const shown = textOf(hoverAt(TEXT, LINE, column('First')));
    assert.ok(shown.includes('Chen Wenqing'), shown);
    assert.ok(!/Chen\s{2,}Wenqing|Wenqing\s+\*/.test(shown), shown);
  });
});

describe('hover on the dateline and weekdays', () => {
  test('a dateline in an article without front matter is described too', () => {
    const shown = hoverAt('BERLIN, Sept. 27 (Xinhua) -- Talks began.\n', 0, 2);
    assert.deepEqual(shown?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 28 } });
    assert.ok(textOf(shown).includes('BERLIN'));
  });

  test('the byline glued to a dateline is shown with it', () => {
    const text = ['---', 'headline: Talks', 'date: 2023-09-28', '---', '', 'By Li Wei BERLIN, Sept. 27 (Xinhua) -- Talks began.', ''].join('\n');
    assert.ok(textOf(hoverAt(text, 5, 12)).includes('By Li Wei'));
  });

  test('a weekday phrase answers at its last character too; a weekday date that does not exist still answers on the phrase', () => {
    const text = ['---', 'headline: Talks', 'date: 2023-09-28', '---', '', 'BERLIN, Sept. 27 (Xinhua) -- Talks began on Tuesday.', '', 'More on Tuesday, Sept. 31 then.', ''].join('\n');
    const line = text.split('\n')[5];
    const end = line.indexOf('Tuesday') + 'Tuesday'.length;
    const atEnd = hoverAt(text, 5, end);
    assert.deepEqual(atEnd?.range, { start: { line: 5, character: end - 7 }, end: { line: 5, character: end } });
    assert.ok(textOf(atEnd).includes('September 26, 2023'));
    const missing = hoverAt(text, 7, 10);
    assert.deepEqual(missing?.range, { start: { line: 7, character: 8 }, end: { line: 7, character: 25 } });
  });

  test('a blank front matter date is explained like a missing one, an invalid one by its text', () => {
    const withDate = (date: string | undefined) => ['---', 'headline: Talks', ...(date === undefined ? [] : [`date: ${date}`]), '---', '', 'BERLIN, Sept. 27 -- Talks began on Tuesday.', ''].join('\n');
    const at = (date: string | undefined, character: number) => {
      const text = withDate(date);
      return textOf(hoverAt(text, text.split('\n').length - 2, character));
    };
    for (const character of [2, 36]) {
      assert.equal(at('" "', character), at(undefined, character), `character ${character}`);
      assert.ok(at('2023-13-45', character).includes('2023-13-45'), `character ${character}`);
    }
  });
});
