// The speaker phrases of markup/phrases.ts on the mutation survivors session 11 left (issue 8):
// where a survivor read the copy better than the engine, the engine now reads it that way. One
// table per rule, each row a made-up wire sentence and every span the engine must mark in it, with
// its speaker's name, role and organisation when it has them, and confidence. Names and sentences
// are made up.

import { orgAttributionTable as table } from '../support/markupTables';

table('markup: a person\'s name after a title may have four words or more', [
  // nameAfterTitle: the name was two or three words, and a longer one was read as an organisation.
  ['four words after a title, before the cue',
    '"The bridge will close," Transport Minister Ana Maria Ruiz Lopez said.',
    ['Ana Maria Ruiz Lopez [Transport Minister] (0.9): "The bridge will close,"']],
  ['and after it',
    '"The bridge will close," said Transport Minister Ana Maria Ruiz Lopez.',
    ['Ana Maria Ruiz Lopez [Transport Minister] (0.9): "The bridge will close,"']],
  ['three words, as before',
    '"The bridge will close," Transport Minister Ana Ruiz Lopez said.',
    ['Ana Ruiz Lopez [Transport Minister] (0.9): "The bridge will close,"']],
  // isPersonShaped: after a title that names its body ("of the Army Staff").
  ['five words after a title that names its body',
    '"We will appeal," Chief of the Army Staff Ana Maria Ruiz Lopez Vega said.',
    ['Ana Maria Ruiz Lopez Vega [Chief of the Army Staff] (0.9): "We will appeal,"']],
  ['two words after it, as before',
    '"We will appeal," Chief of the Army Staff Ana Ruiz said.',
    ['Ana Ruiz [Chief of the Army Staff] (0.9): "We will appeal,"']],
]);

table('markup: a name "of" a body\'s name keeps the unit of the body after it', [
  // personOfNamedBody: a lower-case word in the body's name made the whole phrase an organisation.
  ['a school of a university',
    '"The plan is sound," said Professor Martin Aldous of Edinburgh University medical school.',
    ['Martin Aldous [Professor] {Edinburgh University medical school} (0.9): "The plan is sound,"']],
  ['before the cue',
    '"The plan is sound," Professor Martin Aldous of Edinburgh University medical school said.',
    ['Martin Aldous [Professor] {Edinburgh University medical school} (0.9): "The plan is sound,"']],
  ['a body named in capitals only, as before',
    '"The plan is sound," said Professor Martin Aldous of Edinburgh University.',
    ['Martin Aldous [Professor] {Edinburgh University} (0.9): "The plan is sound,"']],
]);

table('markup: "said of" someone is what is said about them, not who says it', [
  // phraseStartingAt: a phrase opened by "of" named the speaker "of the Energy Ministry officials".
  ['no speaker after "said of"',
    '"It was a mistake," said of the Energy Ministry officials.',
    []],
  ['the speaker before the cue, as before',
    '"It was a mistake," Tom Haines said of the Energy Ministry officials.',
    ['Tom Haines (0.9): "It was a mistake,"']],
]);

table('markup: "many of the", "most of the", "all of the" a group is that group', [
  // PART_OF: the group was named "of the Energy Ministry officials".
  ['many of the officials',
    'Many of the Energy Ministry officials said the plan was sound.',
    ['Energy Ministry officials (0.75): the plan was sound']],
  ['most of the staff, in mid-sentence',
    'But most of the Kestrel Bank staff said they would strike.',
    ['Kestrel Bank staff (0.75): they would strike']],
  ['all of the engineers',
    'All of the Dales Water engineers said the dam was safe.',
    ['Dales Water engineers (0.75): the dam was safe']],
  ['some of the engineers, as before',
    'Some of the Dales Water engineers said the dam was safe.',
    ['Dales Water engineers (0.75): the dam was safe']],
]);

table('markup: a plural that opens the sentence, in capitals or hyphenated, is people a qualifier places', [
  // isPluralCommonNoun: "MPs" opening the sentence was no common noun, nor was "ex-miners" a plural.
  ['MPs from the coast',
    'MPs from the coast said the plan was unfair.',
    ['MPs from the coast (0.75): the plan was unfair']],
  ['ex-miners in the valley',
    'Ex-miners in the valley said the pits should reopen.',
    ['Ex-miners in the valley (0.75): the pits should reopen']],
  ['residents from the coast, as before',
    'Residents from the coast said the plan was unfair.',
    ['Residents from the coast (0.75): the plan was unfair']],
]);

table('markup: an unnamed source with a capitalised portfolio is placed like one in lower case', [
  // placedSourceStart: "Housing" capitalised made "London council" the speaker.
  ['a director of Housing at a London council',
    'A director of Housing at a London council said the rents would rise.',
    ['director of Housing at a London council (0.7): the rents would rise']],
  ['a director for Housing at Kestrel',
    'A director for Housing at Kestrel said the rents would rise.',
    ['director for Housing at Kestrel (0.7): the rents would rise']],
  ['a director of housing, as before',
    'A director of housing at a London council said the rents would rise.',
    ['director of housing at a London council (0.7): the rents would rise']],
]);
