// The speaker phrases of markup/phrases.ts on the mutation survivors that the earlier tables left
// (issue 8): one table per rule, each row a made-up wire sentence and every span the engine must
// mark in it, with its speaker's name, role and organisation when it has them, and confidence.
// Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';
import { orgAttributionTable as table } from '../support/markupTables';

table('markup: a document "of" a body is no speaker, as "the report" is not', [
  ['the report alone is no speaker',
    'The report said inflation would ease next year.',
    []],
  // personOfBody: the words before "of the" name a document, not a person nor the body.
  ['"The Annual Report of the Central Bank" is no speaker either',
    'The Annual Report of the Central Bank said inflation would ease next year.',
    []],
  // personOfNamedBody: the same without "the".
  ['nor "The Quarterly Report of Kestrel Bank"',
    'The Quarterly Report of Kestrel Bank said inflation would ease next year.',
    []],
  ['a person "of" a body still speaks, with the body as organisation',
    'Professor Martin Aldous of Edinburgh University said inflation would ease.',
    ['Martin Aldous [Professor] {Edinburgh University} (0.9): inflation would ease']],
  ['and a person "of the" a body',
    'State Epidemiologist Rachel Kwan of the Colorado Department of Health said cases would rise.',
    ['Rachel Kwan [State Epidemiologist] {Colorado Department of Health} (0.9): cases would rise']],
  ['a body named "of the" its portfolio is one organisation',
    'The Ministry of the Interior said cases would rise.',
    ['Ministry of the Interior (0.8): cases would rise']],
]);

/** "Name: kind" of every speaker the body names. */
function kinds(body: string): string[] {
  return markUp(body).speakers.map((x) => `${x.name}: ${x.kind}`);
}

describe('markup: a name that ends in a number is a body\'s, not a person\'s', () => {
  for (const [why, body, expected] of [
    ['a union local', 'UAW Local 2175 said the strike would go on.', ['UAW Local 2175: organization']],
    // numberedBodyStart: a person's name holds no digit, so "F1" ends a team's name.
    ['a racing team whose name ends in a digit', 'Kestrel F1 said the car would be ready in March.', ['Kestrel F1: organization']],
    ['a person\'s name is still a person', 'Robert Hale said the club would appeal.', ['Robert Hale: person']],
  ] as [string, string, string[]][]) test(why, () => assert.deepEqual(kinds(body), expected));
});
