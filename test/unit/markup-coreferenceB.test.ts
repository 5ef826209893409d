// Coreference of the markup engine, second part (server/src/service/markup/coreference.ts from
// personNamedBetween on): which earlier full name a surname or pronoun means, how a surname with
// hyphens is found whole, which body a description ("the company", "its shipping group") means and
// how far back, and the reason an anonymous source gives. Each case is a made-up wire text; the
// expectation is the whole suggestion: every speaker (name, kind, aliases, reason, confidence) and
// every marked span with its speaker. An empty list is a refusal: nothing at the cue is a speaker.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupSuggestion } from '../../server/src/service';
import { markUp } from '../support/markup';

/** "Name [kind] aka=a|b reason=... 0.9" per speaker, then "Name 0.8: words" per marked span. */
function suggestion(body: string): string[] {
  const s: MarkupSuggestion = markUp(body);
  const nameOf = new Map(s.speakers.map((x) => [x.id, x.name]));
  const who = s.speakers.map((x) => [`${x.name} [${x.kind}]`, x.role && `role=${x.role}`, x.org && `org=${x.org}`, x.aliases.length > 0 && `aka=${x.aliases.join('|')}`, x.reason && `reason=${x.reason}`, String(x.confidence)].filter(Boolean).join(' '));
  const spans = s.spans.map((x) => `${nameOf.get(x.speakerId)} ${x.confidence}${x.alternativeSpeakerId ? ` or ${nameOf.get(x.alternativeSpeakerId)}` : ''}: ${body.slice(x.start, x.end)}`);
  return [...who, ...spans];
}

const GROUPS: [string, number, number][] = [
  ['a description of a body: definite or not, and which body it means (bodyDescribed, definite)', 0, 17],
  ['a surname with hyphens, and the person first named with a surname (fullNameBefore, firstOfSurname)', 17, 35],
  ['an anonymous source and its reason (reasonFrom, anonymityReason)', 35, 39],
  ['a pronoun after a full name in the prose (personNamedBetween)', 39, 44],
  ['a body named in full earlier: the name holding the noun, or its initials (properNameWith, nameWithInitials)', 44, 49],
];

const CASES: [string, string[]][] = [
  ["Maersk cut jobs on Monday. \"We will cut jobs,\" its shipping group said.", [
  ]],
  ["Maersk cut jobs on Monday. \"We will cut jobs,\" the big, shipping group said.", [
  ]],
  ["Maersk cut jobs on Monday. \"We will cut jobs,\" the Danish-owned shipping group said.", [
  ]],
  ["Maersk cut jobs on Monday. \"We will cut jobs,\" the world's biggest shipping group said.", [
    "world's biggest shipping group [organization] 0.7",
    "world's biggest shipping group 0.8: \"We will cut jobs,\"",
  ]],
  ["Maersk cut jobs on Monday. \"We will cut jobs,\" the chief of the shipping group said.", [
  ]],
  ["Maersk cut jobs on Monday. \"We will cut jobs,\" a shipping group in Denmark said.", [
  ]],
  ["Maersk cut jobs on Monday. \"We must save money,\" a shipping group said.", [
    "shipping group [organization] 0.7",
    "shipping group 0.8: \"We must save money,\"",
  ]],
  ["Maersk cut jobs on Monday. \"We must save money,\" said the group.", [
    "Maersk [organization] aka=group 0.8",
    "Maersk 0.8: \"We must save money,\"",
  ]],
  ["\"We must save money,\" the Kestrel Motors company said on Monday.\n\nIt was cold. They waited. It rained.\n\n\"We will hire again,\" the company said.", [
    "Kestrel Motors company [organization] aka=company 0.7",
    "Kestrel Motors company 0.8: \"We must save money,\"",
    "Kestrel Motors company 0.85: \"We will hire again,\"",
  ]],
  ["\"We must save money,\" Kestrel Motors said on Monday.\n\nIt was cold.\n\nThey waited.\n\n\"We will hire again,\" the company said.", [
    "Kestrel Motors [organization] aka=company 0.7",
    "Kestrel Motors 0.8: \"We must save money,\"",
    "Kestrel Motors 0.8: \"We will hire again,\"",
  ]],
  ["\"We must save money,\" Kestrel Motors said on Monday.\n\nIt was cold.\n\nThey waited.\n\nIt rained.\n\n\"We will hire again,\" the company said.", [
    "Kestrel Motors [organization] 0.7",
    "company [organization] 0.7",
    "Kestrel Motors 0.8: \"We must save money,\"",
    "company 0.8: \"We will hire again,\"",
  ]],
  ["\"We must save money,\" Kestrel Motors said on Monday.\n\nIt was cold. They waited. It rained.\n\n\"We will hire again,\" the union said.", [
    "Kestrel Motors [organization] aka=union 0.7",
    "Kestrel Motors 0.8: \"We must save money,\"",
    "Kestrel Motors 0.8: \"We will hire again,\"",
  ]],
  ["\"We must save money,\" the Ohio Department of Development said on Monday.\n\nIt was cold. They waited. It rained.\n\n\"We will hire again,\" the union said.", [
    "Ohio Department of Development [organization] 0.7",
    "union [organization] 0.7",
    "Ohio Department of Development 0.8: \"We must save money,\"",
    "union 0.8: \"We will hire again,\"",
  ]],
  ["\"We must save money,\" the Kestrel Motors union said on Monday.\n\nIt was cold. They waited. It rained.\n\n\"We will hire again,\" the company said.", [
    "Kestrel Motors union [organization] 0.7",
    "company [organization] 0.7",
    "Kestrel Motors union 0.8: \"We must save money,\"",
    "company 0.8: \"We will hire again,\"",
  ]],
  ["\"We must save money,\" Kestrel Motors said on Monday.\n\nIt was cold. They waited. It rained.\n\n\"We will hire again,\" the project's contractor said.", [
    "Kestrel Motors [organization] 0.7",
    "project's contractor [organization] 0.7",
    "Kestrel Motors 0.8: \"We must save money,\"",
    "project's contractor 0.8: \"We will hire again,\"",
  ]],
  ["\"We must save money,\" Kestrel Motors said on Monday.\n\nIt was cold. They waited. It rained.\n\n\"We will hire again,\" the police said.", [
    "Kestrel Motors [organization] 0.7",
    "police [organization] 0.7",
    "Kestrel Motors 0.8: \"We must save money,\"",
    "police 0.8: \"We will hire again,\"",
  ]],
  ["\"We must save money,\" Anna Berg said on Monday.\n\nIt was cold. They waited. It rained.\n\n\"We will hire again,\" the company said.", [
    "Anna Berg [person] 0.9",
    "company [organization] 0.7",
    "Anna Berg 0.9: \"We must save money,\"",
    "company 0.8: \"We will hire again,\"",
  ]],
  ["Kwame Mensah-Boateng chairs the board. \"We will vote,\" Mensah-Boateng said.", [
    "Kwame Mensah-Boateng [person] aka=Mensah-Boateng 0.9",
    "Kwame Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["The board met Kwame Mensah-Boateng on Monday. \"We will vote,\" Mensah-Boateng said.", [
    "Kwame Mensah-Boateng [person] aka=Mensah-Boateng 0.9",
    "Kwame Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["Chairwoman Ama Mensah-Boateng chairs the board. \"We will vote,\" Mensah-Boateng said.", [
    "Ama Mensah-Boateng [person] aka=Mensah-Boateng 0.9",
    "Ama Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["Mensah-Boateng chairs the board with Kofi Annan. \"We will vote,\" Mensah-Boateng said.", [
    "Mensah-Boateng [person] 0.7",
    "Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["The board under Kwame Mensah-Boateng- met on Monday. \"We will vote,\" Mensah-Boateng said.", [
    "Kwame Mensah-Boateng [person] aka=Mensah-Boateng 0.9",
    "Kwame Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["The board met -Kwame Mensah-Boateng on Monday. \"We will vote,\" Mensah-Boateng said.", [
    "Kwame Mensah-Boateng [person] aka=Mensah-Boateng 0.9",
    "Kwame Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["The board met Kwame Mensah -Boateng on Monday. \"We will vote,\" Mensah-Boateng said.", [
    "Mensah-Boateng [person] 0.7",
    "Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["The board met Kwame Mensah-Boateng Owusu Addo Junior on Monday. \"We will vote,\" Mensah-Boateng said.", [
    "Mensah-Boateng [person] 0.7",
    "Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["The board met Kwame Mensah-Boateng Owusu Addo on Monday. \"We will vote,\" Mensah-Boateng said.", [
    "Kwame Mensah-Boateng Owusu Addo [person] aka=Mensah-Boateng 0.9",
    "Kwame Mensah-Boateng Owusu Addo 0.9: \"We will vote,\"",
  ]],
  ["The board met Kwame Ama Mensah-Boateng on Monday. \"We will vote,\" Mensah-Boateng said.", [
    "Kwame Ama Mensah-Boateng [person] aka=Mensah-Boateng 0.9",
    "Kwame Ama Mensah-Boateng 0.9: \"We will vote,\"",
  ]],
  ["Ruth Ellison founded the shop in 1970. Her son, David Ellison, runs it now. \"She never rested,\" Ellison said.", [
    "Ruth Ellison [person] aka=Ellison 0.9",
    "Ruth Ellison 0.9: \"She never rested,\"",
  ]],
  ["Ruth Ellison founded the shop in 1970. Her son, David Ellison, runs it now. \"She never rested,\" David Ellison said. \"We miss her,\" Ellison said.", [
    "David Ellison [person] 0.9",
    "Ruth Ellison [person] aka=Ellison 0.9",
    "David Ellison 0.9: \"She never rested,\"",
    "Ruth Ellison 0.9: \"We miss her,\"",
  ]],
  ["Ruth Ellison founded the shop in 1970. Her son David Ellison runs it now. \"She never rested,\" Ellison said.", [
    "Ruth Ellison [person] aka=Ellison 0.9",
    "Ruth Ellison 0.9: \"She never rested,\"",
  ]],
  ["David Ellison runs the shop his mother Ruth Ellison founded. \"She never rested,\" Ellison said.", [
    "David Ellison [person] aka=Ellison 0.9",
    "David Ellison 0.9: \"She never rested,\"",
  ]],
  ["Dr Ruth Ellison founded the shop in 1970. Her son, David Ellison, runs it now. \"She never rested,\" Ellison said.", [
    "Ruth Ellison [person] aka=Ellison 0.9",
    "Ruth Ellison 0.9: \"She never rested,\"",
  ]],
  ["Ruth Ann Marie Ellison founded the shop in 1970. Her son, David Ellison, runs it now. \"She never rested,\" Ellison said.", [
    "Ruth Ann Marie Ellison [person] aka=Ellison 0.9",
    "Ruth Ann Marie Ellison 0.9: \"She never rested,\"",
  ]],
  ["Guo Haiyan leads the team. \"We will win,\" Guo said.", [
    "Guo Haiyan [person] aka=Guo 0.9",
    "Guo Haiyan 0.9: \"We will win,\"",
  ]],
  ["Sisavath spoke first. Khamphoui Sisavath leads the team. \"We will win,\" Sisavath said.", [
    "Khamphoui Sisavath [person] aka=Sisavath 0.9",
    "Khamphoui Sisavath 0.9: \"We will win,\"",
  ]],
  ["The talks stalled on Monday. \"No deal yet,\" a person familiar with the matter said.", [
    "person familiar with the matter [anonymous] reason=familiar with the matter 0.6",
    "person familiar with the matter 0.7: \"No deal yet,\"",
  ]],
  ["The talks stalled on Monday. \"No deal yet,\" a source familiar with the talks said, speaking on condition of anonymity to discuss private negotiations.", [
    "source familiar with the talks [anonymous] reason=familiar with the talks 0.6",
    "source familiar with the talks 0.7: \"No deal yet,\"",
  ]],
  ["The talks stalled on Monday. \"No deal yet,\" said a person who asked not to be named because the talks are private.", [
    "person [anonymous] reason=asked not to be named because the talks are private 0.6",
    "person 0.7: \"No deal yet,\"",
  ]],
  ["The talks stalled on Monday. \"No deal yet,\" an official who spoke on condition of anonymity said.", [
  ]],
  ["Later Luis Delgado arrived at the site. \"It is gone,\" he said.", [
    "Luis Delgado [person] 0.7",
    "Luis Delgado 0.75: \"It is gone,\"",
  ]],
  ["Professor Martin Aldous spoke on Monday. \"It is gone,\" he said.", [
    "Martin Aldous [person] 0.7",
    "Martin Aldous 0.75: \"It is gone,\"",
  ]],
  ["The crowd walked on Cedar Bayou Lane. \"It is gone,\" she said.", [
  ]],
  ["We met Maria Lopez. \"It is gone,\" she said.", [
    "Maria Lopez [person] 0.7",
    "Maria Lopez 0.75: \"It is gone,\"",
  ]],
  ["Yesterday Maria Lopez Garcia Ruiz spoke. \"It is gone,\" she said.", [
  ]],
  ["The Bank of Ruritania raised rates. The Ruritania Bank Workers Union objected. \"It is too much,\" the bank said.", [
    "Bank of Ruritania [organization] aka=bank 0.8",
    "Bank of Ruritania 0.8: \"It is too much,\"",
  ]],
  ["The Port of Tema and the Tema Harbour Authority met. \"We will dredge,\" the authority said.", [
    "Tema Harbour Authority [organization] aka=authority 0.8",
    "Tema Harbour Authority 0.8: \"We will dredge,\"",
  ]],
  ["Members of the Federation of Korean Trade Unions met. \"We will strike,\" the FKTU said.", [
    "Federation of Korean Trade Unions [organization] aka=FKTU 0.8",
    "Federation of Korean Trade Unions 0.8: \"We will strike,\"",
  ]],
  ["The Centers for Disease Control issued a warning. \"Stay indoors,\" the CDCP said.", [
    "CDCP [organization] 0.7",
    "CDCP 0.8: \"Stay indoors,\"",
  ]],
  ["The Anti-Doping Agency of Kenya met. \"We will test,\" the agency said.", [
    "Anti-Doping Agency of Kenya [organization] aka=agency 0.8",
    "Anti-Doping Agency of Kenya 0.8: \"We will test,\"",
  ]],
];

for (const [title, from, to] of GROUPS) {
  describe(title, () => {
    for (const [body, expected] of CASES.slice(from, to)) {
      test(body.slice(0, 100), () => {
        assert.deepEqual(suggestion(body), expected);
      });
    }
  });
}

