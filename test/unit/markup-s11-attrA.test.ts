// The attribution rules of markup/attribute.ts, lines 381-700 (a name in apposition after an
// inverted cue, the appositive before a cue, the names those rules read), on the mutation
// survivors that the earlier tables left (issue 8): one table per rule, each row a made-up wire
// sentence and every span the engine must mark in it, with its speaker's name, role when it has
// one, and confidence. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';
import { attributionTable as table, spoken } from '../support/markupTables';

table('markup: a name in apposition after an inverted cue\'s indefinite description', [
  // nameInAppositionAfter: the name is the speaker, whatever words it has, up to its end.
  ['a name that ends the copy without a full stop',
    '"The well is dry," said a farmer, Ana Ruiz',
    ['Ana Ruiz (0.9): "The well is dry,"']],
  ['an Irish name with an apostrophe',
    '"The well is dry," said a farmer, Mary O\'Connor.',
    ['Mary O\'Connor (0.9): "The well is dry,"']],
  ['with a typographic apostrophe',
    '"The well is dry," said a farmer, Mary O’Connor, on Tuesday.',
    ['Mary O’Connor (0.9): "The well is dry,"']],
  // Given names the tagger reads as a verb ("Hope", "Rose") or an auxiliary ("Will") open a name too.
  ['a name that opens with "Hope"',
    '"The well is dry," said a farmer, Hope Berg.',
    ['Hope Berg (0.9): "The well is dry,"']],
  ['a name that opens with "Will"',
    '"The well is dry," said a farmer, Will Berg, on Tuesday.',
    ['Will Berg (0.9): "The well is dry,"']],
  // A full stop left out: the next sentence's first word is capitalised but is no proper name.
  ['the name ends before a capitalised word that is no proper name',
    '"The well is dry," said a farmer, Ana Berg This year the rain came late.',
    ['Ana Berg (0.9): "The well is dry,"']],
  // One capitalised word after the comma is no name in apposition: here the agency that reports.
  ['a news agency after the description is not the speaker',
    '"The road is closed," said a resident, Xinhua reported.',
    ['resident (0.7): "The road is closed,"']],
]);

describe('markup: a long name in apposition after an inverted cue', () => {
  // The rule read three words at most and cut "Ana Maria Ruiz Lopez" to "Ana Maria Ruiz".
  // (coreference.ts takes a four-word name for a body's: the kind is not asserted here.)
  test('a four-word Spanish name is the speaker, whole', () => {
    assert.deepEqual(spoken('"The well is dry," said a farmer, Ana Maria Ruiz Lopez.'), ['Ana Maria Ruiz Lopez: "The well is dry,"']);
  });
  // "deVries" opens in lower case, so the rule does not read it as a name word; the name before
  // it is still a name in apposition, and the description is not the speaker.
  test('a name with a Dutch "deVries" makes no speaker of the description', () => {
    const s = markUp('"The well is dry," said a farmer, Ana Berg deVries.');
    assert.equal(s.spans.length, 1);
    const speaker = s.speakers.find((x) => x.id === s.spans[0].speakerId);
    assert.ok(speaker?.name.startsWith('Ana Berg'), speaker?.name);
  });
});

describe('markup: a name in apposition after a description, before the cue', () => {
  // isNameBetween: every word of a name opens with a capital or is a particle ("de", "van");
  // "deVries" is neither, so the rule does not take "Ana deVries Berg" for one name. Whatever
  // the engine makes of it, a word of the name is no role of a part of it.
  test('a Dutch "deVries" inside the name is not made a role', () => {
    const s = markUp('The farm\'s owner, Ana deVries Berg, said the well was dry.');
    assert.deepEqual(s.speakers.filter((x) => x.role === 'deVries' || x.name === 'Berg').map((x) => x.name), []);
  });
});

table('markup: the appositive before a cue, and the body a preposition names in it', [
  // appositiveStart: "for Oxfam" with no comma before it is the subject's own words, so the
  // body before the appositive is the subject (a spokesperson speaks for the body, as the gold
  // set marks it); only an earlier appositive's object is stepped over.
  ['a spokesman for a body, then the body\'s appositive',
    'A spokesman for Oxfam, a charity, said the well was dry.',
    ['Oxfam (0.9): the well was dry']],
  // A closing quotation mark before the comma ends an earlier appositive (the title of a book),
  // not the subject's name: the rule steps over it to the name before.
  ['a book\'s title in quotation marks, then its own appositive',
    'Ana Berg, who wrote "Dry Years", a memoir, said the well was dry.',
    ['Ana Berg (0.9): the well was dry']],
]);

table('markup: a relative clause after a name and its description', [
  // nameBeforeDescription: only a description in lower case ("the union") stands for the name
  // before it; a capitalised one is a name of its own, which the clause is about.
  ['a capitalised name after a place name is the one that speaks',
    'Kent, the Home Office, which said the boats were turned back.',
    ['Home Office (0.8): the boats were turned back']],
]);

table('markup: a quoted fragment after "and called", before a quote of its own', [
  // The fragment rule asks whether a span already holds the fragment; a later quote of the
  // sentence, marked first by the direct rules, does not.
  ['the fragment is the speaker\'s though a later quote is marked already',
    'Ana Berg said the plan was late and called it "a disgrace"; "We will fight it," she said.',
    ['Ana Berg (0.9): the plan was late', 'Ana Berg (0.8): "a disgrace"', 'Ana Berg (0.75): "We will fight it,"']],
]);

describe('markup: a quoted fragment after "and called" that another rule has marked', () => {
  // reportedSpeech's fragment cue gives the sentence's speaker a quoted fragment only when no
  // span holds it yet: here the inverted cue at the end has claimed it. Whoever the engine
  // takes for its speaker, the same words are never marked twice.
  test('the fragment is marked once', () => {
    const body = 'Ana Berg said "the plan is late" and called it "a disgrace," Tom Reyes said.';
    const s = markUp(body);
    const marked = s.spans.map((x) => body.slice(x.start, x.end));
    assert.equal(marked.filter((w) => w === '"a disgrace,"').length, 1, marked.join(' | '));
  });
});

describe('markup: a name with a particle in apposition after a description, after the quote', () => {
  // descriptionStart: the subject opens with the description only when the phrase found is the
  // name right after its comma. Here the phrase before the cue is "Brasil" alone (phrases stop at
  // "do"), which is no speaker: the last word of "Banco do Brasil" is not a person's name.
  test('"Brasil" of "Banco do Brasil" is not made a speaker', () => {
    const s = markUp('"The loan is safe," the lender, Banco do Brasil, said.');
    assert.deepEqual(s.speakers.filter((x) => x.name === 'Brasil').map((x) => x.name), []);
  });
});
