// The attribution rules of markup/attribute.ts, lines 1100-1373 (the words after a cue, inner
// quotes, "quoted X as saying", pushRange), on the mutation survivors that the earlier tables left
// (issue 8): one table per rule, each row a made-up wire sentence and every span the engine must
// mark in it, with its speaker's name, role when it has one, and confidence. Names and sentences
// are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';
import { attributionTable as table } from '../support/markupTables';

table('markup: a report that runs to the next speaker ends before the punctuation between them', [
  ['a semicolon between two reports is neither speaker\'s',
    'Mara Velk said the bridge would close; Dorn Hale said it would stay open.',
    ['Mara Velk (0.9): the bridge would close', 'Dorn Hale (0.9): it would stay open']],
  ['nor is a colon',
    'Mara Velk said the decision was final: Dorn Hale said it would be appealed.',
    ['Mara Velk (0.9): the decision was final', 'Dorn Hale (0.9): it would be appealed']],
]);

table('markup: a quote in single marks inside a double one, after its own cue', [
  // innerQuotes: the buyer's words, nested in a quote that no one in the copy claims.
  ['is its speaker\'s, under review, where the article has no other span yet',
    '"A buyer said to me last week, ‘I can wait.’ That is new."',
    ['buyer (0.6): ‘I can wait.’']],
  ['and where the article has marked other words before it',
    '"We sold a car," Mara Velk said. "A buyer said to me last week, ‘I can wait.’ That is new," she said.',
    ['Mara Velk (0.9): "We sold a car,"', 'Mara Velk (0.85): "A buyer said to me last week, ‘I can wait.’ That is new,"', 'buyer (0.6): ‘I can wait.’']],
  // The report rule marks the single-marked words after "said:" first; the nesting rule must not
  // mark them again.
  ['is marked once when the report rule has marked it already',
    '"We will not move," the tenants said. Mara Velk said: ‘We will wait for the court.’',
    ['tenants (0.75): "We will not move,"', 'Mara Velk (0.9): ‘We will wait for the court.’']],
]);

table('markup: a whole quoted sentence right after its cue', [
  // 'chanted "Ports are for people!" as police closed the road': the quoted sentence is the
  // words, what follows it the writer's; an earlier span in the article does not stop it.
  ['is its speaker\'s after another speaker\'s report',
    'Mara Velk said the port would close. Dockers chanted "Ports are for people!" as police closed the road.',
    ['Mara Velk (0.9): the port would close', 'Dockers (0.9): "Ports are for people!"']],
  ['with one word of the writer\'s after it',
    'Dockers chanted "Ports are for people!" outside.',
    ['Dockers (0.9): "Ports are for people!"']],
]);

table('markup: nothing after the comma that ends an attribution', [
  // A line cut after "said,": no words follow, and the quote before stays the speaker's.
  ['a cut line keeps the quote before it',
    '"The ferry will not sail," Mara Velk said,',
    ['Mara Velk (0.9): "The ferry will not sail,"']],
]);

describe('markup: "X delivered a speech", a speaker without quoted words', () => {
  const speakers = (body: string) => markUp(body).speakers.map((x) => x.name);
  // speechActs: the subject's name ends before an auxiliary ("has", "had"), as before a verb.
  test('the subject before an auxiliary is a speaker', () => {
    assert.deepEqual(speakers('Mara Velk has delivered a speech at every congress since 2010.'), ['Mara Velk']);
  });
  test('in the past perfect too', () => {
    assert.deepEqual(speakers('Mara Velk will deliver a keynote. Dorn Hale had delivered a speech before her.'), ['Dorn Hale']);
  });
});

table('markup: a writer\'s gloss after a quoted phrase in a report', [
  // reportEnd: 'what she called "fire borrowing," the practice of ...' ends the report at the gloss,
  // though the paragraph holds another quote before it.
  ['ends the report when another quote came before',
    '"We are broke," Mara Velk said. She said the agency relied on what she called "fire borrowing," the practice of moving money from prevention to firefighting.',
    ['Mara Velk (0.9): "We are broke,"', 'Mara Velk (0.85): the agency relied on what she called "fire borrowing,"']],
]);

table('markup: a gerund subject right after "said" is not the medium of the words', [
  // trailerEnd steps over "in a statement posted on its website" (a speech noun, then its
  // participle); "reopening in March" is no such medium, so the words start at "reopening".
  ['a gerund and its time phrase open the report',
    'Mara Velk said reopening in March, as planned, was still possible.',
    ['Mara Velk (0.9): reopening in March, as planned, was still possible']],
  ['a gerund and its place phrase too',
    'Mara Velk said building on the site, as the council wants, would take years.',
    ['Mara Velk (0.9): building on the site, as the council wants, would take years']],
]);
