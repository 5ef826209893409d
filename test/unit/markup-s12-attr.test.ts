// The attribution rules of markup/attribute.ts on the session-12 mutation survivors (issue 8): the
// appositives stepped over between a subject and its cue (appositiveStart), and the rules after it.
// One table per rule, each row a made-up wire sentence and every span the engine must mark in it,
// with its speaker's name, role when it has one, and confidence. Names and sentences are made up.

import { attributionTable as table } from '../support/markupTables';

table('markup: appositiveStart steps over three appositives at most', [
  // Three appositives (a place's state, a group that places it, an age before a description): the
  // search gives up rather than read on to the comma of the opening phrase, which is no speaker.
  // (The fisherman would be the right speaker; the engine leaves the words unmarked instead.)
  ['the opening phrase before the subject\'s comma never speaks',
    'After the storm, the fisherman, 52, a director of Dune Watch, a group based in Homer, Alaska, said the harbour was closed.',
    []],
]);

table('markup: "in PLACE, DESCRIPTION," is stepped over in the first two appositives only (appositiveStart)', [
  // Two appositives that end in a closing mark are stepped over; the third, "Alaska's halibut
  // capital (...)", stands after "in Homer": read as the place's own description it would be stepped
  // over too, and the subject lost. At that depth the place ends the subject, a group placed by it.
  ['the third appositive back after "in PLACE," ends the subject at the place',
    'Fishermen in Homer, Alaska\'s halibut capital (population 5,000), a town known as the "Cosmic Hamlet", a busy port, said the harbour was closed.',
    ['Fishermen in Homer (0.75): the harbour was closed']],
]);

table('markup: an age between commas after a description (appositiveStart)', [
  // "NAME, 52, a father of two,": a capitalised word before the age ends the name; a description
  // in lower case is no name, and the subject is what stands before it.
  ['a description before the age: the name before the description speaks, the description is the role',
    'Ana Ruiz, a farmer, 52, a father of two, said the bridge was unsafe.',
    ['Ana Ruiz [farmer] (0.9): the bridge was unsafe']],
  // A capital inside the word is not a capital that opens a name ("eThekwini" is a place, in lower case first).
  ['a description that ends in a place spelled with a capital inside',
    'Ana Ruiz, a farmer from eThekwini, 52, a father of two, said the bridge was unsafe.',
    ['Ana Ruiz [farmer from eThekwini] (0.9): the bridge was unsafe']],
]);

table('markup: what stands before a clause gives the next speaker no role (appositiveStart)', [
  // A paragraph that opens with a stray comma: the word before the age is the headline's, outside
  // the clause, and no name; the appositive "a farmer" is not carried to the next speaker.
  ['an age after a stray comma that opens the paragraph',
    'Dry wells at Weir\n\n, 52, a farmer, said the dam would hold, and Ana Ruiz said the wells were dry.',
    ['Ana Ruiz (0.9): the wells were dry']],
  // A stray comma between a subject and its cue, after a headline without a full stop: no comma
  // before it opens an appositive, and none is carried to the next speaker as a role.
  ['a stray comma after a subject, below a headline',
    'Dry wells in Makueni\n\nThe farmer from Makueni, said the wells were dry, and Ana Ruiz said the rains had failed.',
    ['Ana Ruiz (0.9): the rains had failed']],
]);

table('markup: the name before a description that a relative clause follows (nameBeforeDescription)', [
  // "CLAUSE, the agency, which ..., said": the word before the description's comma ends the
  // report, not a name in apposition. A capital inside a word ("mid-May") opens no name, and a
  // capitalised word the tagger does not read as a proper noun ("X-rays") is no one-word name.
  ['a month after "until", with its capital inside the word',
    'The river rose until mid-May, the agency, which monitors the river, said.',
    ['agency (0.8): The river rose until mid-May']],
  ['a capitalised common noun before the description',
    'The readings rose after X-rays, the agency, which monitors the river, said.',
    ['agency (0.8): The readings rose after X-rays']],
]);

table('markup: a cue after "that" inside a report (cuesIn)', [
  // "said that she hoped" goes on with the report; a named subject after "that" has a cue of its own.
  ['a group named after "that" speaks its own words',
    'Police said that witnesses said the car was red.',
    ['witnesses (0.75): the car was red']],
]);

table('markup: a modal after the cue at the start of the text (subjectOf)', [
  // "a provision Democrats said would ...": the rule that looks for capitalised words inside the
  // subject runs for any modal after the cue, here the month "May"; the subject opens the text.
  ['"said May" at the start of the text',
    'Ana Ruiz said May was the driest month on record.',
    ['Ana Ruiz (0.9): May was the driest month on record']],
]);

table('markup: a quoted sentence after "quoted" is not the quoter\'s words (content)', [
  // 'chanted "Ports are for people!" as police ...' marks the whole quoted sentence as the words;
  // after "quoted" the paper repeats someone else's, and the quotation stays unmarked.
  ['a paper that quotes a motto',
    'The Daily Post quoted "We will win!" as the team\'s motto on Monday.',
    []],
]);

table('markup: a quote in single marks looks for its cue inside the quote around it (innerQuotes)', [
  // The cue before the double marks is the outer quote's; a quotation that closed earlier in the
  // sentence does not widen the search, and the buyers' words inside are nobody's span of their own.
  ['an earlier quotation in the sentence is not the one around the single marks',
    'Ana Ruiz called it "a scam" and Tomas Berg said: "Buyers, ‘We can wait,’ are everywhere now."',
    ['Ana Ruiz (0.8): "a scam"', 'Tomas Berg (0.9): "Buyers, ‘We can wait,’ are everywhere now."']],
]);
