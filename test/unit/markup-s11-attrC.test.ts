// The attribution rules of markup/attribute.ts, lines 1121-1377 (the trailer's prepositional
// phrases, "according to", the words after a cue, pushRange's guards), on the mutation survivors
// of session 11 (issue 8): one table per rule, each row a made-up wire sentence and every span the
// engine must mark in it, with its speaker's name, role when it has one, and confidence. Names and
// sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';
import { attributionTable as table } from '../support/markupTables';

table('markup: a line cut inside the medium after the cue', [
  // phraseToEnd: "in a statement released by" and nothing after it (a cut line): the phrase runs
  // to the sentence's end, so nothing follows the cue and the words are the clause before it.
  ['keeps the clause before the attribution as the words',
    'The port will close at noon, Mara Velk said in a statement released by',
    ['Mara Velk (0.9): The port will close at noon']],
]);

describe('markup: a line cut after "the" and a participle', () => {
  // inPrepositionalPhrase: the participle is the text's last token, with no noun after it to look
  // at; the engine reads the line without an error and finds its speaker.
  test('is read without an error', () => {
    assert.deepEqual(markUp('Mara Velk said on the televised').speakers.map((x) => x.name), ['Mara Velk']);
  });
});

table('markup: a quote with its comma outside the marks, attributed after it', [
  // The direct rules mark the quote; the report rule's clause before the attribution is the same
  // words, and pushRange does not mark them twice.
  ['after "according to NAME" is marked once',
    '"The port will close", according to Mara Velk.',
    ['Mara Velk (0.9): "The port will close"']],
  ['after "NAME said" is marked once',
    '"The port will close", Mara Velk said.',
    ['Mara Velk (0.9): "The port will close"']],
  ['and with a second quote after a participle, each once',
    '"The port will close", Mara Velk said, adding "the town will appeal".',
    ['Mara Velk (0.9): "The port will close"', 'Mara Velk (0.8): "the town will appeal"']],
]);

describe('markup: a report that runs into a quotation of two sentences', () => {
  // pushRange: the report's sentence ends inside the quotation ("within weeks." closes the first
  // sentence); a span holds a quotation whole or not at all, never half of one.
  test('marks no span that cuts the quotation', () => {
    const body = 'Mara Velk said the port would close "within weeks. There is no money left."';
    for (const x of markUp(body).spans) {
      const text = body.slice(x.start, x.end);
      assert.equal(text.split('"').length % 2, 1, `a span cuts the quotation: ${text}`);
    }
  });
});

table('markup: "according to NAME" after the clause it attributes', [
  // according: the clause before the cue is the words with or without a comma before "according".
  ['with a comma', 'The port will close at noon, according to Mara Velk.', ['Mara Velk (0.9): The port will close at noon']],
  ['without one', 'The port will close at noon according to Mara Velk.', ['Mara Velk (0.9): The port will close at noon']],
  ['without one, before a relative clause about the speaker',
    'The port will close at noon according to Mara Velk, who chairs the harbour board.',
    ['Mara Velk (0.9): The port will close at noon']],
  // A manner phrase is no speaker: "plan" names no one, and nothing is marked for it.
  ['not after "according to plan"', 'Loading went ahead according to plan.', []],
]);

table('markup: a range with nothing but punctuation in it', [
  // pushRange: the words of "called for" are the full stop alone; with it dropped nothing is left,
  // and a demand's words need no verb, so the check for an empty range is what stops a "." span.
  ['"what the dockers had called for." marks nothing', 'The deal is what the dockers had called for.', []],
  ['nor "what the dockers asked for."', 'The new timetable is what the dockers asked for.', []],
  // The clause before the attribution is punctuation only (a paste error at the top of the copy):
  // dropping it stops at the range's first token, before the start of the text.
  ['nor stray punctuation opening the copy', ';, Mara Velk said.', []],
]);

table('markup: a one-word answer after "said", then a second predicate', [
  // reportEnd: ", and walked out" right after a one-word object is the subject's next act, not
  // its words; what is left ("no") holds no clause and is not marked.
  ['"said no, and walked out" marks nothing', 'Mara Velk said no, and walked out.', []],
  ['"said nothing, and walked out" marks nothing', 'Mara Velk said nothing, and walked out.', []],
  ['a clause before ", and walked out" is the words', 'Mara Velk said the port would close, and walked out.', ['Mara Velk (0.9): the port would close']],
]);

describe('markup: a line cut after ", and"', () => {
  // reportEnd looks two tokens past a comma for "and" and a verb; the text ends after "and".
  test('is read without an error', () => {
    assert.deepEqual(markUp('Mara Velk said the port would close, and').speakers.map((x) => x.name), ['Mara Velk']);
  });
});

table('markup: a whole quoted sentence without a verb, right after its cue', [
  // content: the quoted sentence is the words though it holds no verb ("No more cuts!"); what
  // follows its closing mark is the writer's.
  ['is its speaker\'s', 'Dockers chanted "No more cuts!" as police closed the road.', ['Dockers (0.9): "No more cuts!"']],
  ['with one word in it', 'Dockers chanted "Never!" as police closed the road.', ['Dockers (0.9): "Never!"']],
]);

table('markup: a quotation of two sentences, its comma outside the marks, attributed after it', [
  // pushRange: the second sentence starts inside the quotation; the clause before the attribution
  // would be its second half, and a span never starts inside a quotation: the quote alone is marked.
  ['marks the quotation once, whole',
    '"There is no money left. The port will close within weeks", Mara Velk said.',
    ['Mara Velk (0.9): "There is no money left. The port will close within weeks"']],
  ['and the quote after the attribution too',
    '"There is no money left. The port will close", Mara Velk said, "and the town will appeal."',
    ['Mara Velk (0.9): "There is no money left. The port will close"', 'Mara Velk (0.9): "and the town will appeal."']],
]);
