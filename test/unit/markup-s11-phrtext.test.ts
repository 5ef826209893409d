// Session 11, the mutation survivors of markup/text.ts (lines 178-193: a surname the model read as a
// verb, a word it cut at a letter beyond ASCII) and of markup/phrases.ts. One table per kind of
// output; each row a made-up sentence and what a reader of it would say: the words as the engine
// cuts them, a word's tag, or every span with its speaker. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse } from '../../server/src/service/markup/text';
import { markUp } from '../support/markup';
import { attributed } from '../support/markupTables';

/** The words of a body as the engine reads them. */
function words(body: string): string[] {
  return analyse(body).tokens.map((t) => t.text);
}

/** "word/TAG" of every word of a body. */
function tagged(body: string): string[] {
  return analyse(body).tokens.map((t) => `${t.text}/${t.pos}`);
}

function table<T>(title: string, read: (body: string) => T, rows: [string, string, T][]) {
  describe(title, () => {
    for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(read(body), expected));
  });
}

table('markup text: a capitalised word the model tags a verb after a name word, however it is spaced', tagged, [
  // A double space is a slip of the keyboard, not a break between two phrases: "Grant" is the surname.
  ['two spaces between the given name and the surname', 'Mayor Lia  Grant toured the site.',
    ['Mayor/PROPN', 'Lia/PROPN', 'Grant/PROPN', 'toured/VERB', 'the/DET', 'site/NOUN', './PUNCT']],
  // No space after an initial's period: the surname is still a name word.
  ['no space after an initial', 'Mayor Lia R.Grant toured the site.',
    ['Mayor/PROPN', 'Lia/PROPN', 'R./PROPN', 'Grant/PROPN', 'toured/VERB', 'the/DET', 'site/NOUN', './PUNCT']],
  // A name word need not open with its capital: "deVries" is one, and "Grant" after it the surname.
  ['after a surname in lower case with a capital inside', 'Mayor Ana deVries Grant toured the site.',
    ['Mayor/PROPN', 'Ana/PROPN', 'deVries/PROPN', 'Grant/PROPN', 'toured/VERB', 'the/DET', 'site/NOUN', './PUNCT']],
  // Nor need it hold a small letter: after an acronym, the capitalised word is part of the name.
  ['after an acronym', 'NASA Watch said the launch would slip.',
    ['NASA/PROPN', 'Watch/PROPN', 'said/VERB', 'the/DET', 'launch/NOUN', 'would/AUX', 'slip/VERB', './PUNCT']],
  // A credit line's name ends its paragraph; the next paragraph opens with a verb, not a surname.
  ['a name ending the paragraph before is no given name', 'Photo by Ana Ruiz\n\nWatch the video below.',
    ['Photo/PROPN', 'by/ADP', 'Ana/PROPN', 'Ruiz/PROPN', 'Watch/VERB', 'the/DET', 'video/NOUN', 'below/ADP', './PUNCT']],
]);

table('markup text: a name the model cuts at a letter beyond ASCII is one word', words, [
  // The second half of a double-barrelled surname, joined at its hyphen first, then at "ć".
  ['the second half of a double-barrelled surname', 'Rhea Banerjee-Dragović said the port would close.',
    ['Rhea', 'Banerjee-Dragović', 'said', 'the', 'port', 'would', 'close', '.']],
  ['the second half cut twice', 'Ana Lee-Dvořák said the port would close.',
    ['Ana', 'Lee-Dvořák', 'said', 'the', 'port', 'would', 'close', '.']],
  // The model keeps "O'Dragovi" whole (as it does "O'Grant") and cuts at "ć".
  ['a surname with an apostrophe', "Ana O'Dragović said the port would close.",
    ['Ana', "O'Dragović", 'said', 'the', 'port', 'would', 'close', '.']],
  // Copy pasted with a footnote's number: the model keeps "Grant2" whole, and so "Wałęsa2".
  ['a footnote number after the name', 'Lech Wałęsa2 said the port would close.',
    ['Lech', 'Wałęsa2', 'said', 'the', 'port', 'would', 'close', '.']],
  // The possessive is a word of its own, as after "Germany".
  ['a possessive after the name stays apart', "Ana Mladić's plan was dropped.",
    ['Ana', 'Mladić', "'s", 'plan', 'was', 'dropped', '.']],
  // An initial's period ends a word: the surname after it is a word of its own, as "R.Grant" is.
  ['a surname after an initial with no space', 'Ana R.Łukasz said the port would close.',
    ['Ana', 'R.', 'Łukasz', 'said', 'the', 'port', 'would', 'close', '.']],
]);

table('markup: the speaker of a name the model cuts at a letter beyond ASCII', attributed, [
  ['a double-barrelled surname with "ć" in its second half', 'Rhea Banerjee-Dragović said the port would close.',
    ['Rhea Banerjee-Dragović (0.9): the port would close']],
  ['a surname with an apostrophe', "Ana O'Dragović said the port would close.",
    ["Ana O'Dragović (0.9): the port would close"]],
]);

table('markup: a plural\'s possessive mark with no space after it', attributed, [
  // The model keeps "Growers'Council" one word; "Farmers'Łódź" it cuts at the letter it does not
  // know. Either way the mark stays inside the body's name, as with the space ("Farmers' Łódź Union").
  ['before a word the model cuts at a letter beyond ASCII', 'The Young Farmers\'Łódź Union said the rains came late.',
    ['Young Farmers\'Łódź Union (0.8): the rains came late']],
  ['the same with the space', 'The Young Farmers\' Łódź Union said the rains came late.',
    ['Young Farmers\' Łódź Union (0.8): the rains came late']],
]);

describe('markup: "most" before an adjective is no determiner of the phrase', () => {
  // The model tags "most" an adverb here. Nobody is named before, so "the most senior official" is
  // a description of an unnamed source next to its cue, as sure as any (0.7, no review note), not an
  // epithet for a person named earlier (0.55, under review).
  test('the speaker is the official, not under review', () => {
    const body = 'The most senior official said the plan would go ahead.';
    const s = markUp(body);
    assert.deepEqual(s.spans.map((x) => body.slice(x.start, x.end)), ['the plan would go ahead']);
    assert.equal(s.speakers.length, 1);
    assert.match(s.speakers[0].name, /senior official$/);
    assert.ok(s.spans[0].confidence >= 0.7, `confidence ${s.spans[0].confidence}`);
  });
});

table('markup: an unnamed source named by a role, its portfolio and the body that places it', attributed, [
  // As "a director of housing at a London council": the portfolio may follow "for" or "in" too.
  ['a portfolio after "for"', 'A director for housing at Kestrel said the rents would rise.',
    ['director for housing at Kestrel (0.7): the rents would rise']],
  ['a portfolio after "in"', 'An official in charge at the Energy Ministry said the plant would close.',
    ['official in charge at the Energy Ministry (0.7): the plant would close']],
]);

table('markup: an unnamed source keeps the adjectives of its description, capitalised ones too', attributed, [
  // A nationality or a party is part of the description that names the source (the gold's convention).
  ['a nationality before a role placed "with" a body', 'A French official with the Energy Ministry said the plant would close.',
    ['French official with the Energy Ministry (0.7): the plant would close']],
  ['a rank and a nationality before a source "familiar with" the matter', 'A senior French diplomat familiar with the talks said the deal was close.',
    ['senior French diplomat familiar with the talks (0.7): the deal was close']],
  ['a party before an aide', 'A Democratic aide familiar with the talks said the bill would pass.',
    ['Democratic aide familiar with the talks (0.7): the bill would pass']],
]);

describe('markup: a title "of" a body\'s name is no person\'s name', () => {
  // "Professor Martin Aldous of Edinburgh University" takes a name of two words or more before
  // "of"; one word before it is a title as often as a surname, and "Governor" is nobody's name.
  test('the governor of a bank is not a speaker named "Governor"', () => {
    const body = 'Governor of Kestrel Central Bank said rates would rise.';
    const s = markUp(body);
    assert.deepEqual(s.spans.map((x) => body.slice(x.start, x.end)), ['rates would rise']);
    assert.ok(!s.speakers.some((x) => x.name === 'Governor'), JSON.stringify(s.speakers.map((x) => x.name)));
  });
});
