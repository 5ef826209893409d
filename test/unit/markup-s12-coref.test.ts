// The coreference rules of markup/coreference.ts on the mutation survivors session 11 left (issue
// 8): one table per rule, each row a made-up wire sentence and every span the engine must mark in
// it, with its speaker's name, role or organisation when it has one, and confidence. Most rows hold
// a word with a capital after a lower-case start ("iPhone", "eBay", "mRNA", "mid-March"): a product
// or a date, no part of a name, which the rules must not read as a capitalised word. Names and
// sentences are made up.

import { attributionTable as table, orgAttributionTable as orgTable } from '../support/markupTables';

table('markup: a product name before a surname does not hide the mention (noteMentions)', [
  // "iPhone Whitlock" is no "Anna Whitlock": the word before the surname opens in lower case, so
  // the mention is Whitlock's, and the "She" two paragraphs on is Whitlock, not Maria Ruiz.
  ['"On her iPhone Whitlock ..." between two women and "She said"',
    'Dana Whitlock said the messages were real.\n\nMaria Ruiz said the police had not called.\n\nOn her iPhone Whitlock showed reporters the messages.\n\nShe said they came at night.',
    ['Dana Whitlock (0.9): the messages were real', 'Maria Ruiz (0.9): the police had not called', 'Dana Whitlock (0.75): they came at night']],
]);

table('markup: the person the prose names last, beside a product name (personNamedBetween)', [
  // "Tom Hale iPhones": the word after the name is a product in lower case first, neither a third
  // word of the name nor a capitalised word that would make the run part of a longer name.
  ['a product name after the name',
    'Ana Ruiz said the clinic would close.\n\nShe sold Tom Hale iPhones at cost.\n\nHe said the staff had not been paid.',
    ['Ana Ruiz (0.9): the clinic would close', 'Tom Hale (0.75): the staff had not been paid']],
  // "iPhone Tom Hale": the word before the name is no capitalised word of a longer name either.
  ['a product name before the name',
    'Luis Delgado said the messages were real.\n\nOn his iPhone Tom Hale showed reporters the messages.\n\nHe said they came at night.',
    ['Luis Delgado (0.9): the messages were real', 'Tom Hale (0.75): they came at night']],
  // "FIFA World Cup": a proper noun opening the sentence before two capitalised words makes them a
  // longer name, no person's: "He" is still Luis Delgado.
  ['a proper noun in capitals opening the sentence before two capitalised words',
    'Luis Delgado said the tickets were gone.\n\nFIFA World Cup tickets sold out in an hour.\n\nHe said fans were angry.',
    ['Luis Delgado (0.9): the tickets were gone', 'Luis Delgado (0.85): fans were angry']],
]);

table('markup: a surname alone and the full name the text gave it before (fullNameBefore)', [
  // The model keeps "Smith", "-" and "McDonald" apart (the second half has a capital inside): the
  // run is found by the first part and holds the whole surname.
  ['a hyphenated surname cut in three by the model',
    'Ana Ruiz said the clinic would close. Ann Smith-McDonald runs it. Smith-McDonald said the wards were full.',
    ['Ana Ruiz (0.9): the clinic would close', 'Ann Smith-McDonald (0.9): the wards were full']],
  // "iPhone Whitlock" is no full name: the surname stays the speaker's whole name.
  ['a product name before the surname\'s first mention',
    'On her iPhone Whitlock showed reporters the messages. Whitlock said they came at night.',
    ['Whitlock (0.9): they came at night']],
]);

table('markup: a surname alone after a company bearing it (firstOfSurname)', [
  // The founder is dead and no person of that name has spoken: "Ellison" alone is the company
  // that spoke before, not the late founder named in full.
  ['the company spoke, the founder is "the late"',
    'The late Ruth Ellison founded Ellison Holdings in 1952. Ellison Holdings said the shop would close. Ellison said the staff would be paid in full.',
    ['Ellison Holdings (0.8): the shop would close', 'Ellison Holdings (0.9): the staff would be paid in full']],
  // A grandson speaks in full later: "Ellison" alone stays what the text has called it, the
  // company, and the founder named first with the surname does not take it.
  ['a relative quoted in full after the company took the surname',
    'The late Ruth Ellison founded Ellison Holdings in 1952. Ellison Holdings said the shop would close. Ellison said the staff would be paid in full.\n\nHer grandson David Ellison, who ran the shop, said he was sad.\n\nEllison said the building would be sold.',
    ['Ellison Holdings (0.8): the shop would close', 'Ellison Holdings (0.9): the staff would be paid in full', 'David Ellison [grandson] (0.9): he was sad', 'Ellison Holdings (0.9): the building would be sold']],
]);

table('markup: "the ministry", "the council" is the body whose capitalised name holds it (properNameWith)', [
  // "of mRNA" after "Health Ministry" is what the ministry was accused of, no part of its name.
  ['"of" and a word in lower case first after the name',
    'Critics accused the Health Ministry of mRNA vaccine delays. The ministry said supplies were adequate.',
    ['Health Ministry (0.8): supplies were adequate']],
  // "mRNA" after "Korean Vaccine Agency" is the programme's, no fourth word of the name.
  ['a word in lower case first right after the name',
    'Delays hit the Korean Vaccine Agency mRNA programme. The agency said supplies were adequate.',
    ['Korean Vaccine Agency (0.8): supplies were adequate']],
  // "mid-March" before "Kent County Council" is a date, no first word of the name.
  ['a date in lower case first right before the name',
    'Turnout was low in the mid-March Kent County Council elections. The council said it would review the count.',
    ['Kent County Council (0.8): it would review the count']],
]);

table('markup: a short form in capitals and the name whose initials it is (nameWithInitials)', [
  // "eBay" after "Korea Sellers League" is no fourth word: the KSL is the league, not "... eBay".
  ['a word in lower case first right after the name',
    'Members backed the Korea Sellers League eBay boycott. The KSL said fees were too high.',
    ['Korea Sellers League (0.8): fees were too high']],
]);

table('markup: a body\'s noun capitalised alone ("the Union") is the body whose description holds it (organizationNamed)', [
  // British copy writes a body's short form with a capital: "the Union" is the farm workers' union
  // Agrolink, named by its description, not a new body called "Union".
  ['"the Union" after "The farm workers union Agrolink"',
    'The farm workers union Agrolink said pay was low. "We will strike," the Union said.',
    ['Agrolink [farm workers union] (0.8): pay was low', 'Agrolink [farm workers union] (0.85): "We will strike,"']],
]);

table('markup: a group is a group named so before, not a body of the same name (group)', [
  // "survivors" at the camp are people, not the charity called Survivors.
  ['a charity named Survivors, then survivors at the camp',
    'The charity Survivors said the shelter was full. At the camp, survivors said they had no water.',
    ['Survivors [charity] (0.8): the shelter was full', 'survivors (0.75): they had no water']],
]);

orgTable('markup: the same reference read again gives the speaker its body (resolvePhrase, name)', [
  // "She said" makes Lena Ortiz a speaker from the prose first; reading her own reference again,
  // which starts with her name, gives her the university.
  ['a reference that starts with the name',
    'Ana Ruiz said the study was new.\n\nLena Ortiz of Boise State University, who was not involved, called the study "careful". She said the results were sound.',
    ['Ana Ruiz (0.9): the study was new', 'Lena Ortiz {Boise State University} (0.8): "careful"', 'Lena Ortiz {Boise State University} (0.75): the results were sound']],
  // "Ortiz said" in the sentence after makes her a speaker first, at the later mention; her
  // reference, read after it though it stands before, still gives her title and university
  // (before session 12, only a reference that held her first mention did).
  ['a first reference read after a later "Ortiz said"',
    'Professor Lena Ortiz of Boise State University called the study "careful". Ortiz said the sample was small.',
    ['Lena Ortiz [Professor] {Boise State University} (0.8): "careful"', 'Lena Ortiz [Professor] {Boise State University} (0.9): the sample was small']],
  // The later mention gave her a role of its own, in apposition: the first reference, read after
  // it, fills in only what is missing (the university), and does not overwrite the role.
  ['a first reference read after a later mention with a role of its own',
    'Professor Lena Ortiz of Boise State University called the study "careful". Lena Ortiz, a geologist at Kestrel College, said the sample was small.',
    ['Lena Ortiz [geologist at Kestrel College] {Boise State University} (0.8): "careful"', 'Lena Ortiz [geologist at Kestrel College] {Boise State University} (0.9): the sample was small']],
]);
