// The attribution rules of markup/attribute.ts, lines 1-583, on the mutation survivors that the
// earlier tables left (issue 8): one table per rule, each row a made-up wire sentence and every span
// the engine must mark in it, with its speaker's name, role when it has one, and confidence (under
// 0.7 is a review note in the draft). Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';
import { attributed, attributionTable as table } from '../support/markupTables';

/** "Speaker (confidence): marked words", without roles: for rows about who speaks, not how the copy describes them. */
function whose(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)} (${x.confidence}): ${body.slice(x.start, x.end)}`);
}

table('markup: a description in the lead that an apposition has named already', [
  // namedInApposition gives "His daughter"'s spans to Rania Mansour; the description is left with
  // none, so the cataphora rule has nothing to hand on, and the next person named gets no role.
  ['a described speaker left without spans gives the next name no role',
    'BEIRUT (Reuters) - His daughter said the family would sue the hospital. His daughter, Rania Mansour, said the doctors had lied to them.\n\n"We trusted them," Karim Haddad said.',
    ['Rania Mansour [daughter] (0.7): the family would sue the hospital', 'Rania Mansour [daughter] (0.9): the doctors had lied to them', 'Karim Haddad (0.9): "We trusted them,"']],
]);

table('markup: a quoted sentence given to the person named last, under review', [
  ['that person speaking again after it does not hold the quote already',
    'Rosa Quint spoke to reporters on Monday. "The water is not safe." She said the council had known for years.',
    ['Rosa Quint (0.5): "The water is not safe."', 'Rosa Quint (0.75): the council had known for years']],
  // The notice's words are inside the officials' report: not the words of the woman named before.
  ['not a quote that another speaker\'s report holds',
    'Ruth Amadi lives by the river. Officials said the notice read: "The supply is not safe to drink."',
    ['Officials (0.75): the notice read: "The supply is not safe to drink."']],
  ['nor when named again after it',
    'Rosa Quint spoke to reporters on Monday. "The water is not safe to drink." Quint later said the council had known.',
    ['Rosa Quint (0.5): "The water is not safe to drink."', 'Rosa Quint (0.9): the council had known']],
]);

table('markup: a lead quote claimed by the next paragraph\'s "That is how"', [
  ['a person named there claims it',
    'DES MOINES, Iowa (AP) -- "We lost the whole crop."\n\nThat is how Dana Whitcomb remembers the summer of the drought.',
    ['Dana Whitcomb (0.65): "We lost the whole crop."']],
  ['a day named there does not',
    'DES MOINES, Iowa (AP) -- "We lost the whole crop."\n\nThat is how Tuesday began for the farmers of Story County.',
    []],
  // One voice opens the feature; the next paragraph speaks of many: the quote is not theirs.
  ['a group named there does not: the lead quote is one voice',
    'DES MOINES, Iowa (AP) -- "We lost the whole crop."\n\nThat is how Iowa farmers remember the summer of the drought.',
    []],
]);

describe('markup: a quote in single marks in British copy', () => {
  // A paragraph without double marks quotes in single ones at the top level; the rule for single
  // marks nested in a double-marked quote must not take them a second time.
  for (const body of [
    'LONDON (Reuters) - Hale shouted across the crowded courtroom, ‘We will appeal.’',
    'LONDON (Reuters) - The judge wrote in her ruling, ‘The claim fails.’',
  ]) {
    test(`the quote is marked once: ${body}`, () => {
      const s = markUp(body);
      const open = body.indexOf('‘');
      const holding = s.spans.filter((x) => x.start <= open && body.lastIndexOf('’') < x.end);
      assert.equal(holding.length, 1);
    });
  }
});

table('markup: "as NAME put it," before a quote', [
  ['"put", the past, is a cue before a quote as "puts" is',
    'The goats survived, or as Ruth Amadi put it, "We lost everything but the goats."',
    ['Ruth Amadi (0.9): "We lost everything but the goats."']],
  ['"puts"',
    'The goats survived. Or, as Ruth Amadi puts it, "We lost everything but the goats."',
    ['Ruth Amadi (0.9): "We lost everything but the goats."']],
]);

describe('markup: "NAME said:" before a quote that does not end the sentence', () => {
  // The quote is the speaker's whatever follows it in the sentence (the report around it is
  // another rule's: only the quote itself is asserted here).
  for (const body of [
    'Ruth Amadi said: "We will stay" before going back inside.',
    'Asked about the flood, Ruth Amadi said: "We will stay" and went inside.',
  ]) test(body, () => assert.ok(attributed(body).includes('Ruth Amadi (0.9): "We will stay"'), attributed(body).join('\n')));
});

table('markup: the role an appositive gives a speaker', [
  ['"also" is not part of the role',
    'Tom Reyes, also a farmer, said the road was needed.',
    ['Tom Reyes [a farmer] (0.9): the road was needed']],
]);

describe('markup: a person named before is no body for a body\'s noun in apposition', () => {
  // "Reyes" is Tom Reyes, a person the copy named already: "contractor" describes his trade.
  test('a known person stays a person', () => {
    const body = 'Tom Reyes said the road was needed. Reyes, a local contractor, said the work would take a year.';
    assert.deepEqual(markUp(body).speakers.map((x) => [x.name, x.kind]), [['Tom Reyes', 'person']]);
    assert.deepEqual(attributed(body), ['Tom Reyes [local contractor] (0.9): the road was needed', 'Tom Reyes [local contractor] (0.9): the work would take a year']);
  });
});

table('markup: a quoted name after a naming verb ("called it ...")', [
  ['a long quote after "called" is not a name the subject gave: here a sign\'s words',
    'Police called the number on a sign reading "Danger: unexploded shells from the war lie in this field, keep out at all times."',
    []],
  ['a short one is',
    'Tom Reyes called the plan "a disgrace."',
    ['Tom Reyes (0.8): "a disgrace."']],
]);

describe('markup: the subject before the appositives of "NAME, ..., said"', () => {
  const rows: [string, string, string[]][] = [
    // "Portugal" goes on with the place that "near Porto" opened: the speaker is still the nurse.
    ['a place after "near" and its country\'s comma',
      'Ana Ferreira, a nurse at a clinic near Porto, Portugal, said it was full.',
      ['Ana Ferreira (0.9): it was full']],
    // The tagger reads "Ford" and "Zoom" as verbs; the aside after them has no verb of its own.
    ['an aside after a name the tagger reads as a verb',
      'Ford, in a statement, said the recall was voluntary.',
      ['Ford (0.9): the recall was voluntary']],
    ['an aside after a name the tagger reads as a verb, the cue after the quote',
      '"The recall is voluntary," Ford, in a statement, said.',
      ['Ford (0.9): "The recall is voluntary,"']],
    // The age's segment stands after a description, not after the name: the name is further back.
    ['a description, an age, then an appositive',
      'Tom Reyes, a farmer, 61, a father of four, said the road was needed.',
      ['Tom Reyes (0.9): the road was needed']],
    ['a possessive description, an age, then an appositive',
      'Ana Ferreira, the clinic\'s nurse, 34, a mother of two, said it was full.',
      ['Ana Ferreira (0.9): it was full']],
    ['a body with its acronym in brackets before an aside',
      'The Federal Emergency Management Agency (FEMA), however, said aid was on the way.',
      ['Federal Emergency Management Agency (0.8): aid was on the way']],
  ];
  for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(whose(body), expected));
});

table('markup: an aside of manner, medium or time between a name and its cue is no role', [
  ['"however"',
    'Tom Reyes, however, said the road would reopen.',
    ['Tom Reyes (0.9): the road would reopen']],
  ['"in a statement"',
    'Tom Reyes, in a statement, said the road would reopen.',
    ['Tom Reyes (0.9): the road would reopen']],
  ['"in an interview with Reuters"',
    'Tom Reyes, in an interview with Reuters, said the road would reopen.',
    ['Tom Reyes (0.9): the road would reopen']],
  ['"on Monday"',
    'Tom Reyes, on Monday, said the road would reopen.',
    ['Tom Reyes (0.9): the road would reopen']],
  ['after the quote',
    '"The road will reopen," Tom Reyes, in a statement, said.',
    ['Tom Reyes (0.9): "The road will reopen,"']],
  ['a body the person is with is one, whatever the rest of the sentence holds',
    'Ana Ferreira, with the Red Cross, said on Monday the clinic was full.',
    ['Ana Ferreira [with the Red Cross] (0.9): the clinic was full']],
  ['so is one word that is no adverb',
    'Tom Reyes, chairman, said the vote would go ahead.',
    ['Tom Reyes [chairman] (0.9): the vote would go ahead']],
]);

table('markup: a quoted sentence after a report of one speaker in its paragraph', [
  // A chant of three words is the crowd's, not the words of the man who reported the march.
  ['not a quote of fewer than four words',
    'Omar Siddiq said the protesters marched to the palace at dawn. "Bread, freedom, justice!"',
    ['Omar Siddiq (0.9): the protesters marched to the palace at dawn']],
]);
