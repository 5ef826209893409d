// The coreference rules of markup/coreference.ts on the mutation survivors the earlier tables left
// (issue 8): one table per rule, each row a made-up wire sentence and every span the engine must
// mark in it, with its speaker's name, role when it has one, and confidence. Names and sentences
// are made up.

import { attributionTable as table } from '../support/markupTables';

table('markup: "he" after a man the prose names after the last speaker (personNamedBetween)', [
  // The run of name words stops at the first word that is no name: "neighbour" and "husband" are
  // not part of "Luis Delgado", so the man is found, and "He" is he, not Ana Ruiz.
  ['a name after a common noun and a determiner',
    'Ana Ruiz said the clinic would close. Later that day her neighbour Luis Delgado arrived at the clinic. He said the staff had not been paid.',
    ['Ana Ruiz (0.9): the clinic would close', 'Luis Delgado (0.75): the staff had not been paid']],
  ['a name after a relative noun',
    'Ana Ruiz said the clinic would close. Her husband Luis Delgado arrived at the clinic on Monday. He said the staff had not been paid.',
    ['Ana Ruiz (0.9): the clinic would close', 'Luis Delgado (0.75): the staff had not been paid']],
  // The sentence's full stop before the name is no part of it.
  ['a name opening its sentence',
    'Ana Ruiz said the clinic would close. Luis Delgado arrived at the clinic on Monday. He said the staff had not been paid.',
    ['Ana Ruiz (0.9): the clinic would close', 'Luis Delgado (0.75): the staff had not been paid']],
]);

table('markup: a body whose name is two name words is no person a pronoun or a surname means', [
  // personNamedBetween: "Silver Fern", named between Mara Quist and "She", is the company the
  // text has made a speaker already (from "The company said"): not whom "she" means.
  ['a company named again between a woman and "she"',
    'Silver Fern posted a loss on Monday. The company said it would cut 200 jobs. Mara Quist, a packer at its plant, said she was afraid. Silver Fern did not reply to questions. She said the town would suffer.',
    ['Silver Fern (0.8): it would cut 200 jobs', 'Mara Quist [packer at its plant] (0.9): she was afraid', 'Mara Quist [packer at its plant] (0.85): the town would suffer']],
  // firstOfSurname: the first name in the text that ends in "Fern" is the company's; "Fern said"
  // is the packer, the only person of that surname.
  ['a surname the company\'s name ends with',
    'Silver Fern posted a loss on Monday. The company said it would cut 200 jobs. Tom Fern, a packer at its plant, said he was afraid. "The town will suffer," Fern said.',
    ['Silver Fern (0.8): it would cut 200 jobs', 'Tom Fern [packer at its plant] (0.9): he was afraid', 'Tom Fern [packer at its plant] (0.9): "The town will suffer,"']],
]);

table('markup: "a union" after a comma is no definite description of the body named before (definite)', [
  // "the plant" ends before the comma: "a union" is another body, not Kestrel Motors again.
  ['a fronted place with "the" before the comma',
    'Kestrel Motors said it would close the plant. At the plant, a union said the workers would strike.',
    ['Kestrel Motors (0.8): it would close the plant', 'union (0.8): the workers would strike']],
  ['a fronted adverbial with "the" before the comma',
    'Kestrel Motors said it would close the plant. Outside the gates, a union said the workers would strike.',
    ['Kestrel Motors (0.8): it would close the plant', 'union (0.8): the workers would strike']],
]);
