// Session 12, the mutation survivors of markup/phrases.ts. One table per rule; each row a made-up
// wire sentence and every span the engine must mark in it, with its speaker's name, role and
// organisation when it has them, and confidence. Names and sentences are made up.

import { orgAttributionTable as table } from '../support/markupTables';

table('markup: a group\'s participle clause opens with a verb in "-ing", not with "during"', [
  // phraseEndingAt: only a verb in "-ing" after a group opens the clause that places it; "during"
  // ends in "-ing" too, and the plural before it is the subject of another clause ("Shares ... fell").
  ['"during" after a plural, in the clause before "but"',
    'Shares during the session fell sharply but traders said the market would recover.',
    ['traders (0.75): the market would recover']],
  ['the participle clause, as before',
    'Farmers hoping for rain said the crop had failed.',
    ['Farmers hoping for rain (0.75): the crop had failed']],
]);

table('markup: "familiar" places an unnamed source only with "with"', [
  // placedSourceStart: "[officials] familiar but [analysts]": the officials are what investors found
  // familiar, not the analysts' description.
  ['"found the officials familiar but analysts said"',
    'Investors found the officials familiar but analysts said the plan was weak.',
    ['analysts (0.75): the plan was weak']],
  ['"a person familiar with the matter", as before',
    'A person familiar with the matter said the plan was sound.',
    ['person familiar with the matter (0.7): the plan was sound']],
]);

table('markup: a phrase after a cue, or opening a sentence, does not start with "and" or "for"', [
  // phraseStartingAt: "said for the officials" says on whose behalf, not who speaks (as "said of").
  ['no speaker after "said for"',
    '"It was a mistake," said for the Energy Ministry officials.',
    []],
  // A sentence's opening "And" is no part of the name that is the subject of its verbs.
  ['"And" opening the sentence of a coordinated cue',
    'And Kestrel Bank called the loss painful and said it would cut jobs.',
    ['Kestrel Bank (0.8): it would cut jobs']],
  ['the same without "And", as before',
    'Kestrel Bank called the loss painful and said it would cut jobs.',
    ['Kestrel Bank (0.8): it would cut jobs']],
]);

table('markup: a verb in a group\'s qualifier is a participle in "-ing"', [
  // describePhrase: "Unite" (tagged a verb after "group") is no participle that places "Families".
  ['a campaign group whose name holds a verb',
    'The campaign group Families Unite said the plan was unfair.',
    ['Families Unite [campaign group] (0.8): the plan was unfair']],
  ['after the cue',
    '"The plan is unfair," said the campaign group Parents Unite.',
    ['Parents Unite [campaign group] (0.8): "The plan is unfair,"']],
]);

table('markup: a role word among a body\'s last three words does not make its name a person\'s', [
  // describePhrase: only a title or role word before the last three capitalised words names a
  // person after it ("Minister for Water Resources Sardar Imran Qadir").
  ['"Farmer" inside a cooperative\'s name',
    'The Kestrel Valley Dairy Farmer Cooperative said the plan was sound.',
    ['Kestrel Valley Dairy Farmer Cooperative (0.8): the plan was sound']],
  ['after the cue',
    '"The plan is sound," said the Kestrel Valley Dairy Farmer Cooperative.',
    ['Kestrel Valley Dairy Farmer Cooperative (0.8): "The plan is sound,"']],
]);

table('markup: a name after a title keeps the hyphen of its surname', [
  // nameAfterTitle: "O'Brien-Smith" is cut in three words (the hyphen is not joined after an
  // apostrophe); the hyphen is the name's, and the title stays its role.
  ['a hyphenated surname after a title, after the cue',
    '"The plan is sound," said Health Minister Ana Maria O\'Brien-Smith.',
    ['Ana Maria O\'Brien-Smith [Health Minister] (0.9): "The plan is sound,"']],
  ['before the cue',
    '"The plan is sound," Health Minister Ana Maria O\'Brien-Smith said.',
    ['Ana Maria O\'Brien-Smith [Health Minister] (0.9): "The plan is sound,"']],
  ['a surname in capitals',
    '"The plan is sound," said Justice Minister Eric Jean DUPOND-MORETTI.',
    ['Eric Jean DUPOND-MORETTI [Justice Minister] (0.9): "The plan is sound,"']],
]);

table('markup: a body\'s name runs back over a plural\'s possessive', [
  // lastCapitalRun: the "'" of "Growers'" joins "Kestrel Growers" to "Collective"; the body is
  // named whole, not "Collective" with "Kestrel Growers'" for its role.
  ['"Kestrel Growers\' Collective"',
    'Kestrel Growers\' Collective said the price was too low.',
    ['Kestrel Growers\' Collective (0.9): the price was too low']],
]);

table('markup: a chief after a place\'s possessive and a body\'s name is a person described', [
  // describePhrase: the possessive rule names the body only before a noun of one of its units
  // ("Italy's Carabinieri art squad"); "chief" (which the model tags as an adjective here) is
  // someone described, as in "A Kestrel chief".
  ['"Italy\'s Carabinieri chief"',
    'Italy\'s Carabinieri chief said the paintings were stolen.',
    ['Italy\'s Carabinieri chief (0.7): the paintings were stolen']],
  ['after the cue',
    '"The paintings were stolen," said Italy\'s Carabinieri chief.',
    ['Italy\'s Carabinieri chief (0.7): "The paintings were stolen,"']],
  ['a bank\'s chief',
    'Britain\'s Kestrel Bank chief said the plan was sound.',
    ['Britain\'s Kestrel Bank chief (0.7): the plan was sound']],
  ['without the possessive, as before',
    'A Kestrel chief said the plan was sound.',
    ['Kestrel chief (0.7): the plan was sound']],
]);
