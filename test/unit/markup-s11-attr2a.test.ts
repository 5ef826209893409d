// The attribution rules of markup/attribute.ts, lines 1-700, on the mutation survivors that session
// 11 left there: one table per rule, each row a made-up wire sentence and every span the engine must
// mark in it, with its speaker's name, role when it has one, and confidence. Names and sentences
// are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';

/** "Speaker [role] (confidence): marked words", every span of the body. */
function attributed(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.role ? `${x.name} [${x.role}]` : x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)} (${x.confidence}): ${body.slice(x.start, x.end)}`);
}

function table(title: string, rows: [string, string, string[]][]) {
  describe(title, () => {
    for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(attributed(body), expected));
  });
}

table('markup: a name, its description and a relative clause before the cue: the name speaks', [
  // nameBeforeDescription: "chief" is tagged an adjective, and the description still stands in
  // apposition to the name before it (it used to speak itself, as "deputy chief").
  ['a description whose head the tagger reads as an adjective',
    'Dana Orr, deputy chief, who took over in May, said the budget was short.',
    ['Dana Orr (0.9): the budget was short']],
  ['a bare role word',
    'Kiri Mael, chief, who took over in May, said the budget was short.',
    ['Kiri Mael (0.9): the budget was short']],
  ['a possessive description, read as surely as the name next to its cue',
    "Dana Orr, the agency's chief, who took over in May, said the budget was short.",
    ['Dana Orr (0.9): the budget was short']],
  ['"which" after a description of a person',
    "Dana Orr, the town's chief, which had no other, said the budget was short.",
    ['Dana Orr (0.9): the budget was short']],
]);
