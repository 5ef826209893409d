// The coreference rules of markup/coreference.ts on the mutation survivors session 11 left (issue
// 8): one table per rule, each row a made-up wire sentence and every span the engine must mark in
// it, with its speaker's name and confidence. Names and sentences are made up.

import { attributionTable as table } from '../support/markupTables';

table('markup: a surname alone and the full name the text gave it before (fullNameBefore)', [
  // The search stops before the phrase itself: "Mansour Tuesday" (the cue's own words, a day after
  // the surname) is no full name the text gave before.
  ['a day after the surname in the cue',
    'The ruling was unfair, Mansour Tuesday said.',
    ['Mansour (0.9): The ruling was unfair']],
  // A hyphenated surname alone is the person the text named in full with it.
  ['a hyphenated surname',
    'Kofi Mensah-Boateng runs the clinic. Mensah-Boateng said the wards were full.',
    ['Kofi Mensah-Boateng (0.9): the wards were full']],
]);

table('markup: a surname alone after a family of that name (resolvePhrase, name)', [
  // No person is named Mansour in full: "Mansour" is the family that spoke, not a new person.
  ['no full name before',
    'The Mansour family said it would appeal. "We will fight on," Mansour said.',
    ['Mansour family (0.75): it would appeal', 'Mansour family (0.9): "We will fight on,"']],
]);

table('markup: a surname several people share (firstOfSurname)', [
  // "Ellison" quoted by surname alone from the start is the subject: her children named in full
  // later ("David Ellison", "Ruth Ellison") do not take her surname's later quotes.
  ['the surname quoted alone before the relatives are named',
    'Ellison said the firm was sound. Her son David Ellison runs the shop. Her daughter, Ruth Ellison, said the shop would close. Ellison said she was proud.',
    ['Ellison (0.9): the firm was sound', 'Ruth Ellison (0.9): the shop would close', 'Ellison (0.9): she was proud']],
  // A body named after the person ("Ellison Holdings") is no person sharing her surname.
  ['a company bearing the surname',
    'Ruth Ellison founded the firm in 1990. Ellison Holdings said the shop would close. Ruth Ellison said she was sad. Ellison said the staff would be paid.',
    ['Ellison Holdings (0.8): the shop would close', 'Ruth Ellison (0.9): she was sad', 'Ruth Ellison (0.9): the staff would be paid']],
]);
