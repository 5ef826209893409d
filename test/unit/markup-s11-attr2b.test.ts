// The attribution rules of markup/attribute.ts, lines 701-1377, on the session-11 mutation
// survivors (issue 8): one table per rule, each row a made-up wire sentence and every span the
// engine must mark in it, with its speaker's name and confidence. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attributed, attributionTable as table } from '../support/markupTables';

table('markup: a writer\'s gloss after a quoted phrase ends the report (reportEnd)', [
  ['after a phrase in double marks',
    'Mara Velk said the agency had used what she called "fire borrowing," the practice of moving money between accounts.',
    ['Mara Velk (0.9): the agency had used what she called "fire borrowing,"']],
  ['and after one in single marks: a closing single mark after a comma is never an apostrophe',
    'Mara Velk said the agency had used what she called ‘fire borrowing,’ the practice of moving money between accounts. "It is theft," she said.',
    ['Mara Velk (0.9): the agency had used what she called ‘fire borrowing,’', 'Mara Velk (0.85): "It is theft,"']],
  ['but an opening double mark after a comma opens an appositive, and the report runs on past it',
    'Mara Velk said the agency, "the bank of last resort," had failed its members.',
    ['Mara Velk (0.9): the agency, "the bank of last resort," had failed its members']],
]);

table('markup: a quote in single marks is a speaker\'s only after a verb of speech (innerQuotes)', [
  // "reports" here is a noun, the subject of "are": no one says the words in single marks.
  ['not after a noun spelled as a verb of speech',
    '"Buyer reports, ‘We can wait,’ are common now," Mara Velk said.',
    ['Mara Velk (0.9): "Buyer reports, ‘We can wait,’ are common now,"']],
]);

describe('markup: a quote in single marks after "told her," is the teller\'s, whatever other span ends with it (innerQuotes)', () => {
  // The engine also gives the buyer 'her, ‘I can wait ...’' (the object of "told" read as words):
  // a misreading this test does not pin; it asserts only what the right reading must hold.
  const body = '"That is new," Mara Velk said. A buyer told her, ‘I can wait for the price to fall.’';
  test('the buyer\'s words are the quote in single marks, and the first quote is Mara Velk\'s', () => {
    const spans = attributed(body);
    assert.ok(spans.includes('Mara Velk (0.9): "That is new,"'), spans.join('\n'));
    assert.ok(spans.includes('buyer (0.6): ‘I can wait for the price to fall.’'), spans.join('\n'));
  });
});

table('markup: "that she said" opens a report of its own when no cue came before it in the sentence', [
  // "said that A and that she hoped B" is inside the report; with no cue before, "she said" is the cue.
  ['after "It is clear that"',
    'Mara Velk ran the port for a decade. It is clear that she said the bridge was safe.',
    ['Mara Velk (0.75): the bridge was safe']],
]);

table('markup: `CLAUSE, NAME cue.` gives the clause before to the name, for a hope or a demand as for a verb of speech', [
  ['"expressed confidence"',
    'The plant will reopen in May, Mara Velk expressed confidence.',
    ['Mara Velk (0.9): The plant will reopen in May']],
  ['"expressed hope" with a time after it',
    'The talks would resume soon, Mara Velk expressed hope on Monday.',
    ['Mara Velk (0.9): The talks would resume soon']],
  ['"hoped"',
    'The plant will reopen in May, Mara Velk hoped.',
    ['Mara Velk (0.9): The plant will reopen in May']],
  ['"demanded"',
    'The plant must reopen in May, Mara Velk demanded.',
    ['Mara Velk (0.9): The plant must reopen in May']],
]);
