// The attribution rules of markup/attribute.ts, lines 800-1120 (a cue's clause and its subject:
// cuesIn, boundaryOf, subjectOf, trailerEnd), on the mutation survivors that the earlier tables
// left (issue 8, session 11): one table per rule, each row a made-up wire sentence and every span
// the engine must mark in it, with its speaker's name, role when it has one, and confidence.
// Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';
import { attributed, attributionTable as table, spoken } from '../support/markupTables';

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

table('markup: a cue whose pronoun subject follows "that"', [
  // cuesIn: "that he said" is inside a report only after an earlier cue of the sentence; as the
  // sentence's first cue it is a cue, and "he" the speaker named before.
  ['is a cue when no cue comes before it in the sentence',
    'Dorn Hale visited the plant on Monday. Workers were relieved that he said it would stay open.',
    ['Dorn Hale (0.75): it would stay open']],
]);

describe('markup: a participle demand right after a noun ("a petition calling for ...")', () => {
  // boundaryOf: a demand in the participle opens no clause with a subject of its own, so the
  // report before it keeps its last noun. Only that span is asserted: the demand's object is
  // marked as a second span of the speaker's (the participle describes the petition; left alone).
  test('the report before it keeps the noun the participle follows', () => {
    const got = spoken('Dorn Hale said he had signed a petition calling for a new bridge.');
    assert.ok(got.includes('Dorn Hale: he had signed a petition'), got.join('; '));
  });
});

table('markup: an inverted cue after a comma and a clause ("..., said NAME")', [
  // subjectOf: only a verb of speech is inverted so; the first verb of the sentence, read for
  // its subject, is not ("saved two match points" after a comma names no speaker).
  ['a verb other than a cue after a comma is no inversion',
    'The Spaniard, known on tour as the Bull, saved two match points, and said she had never felt calmer.',
    ['Spaniard (0.55): she had never felt calmer']],
]);

table('markup: the speaker of an inverted cue right after a quotation speaks for what follows', [
  // subjectOf: '"...," said NAME' gives the sentence its speaker when the name ends the clause:
  // a comma, "and" with a second verb, or a time or medium after it.
  ['a fragment after "and"',
    '"We will not move," said Mara Velk and called the plan "a disgrace".',
    ['Mara Velk (0.9): "We will not move,"', 'Mara Velk (0.8): "a disgrace"']],
  ['a participle after a time',
    '"We will not move," said Mara Velk on Tuesday, adding that the tenants would stay.',
    ['Mara Velk (0.9): "We will not move,"', 'Mara Velk (0.9): the tenants would stay']],
  ['a participle after a medium',
    '"We will not move," said Mara Velk in a statement, adding that the tenants would stay.',
    ['Mara Velk (0.9): "We will not move,"', 'Mara Velk (0.9): the tenants would stay']],
  // "urged", "warned", "asked" take an audience after a subject, never right after a quotation.
  ['a verb that may name an audience is inverted after a quotation',
    '"We will not move," urged Mara Velk, adding that the tenants would stay.',
    ['Mara Velk (0.9): "We will not move,"', 'Mara Velk (0.9): the tenants would stay']],
  ['a cut line ends after the name',
    '"We will not move," said Mara Velk',
    ['Mara Velk (0.9): "We will not move,"']],
]);

describe('markup: a cue right after a quoted nickname', () => {
  // subjectOf: "said Mara Velk had fixed ...": the name opens a clause of its own and is no
  // inverted subject, so the participle after it is not hers. Only that is asserted: the nickname
  // is taken for someone's words by the direct rules (a misreading left to their range).
  test('the name that opens the reported clause is not the participle\'s speaker', () => {
    const got = attributed('Supporters of "The Bull" said Mara Velk had fixed the fight, adding that the judges were paid.');
    assert.ok(!got.some((x) => x.startsWith('Mara Velk') && x.endsWith(': the judges were paid')), got.join('; '));
  });
});

describe('markup: any verb right after a quotation has its subject after it', () => {
  // subjectOf, read for the subject of the sentence's first verb: "beamed the coach" gives the
  // coordinated "and said" its speaker. Only that span is asserted: the quotation itself, with a
  // verb that is no cue, is not marked yet (the direct rules; a gap, not pinned).
  test('the coach speaks for "and said"', () => {
    const got = attributed('"We are ready," beamed the coach, and said the team had trained hard.');
    assert.ok(got.includes('coach (0.55): the team had trained hard'), got.join('; '));
  });
  // A pronoun-like "one" resolves to no speaker: nothing is read from it, and nothing fails.
  test('an inverted subject that names no one gives the sentence no speaker', () => {
    assert.doesNotThrow(() => markUp('"We will not move," said one, and the others would stay too.'));
  });
});

table('markup: a subject at the end of its clause speaks for the words before only after a comma', [
  // subjectOf: "what Mara Velk said" ends the sentence, but no comma stands before the name: the
  // words before it are the writer's.
  ['no comma before the name: nothing is hers',
    'The workers did exactly what Mara Velk said.',
    []],
]);

table('markup: after the medium of a cue, only its participle is stepped over', [
  // trailerEnd: "in a statement posted on its website" is the medium's; "everyone in the village"
  // is the subject of the words, though a place follows it up to a comma.
  ['a subject and its place right after the medium open the words',
    'Mara Velk said in a statement everyone in the village, young and old, would leave.',
    ['Mara Velk (0.9): everyone in the village, young and old, would leave']],
]);

table('markup: a bracketed short form right before the cue, after a stray comma', [
  // subjectOf: "(ISPA)" after the appositive's comma is the body's short form, not the end of
  // the subject; the subject is the name before the appositive.
  ['the name before the appositive speaks',
    'Mara Velk, head of the Indonesian Smelter Producers Association, (ISPA) said the ban would stay.',
    ['Mara Velk [head of the Indonesian Smelter Producers Association] (0.9): the ban would stay']],
]);

table('markup: a description between commas after a time phrase that opens the sentence', [
  // subjectOf: the name before a description is looked for only when a relative clause follows
  // the description ("Senapred, Chile's ... agency, which said"); after "Last March," the
  // description itself is the subject.
  ['the description speaks, not the time phrase',
    'Last March, the farmer, a father of three, said the barn was lost.',
    ['farmer [father of three] (0.55): the barn was lost']],
]);

table('markup: the speakers of a relative clause without "that" whose verb follows the cue', [
  // subjectOf: "a clause iPhone makers said would ...": the capitalised words after the noun the
  // clause describes speak; a name with its capital inside the word is one of them.
  ['a name with a capital inside the word',
    'The plan includes a clause iPhone makers said would raise prices.',
    ['iPhone makers (0.75): would raise prices']],
  ['a name with an initial capital, as before',
    'The bill includes a provision Democrats said would let states set their own rules.',
    ['Democrats (0.75): would let states set their own rules']],
]);

table('markup: a description after a name and a comma, with "which" after its cue', [
  // subjectOf: the name before a description speaks for it only when the description stands
  // before its own relative clause ("Senapred, Chile's ... agency, which said"); "said which
  // roads" is the report's, and the mayor says it.
  ['the description speaks, not the name before its comma',
    'In a letter to Dorn Hale, the mayor said which roads would close.',
    ['mayor (0.55): which roads would close']],
]);
