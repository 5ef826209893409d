// Session 12, the mutation survivors of markup/phrases.ts. One table per rule; each row a made-up
// wire sentence and every span the engine must mark in it, with its speaker's name, role and
// organisation when it has them, and confidence. Names and sentences are made up.

import { orgAttributionTable as table } from '../support/markupTables';

table('markup: a group\'s participle clause is looked for only back to a finite verb', [
  // phraseEndingAt: only a verb in "-ing" after a group opens the clause that places it; "during"
  // ends in "-ing" too, but the group before it is the subject of another clause ("Shares ... fell").
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
