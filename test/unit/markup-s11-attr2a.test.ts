// The attribution rules of markup/attribute.ts, lines 1-700, on the mutation survivors that session
// 11 left there: one table per rule, each row a made-up wire sentence and every span the engine must
// mark in it, with its speaker's name, role when it has one, and confidence. Names and sentences
// are made up.

import { attributionTable as table } from '../support/markupTables';

table('markup: a name, its description and a relative clause before the cue: the name speaks', [
  // nameBeforeDescription: "chief" is tagged an adjective, and the description still stands in
  // apposition to the name before it (it used to speak itself, as "deputy chief").
  ['a description whose head the tagger reads as an adjective',
    'Dana Orr, deputy chief, who took over in May, said the budget was short.',
    ['Dana Orr (0.9): the budget was short']],
  ['a bare role word',
    'Kiri Mael, chief, who took over in May, said the budget was short.',
    ['Kiri Mael (0.9): the budget was short']],
  ['a possessive description, read as surely as the name next to its cue',
    "Dana Orr, the agency's chief, who took over in May, said the budget was short.",
    ['Dana Orr (0.9): the budget was short']],
  ['"which" after a description of a person',
    "Dana Orr, the town's chief, which had no other, said the budget was short.",
    ['Dana Orr (0.9): the budget was short']],
  ['a title with a capital after its hyphen is still a description in lower case',
    "Dana Orr, the firm's vice-President, who joined in May, said sales were up.",
    ['Dana Orr (0.9): sales were up']],
]);

table('markup: a place and its region between the appositive\'s commas, a capital anywhere in either', [
  // appositiveStart steps over "PLACE, REGION," after "in", "at", "from", "near": a place's name
  // may open in lower case ("eThekwini", "town"); it used to end the subject search, and no one
  // spoke, or the place did ("town").
  ['the place in lower case, its province after the comma',
    'Sipho Dlamini, a teacher based in eThekwini, KwaZulu-Natal, said the schools were full.',
    ['Sipho Dlamini [teacher based in eThekwini] (0.9): the schools were full']],
  ['the region in lower case',
    'Pieter Smit, a farmer near Umlazi, eThekwini, said the dykes were sound.',
    ['Pieter Smit [farmer near Umlazi] (0.9): the dykes were sound']],
  ['the place in capitals',
    'Rosa Diaz, a lawyer based in LA, California, said the case was weak.',
    ['Rosa Diaz [lawyer based in LA] (0.9): the case was weak']],
  ['a place in lower case, described after its comma',
    "Rosa Diaz, who grew up in town, Kodiak's main port, said the case was weak.",
    ['Rosa Diaz (0.9): the case was weak']],
  ['a place in lower case, a capitalised role after its comma',
    'Rosa Diaz, a lawyer from abroad, California Bar member, said the case was weak.',
    ['Rosa Diaz [lawyer from abroad] (0.9): the case was weak']],
  ['both capitalised, as before',
    'Sipho Dlamini, a teacher based in Durban, KwaZulu-Natal, said the schools were full.',
    ['Sipho Dlamini [teacher based in Durban] (0.9): the schools were full']],
]);

table('markup: a role, then a name placed by its body, between commas', [
  // appositiveStart: the role noun before the comma is a role by its letters, whatever their case
  // after the first; a capital first would make it part of a name.
  ['a role word with a slipped capital inside',
    'Another anaLyst, Priya Raman of Bernstein, wrote that the deal was fair.',
    ['Priya Raman (0.9): the deal was fair']],
  ['the role word in lower case',
    'Another analyst, Priya Raman of Bernstein, wrote that the deal was fair.',
    ['Priya Raman (0.9): the deal was fair']],
]);
