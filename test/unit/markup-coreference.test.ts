// Coreference of the markup engine (server/src/service/markup/coreference.ts): who a pronoun, a
// surname, a title, a description or a short form at a cue is. Each case is a made-up wire text
// that names someone first (in full, in the prose or as a speaker) and quotes a later sentence by
// the pronoun, surname, role or body noun; the expectation is the whole suggestion: every speaker
// (name, kind, aliases, anonymity reason, confidence) and every marked span with its speaker.
// The cases with nothing marked are the engine's refusals (a thing, not a person, at the cue).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupSuggestion } from '../../server/src/service';
import { markUp } from '../support/markup';

/** "Name [kind] role=... org=... aka=a|b reason=... 0.9" per speaker, then "Name 0.8 or Other: words" per marked span. */
function resolved(body: string): string[] {
  const s: MarkupSuggestion = markUp(body);
  const nameOf = new Map(s.speakers.map((x) => [x.id, x.name]));
  const who = s.speakers.map((x) => `${x.name} [${x.kind}]${x.role ? ` role=${x.role}` : ''}${x.org ? ` org=${x.org}` : ''}${x.aliases.length > 0 ? ` aka=${x.aliases.join('|')}` : ''}${x.reason ? ` reason=${x.reason}` : ''} ${x.confidence}`);
  return [...who, ...s.spans.map((x) => `${nameOf.get(x.speakerId)} ${x.confidence}${x.alternativeSpeakerId ? ` or ${nameOf.get(x.alternativeSpeakerId)}` : ''}: ${body.slice(x.start, x.end)}`)];
}

/** One test per text: the whole suggestion. */
function table(title: string, cases: [string, string[]][]) {
  describe(title, () => {
    for (const [body, expected] of cases) {
      test(body.slice(0, 90), () => {
        assert.deepEqual(resolved(body), expected);
      });
    }
  });
}

const CASES: [string, string[]][] = [
  ["Workers of the Laos-China Railway Company walked out on Monday. \"We will pay them,\" the railway company said.", [
    "Laos-China Railway Company [organization] aka=railway company 0.8",
    "Laos-China Railway Company 0.8: \"We will pay them,\"",
  ]],
  ["The Department of Public Health and Environment issued a warning on Monday. \"Stay indoors,\" the department said.", [
    "Department of Public Health and Environment [organization] aka=department 0.8",
    "Department of Public Health and Environment 0.8: \"Stay indoors,\"",
  ]],
  ["Officials at the Ministry of Water met on Monday. \"The wells are dry,\" the ministry said.", [
    "Ministry of Water [organization] aka=ministry 0.8",
    "Ministry of Water 0.8: \"The wells are dry,\"",
  ]],
  ["The Bank of Ruritania raised rates on Monday. \"Prices are too high,\" the bank said.", [
    "Bank of Ruritania [organization] aka=bank 0.8",
    "Bank of Ruritania 0.8: \"Prices are too high,\"",
  ]],
  ["Staff of the Centers for Disease Control and Prevention met on Monday. \"The virus is spreading,\" the CDC said.", [
    "Centers for Disease Control and Prevention [organization] aka=CDC 0.8",
    "Centers for Disease Control and Prevention 0.8: \"The virus is spreading,\"",
  ]],
  ["The Women's Korean Basketball League opened its season on Monday. \"We sold every seat,\" the WKBL said.", [
    "Women's Korean Basketball League [organization] aka=WKBL 0.8",
    "Women's Korean Basketball League 0.8: \"We sold every seat,\"",
  ]],
  ["The Kestrel Motors plant closed on Monday. \"We will reopen,\" a Kestrel spokesman said.", [
    "Kestrel Motors [organization] aka=Kestrel 0.8",
    "Kestrel Motors 0.8: \"We will reopen,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva, the mayor. \"We will reopen it soon,\" she said.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"We will reopen it soon,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. Her husband, Luis Delgado, fixed the roof. \"It leaked for years,\" he says.", [
    "Marta Silva [person] 0.9",
    "Luis Delgado [person] 0.7",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Luis Delgado 0.75: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. The family lives on Cedar Bayou Lane now. \"It leaked for years,\" she says.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. Professor Martin Aldous studied the floods. \"It leaked for years,\" he says.", [
    "Marta Silva [person] 0.9",
    "Martin Aldous [person] 0.7",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Martin Aldous 0.75: \"It leaked for years,\"",
  ]],
  ["\"The water is back,\" said David Ellison. His mother, Ruth Ellison, ran the mill for years. \"We all worked there,\" Ellison said.", [
    "David Ellison [person] aka=Ellison 0.9",
    "David Ellison 0.9: \"The water is back,\"",
    "David Ellison 0.9: \"We all worked there,\"",
  ]],
  ["\"The water is back,\" a person familiar with the matter said.", [
    "person familiar with the matter [anonymous] reason=familiar with the matter 0.6",
    "person familiar with the matter 0.7: \"The water is back,\"",
  ]],
  ["\"The water is back,\" said an official who asked not to be named because he was not authorised.", [
    "official [anonymous] reason=asked not to be named because he was not authorised 0.6",
    "official 0.7: \"The water is back,\"",
  ]],
  ["\"The water is back,\" the dispatcher said.", [
    "dispatcher [person] 0.5",
    "dispatcher 0.55: \"The water is back,\"",
  ]],
  ["\"The water is back,\" the operator said.", [
    "operator [organization] 0.7",
    "operator 0.8: \"The water is back,\"",
  ]],
  ["\"The water is back,\" the letter said.", [

  ]],
  ["\"The water is back,\" said Anna Kowal, a nurse. \"We were lucky,\" the nurse said.", [
    "Anna Kowal [person] 0.9",
    "Anna Kowal 0.9: \"The water is back,\"",
    "Anna Kowal 0.55: \"We were lucky,\"",
  ]],
  ["\"The water is back,\" said the 24-year-old guard.", [
    "24-year-old guard [person] 0.5",
    "24-year-old guard 0.55: \"The water is back,\"",
  ]],
  ["\"The line was dead,\" the dispatcher said. \"We drove out at once,\" said Marta Silva. Silva then called the dispatcher back. \"Nobody answered,\" she said.", [
    "dispatcher [person] 0.5",
    "Marta Silva [person] aka=Silva 0.9",
    "dispatcher 0.55: \"The line was dead,\"",
    "Marta Silva 0.9: \"We drove out at once,\"",
    "Marta Silva 0.75: \"Nobody answered,\"",
  ]],
  ["\"We will build the plant,\" Kestrel Motors said. \"We do not want it,\" the residents said. \"The plans are final,\" it said.", [
    "Kestrel Motors [organization] 0.7",
    "residents [group] 0.7",
    "Kestrel Motors 0.8: \"We will build the plant,\"",
    "residents 0.75: \"We do not want it,\"",
    "Kestrel Motors 0.85: \"The plans are final,\"",
  ]],
  ["Luis Delgado fixed the roof last spring. \"It leaked for years,\" he says.", [
    "Luis Delgado [person] 0.7",
    "Luis Delgado 0.75: \"It leaked for years,\"",
  ]],
  ["Ingrid Halvorsen retired in May. \"I delivered 2,000 babies,\" says the retired midwife.", [
    "Ingrid Halvorsen [person] 0.7",
    "Ingrid Halvorsen 0.6: \"I delivered 2,000 babies,\"",
  ]],
  ["\"We want answers,\" the Mansour family said. Karim Mansour runs the shop. \"The police did nothing,\" Mansour told reporters.", [
    "Mansour family [group] 0.7",
    "Karim Mansour [person] aka=Mansour 0.9",
    "Mansour family 0.75: \"We want answers,\"",
    "Karim Mansour 0.9: \"The police did nothing,\"",
  ]],
  ["\"We want answers,\" said Karim Mansour. \"The police did nothing,\" said the Mansour family.", [
    "Karim Mansour [person] aka=Mansour 0.9",
    "Mansour family [group] 0.7",
    "Karim Mansour 0.9: \"We want answers,\"",
    "Mansour family 0.75: \"The police did nothing,\"",
  ]],
  ["\"The vote is close,\" the Finance Ministry said. \"We disagree,\" the Health Ministry said.", [
    "Finance Ministry [organization] 0.7",
    "Health Ministry [organization] 0.7",
    "Finance Ministry 0.8: \"The vote is close,\"",
    "Health Ministry 0.8: \"We disagree,\"",
  ]],
  ["\"The vote is close,\" the Finance Ministry said. \"We agree,\" the ministry said.", [
    "Finance Ministry [organization] aka=ministry 0.7",
    "Finance Ministry 0.8: \"The vote is close,\"",
    "Finance Ministry 0.85: \"We agree,\"",
  ]],
  ["\"The vote is close,\" the Finance Ministry said. \"We agree,\" Ministry said.", [
    "Finance Ministry [organization] 0.7",
    "Finance Ministry 0.8: \"The vote is close,\"",
    "Finance Ministry 0.85: \"We agree,\"",
  ]],
  ["\"The vote is close,\" two government sources said. \"It will pass,\" the sources said.", [
    "two government sources [group] 0.7",
    "two government sources 0.75: \"The vote is close,\"",
    "two government sources 0.75: \"It will pass,\"",
  ]],
  ["\"The vote is close,\" two government sources said. \"It will pass,\" one of the sources said.", [
    "two government sources [group] 0.7",
    "two government sources 0.75: \"The vote is close,\"",
    "two government sources 0.75: \"It will pass,\"",
  ]],
  ["\"The vote is close,\" the farmers said. \"We will march,\" the farmers said.", [
    "farmers [group] 0.7",
    "farmers 0.75: \"The vote is close,\"",
    "farmers 0.75: \"We will march,\"",
  ]],
  ["\"The vote is close,\" said Ana Ferreira, the coach. \"We trained hard,\" my coach told me.", [
    "Ana Ferreira [person] 0.9",
    "coach [person] 0.6",
    "Ana Ferreira 0.9: \"The vote is close,\"",
    "coach 0.7: \"We trained hard,\"",
  ]],
  ["\"The vote is close,\" his daughter said. \"He works too much,\" his daughter said.", [
    "daughter [person] 0.6",
    "daughter 0.7: \"The vote is close,\"",
    "daughter 0.75: \"He works too much,\"",
  ]],
  ["\"The vote is close,\" said Ana Ferreira, a Republican. \"We will win,\" the Republican said.", [
    "Ana Ferreira [person] 0.9",
    "Ana Ferreira 0.9: \"The vote is close,\"",
    "Ana Ferreira 0.55: \"We will win,\"",
  ]],
  ["\"The vote is close,\" said Ana Ferreira, a Republican. \"We will win,\" two government sources said. \"It will pass,\" the second source said.", [
    "Ana Ferreira [person] 0.9",
    "two government sources [group] 0.7",
    "Ana Ferreira 0.9: \"The vote is close,\"",
    "two government sources 0.75: \"We will win,\"",
    "two government sources 0.8: \"It will pass,\"",
  ]],
  ["\"The vote is close,\" the aide said.", [
    "aide [person] 0.5",
    "aide 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said Ana Ferreira. \"It will pass,\" the American said.", [
    "Ana Ferreira [person] 0.9",
    "Ana Ferreira 0.9: \"The vote is close,\"",
    "Ana Ferreira 0.55: \"It will pass,\"",
  ]],
  ["\"The vote is close,\" said the guard.", [
    "guard [person] 0.5",
    "guard 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said the guard, who asked not to be named.", [
    "guard [anonymous] reason=asked not to be named 0.5",
    "guard 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said the guard. \"It will pass,\" said the guard.", [
    "guard [person] 0.5",
    "guard 0.55: \"The vote is close,\"",
    "guard 0.8: \"It will pass,\"",
  ]],
  ["\"The water is back,\" the caller said.", [
    "caller [person] 0.5",
    "caller 0.55: \"The water is back,\"",
  ]],
  ["\"The water is back,\" the hermit said.", [

  ]],
  ["\"The water is back,\" the stranger said.", [
    "stranger [person] 0.5",
    "stranger 0.55: \"The water is back,\"",
  ]],
  ["\"The water is back,\" said Ruth Ellison. Her son, David Ellison, runs the mill. \"We all worked there,\" Ellison said.", [
    "Ruth Ellison [person] aka=Ellison 0.9",
    "Ruth Ellison 0.9: \"The water is back,\"",
    "Ruth Ellison 0.9: \"We all worked there,\"",
  ]],
  ["\"The mill is closed,\" said David Ellison. Ruth Ellison founded it in 1950. \"She would be sad,\" Ellison said.", [
    "David Ellison [person] aka=Ellison 0.9",
    "David Ellison 0.9: \"The mill is closed,\"",
    "David Ellison 0.9: \"She would be sad,\"",
  ]],
  ["Ruth Ellison founded the mill in 1950. \"The mill is closed,\" said David Ellison. \"We all worked there,\" Ellison said.", [
    "David Ellison [person] 0.9",
    "Ruth Ellison [person] aka=Ellison 0.9",
    "David Ellison 0.9: \"The mill is closed,\"",
    "Ruth Ellison 0.9: \"We all worked there,\"",
  ]],
  ["Kofi Mensah-Boateng leads the union. \"We will strike,\" Mensah-Boateng said.", [
    "Kofi Mensah-Boateng [person] aka=Mensah-Boateng 0.9",
    "Kofi Mensah-Boateng 0.9: \"We will strike,\"",
  ]],
  ["Guo Haiyan runs the clinic. \"We have no beds,\" Guo said.", [
    "Guo Haiyan [person] aka=Guo 0.9",
    "Guo Haiyan 0.9: \"We have no beds,\"",
  ]],
  ["Mayor Khamphoui Sisavath opened the bridge. \"It took ten years,\" Sisavath said.", [
    "Khamphoui Sisavath [person] aka=Sisavath 0.9",
    "Khamphoui Sisavath 0.9: \"It took ten years,\"",
  ]],
  ["Khamphoui Sisavath Vong opened the bridge. \"It took ten years,\" Sisavath said.", [
    "Khamphoui Sisavath Vong [person] aka=Sisavath 0.9",
    "Khamphoui Sisavath Vong 0.9: \"It took ten years,\"",
  ]],
  ["\"It took ten years,\" Sisavath said. Khamphoui Sisavath opened the bridge.", [
    "Sisavath [person] 0.7",
    "Sisavath 0.9: \"It took ten years,\"",
  ]],
  ["Workers of the Laos-China Railway Company walked out. \"We will pay them,\" the company said.", [
    "Laos-China Railway Company [organization] aka=company 0.8",
    "Laos-China Railway Company 0.8: \"We will pay them,\"",
  ]],
  ["The railway runs north. \"We will pay them,\" the railway company said.", [
    "railway company [organization] 0.7",
    "railway company 0.8: \"We will pay them,\"",
  ]],
  ["The Office for National Statistics published the data. \"Prices rose,\" the ONS said.", [
    "Office for National Statistics [organization] aka=ONS 0.8",
    "Office for National Statistics 0.8: \"Prices rose,\"",
  ]],
  ["The National Weather Service Office issued a warning. \"Stay indoors,\" the NWS said.", [
    "National Weather Service Office [organization] aka=NWS 0.8",
    "National Weather Service Office 0.8: \"Stay indoors,\"",
  ]],
  ["The Centers for Disease Control issued a warning. \"Stay indoors,\" the CDC said.", [
    "Centers for Disease Control [organization] aka=CDC 0.8",
    "Centers for Disease Control 0.8: \"Stay indoors,\"",
  ]],
  ["\"Stay indoors,\" the Kelso Regional Water Board said. \"We are testing the wells,\" the board said.", [
    "Kelso Regional Water Board [organization] aka=board 0.7",
    "Kelso Regional Water Board 0.8: \"Stay indoors,\"",
    "Kelso Regional Water Board 0.85: \"We are testing the wells,\"",
  ]],
  ["\"The vote is close,\" said the official, speaking on condition of anonymity because the talks are private.", [
    "official [anonymous] reason=on condition of anonymity because the talks are private 0.5",
    "official 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said a source, who was not authorized to speak publicly.", [
    "source [anonymous] reason=not authorized to speak publicly 0.6",
    "source 0.7: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said two officials who spoke on condition of anonymity.", [
    "two officials [anonymous] reason=on condition of anonymity 0.7",
    "two officials 0.75: \"The vote is close,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. For Luis Delgado, the roof was the worst. \"It leaked for years,\" he says.", [
    "Marta Silva [person] 0.9",
    "Luis Delgado [person] 0.7",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Luis Delgado 0.75: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. The roof of Luis Delgado leaked. \"It leaked for years,\" he says.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. \"It leaked for years,\" she says.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"It leaked for years,\"",
  ]],
  ["Luis Delgado fixed the roof. \"The road is shut,\" said Marta Silva. \"It leaked for years,\" she says.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"It leaked for years,\"",
  ]],
  ["\"The water is back,\" two government sources said, speaking on condition of anonymity to discuss private talks.", [
    "two government sources [anonymous] reason=discuss private talks 0.7",
    "two government sources 0.75: \"The water is back,\"",
  ]],
  ["\"It leaked for years,\" he says. Luis Delgado, a roofer at Kelso Homes, fixed it.", [

  ]],
  ["\"The road is shut,\" said Marta Silva. \"It leaked for years,\" said Tomas Berg, the mayor of Kelso. \"We will fix it,\" Mayor Tomas Berg said.", [
    "Marta Silva [person] 0.9",
    "Tomas Berg [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Tomas Berg 0.9: \"It leaked for years,\"",
    "Tomas Berg 0.9: \"We will fix it,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. Luis Delgado fixed the roof. \"It leaked for years,\" said Luis Delgado, a roofer at Kelso Homes.", [
    "Marta Silva [person] 0.9",
    "Luis Delgado [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Luis Delgado 0.9: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" said Ana Ferreira. \"It will open in May,\" said Ferreira.", [
    "Ana Ferreira [person] aka=Ferreira 0.9",
    "Ana Ferreira 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open in May,\"",
  ]],
  ["\"The road is shut,\" said Ana Ferreira. \"It will open in May,\" said Ana Ferreira.", [
    "Ana Ferreira [person] 0.9",
    "Ana Ferreira 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open in May,\"",
  ]],
  ["\"The road is shut,\" said Ana Ferreira. \"It will open in May,\" said Ana Maria Ferreira.", [
    "Ana Ferreira [person] aka=Ana|Ferreira 0.9",
    "Ana Maria Ferreira [person] 0.9",
    "Ana Ferreira 0.9: \"The road is shut,\"",
    "Ana Maria Ferreira 0.9: \"It will open in May,\"",
  ]],
  ["\"The road is shut,\" said Ana Maria Ferreira. \"It will open in May,\" said Ana Ferreira.", [
    "Ana Maria Ferreira [person] aka=Ana|Ferreira 0.9",
    "Ana Ferreira [person] 0.9",
    "Ana Maria Ferreira 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open in May,\"",
  ]],
  ["\"The road is shut,\" Vasquez said.", [
    "Vasquez [person] 0.7",
    "Vasquez 0.9: \"The road is shut,\"",
  ]],
  ["\"The road is shut,\" the Kelso Water Authority said. \"It will open in May,\" the authority said.", [
    "Kelso Water Authority [organization] aka=authority 0.7",
    "Kelso Water Authority 0.8: \"The road is shut,\"",
    "Kelso Water Authority 0.85: \"It will open in May,\"",
  ]],
  ["\"The road is shut,\" said the Kelso Health Ministry. \"It will open in May,\" said the Kelso Finance Ministry.", [
    "Kelso Health Ministry [organization] 0.7",
    "Kelso Finance Ministry [organization] 0.7",
    "Kelso Health Ministry 0.8: \"The road is shut,\"",
    "Kelso Finance Ministry 0.8: \"It will open in May,\"",
  ]],
  ["\"The road is shut,\" said its shipping group.", [

  ]],
  ["Kelso Motors cut 300 jobs on Monday. \"The plant will close,\" the company said.", [
    "Kelso Motors [organization] aka=company 0.8",
    "Kelso Motors 0.8: \"The plant will close,\"",
  ]],
  ["Kelso Motors cut 300 jobs on Monday. \"The plant will close,\" the carmaker said.", [
    "Kelso Motors [organization] aka=carmaker 0.8",
    "Kelso Motors 0.8: \"The plant will close,\"",
  ]],
  ["\"The plant will close,\" said the project's contractor.", [
    "project's contractor [organization] 0.7",
    "project's contractor 0.8: \"The plant will close,\"",
  ]],
  ["\"The road is shut,\" the residents said. \"It leaked for years,\" the residents said.", [
    "residents [group] 0.7",
    "residents 0.75: \"The road is shut,\"",
    "residents 0.75: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" two sources who asked not to be named said. \"It will open in May,\" the sources said.", [
    "two sources [anonymous] reason=asked not to be named 0.7",
    "two sources 0.8: \"The road is shut,\"",
    "two sources 0.75: \"It will open in May,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. \"It will open in May,\" said the New Mexico Republican.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.55: \"It will open in May,\"",
  ]],
  ["\"The road is shut,\" said the officers.", [
    "officers [group] 0.7",
    "officers 0.75: \"The road is shut,\"",
  ]],
  ["\"The road is shut,\" said the guard, who spoke on condition of anonymity to avoid reprisals, adding that it was late.", [
    "guard [anonymous] reason=avoid reprisals 0.5",
    "guard 0.55: \"The road is shut,\"",
    "guard 0.8: it was late",
  ]],
  ["\"The road is shut,\" said the guard, who asked not to be named, adding that it was late.", [
    "guard [anonymous] reason=asked not to be named 0.5",
    "guard 0.55: \"The road is shut,\"",
    "guard 0.8: it was late",
  ]],
  ["\"The road is shut,\" said the guard who asked not to be named said.", [
    "guard [anonymous] reason=asked not to be named 0.5",
    "guard 0.55: \"The road is shut,\"",
  ]],
  ["Ruth Ellison founded the mill in 1950. \"The mill is closed,\" said David Ellison. \"We all worked there,\" said Ruth Ellison. \"It was home,\" Ellison said.", [
    "David Ellison [person] aka=Ellison 0.9",
    "Ruth Ellison [person] aka=Ellison 0.9",
    "David Ellison 0.9: \"The mill is closed,\"",
    "Ruth Ellison 0.9: \"We all worked there,\"",
    "Ruth Ellison 0.9: \"It was home,\"",
  ]],
  ["\"The mill is closed,\" said David Ellison. \"We all worked there,\" said Ruth Ellison. \"It was home,\" Ellison said.", [
    "David Ellison [person] aka=Ellison 0.9",
    "Ruth Ellison [person] 0.9",
    "David Ellison 0.9: \"The mill is closed,\"",
    "Ruth Ellison 0.9: \"We all worked there,\"",
    "David Ellison 0.9: \"It was home,\"",
  ]],
  ["\"The mill is closed,\" said Ellison. \"We all worked there,\" said David Ellison. \"It was home,\" Ellison said.", [
    "Ellison [person] 0.7",
    "David Ellison [person] 0.9",
    "Ellison 0.9: \"The mill is closed,\"",
    "David Ellison 0.9: \"We all worked there,\"",
    "Ellison 0.9: \"It was home,\"",
  ]],
  ["Ruth Ellison founded the mill in 1950. \"The mill is closed,\" said David Ellison, who calls himself Ellison. \"It was home,\" Ellison said.", [
    "David Ellison [person] 0.9",
    "Ruth Ellison [person] aka=Ellison 0.9",
    "David Ellison 0.9: \"The mill is closed,\"",
    "Ruth Ellison 0.9: \"It was home,\"",
  ]],
  ["The Kofi Mensah-led union struck on Monday. \"We will win,\" Mensah said.", [
    "Mensah [person] 0.7",
    "Mensah 0.9: \"We will win,\"",
  ]],
  ["Kofi Mensah-Boateng leads the union. \"We will strike,\" Mensah-Boateng said. \"We will win,\" said Ama Mensah-Boateng.", [
    "Kofi Mensah-Boateng [person] aka=Mensah-Boateng 0.9",
    "Ama Mensah-Boateng [person] 0.9",
    "Kofi Mensah-Boateng 0.9: \"We will strike,\"",
    "Ama Mensah-Boateng 0.9: \"We will win,\"",
  ]],
  ["Ama Kofi Mensah Boateng Adjei leads the union. \"We will strike,\" Boateng said.", [
    "Boateng [person] 0.7",
    "Boateng 0.9: \"We will strike,\"",
  ]],
  ["\"The road is shut,\" said Mr. Berg. \"It will open,\" said Ana Ferreira. \"It is shut for weeks,\" she said.", [
    "Berg [person] role=Mr. 0.7",
    "Ana Ferreira [person] 0.9",
    "Berg 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open,\"",
    "Ana Ferreira 0.85: \"It is shut for weeks,\"",
  ]],
  ["\"The road is shut,\" said Tomas Berg. \"It will open,\" said Ana Ferreira.\n\nBerg disagreed. \"It is shut for weeks,\" he said.", [
    "Tomas Berg [person] aka=Berg 0.9",
    "Ana Ferreira [person] 0.9",
    "Tomas Berg 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open,\"",
    "Tomas Berg 0.75: \"It is shut for weeks,\"",
  ]],
  ["\"The road is shut,\" said Tomas Berg. \"It will open,\" said Ana Ferreira.\n\nLater Berg disagreed. \"It is shut for weeks,\" he said.", [
    "Tomas Berg [person] aka=Berg 0.9",
    "Ana Ferreira [person] 0.9",
    "Tomas Berg 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open,\"",
    "Tomas Berg 0.75: \"It is shut for weeks,\"",
  ]],
  ["\"The road is shut,\" said Tomas Berg. \"It will open,\" said Ana Ferreira.\n\nThe engineers of Berg disagreed. \"It is shut for weeks,\" he said.", [
    "Tomas Berg [person] aka=Berg 0.9",
    "Ana Ferreira [person] 0.9",
    "Tomas Berg 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open,\"",
    "Tomas Berg 0.75: \"It is shut for weeks,\"",
  ]],
  ["\"The road is shut,\" said Ana Ferreira. \"It will open,\" said Mr. Berg. \"It is shut for weeks,\" she said.", [
    "Ana Ferreira [person] 0.9",
    "Berg [person] role=Mr. 0.7",
    "Ana Ferreira 0.9: \"The road is shut,\"",
    "Berg 0.9: \"It will open,\"",
    "Ana Ferreira 0.85: \"It is shut for weeks,\"",
  ]],
  ["Later Luis Delgado fixed the roof. \"It leaked for years,\" he says.", [
    "Luis Delgado [person] 0.7",
    "Luis Delgado 0.75: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. Later Luis Delgado fixed the roof. \"It leaked for years,\" he says.", [
    "Marta Silva [person] 0.9",
    "Luis Delgado [person] 0.7",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Luis Delgado 0.75: \"It leaked for years,\"",
  ]],
  ["\"The roof leaked,\" he says.", [

  ]],
  ["\"The road is shut,\" said Marta Silva. Delgado fixed the roof. \"It leaked for years,\" he says.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. They moved to Santa Rosa last year. \"It leaked for years,\" she says.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"It leaked for years,\"",
  ]],
  ["\"The mill is closed,\" said Ellison. Ruth Ellison founded the mill in 1950. \"We all worked there,\" said David Ellison. \"It was home,\" Ellison said.", [
    "Ellison [person] 0.7",
    "David Ellison [person] 0.9",
    "Ellison 0.9: \"The mill is closed,\"",
    "David Ellison 0.9: \"We all worked there,\"",
    "Ellison 0.9: \"It was home,\"",
  ]],
  ["Later Ellison visited the mill. \"It was home,\" Ellison said.", [
    "Ellison [person] 0.7",
    "Ellison 0.9: \"It was home,\"",
  ]],
  ["Guo Wei founded the clinic. \"We have no beds,\" said Guo Haiyan. \"We need help,\" Guo said.", [
    "Guo Haiyan [person] aka=Guo 0.9",
    "Guo Haiyan 0.9: \"We have no beds,\"",
    "Guo Haiyan 0.9: \"We need help,\"",
  ]],
  ["By Anna Kowal\n\nEllison founded the mill in 1950. \"It was home,\" Ellison said.", [
    "Ellison [person] 0.7",
    "Ellison 0.9: \"It was home,\"",
  ]],
  ["Kelso Chemie cut 300 jobs. \"The plant will close,\" said the German chemicals maker.", [
    "Kelso Chemie [organization] aka=German chemicals maker 0.8",
    "Kelso Chemie 0.8: \"The plant will close,\"",
  ]],
  ["Kelso Chemie cut 300 jobs. \"The plant will close,\" said its German chemicals maker.", [

  ]],
  ["Kelso Chemie cut 300 jobs. \"The plant will close,\" said the shipping group.", [
    "Kelso Chemie [organization] aka=shipping group 0.8",
    "Kelso Chemie 0.8: \"The plant will close,\"",
  ]],
  ["Kelso Chemie cut 300 jobs. \"The plant will close,\" the baker said.", [

  ]],
  ["Kelso Chemie cut 300 jobs. \"The plant will close,\" the juror said.", [

  ]],
  ["Kelso Chemie cut 300 jobs. The company said: \"The plant will close.\"", [
    "Kelso Chemie [organization] aka=company 0.8",
    "Kelso Chemie 0.8: \"The plant will close.\"",
  ]],
  ["The company said: \"The plant will close.\" Kelso Chemie cut 300 jobs.", [
    "company [organization] 0.7",
    "company 0.8: \"The plant will close.\"",
  ]],
  ["\"It will pass,\" said Ana Ferreira. \"We will build,\" the Kelso Chemie chemicals maker said. \"It is safe,\" the maker said.", [
    "Ana Ferreira [person] 0.9",
    "Kelso Chemie chemicals maker [organization] aka=maker 0.7",
    "Ana Ferreira 0.9: \"It will pass,\"",
    "Kelso Chemie chemicals maker 0.8: \"We will build,\"",
    "Kelso Chemie chemicals maker 0.85: \"It is safe,\"",
  ]],
  ["\"The vote is close,\" said the official, who spoke on condition of anonymity to discuss the talks, adding that it was late.", [
    "official [anonymous] reason=discuss the talks 0.5",
    "official 0.55: \"The vote is close,\"",
    "official 0.8: it was late",
  ]],
  ["\"The vote is close,\" said the official, who spoke on condition of anonymity to discuss the talks.", [
    "official [anonymous] reason=discuss the talks 0.5",
    "official 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said the official, who asked not to be named.", [
    "official [anonymous] reason=asked not to be named 0.5",
    "official 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said the official, who asked not to be identified because of the talks.", [
    "official [anonymous] reason=asked not to be identified because of the talks 0.5",
    "official 0.55: \"The vote is close,\"",
  ]],
  ["The Bank of Kelso and Ruritania raised rates. \"Prices are too high,\" the BKR said.", [
    "Bank of Kelso and Ruritania [organization] aka=BKR 0.8",
    "Bank of Kelso and Ruritania 0.8: \"Prices are too high,\"",
  ]],
  ["The Kelso Water and Power Board raised rates. \"Prices are too high,\" the KWPB said.", [
    "Kelso Water and Power Board [organization] aka=KWPB 0.8",
    "Kelso Water and Power Board 0.8: \"Prices are too high,\"",
  ]],
  ["The Kelso Water Board raised rates. \"Prices are too high,\" the KW said.", [
    "KW [organization] 0.7",
    "KW 0.8: \"Prices are too high,\"",
  ]],
  ["The Kelso Water Board raised rates. \"Prices are too high,\" the KWB said.", [
    "Kelso Water Board [organization] aka=KWB 0.8",
    "Kelso Water Board 0.8: \"Prices are too high,\"",
  ]],
  ["The Kelso Water Board raised rates. \"Prices are too high,\" the WB said.", [
    "WB [organization] 0.7",
    "WB 0.8: \"Prices are too high,\"",
  ]],
  ["The Kelso Water Board Authority raised rates. \"Prices are too high,\" the KWB said.", [
    "Kelso Water Board Authority [organization] aka=KWB 0.8",
    "Kelso Water Board Authority 0.8: \"Prices are too high,\"",
  ]],
  ["Kelso Water Board raised rates. \"Prices are too high,\" the KWB said.", [
    "Kelso Water Board [organization] aka=KWB 0.8",
    "Kelso Water Board 0.8: \"Prices are too high,\"",
  ]],
  ["\"Prices are too high,\" the KWB said. The Kelso Water Board raised rates.", [
    "KWB [organization] 0.7",
    "KWB 0.8: \"Prices are too high,\"",
  ]],
  ["\"The vote is close,\" said Anna Kowal, a nurse. \"We were lucky,\" said the nurses.", [
    "Anna Kowal [person] 0.9",
    "nurses [group] 0.7",
    "Anna Kowal 0.9: \"The vote is close,\"",
    "nurses 0.75: \"We were lucky,\"",
  ]],
  ["\"The vote is close,\" said two nurses. \"We were lucky,\" the nurse said.", [
    "two nurses [group] 0.7",
    "two nurses 0.75: \"The vote is close,\"",
    "two nurses 0.8: \"We were lucky,\"",
  ]],
  ["\"The vote is close,\" said two nurses, who asked not to be named. \"We were lucky,\" the nurses said.", [
    "two nurses [anonymous] reason=asked not to be named 0.7",
    "two nurses 0.75: \"The vote is close,\"",
    "two nurses 0.75: \"We were lucky,\"",
  ]],
  ["\"The vote is close,\" said the nurses. \"We were lucky,\" the farmers said. \"We lost,\" the nurses said.", [
    "nurses [group] 0.7",
    "farmers [group] 0.7",
    "nurses 0.75: \"The vote is close,\"",
    "farmers 0.75: \"We were lucky,\"",
    "nurses 0.75: \"We lost,\"",
  ]],
  ["\"The line was dead,\" the dispatcher said. \"We drove out at once,\" said Marta Silva.\n\nSilva called the dispatcher back. \"Nobody answered,\" she said.", [
    "dispatcher [person] 0.5",
    "Marta Silva [person] aka=Silva 0.9",
    "dispatcher 0.55: \"The line was dead,\"",
    "Marta Silva 0.9: \"We drove out at once,\"",
    "Marta Silva 0.75: \"Nobody answered,\"",
  ]],
  ["\"The roof leaked for years,\" said Marta Silva.\n\n\"We had buckets in every room of the house and nobody came.\"", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The roof leaked for years,\"",
    "Marta Silva 0.5: \"We had buckets in every room of the house and nobody came.\"",
  ]],
  ["\"The vote is close,\" said two sources who asked not to be named. \"It will pass,\" two sources said.", [
    "two sources [anonymous] reason=asked not to be named 0.7",
    "two sources 0.75: \"The vote is close,\"",
    "two sources 0.75: \"It will pass,\"",
  ]],
  ["\"The vote is close,\" said two nurses. \"We were lucky,\" nurses said.", [
    "two nurses [group] 0.7",
    "nurses [group] 0.7",
    "two nurses 0.75: \"The vote is close,\"",
    "nurses 0.75: \"We were lucky,\"",
  ]],
  ["\"The vote is close,\" said Tomas Berg. \"It will pass,\" a coach said.", [
    "Tomas Berg [person] 0.9",
    "coach [person] 0.6",
    "Tomas Berg 0.9: \"The vote is close,\"",
    "coach 0.7: \"It will pass,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. Ana Maria Luisa Ferreira fixed the roof. \"It leaked for years,\" she says.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"It leaked for years,\"",
  ]],
  ["The Kelso Water Board Main Office raised rates. \"Prices are too high,\" the KWB said.", [
    "KWB [organization] 0.7",
    "KWB 0.8: \"Prices are too high,\"",
  ]],
  ["The Women’s Korean Basketball League opened its season on Monday. \"We sold every seat,\" the WKBL said.", [
    "Women’s Korean Basketball League [organization] aka=WKBL 0.8",
    "Women’s Korean Basketball League 0.8: \"We sold every seat,\"",
  ]],
  ["The Kelso Water Board in Ruritania raised rates. \"Prices are too high,\" the KWB said.", [
    "Kelso Water Board [organization] aka=KWB 0.8",
    "Kelso Water Board 0.8: \"Prices are too high,\"",
  ]],
  ["\"The vote is close,\" said the official, speaking on condition of anonymity", [
    "official [anonymous] reason=on condition of anonymity 0.5",
    "official 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said the official, speaking on condition of anonymity to discuss the talks", [
    "official [anonymous] reason=discuss the talks 0.5",
    "official 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said the official, who asked not to be named by the paper", [
    "official [anonymous] reason=asked not to be named by the paper 0.5",
    "official 0.55: \"The vote is close,\"",
  ]],
  ["\"The vote is close,\" said the official, speaking on condition of anonymity because the man who leads the talks forbade it.", [
    "official [anonymous] reason=on condition of anonymity because the man who leads the talks forbade it 0.5",
    "official 0.55: \"The vote is close,\"",
  ]],
  ["\"The road is shut,\" said Marta Silva. The Luis Delgado Foundation paid for the roof. \"It leaked for years,\" she says.", [
    "Marta Silva [person] 0.9",
    "Marta Silva 0.9: \"The road is shut,\"",
    "Marta Silva 0.85: \"It leaked for years,\"",
  ]],
  ["\"The road is shut,\" said Ana Rose. \"It will open,\" said Marta Silva.\n\nRose disagreed. \"It is shut for weeks,\" she said.", [
    "Ana Rose [person] aka=Rose 0.9",
    "Marta Silva [person] 0.9",
    "Ana Rose 0.9: \"The road is shut,\"",
    "Marta Silva 0.9: \"It will open,\"",
    "Ana Rose 0.75: \"It is shut for weeks,\"",
  ]],
  ["\"The road is shut,\" said Tomas Berg. \"It will open,\" said Ana Ferreira.\n\nThe engineers sided with Berg\n\n\"It is shut for weeks,\" he said.", [
    "Tomas Berg [person] aka=Berg 0.9",
    "Ana Ferreira [person] 0.9",
    "Tomas Berg 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open,\"",
    "Tomas Berg 0.75: \"It is shut for weeks,\"",
  ]],
  ["\"The road is shut,\" said Maria Delgado. \"It will open,\" said Ana Ferreira.\n\nThe roof was fixed by Luis\n\nDelgado disagreed. \"It is shut for weeks,\" she said.", [
    "Maria Delgado [person] aka=Delgado 0.9",
    "Ana Ferreira [person] 0.9",
    "Maria Delgado 0.9: \"The road is shut,\"",
    "Ana Ferreira 0.9: \"It will open,\"",
    "Maria Delgado 0.75: \"It is shut for weeks,\"",
  ]],
  ["\"The dam will hold,\" engineer Tomas Berg said. \"We disagree,\" two engineers said. \"It will hold,\" the engineer said.", [
    "Tomas Berg [person] role=engineer 0.9",
    "two engineers [group] 0.7",
    "Tomas Berg 0.9: \"The dam will hold,\"",
    "two engineers 0.75: \"We disagree,\"",
    "Tomas Berg 0.8: \"It will hold,\"",
  ]],
  ["\"The dam will hold,\" engineer Tomas Berg said. \"It will not,\" an engineer said.", [
    "Tomas Berg [person] role=engineer 0.9",
    "engineer [person] 0.6",
    "Tomas Berg 0.9: \"The dam will hold,\"",
    "engineer 0.7: \"It will not,\"",
  ]],
  ["\"The roof leaked for years,\" said Marta Silva. \"Nobody came,\" the residents said.\n\n\"We had buckets in every room of the house and nobody came.\"", [
    "Marta Silva [person] 0.9",
    "residents [group] 0.7",
    "Marta Silva 0.9: \"The roof leaked for years,\"",
    "residents 0.75: \"Nobody came,\"",
    "Marta Silva 0.5: \"We had buckets in every room of the house and nobody came.\"",
  ]],
  ["\"Nobody came,\" the residents said.\n\n\"We had buckets in every room of the house and nobody came.\"\n\n\"It is over,\" she said.", [
    "residents [group] 0.7",
    "residents 0.75: \"Nobody came,\"",
  ]],
];

table('markup coreference: who the later quote is by', CASES);
describe('markup coreference: a pronoun opening the text has no antecedent', () => {
  test('"He said ..." is not the person the next sentence names', () => {
    assert.deepEqual(resolved('He said the dam would hold. Tomas Berg, the engineer, agreed.'), []);
  });
});

describe('markup coreference: a person named in the prose is "he" for at most 120 words back', () => {
  // 108 repeats put "Delgado" 119 tokens before the pronoun's, 109 put it 120 tokens back.
  const body = (repeats: number) => `Luis Delgado fixed the roof${' again'.repeat(repeats)}. "It leaked for years," he says.`;
  test('119 tokens back: Luis Delgado', () => {
    assert.deepEqual(resolved(body(108)), ['Luis Delgado [person] 0.7', 'Luis Delgado 0.75: "It leaked for years,"']);
  });
  test('120 tokens back: nobody', () => {
    assert.deepEqual(resolved(body(109)), []);
  });
});

// "Kelso Motors closed" names another body after the one meant: the later body is the salient
// one, so "the hospital said" finds its full name only by reading the earlier text word by word.
const BODY_NOUN_CASES: [string, string[]][] = [
  ["Kelso Regional Hospital treated 40 people. Kelso Motors closed. \"We are full,\" the hospital said.", [
    "Kelso Regional Hospital [organization] aka=hospital 0.8",
    "Kelso Regional Hospital 0.8: \"We are full,\"",
  ]],
  ["Workers of the Laos-China Railway Company walked out. Kelso Motors closed. \"We will pay them,\" the railway company said.", [
    "Laos-China Railway Company [organization] aka=railway company 0.8",
    "Laos-China Railway Company 0.8: \"We will pay them,\"",
  ]],
  ["The Department of Public Health and Environment met on Monday. Kelso Motors closed. \"Stay indoors,\" the department said.", [
    "Department of Public Health and Environment [organization] aka=department 0.8",
    "Department of Public Health and Environment 0.8: \"Stay indoors,\"",
  ]],
  ["The Water Ministry and Kelso Mining signed the deal. Kelso Motors closed. \"It is a good deal,\" the ministry said.", [
    "Water Ministry [organization] aka=ministry 0.8",
    "Water Ministry 0.8: \"It is a good deal,\"",
  ]],
  ["Doctors at the University of Kelso Hospital were busy. Kelso Motors closed. \"We treated 40 people,\" the hospital said.", [
    "University of Kelso Hospital [organization] aka=hospital 0.8",
    "University of Kelso Hospital 0.8: \"We treated 40 people,\"",
  ]],
  ["Doctors at Kelso Hospital for children were busy. Kelso Motors closed. \"We are full,\" the hospital said.", [
    "Kelso Hospital [organization] aka=hospital 0.8",
    "Kelso Hospital 0.8: \"We are full,\"",
  ]],
  ["At Kelso Hospital I saw doctors. Kelso Motors closed. \"We are full,\" the hospital said.", [
    "Kelso Hospital [organization] aka=hospital 0.8",
    "Kelso Hospital 0.8: \"We are full,\"",
  ]],
  ["Kelso Motors closed. \"We are full,\" the hospital said. Doctors at Kelso Regional Hospital were busy.", [
    "Kelso Motors [organization] aka=hospital 0.8",
    "Kelso Motors 0.8: \"We are full,\"",
  ]],
  ["Investors sold shares of Kelso Company on Monday. Kelso Motors closed. \"We will recover,\" the company said.", [
    "Kelso Company [organization] aka=company 0.8",
    "Kelso Company 0.8: \"We will recover,\"",
  ]],
  ["Hospital staff were busy. \"We are full,\" the hospital said.", [
    "hospital [organization] 0.7",
    "hospital 0.8: \"We are full,\"",
  ]],
  ["Doctors at Kelso Hospital of the north were busy. Kelso Motors closed. \"We are full,\" the hospital said.", [
    "Kelso Hospital [organization] aka=hospital 0.8",
    "Kelso Hospital 0.8: \"We are full,\"",
  ]],
  ["Doctors at the Hospital for Sick Children were busy. Kelso Motors closed. \"We are full,\" the hospital said.", [
    "Hospital for Sick Children [organization] aka=hospital 0.8",
    "Hospital for Sick Children 0.8: \"We are full,\"",
  ]],
];

table('markup coreference: a body noun is the body named in full before it', BODY_NOUN_CASES);
