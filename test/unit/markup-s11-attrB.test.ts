// The attribution rules of markup/attribute.ts, lines 800-1120 (a cue's clause and its subject:
// cuesIn, boundaryOf, subjectOf, trailerEnd), on the mutation survivors that the earlier tables
// left (issue 8, session 11): one table per rule, each row a made-up wire sentence and every span
// the engine must mark in it, with its speaker's name, role when it has one, and confidence.
// Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';

/** "Speaker [role] (confidence): marked words", every span of the body. */
function attributed(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.role ? `${x.name} [${x.role}]` : x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)} (${x.confidence}): ${body.slice(x.start, x.end)}`);
}

/** "Speaker: marked words", every span of the body, without roles or confidence. */
function spoken(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)}: ${body.slice(x.start, x.end)}`);
}

function table(title: string, rows: [string, string, string[]][]) {
  describe(title, () => {
    for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(attributed(body), expected));
  });
}

table('markup: a one-word demand verb before "that" is a verb of speech', [
  // cuesIn: "asked that ..." reports a clause; read as a demand ("asked the council to ...") its
  // words would run on over ", and walked out", the subject's next act, which a report's end stops at.
  ['its words end before the subject\'s next act',
    'Mara Velk asked that all flights to Lisbon be cancelled, and walked out of the hearing.',
    ['Mara Velk (0.9): all flights to Lisbon be cancelled']],
]);

table('markup: a relative clause and an appositive between the subject and its cue', [
  // subjectOf: only a "whose" clause holds the appositive found before the cue; a "which" clause
  // about a place before the subject is not the subject's.
  ['a "which" clause about the place that opens the sentence is not the subject\'s',
    'In Greenvale, which lost its bridge in the storm, the mayor, a retired teacher, said the road would reopen.',
    ['mayor [retired teacher] (0.55): the road would reopen']],
  // A "whose" clause needs one found before the subject: the article's second word is no clause
  // of this sentence's.
  ['a "whose" in the article\'s first sentence is no clause of a later subject',
    'Families whose homes flooded in March are still waiting. Mara Velk, a farmer, said the dam should be raised.',
    ['Mara Velk [farmer] (0.9): the dam should be raised']],
]);

describe('markup: an age, then a "whose" clause, between the name and its cue', () => {
  // subjectOf: the name stands before the age, not before the clause. Only the speaker and her
  // words are asserted: the clause is taken for her role (appositiveStart, a misreading left to
  // its own range).
  test('the name before the age speaks', () => {
    assert.deepEqual(spoken('Mara Velk, 52, whose farm flooded last spring, said the dam should be raised.'), ['Mara Velk: the dam should be raised']);
  });
});

table('markup: a cue inside the relative clause between the subject and its cue', [
  // subjectOf: "who said Tom Reyes told": the name after the clause's cue, with no verb between,
  // is the subject of "told", not the guard the clause describes.
  ['a name right after the clause\'s cue is the next cue\'s subject',
    'The lawsuit cites a guard who said Tom Reyes told staff the door was locked.',
    ['Tom Reyes (0.9): the door was locked']],
  // "asked to be anonymous" asks for the guard's own anonymity: no one else is its subject, and
  // the search for "who" goes on past it.
  ['a request for anonymity in the clause is stepped over',
    'A guard who asked to be anonymous told reporters the gate was open.',
    ['guard (0.7): the gate was open']],
]);

describe('markup: a cue inside the relative clause with a clause of its own', () => {
  // "who said she heard shots": the search for "who" goes past its cue. Only the words of "told
  // police" are asserted: the relative clause's own report is not marked yet (a gap, not pinned).
  test('the neighbour speaks, not the clause\'s last noun', () => {
    const got = attributed('A neighbour who said she heard shots told police the gunman had fled.');
    assert.ok(got.includes('neighbour (0.7): the gunman had fled'), got.join('; '));
    assert.ok(!got.some((x) => x.startsWith('shots')), got.join('; '));
  });
});
