// The attribution rules of lines 583-774 of server/src/service/markup/attribute.ts, each on a
// table of made-up wire sentences: a definite description before a name in apposition ("The
// Chancellor, Ken Marsden, said"), a relative clause between a subject and its cue, a name placed
// by its body ("Priya Raman of Bernstein"), the reported-speech loop over a sentence's cues
// (participles, fragments, "according to", words on both sides of an inverted cue), a cue joined
// by "and" to an earlier verb, and "..., it said" for the body that opens the clause. Each row
// holds the whole result, every span with its speaker and confidence; the rows with nothing
// marked are the rules' refusals. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';

/** "Speaker Name 0.9: the words" for every span the engine marks in `body`. */
function spans(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)} ${x.confidence}: ${body.slice(x.start, x.end)}`);
}

function table(cases: [string, string[]][]) {
  for (const [body, expected] of cases) assert.deepEqual(spans(body), expected, body);
}

describe('markup: a definite description, then the name in apposition to it', () => {
  test('"The/Its/His/Her/Their DESCRIPTION, NAME, said": the name speaks; a verb, pronoun or stop inside refuses', () => table([
    ["The Conservative MP for Wensley and Swaledale, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Chancellor, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["Its Chairman, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["His Excellency, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["Her Majesty's Inspector of Prisons, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["Their Director General, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Vice-Chancellor, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Vice - Chancellor, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Man Who Knew, Ken Marsden, said the road would close.", []],
    ["The Mayor of Aldbury Is Here, Ken Marsden, said the road would close.", []],
    ["The Mayor (Aldbury), Ken Marsden, said the road would close.", []],
    ["A Chancellor, Ken Marsden, said the road would close.", []],
    ["Chancellor, Ken Marsden, said the road would close.", []],
    ["The Mayor Said, Ken Marsden, said the road would close.", []],
    ["The Mayor and Her, Ken Marsden, said the road would close.", []],
    ["The Mayor of Aldbury and Eastfield, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Mayor: Ken Marsden, said the road would close.", []],
  ]));
});

describe('markup: a relative clause between the subject and its cue', () => {
  test('"NAME, who/whose/which/from ... , ..., said": the subject stands before the clause; a cue or a quotation inside it, or 40 words, ends the search', () => table([
    ["Gemma Lowther, whose father, Ray, was ill, said the ward was full.", ["Gemma Lowther 0.9: the ward was full"]],
    ["The Harbour Trust, which runs docks in Hull, Leeds and York, said the cranes were idle.", ["Harbour Trust 0.8: the cranes were idle"]],
    ["The farmers, who were in Aldbury, Eastfield and Hove, said the harvest had failed.", ["farmers 0.75: the harvest had failed"]],
    ["The farmers, that were in Aldbury, Eastfield and Hove, said the harvest had failed.", []],
    ["Farmers who were in Aldbury, Eastfield and Hove, said the harvest had failed.", []],
    ["The farmers, who said prices in Aldbury, Eastfield and Hove had fallen, said they were ruined.", ["farmers 0.75: they were ruined"]],
    ["The farmers, who asked about Aldbury, Eastfield and Hove, said they were ruined.", []],
    ["The farmers, who called Aldbury \"a swamp, frankly\", said they were ruined.", []],
    ["The farmers, who shouted in Aldbury, Eastfield and Hove, said they were ruined.", ["farmers 0.75: they were ruined"]],
    ["The farmers, people who lived in Aldbury, Eastfield and Hove, said they were ruined.", ["farmers 0.75: they were ruined"]],
    ["The farmers, and who lived in Aldbury, Eastfield and Hove, said they were ruined.", []],
    ["Ana Ferreira, director of Dune Watch, a group which works in Hove, said the dunes were eroding.", ["Ana Ferreira 0.9: the dunes were eroding"]],
    ["The farmers, who lived in Aldbury, Eastfield, Hove, Lewes, Seaford, Newhaven, Brighton, Worthing, Shoreham, Lancing, Ferring, Goring, Angmering, Littlehampton, Arundel, Bognor, Felpham and Selsey, said they were ruined.", ["farmers 0.75: they were ruined"]],
    ["The farmers, who lived in Aldbury, Eastfield, Hove, Lewes, Seaford, Newhaven, Brighton, Worthing, Shoreham, Lancing, Ferring, Goring, Angmering, Littlehampton, Arundel, Bognor, Felpham, Selsey, said they were ruined.", ["farmers 0.75: they were ruined"]],
    ["The farmers, who lived in Aldbury, Eastfield, Hove, Lewes, Seaford, Newhaven, Brighton, Worthing, Shoreham, Lancing, Ferring, Goring, Angmering, Littlehampton, Arundel, Bognor, Felpham, Selsey and Ryde, said they were ruined.", []],
  ]));
});

describe('markup: a name in apposition to a description, and a name placed by its body', () => {
  test('the description is part of the subject, on either side of the cue', () => table([
    ["The mine's operator, Minera Andina del Sur, said the tunnel was safe.", ["Minera Andina del Sur 0.9: the tunnel was safe"]],
    ["\"We are safe,\" Kestrel's chief executive, Angela Dorsey, said.", ["Angela Dorsey 0.9: \"We are safe,\""]],
    ["The tunnel was safe, the mine's operator, Minera Andina del Sur, said.", ["Minera Andina del Sur 0.9: The tunnel was safe"]],
    ["The tunnel was safe, Angela Dorsey said.", ["Angela Dorsey 0.9: The tunnel was safe"]],
    ["The tunnel was safe, the operator said.", ["operator 0.8: The tunnel was safe"]],
    ["The tunnel was safe, Dorsey, the operator, said.", ["Dorsey 0.9: The tunnel was safe"]],
  ]));
  test('a proper name is capitalised words of at most five, with particles inside', () => table([
    ["Sarah Collins, of Wiltshire Police, said the road was shut.", ["Sarah Collins 0.9: the road was shut"]],
    ["The mine's operator, Maria de la Cruz, said the tunnel was safe.", ["Maria de la Cruz 0.9: the tunnel was safe"]],
    ["The mine's operator, Maria Cruz del Sur Este Norte, said the tunnel was safe.", []],
    ["The mine's operator, Maria Cruz del Sur Este, said the tunnel was safe.", ["Maria Cruz del Sur Este 0.8: the tunnel was safe"]],
    ["The mine's operator, Maria del, said the tunnel was safe.", []],
    ["The mine's operator, de Maria, said the tunnel was safe.", []],
    ["The mine's operator, Maria CRUZ, said the tunnel was safe.", []],
    ["The mine's operator, Maria, said the tunnel was safe.", ["Maria 0.9: the tunnel was safe"]],
    ["The mine's operator, Maria - Cruz, said the tunnel was safe.", []],
    ["The mine's operator, Maria 3 Cruz, said the tunnel was safe.", []],
    ["The mine's operator, Maria and Cruz, said the tunnel was safe.", []],
    ["The, Ken Marsden, said the road would close.", []],
    ["Their, Ken Marsden, said the road would close.", []],
    ["The Chancellor Ken, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
  ]));
  test('"NAME, a description, which/who said": the relative clause is about the name', () => table([
    ["Senapred, Chile's disaster prevention agency, which said the roads were closed, warned of floods.", ["Senapred 0.9: the roads were closed"]],
    ["Senapred, the disaster agency, which said the roads were closed, warned of floods.", ["Senapred 0.9: the roads were closed"]],
    ["Ana Ferreira, a retired engineer, who said the bridge was sound, left early.", []],
    ["Ana Ferreira, a retired engineer, who lives in Hove, said the bridge was sound.", ["Ana Ferreira 0.9: the bridge was sound"]],
    ["Senapred, the disaster agency, which monitors floods, said the roads were closed.", ["Senapred 0.9: the roads were closed"]],
    ["Ana Ferreira, the engineer, who lives in Hove, said the bridge was sound.", ["Ana Ferreira 0.9: the bridge was sound"]],
    ["the engineer, who lives in Hove, said the bridge was sound.", ["engineer 0.55: the bridge was sound"]],
    ["Lisle, the engineer, who lives in Hove, said the bridge was sound.", ["Lisle 0.9: the bridge was sound"]],
  ]));
  test('"Another analyst, Priya Raman of Bernstein, said": a role, then a name placed by a capitalised body', () => table([
    ["Another analyst, Priya Raman of Bernstein, wrote that margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, Priya Raman of Bernstein and Partners, said margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, Priya Raman of the Bernstein Group, said margins would fall.", []],
    ["Another analyst, Priya Raman of Bernstein for Europe, said margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, Priya Raman of Bernstein & Co, said margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, Priya Raman of Bernstein in London, said margins would fall.", []],
    ["Another analyst, Priya Raman of the group, said margins would fall.", []],
    ["Another analyst, Priya of Bernstein, said margins would fall.", ["Priya 0.9: margins would fall"]],
    ["Another analyst, Dr. Priya Raman of Bernstein, said margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, Raman of Bernstein, said margins would fall.", ["Raman 0.9: margins would fall"]],
    ["Another Analyst, Priya Raman of Bernstein, said margins would fall.", []],
    ["Another analyst, Priya Raman of of Bernstein, said margins would fall.", []],
    ["Ana Ferreira, director of Dune Watch, a volunteer group, said the dunes were eroding.", ["Ana Ferreira 0.9: the dunes were eroding"]],
    ["Ana Ferreira, of Dune Watch, a volunteer group, said the dunes were eroding.", ["Ana Ferreira 0.9: the dunes were eroding"]],
  ]));
});

describe("markup: a sentence's cues in turn", () => {
  test('participles before and after the cue, fragments, "according to", and words on both sides of an inverted cue', () => table([
    ["Lena Vogt said the talks would resume, adding that a date had been set.", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.9: a date had been set"]],
    ["Lena Vogt said the talks would resume, calling for calm.", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.9: calm"]],
    ["Calling for calm, Lena Vogt said the talks would resume.", ["Lena Vogt 0.9: calm","Lena Vogt 0.9: the talks would resume"]],
    ["Calling for calm, restraint and patience, Lena Vogt said the talks would resume.", ["Lena Vogt 0.9: calm, restraint and patience","Lena Vogt 0.9: the talks would resume"]],
    ["Calling for calm Lena Vogt said the talks would resume.", ["Lena Vogt 0.9: the talks would resume"]],
    ["Lena Vogt said the talks would resume but called the delay \"a scandal\".", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.8: \"a scandal\""]],
    ["Lena Vogt called the delay \"a scandal\".", ["Lena Vogt 0.8: \"a scandal\""]],
    ["Lena Vogt said the talks would resume and called the delay \"a scandal\" on Monday.", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.8: \"a scandal\""]],
    ["According to Lena Vogt, the talks would resume, adding that a date had been set.", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.9: a date had been set"]],
    ["According to Lena Vogt, the talks would resume.", ["Lena Vogt 0.9: the talks would resume"]],
    ["The talks would resume, Lena Vogt said, but a date had not been set.", ["Lena Vogt 0.9: The talks would resume","Lena Vogt 0.9: but a date had not been set"]],
    ["The talks would resume, Lena Vogt said.", ["Lena Vogt 0.9: The talks would resume"]],
    ["Lena Vogt said the talks would resume, urging both sides to attend.", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.9: both sides to attend"]],
    ["Urging both sides to attend, Lena Vogt said the talks would resume.", ["Lena Vogt 0.9: both sides to attend","Lena Vogt 0.9: the talks would resume"]],
    ["\"We are ready,\" said Lena Vogt, adding that a date had been set.", ["Lena Vogt 0.9: \"We are ready,\"","Lena Vogt 0.9: a date had been set"]],
    ["Lena Vogt said the talks would resume. Hugo Brandt disagreed, saying the talks were over.", ["Lena Vogt 0.9: the talks would resume","Hugo Brandt 0.8: the talks were over"]],
    ["The talks were over, Hugo Brandt said, calling for calm.", ["Hugo Brandt 0.9: The talks were over","Hugo Brandt 0.9: calm"]],
    ["Lena Vogt called the plan \"a scandal\", saying it was late.", ["Lena Vogt 0.8: \"a scandal\"","Lena Vogt 0.8: it was late"]],
  ]));
  test("a participle with no cue before it speaks for the sentence's opening subject, less surely", () => table([
    ["Mira Holm thanked the donors for their help, saying that the shelter had found homes for 40 dogs.", ["Mira Holm 0.8: the shelter had found homes for 40 dogs"]],
    ["Mira Holm thanked the donors, saying that the shelter was full, and urging them to adopt.", ["Mira Holm 0.8: the shelter was full","Mira Holm 0.8: them to adopt"]],
    ["The Harbour Trust thanked the donors, urging them to adopt.", ["Harbour Trust 0.8: them to adopt"]],
    ["Mira Holm thanked the donors, urging them to adopt.", ["Mira Holm 0.8: them to adopt"]],
    ["Mira Holm thanked the donors, saying that the shelter was full.", ["Mira Holm 0.8: the shelter was full"]],
  ]));
  test('a cue joined by "and"/"but" to an earlier verb has the subject of that verb', () => table([
    ["Mirela Dragovic called the loss \"painful\" and said her side would recover.", ["Mirela Dragovic 0.8: \"painful\"","Mirela Dragovic 0.85: her side would recover"]],
    ["Mirela Dragovic called the loss \"painful\" but said her side would recover.", ["Mirela Dragovic 0.8: \"painful\"","Mirela Dragovic 0.85: her side would recover"]],
    ["Mirela Dragovic called the loss \"painful\", and said her side would recover.", ["Mirela Dragovic 0.8: \"painful\"","Mirela Dragovic 0.85: her side would recover"]],
    ["Kim Soo-ah said the deal was fair, and expressed the hope that talks would go on.", ["Kim Soo-ah 0.9: the deal was fair","Kim Soo-ah 0.85: talks would go on"]],
    ["The Harbour Trust closed the docks and said the cranes were idle.", ["Harbour Trust 0.8: the cranes were idle"]],
    ["Mirela Dragovic, a former Serbian international, called the loss \"painful\" and said her side would recover.", ["Mirela Dragovic 0.8: \"painful\"","Mirela Dragovic 0.85: her side would recover"]],
    ["The Spaniard, known on tour as the Matador, saved two match points and said he was tired.", ["Spaniard 0.55: he was tired"]],
    ["The old Spaniard, known on tour as the Matador, saved two match points and said he was tired.", []],
    ["The storm hit the coast and said nothing.", []],
    ["Mirela Dragovic called the loss \"painful\" and has said her side would recover.", ["Mirela Dragovic 0.8: \"painful\"","Mirela Dragovic 0.85: her side would recover"]],
    ["Mirela Dragovic called the loss painful and said her side would recover.", ["Mirela Dragovic 0.85: her side would recover"]],
    ["The old Spaniard, known on tour as the Matador, went home, saved two match points and said he was tired.", []],
    ["The old Spaniard, who was known on tour as the Matador, saved two match points and said he was tired.", []],
    ["The old Spaniard, who \"loved clay\", saved two match points and said he was tired.", []],
  ]));
  test('"..., it/they said": the body or group that opens the clause', () => table([
    ["The Ruritanian navy stopped two boats overnight, it said.", ["Ruritanian navy 0.8: The Ruritanian navy stopped two boats overnight"]],
    ["The Ruritanian navy stopped two boats overnight, they said.", ["Ruritanian navy 0.8: The Ruritanian navy stopped two boats overnight"]],
    ["The Harbour Trust stopped two boats overnight, it said.", ["Harbour Trust 0.8: The Harbour Trust stopped two boats overnight"]],
    ["The Harbour Trust stopped two boats overnight, they said.", ["Harbour Trust 0.8: The Harbour Trust stopped two boats overnight"]],
    ["Residents of Hove stopped two boats overnight, they said.", ["Residents of Hove 0.75: Residents of Hove stopped two boats overnight"]],
    ["Residents of Hove stopped two boats overnight, it said.", []],
    ["The Ruritanian navy stopped two boats overnight it said.", []],
    ["The Ruritanian navy stopped two boats overnight, it has said.", ["Ruritanian navy 0.8: The Ruritanian navy stopped two boats overnight"]],
    ["Navy, it said.", []],
    ["The Ruritanian navy, it said, stopped two boats.", []],
    ["Ana Ferreira stopped two boats overnight, it said.", []],
    ["The boats were stopped overnight, the Ruritanian navy said. The crews were held, it said.", ["Ruritanian navy 0.8: The boats were stopped overnight","Ruritanian navy 0.85: The crews were held"]],
    ["The Ruritanian navy stopped two boats overnight, he said.", []],
  ]));
});

describe('markup: the name before a description that a relative clause follows', () => {
  test('"NAME, a description, which said": a name of capitalised words (or one in capitals) speaks; else the description', () => table([
    ["UNICEF, the children's agency, which said the schools were closed, warned of floods.", ["UNICEF 0.8: the schools were closed"]],
    ["the agency, the disaster agency, which said the roads were closed, warned of floods.", ["disaster agency 0.8: the roads were closed"]],
    ["EBAY, the auction site, which said the listings were fake, warned of fraud.", ["EBAY 0.8: the listings were fake"]],
    ["UNICEF and WFP, the aid agencies, which said the schools were closed, warned of floods.", ["aid agencies 0.75: the schools were closed"]],
    ["Minera Andina del Sur, the mining company, which said the tunnel was safe, warned of floods.", ["Minera Andina del Sur 0.9: the tunnel was safe"]],
    ["Minera Andina del Sur Este Norte, the mining company, which said the tunnel was safe, warned of floods.", ["Minera Andina del Sur Este Norte 0.8: the tunnel was safe"]],
    ["Minera Andina del Sur Este, the mining company, which said the tunnel was safe, warned of floods.", ["Minera Andina del Sur Este 0.8: the tunnel was safe"]],
    ["MINERA Andina, the mining company, which said the tunnel was safe, warned of floods.", ["MINERA Andina 0.8: the tunnel was safe"]],
    ["Minera ANDINA, the mining company, which said the tunnel was safe, warned of floods.", ["Minera ANDINA 0.8: the tunnel was safe"]],
    ["JPMorgan Chase, the bank, which said the fees were legal, warned of fraud.", ["JPMorgan Chase 0.8: the fees were legal"]],
    ["Chase JPMorgan, the bank, which said the fees were legal, warned of fraud.", ["Chase JPMorgan 0.8: the fees were legal"]],
  ]));
});

describe('markup: a fragment after "and called"/"but called"', () => {
  test('the quoted fragment is the speaker of the sentence, unless a cue of its own claimed it or no one spoke first', () => table([
    ["Lena Vogt said the talks would resume but called the delay \"a scandal,\" Hugo Brandt said.", ["Lena Vogt 0.9: the talks would resume","Hugo Brandt 0.9: \"a scandal,\""]],
    ["Lena Vogt said the talks would resume but called the delay \"a scandal,\" said Hugo Brandt.", ["Lena Vogt 0.9: the talks would resume","Hugo Brandt 0.9: \"a scandal,\""]],
    ["Nobody said the talks would resume but called the delay \"a scandal\".", []],
    ["The paper said the talks would resume but called the delay \"a scandal\".", []],
    ["Lena Vogt said the talks would resume and described the delay as \"a scandal\".", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.8: \"a scandal\""]],
    ["Lena Vogt said the talks would resume and dubbed the plan \"Project Fear\".", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.8: \"Project Fear\""]],
  ]));
});

describe('markup: "..., it said" needs the comma', () => {
  test('"; it said" and "and it said" are no pronoun for the opening body', () => table([
    ["The Ruritanian navy stopped two boats overnight; it said the crews were held.", []],
    ["The Ruritanian navy stopped two boats overnight, and it said the crews were held.", []],
    ["The navy stopped boats and it said the crews were held.", []],
    ["The Ruritanian navy stopped two boats, it said on Monday.", ["Ruritanian navy 0.8: The Ruritanian navy stopped two boats"]],
  ]));
});

describe('markup: the search for an appositive gives up after three', () => {
  test('four asides between the name and the cue leave the sentence unmarked', () => table([
    ["Lena Vogt (Greens), a farmer (retired), a mother (of two), a widow (since May), said the road was shut.", []],
  ]));
});

describe('markup: the first verb of a sentence, read for its subject', () => {
  test('"..., saved two match points, and said": the verb after the appositive is no inverted "..., said NAME"', () => table([
    ["The Spaniard, known on tour as the Matador, saved two match points, and said he was tired.", ["Spaniard 0.55: he was tired"]],
    ["The Spaniard, known on tour as the Matador, saved two match points and said he was tired.", ["Spaniard 0.55: he was tired"]],
  ]));
});

describe('markup: a report after a dateline', () => {
  test('the words of "..., NAME said" start after the dateline, not at the paragraph', () => table([
    ["HOVE, England (AP) — The talks would resume, Lena Vogt said.", ["Lena Vogt 0.9: The talks would resume"]],
    ["HOVE, England (AP) — Lena Vogt said the talks would resume.", ["Lena Vogt 0.9: the talks would resume"]],
    ["HOVE, England (AP) - The talks would resume, Lena Vogt said on Monday.", ["Lena Vogt 0.9: The talks would resume"]],
  ]));
});

describe('markup: participles, "according to" and the sentence speaker', () => {
  test('a failed "according to" keeps the speaker; "calling for" with no cue before; a participle without its comma', () => table([
    ["Lena Vogt said the talks would resume, according to reports, adding that a date was set.", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.9: a date was set"]],
    ["Mira Holm thanked the donors, calling for more adoptions.", ["Mira Holm 0.8: more adoptions"]],
    ["Urging both sides to attend the union said the talks would resume.", ["union 0.8: both sides to attend","union 0.8: the talks would resume"]],
  ]));
});

describe('markup: a relative clause too long for an appositive (four commas)', () => {
  test('", which/from/whose/who ..." after the subject, and no other word, opens it', () => table([
    ["The unions, which represent nurses in Aldbury, Eastfield, Hove, Lewes and Seaford, said they were ruined.", ["unions 0.75: they were ruined"]],
    ["The farmers, from villages in Aldbury, Eastfield, Hove, Lewes and Seaford, said they were ruined.", ["farmers 0.75: they were ruined"]],
    ["The farmers, whose fields in Aldbury, Eastfield, Hove, Lewes and Seaford flooded, said they were ruined.", ["farmers 0.75: they were ruined"]],
    ["Farmers, who lived in Aldbury, Eastfield, Hove, Lewes and Seaford, said they were ruined.", ["Farmers 0.75: they were ruined"]],
    ["The farmers, dairy farmers from Aldbury, Eastfield, Hove, Lewes and Seaford, said they were ruined.", []],
    ["The farmers, dairy farmers who lived in Aldbury, Eastfield, Hove, Lewes and Seaford, said they were ruined.", []],
  ]));
});

describe('markup: "and said" after a first verb', () => {
  test('the subject of the first verb, with or without a comma before "and"', () => table([
    ["And said the cranes were idle.", []],
    ["The Spaniard, known as the Matador, won and said he was tired.", ["Spaniard 0.55: he was tired"]],
    ["The Spaniard, limping, won and said he was tired.", ["Spaniard 0.55: he was tired"]],
    ["The Spaniard saved two match points, and said he was tired.", ["Spaniard 0.55: he was tired"]],
    ["The Harbour Trust closed the docks, and said the cranes were idle.", ["Harbour Trust 0.8: the cranes were idle"]],
  ]));
});

describe('markup: the body that places a name ("Priya Raman of ...")', () => {
  test('capitalised words, with "of", "for", "and", "&", "the" inside; a word in lower case ends it; no name before "of" leaves the role', () => table([
    ["Another analyst, Priya Raman of Bernstein bank, said margins would fall.", []],
    ["Another analyst, Priya Raman of Bernstein eFunds, said margins would fall.", []],
    ["Another analyst, Priya Raman of Bank of the West, said margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, Priya Raman of Bernstein & Co, said margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, Priya Raman of Bernstein for Europe, said margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, Priya Raman of Bernstein and Partners, said margins would fall.", ["Priya Raman 0.9: margins would fall"]],
    ["Another analyst, head of Bernstein, said margins would fall.", ["analyst 0.7: margins would fall"]],
    ["Another analyst, the head of Bernstein, said margins would fall.", ["analyst 0.7: margins would fall"]],
  ]));
});

describe('markup: edge cases of the definite description and the pronoun', () => {
  test('a verb in the description makes it a clause; "It said" opening the text has no clause before it', () => table([
    ["The Chancellor elected in May, Ken Marsden, said the road would close.", []],
    ["It said the crews were held.", []],
  ]));
});

describe('markup: the first two verbs, and no further', () => {
  test('a subject found at the first or second verb speaks; past a third the sentence stays unmarked; a cue opening the text has none', () => table([
    ["The Spaniard, known as the Matador and loved in Paris, won and said he was tired.", []],
    ["The Spaniard, known as the Matador, loved in Paris, won and said he was tired.", ["Spaniard 0.55: he was tired"]],
    ["The Spaniard, born in Seville, raised in Madrid and trained in Paris, won and said he was tired.", []],
    ["Said the cranes were idle.", []],
  ]));
});

describe('markup: a participle after the sentence speaker, and before a subject with an appositive', () => {
  test('"adding on Monday that": the time is no part of the words; "Urging ... Vogt, the mayor, said": the words run to the name', () => table([
    ["Lena Vogt said the talks would resume, adding on Monday that a date had been set.", ["Lena Vogt 0.9: the talks would resume","Lena Vogt 0.9: a date had been set"]],
    ["Urging both sides to attend Vogt, the mayor, said the talks would resume.", ["Vogt 0.9: both sides to attend","Vogt 0.9: the talks would resume"]],
  ]));
});
