// Completion at the boundaries of where it answers (features/completion.ts): in the first word of
// a dateline (nothing yet to complete), right before the separator (still the dateline: months
// or agencies), and in the body of an article whose front matter is never closed (its speakers
// are still offered). Asserted on whether items come and on labels, not on their wording.
// Written for mutants `npm run mutate` left alive there.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../support/documents';
import { completions } from '../support/features';

const labels = (text: string, line: number, character: number) => completions(parse(text), { line, character }).items.map((i) => i.label);

describe('completion boundaries', () => {
  test('nothing inside the first word of the dateline', () => {
    assert.deepEqual(labels('BERLIN, Sept. 27 (Xinhua) -- Talks.\n', 0, 3), []);
  });

  test('right before the separator the dateline is still completed: months after the comma, agencies after the date', () => {
    const months = labels('BERLIN, -- Talks.\n', 0, 8);
    assert.ok(months.includes('Sept.'), months.join());
    const agencies = labels('BERLIN, Sept. 27 -- Talks.\n', 0, 17);
    assert.ok(agencies.includes('(Xinhua)'), agencies.join());
  });

  test('speaker ids in the body of an article whose front matter is not closed', () => {
    const text = '---\nheadline: x\nspeakers:\n  chen:\n    name: Chen\n\n[Go]{@\n';
    assert.deepEqual(labels(text, 6, 6), ['chen']);
  });
});
