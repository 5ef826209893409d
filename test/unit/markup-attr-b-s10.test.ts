// The attribution rules of markup/attribute.ts, lines 1-1099, on the mutation survivors that the
// earlier tables left (issue 8, session 10): one table per rule, each row a made-up wire sentence and
// every span the engine must mark in it, with its speaker's name, role when it has one, and
// confidence (under 0.7 is a review note in the draft). Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attributed, attributionTable as table } from '../support/markupTables';

table('markup: a description after a place, not in apposition to it', [
  // The rule for "Senapred, Chile's disaster agency, which said" looks for a name before the
  // description; a place a preposition opens is where, not who.
  ['a plain subject after "In PLACE," keeps its words',
    'In Greenvale, a farmer said the river had risen two metres.',
    ['farmer (0.7): the river had risen two metres']],
  ['nor does a relative clause after the description hand them to the place',
    'In Greenvale, the farmer, who lost his barn, said the river had risen.',
    ['farmer (0.55): the river had risen']],
  ['a place at the end of a clause before the subject keeps none either',
    'After the storm hit Greenvale, a farmer said the river had risen.',
    ['farmer (0.7): the river had risen']],
  // An age is no relative clause: the description is the subject, not a description of the place.
  ['nor with an age after the description',
    'After the storm hit Greenvale, a farmer, 52, said the river had risen.',
    ['farmer (0.7): the river had risen']],
]);

table('markup: an appositive inside a "whose" clause', [
  ['the subject stands before the clause, not the person the clause names',
    'Hana Lisle, whose mother, Rosa, waited a year, said the clinic had failed her.',
    ['Hana Lisle (0.9): the clinic had failed her']],
  ['nor the person a "whose" clause with a name of one word holds',
    'Gemma Lowther, whose father, Ray, was ill, said the hospital had been slow.',
    ['Gemma Lowther (0.9): the hospital had been slow']],
]);

table('markup: a relative clause with commas of its own between subject and cue', [
  // The list of counties is no appositive: the subject is the name before ", who".
  ['the name before ", who" speaks',
    'Mira Holt, who has farmed in Kent, Essex and Suffolk, said the drought was the worst she had seen.',
    ['Mira Holt (0.9): the drought was the worst she had seen']],
]);

table('markup: a quoted fragment after "but called"', [
  ['the fragment is the same speaker\'s, once',
    'Mira Holt said the plan was sound but called the cuts "cruel and needless".',
    ['Mira Holt (0.9): the plan was sound', 'Mira Holt (0.8): "cruel and needless"']],
]);

table('markup: a body after "for" or "of", then an appositive', [
  // "A spokesman for Dune Watch said" gives the words to Dune Watch; the appositive after the body
  // ("a volunteer group") changes nothing, when no name stands before the spokesman.
  ['the body speaks, as without the appositive',
    'A spokesman for Dune Watch, a volunteer group, said the beach was eroding.',
    ['Dune Watch (0.9): the beach was eroding']],
  ['and as when a name before it takes the role',
    'Ana Ruiz, director of Dune Watch, a volunteer group, said the beach was eroding.',
    ['Ana Ruiz [director of Dune Watch] (0.9): the beach was eroding']],
]);

table('markup: a participle appositive holding a place and its state', [
  // "stationed in Kodiak, Alaska,": the state goes on with the place, and the description before
  // the appositive is the subject (under review: no name).
  ['the description before it speaks',
    "The ship's captain, stationed in Kodiak, Alaska, said the boat had sunk.",
    ["ship's captain (0.55): the boat had sunk"]],
]);

describe('markup: a relative clause holding a cue of its own between subject and cue', () => {
  // "who said she heard shots" is the neighbour's relative clause: the search for "who" goes past
  // its cue, since a clause follows it ("she heard shots"). Only the words of "told police" are
  // asserted: the relative clause's own report is not marked yet (a gap, not pinned here).
  test('the person the clause describes speaks, not the last noun of the clause', () => {
    const body = 'A neighbour who said she heard shots told police the house was empty.';
    assert.ok(attributed(body).includes('neighbour (0.7): the house was empty'), attributed(body).join('; '));
  });
  // "said Tom Reyes told": no clause after the first cue, so its object is the next cue's subject.
  test('a name after a cue without a clause of its own is the next cue\'s subject', () => {
    const body = 'The nurse who treated him said Tom Reyes told her he was lost.';
    assert.ok(attributed(body).some((x) => x.startsWith('Tom Reyes (')), attributed(body).join('; '));
  });
});

table('markup: "according to" after a report, without a comma', [
  // "according to" opens no subject of its own: the report's words run up to it, "next year" with them.
  ['the words before it keep their last phrase',
    'Ana Ruiz said the plant would close next year according to the union.',
    ['Ana Ruiz (0.9): the plant would close next year']],
]);

describe('markup: a demand participle without its comma after a report', () => {
  // "urging" opens no subject of its own: the report runs up to it, "the city" with it. (Only that
  // span is asserted: whether "the mayor to resign" is the reporter's own demand is another question.)
  test('the words before it keep their last phrase', () => {
    const body = 'Ana Ruiz said workers had marched through the city urging the mayor to resign.';
    assert.ok(attributed(body).includes('Ana Ruiz (0.9): workers had marched through the city'), attributed(body).join('; '));
  });
});
