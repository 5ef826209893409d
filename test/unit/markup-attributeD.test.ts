// The reported-speech rules of markup/attribute.ts between the pronoun that stands for a sentence's
// opening subject and the verbs that report an act (issue 8's survivors there): each table is made-up
// wire sentences and everything the engine marks in them, speaker and words, so that every word of
// a cue list and every condition of a rule is decided by some sentence, one where it fires and one
// where it must not.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

type Row = [body: string, expected: string[]];

function table(rows: Row[]) {
  for (const [body, expected] of rows) {
    test(body, () => assert.deepEqual(marked(body, markUp(body)), expected));
  }
}

describe('markup: "..., it said": a pronoun for the body or group that opens the clause', () => {
  table([
    ['The Ruritanian navy stopped two boats overnight, it said.', ["Ruritanian navy: The Ruritanian navy stopped two boats overnight"]],
    ['The farmers blocked the main road on Monday, they said.', ["farmers: The farmers blocked the main road on Monday"]],
    ['The farmers blocked the main road on Monday, it said.', []],
    ['Lumora Holdings cut its forecast on Monday, it said.', ["Lumora Holdings: Lumora Holdings cut its forecast on Monday"]],
    ['Lumora Holdings cut its forecast on Monday, they said.', ["Lumora Holdings: Lumora Holdings cut its forecast on Monday"]],
    ['Mara Velt closed the road on Monday, it said.', []],
    ['On Monday the navy stopped two boats, it said.', []],
    ['Stopping two boats, it said.', []],
    ['Hundreds of farmers blocked the main road on Monday, they said.', []],
    ['(The Ruritanian navy stopped two boats overnight, it said.)', []],
    ['The weather turned cold overnight, it said.', []],
    ['The Ruritanian navy, it said.', []],
    ['Lumora Holdings, it said.', []],
  ]);
});

describe('markup: the pronoun for an opening subject is less sure than a name by the cue', () => {
  test('a body and its "it": 0.8 at most', () => {
    assert.deepEqual(markUp('The Ruritanian navy stopped two boats overnight, it said.').spans.map((x) => x.confidence), [0.8]);
  });
  test('a group and its "they"', () => {
    assert.deepEqual(markUp('The farmers blocked the main road on Monday, they said.').spans.map((x) => x.confidence), [0.75]);
  });
});

describe('markup: the opening subject of a participle ("Hundreds of farmers ..., saying")', () => {
  table([
    ['Thousands of farmers blocked the road, saying the price was too low.', ["farmers: the price was too low"]],
    ['Dozens of farmers blocked the road, saying the price was too low.', ["farmers: the price was too low"]],
    ['Scores of farmers blocked the road, saying the price was too low.', ["farmers: the price was too low"]],
    ['Tens of farmers blocked the road, saying the price was too low.', ["farmers: the price was too low"]],
    ['Hundreds of farmers blocked the road, saying the price was too low.', ["farmers: the price was too low"]],
    ['Hundreds farmers blocked the road, saying the price was too low.', ["Hundreds farmers: the price was too low"]],
    ['Fishermen and farmers blocked the road, saying the price was too low.', []],
    ['Farmers and Kessler blocked the road, saying the price was too low.', ["Kessler: the price was too low"]],
    ['The founder of a popular budgeting app apologized on Monday, saying the outage was his fault.', ["founder: the outage was his fault"]],
    ['The founder in a popular budgeting app apologized on Monday, saying the outage was his fault.', ["founder: the outage was his fault"]],
    ['The founder that built the app apologized on Monday, saying the outage was his fault.', []],
    ['The founder apologized on Monday, saying the outage was his fault.', ["founder: the outage was his fault"]],
    ['A senior official apologized on Monday, saying the outage was his fault.', ["senior official: the outage was his fault"]],
    ['The weather apologized on Monday, saying the outage was his fault.', []],
    ['The union apologized on Monday, saying the outage was its fault.', ["union: the outage was its fault"]],
    ['Lumora Holdings apologized on Monday, saying the outage was its fault.', ["Lumora Holdings: the outage was its fault"]],
    ['The farmers apologized on Monday, saying the outage was their fault.', ["farmers: the outage was their fault"]],
    ['Mara Velt apologized on Monday, saying the outage was her fault.', ["Mara Velt: the outage was her fault"]],
    ['Mara Velt, saying the outage was her fault.', []],
    ['(Farmers blocked the road, saying the price was too low.)', []],
    ['The fishermen and herdsmen apologized, saying the outage was their fault.', []],
    ['The herdsmen and fishermen apologized, saying the outage was their fault.', ["herdsmen and fishermen: the outage was their fault"]],
    ['The farmers and herders apologized, saying the outage was their fault.', ["farmers and herders: the outage was their fault"]],
    ['The farmers and herder apologized, saying the outage was their fault.', []],
    ['The farmer and herders apologized, saying the outage was their fault.', []],
    ['The farmers and herders, saying the outage was their fault.', []],
    ['The farmers and the herders apologized, saying the outage was their fault.', []],
    ['The farmers and herders in Vigo apologized, saying the outage was their fault.', ["farmers and herders: the outage was their fault"]],
    ['The farmers or herders apologized, saying the outage was their fault.', []],
    ['The farmers and Lumora Holdings apologized, saying the outage was their fault.', []],
    ['The director of Lumora Holdings apologized, saying the outage was his fault.', ["director: the outage was his fault"]],
    ['The director at Lumora Holdings apologized, saying the outage was his fault.', ["director: the outage was his fault"]],
    ['The director that Lumora Holdings hired apologized, saying the outage was his fault.', []],
    ['The director of the plant that closed apologized, saying the outage was his fault.', []],
    ['The director of the plant in Vigo apologized, saying the outage was his fault.', ["director: the outage was his fault"]],
    ['The director of the plant, in Vigo, apologized, saying the outage was his fault.', []],
    ['The director has apologized, saying the outage was his fault.', ["director: the outage was his fault"]],
    ['Lumora Holdings has apologized, saying the outage was its fault.', ["Lumora Holdings: the outage was its fault"]],
    ['They apologized, saying the outage was their fault.', []],
    ['The spokesman apologized, saying the outage was his fault.', ["spokesman: the outage was his fault"]],
    ['A spokesman apologized, saying the outage was his fault.', ["spokesman: the outage was his fault"]],
    ['The old man apologized, saying the outage was his fault.', []],
  ]);
});

describe('markup: "the Association (ISPA) said": a bracketed acronym after the name', () => {
  table([
    ['The International Salt Producers Association (ISPA) said prices would rise.', ["International Salt Producers Association: prices would rise"]],
    ['Prices would rise, the International Salt Producers Association (ISPA) said.', ["International Salt Producers Association: Prices would rise"]],
    ['Prices would rise, the International Salt Producers Association (ispa) said.', []],
    ['Prices would rise, the International Salt Producers Association (I) said.', []],
    ['Prices would rise, the International Salt Producers Association (2024) said.', []],
    ['Prices would rise, the International Salt Producers Association (IsPA) said.', []],
    ['Prices would rise, Lumora Holdings (LH) said.', ["Lumora Holdings: Prices would rise"]],
    ['Prices would rise, (LH) said.', []],
    ['Prices would rise, the Salt Producers Association (SPA) said. The SPA said costs would fall.', ["Salt Producers Association: Prices would rise", "Salt Producers Association: costs would fall"]],
    ['Prices would rise, the Salt Producers Association (SP) said. SP said costs would fall.', ["Salt Producers Association: Prices would rise", "Salt Producers Association: costs would fall"]],
    ['Prices would rise, the Salt Producers Association (S) said. S said costs would fall.', ["S: costs would fall"]],
    ['Prices would rise, the Salt Producers Association (Spa) said. Spa said costs would fall.', ["Spa: costs would fall"]],
    ['Prices would rise, the Salt Producers Association (S.P.A.) said. S.P.A. said costs would fall.', ["Salt Producers Association: Prices would rise", "Salt Producers Association: costs would fall"]],
    ['Prices would rise, the Salt Producers Association (2SPA) said. 2SPA said costs would fall.', ["Salt Producers Association: costs would fall"]],
    ['Prices would rise, the Salt Producers Association (22) said.', []],
    ['Prices would rise, the Salt Producers Association SPA) said.', []],
    ['Prices would rise, the Salt Producers Association (SPA said.', []],
    ['Prices would rise, the Salt Producers Association [SPA] said.', []],
    ['Prices would rise, (SPA) said. SPA said costs would fall.', ["SPA: costs would fall"]],
    ['Prices would rise, Vantor Group (VG) said. VG said costs would fall.', ["Vantor Group: Prices would rise", "Vantor Group: costs would fall"]],
    ['Prices would rise, and Vantor Group (VG) said costs would fall. VG said more.', ["Vantor Group: costs would fall"]],
    ['Prices would rise, the group Vantor Group (VG) said. VG said costs would fall.', ["group Vantor Group: Prices would rise", "group Vantor Group: costs would fall"]],
    ['The Salt Producers Association (SPA) said prices would rise. SPA said costs would fall.', ["Salt Producers Association: prices would rise", "Salt Producers Association: costs would fall"]],
  ]);
});

describe('markup: where the clause of a second cue begins', () => {
  table([
    ['Mara Velt said the plan was sound, and Ivo Rask said it was not.', ["Mara Velt: the plan was sound", "Ivo Rask: it was not"]],
    ['Mara Velt said the plan was sound but Ivo Rask said it was not.', ["Mara Velt: the plan was sound", "Ivo Rask: it was not"]],
    ['Mara Velt said the plan was sound, Ivo Rask said it was not.', ["Mara Velt: the plan was sound", "Ivo Rask: it was not"]],
    ['Mara Velt said the plan was sound and expressed the hope that talks would go on.', ["Mara Velt: the plan was sound", "Mara Velt: talks would go on"]],
    ['Mara Velt said the plan was sound, but urged the board to vote.', ["Mara Velt: the plan was sound", "Mara Velt: the board to vote"]],
    ['Mara Velt said the plan was sound and demanded that the board vote.', ["Mara Velt: the plan was sound"]],
    ['Mara Velt said the plan was sound, demanding that the board vote.', ["Mara Velt: the plan was sound"]],
    ['Mara Velt said the plan was sound, and she hoped the board would vote.', ["Mara Velt: the plan was sound", "Mara Velt: the board would vote"]],
    ['Mara Velt said the plan was sound and she urged the board to vote.', ["Mara Velt: the plan was sound", "Mara Velt: the board to vote"]],
    ['Mara Velt said the plan was sound, the board would vote, Ivo Rask added.', ["Mara Velt: the plan was sound, the board would vote"]],
    ['The board would vote, Mara Velt said, and Ivo Rask said it would not.', ["Mara Velt: The board would vote", "Ivo Rask: it would not"]],
    ['Mara Velt said the plan was sound and Ivo Rask expressed the hope that talks would go on.', ["Mara Velt: the plan was sound", "Ivo Rask: talks would go on"]],
    ['Mara Velt said the plan was sound and Ivo Rask urged the board to vote.', ["Mara Velt: the plan was sound", "Ivo Rask: the board to vote"]],
    ['Mara Velt said the plan was sound and Ivo Rask demanded that the board vote.', ["Mara Velt: the plan was sound"]],
    ['Mara Velt said the plan was sound and Ivo Rask called for a vote.', ["Mara Velt: the plan was sound", "Ivo Rask: a vote"]],
  ]);
});

describe('markup: "but called it a fragment": a naming verb after "and"/"but"', () => {
  table([
    ['Mara Velt said the plan was sound but called the vote "a farce" on Monday.', ["Mara Velt: the plan was sound", "Mara Velt: \"a farce\""]],
    ['Mara Velt said the plan was sound and called the vote "a farce" on Monday.', ["Mara Velt: the plan was sound", "Mara Velt: \"a farce\""]],
    ['Mara Velt called the vote "a farce" on Monday.', ["Mara Velt: \"a farce\""]],
    ['Mara Velt said the plan was sound but called the vote a farce on Monday.', ["Mara Velt: the plan was sound but called the vote a farce on Monday"]],
    ['Mara Velt said the plan was sound but called the long and bitter vote of the whole board "a farce" on Monday.', ["Mara Velt: the plan was sound but called the long and bitter vote of the whole board \"a farce\" on Monday"]],
    ['Mara Velt said the plan was sound but called it "a farce, a sham, a disgrace, a waste of time, and an insult to every voter here."', ["Mara Velt: the plan was sound but called it \"a farce, a sham, a disgrace, a waste of time, and an insult to every voter here.\""]],
    ['Mara Velt said the plan was sound but called it "a farce.', []],
    ['Mara Velt said the plan was sound but described it "a farce" on Monday.', ["Mara Velt: the plan was sound", "Mara Velt: \"a farce\""]],
    ['Mara Velt said the plan was sound but dubbed it "a farce" on Monday.', ["Mara Velt: the plan was sound", "Mara Velt: \"a farce\""]],
    ['Mara Velt said the plan was sound but branded it "a farce" on Monday.', ["Mara Velt: the plan was sound", "Mara Velt: \"a farce\""]],
    ['Mara Velt said the plan was sound but called it so. "A farce," she said.', ["Mara Velt: the plan was sound but called it so", "Mara Velt: \"A farce,\""]],
    ['Mara Velt said the plan was sound, called the vote "a farce" on Monday.', ["Mara Velt: the plan was sound, called the vote \"a farce\" on Monday"]],
    ['Mara Velt said the plan was sound but called it "one two three four five six seven eight nine ten eleven twelve" on Monday.', ["Mara Velt: the plan was sound", "Mara Velt: \"one two three four five six seven eight nine ten eleven twelve\""]],
    ['Mara Velt said the plan was sound but called it "one two three four five six seven eight nine ten eleven twelve thirteen" on Monday.', ["Mara Velt: the plan was sound but called it \"one two three four five six seven eight nine ten eleven twelve thirteen\" on Monday"]],
    ['Mara Velt said the plan was sound but called the whole vote "a farce" on Monday.', ["Mara Velt: the plan was sound", "Mara Velt: \"a farce\""]],
    ['Mara Velt said the plan was sound but called the whole big vote "a farce" on Monday.', ["Mara Velt: the plan was sound but called the whole big vote \"a farce\" on Monday"]],
    ['Mara Velt said the "green" plan was sound but called it a farce.', ["Mara Velt: the \"green\" plan was sound but called it a farce"]],
  ]);
});

describe('markup: "accused X of ...": the charge is the words when it quotes them', () => {
  table([
    ['Mara Velt accused the mayor of "wasting every cent we gave him" on Monday.', ["Mara Velt: \"wasting every cent we gave him\" on Monday"]],
    ['Mara Velt accused the mayor of wasting money on Monday.', []],
    ['Mara Velt accused the mayor on Monday of "wasting every cent we gave him".', []],
    ['Mara Velt accused the mayor of.', []],
    ['Mara Velt accused the mayor. "He wasted every cent," she said.', ["Mara Velt: \"He wasted every cent,\""]],
    ['Mara Velt accuses the mayor of "wasting every cent we gave him" on Monday.', ["Mara Velt: \"wasting every cent we gave him\" on Monday"]],
    ['Mara Velt never accused the mayor of "wasting every cent we gave him" on Monday.', []],
    ['Mara Velt accused "the mayor" of wasting money.', []],
    ['"It was waste," Mara Velt said, and accused the mayor of "wasting every cent we gave him".', ["Mara Velt: \"It was waste,\"", "Mara Velt: \"wasting every cent we gave him\""]],
    ['Out of spite Mara Velt accused, as ever, "the council of lying to us all".', []],
    ['"We lost," Mara Velt said, and accused the mayor of wasting money.', ["Mara Velt: \"We lost,\""]],
    ['Mara Velt accused the mayor of wasting money. "He lied," she said.', ["Mara Velt: \"He lied,\""]],
    ['Mara Velt accused the mayor', []],
    ['Mara Velt accused the mayor of lying."He wasted it all," she said.', ["Mara Velt: \"He wasted it all,\""]],
  ]);
});

describe('markup: demands, hopes and participles as cues', () => {
  table([
    ['Mara Velt urged the council to act.', ["Mara Velt: the council to act"]],
    ['Mara Velt urged the council of the city to act.', ["Mara Velt: the council of the city to act"]],
    ['Mara Velt urged the council of the whole big city to act.', []],
    ['Mara Velt urged to act.', []],
    ['Mara Velt urged the council, to act.', []],
    ['Mara Velt urged the council would act.', []],
    ['Mara Velt urged that the council act.', ["Mara Velt: the council act"]],
    ['Mara Velt urged restraint.', []],
    ['Mara Velt asked the council to act.', ["Mara Velt: the council to act"]],
    ['Mara Velt asked for restraint from the council.', ["Mara Velt: restraint from the council"]],
    ['Mara Velt called for restraint from the council.', ["Mara Velt: restraint from the council"]],
    ['Mara Velt called for the council to act.', ["Mara Velt: the council to act"]],
    ['Mara Velt demanded the council resign.', ["Mara Velt: the council resign"]],
    ['Mara Velt demanded that the council resign.', ["Mara Velt: the council resign"]],
    ['Mara Velt asked that the council resign.', ["Mara Velt: the council resign"]],
    ['Mara Velt asked the council to act', ["Mara Velt: the council to act"]],
    ['Mara Velt urged the council', []],
    ['Mara Velt expressed the hope that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt expressed hope that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt voiced the hope that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt expressed confidence that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt expressed the belief that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt expresses the hope that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt spoke on Monday, adding that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt spoke on Monday and adding that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt spoke on Monday adding that the council would act.', []],
    ['Mara Velt spoke on Monday, pointing out that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt spoke on Monday, expressing the hope that the council would act.', ["Mara Velt: the council would act"]],
    ['Mara Velt said that the plan was sound and that she hoped the council would act.', ["Mara Velt: the plan was sound and that she hoped the council would act"]],
    ['Mara Velt said that the plan was sound and that they hoped the council would act.', ["Mara Velt: the plan was sound and that they hoped the council would act"]],
    ['Mara Velt said the plan was sound and he said the council would act.', ["Mara Velt: the plan was sound", "Mara Velt: the council would act"]],
    ['The plant will close, according to Reuters', ["Reuters: The plant will close"]],
    ['The council must act, Mara Velt urged', ["Mara Velt: The council must act"]],
    ['Mara Velt expressed hope, saying the talks would go on.', ["Mara Velt: the talks would go on"]],
    ['Mara Velt expressed the hope, saying the talks would go on.', ["Mara Velt: the talks would go on"]],
    ['Calm was called for, according to Lumora Holdings.', []],
    ['Mara Velt called for that plan to be dropped.', ["Mara Velt: plan to be dropped"]],
    ['Mara Velt asked that the plan to expand the port be dropped.', ["Mara Velt: the plan to expand the port be dropped"]],
    ['Saying the council would act, Mara Velt left.', []],
    ['Mara Velt spoke. Saying the council would act, she left.', []],
    ['Adding that the council would act, Mara Velt spoke on Monday.', []],
    ['Mara Velt knew that she said the plan was sound.', ["Mara Velt: the plan was sound"]],
    ['Mara Velt said the plan was sound and that she said it was not.', ["Mara Velt: the plan was sound and that she said it was not"]],
  ]);
});

describe('markup: a verb of speech that reports an act, not words', () => {
  table([
    ['Mara Velt added $140 million in spending to the bill.', []],
    ['Mara Velt added €140 million in spending to the bill.', []],
    ['Mara Velt added £140 million in spending to the bill.', []],
    ['Mara Velt added 140 jobs to the plant.', []],
    ['Mara Velt adds $140 million in spending to the bill.', []],
    ['Mara Velt added the bill was too costly.', ["Mara Velt: the bill was too costly"]],
    ['Mara Velt added that the bill was too costly.', ["Mara Velt: the bill was too costly"]],
    ['Mara Velt added, "We will win."', ["Mara Velt: \"We will win.\""]],
    ['Mara Velt said $140 million was missing.', ["Mara Velt: $140 million was missing"]],
    ['Lumora Holdings reported a 38% drop in profit.', []],
    ['Lumora Holdings reported profit fell by a third.', ["Lumora Holdings: profit fell by a third"]],
    ['Lumora Holdings announced a new plant in Vigo.', []],
    ['Lumora Holdings announced a new plant would open in Vigo.', ["Lumora Holdings: a new plant would open in Vigo"]],
    ['Lumora Holdings announced it would open a plant in Vigo.', ["Lumora Holdings: it would open a plant in Vigo"]],
    ['The plant will open in Vigo, announced Lumora Holdings.', ["Lumora Holdings: The plant will open in Vigo"]],
    ['Lumora Holdings announced plans to open a plant in Vigo.', []],
    ['Lumora Holdings confirmed the deal on Monday.', []],
    ['The two sides agreed on Tuesday to resume talks.', []],
    ['Mara Velt noted the bill.', []],
    ['Mara Velt noted the bill was too costly.', ["Mara Velt: the bill was too costly"]],
    ['Mara Velt noted it.', []],
    ['Mara Velt noted the cost of the bill rose.', []],
    ['Mara Velt noted the bill had passed.', ["Mara Velt: the bill had passed"]],
    ['Mara Velt noted to the council that the bill was costly.', ["Mara Velt: the bill was costly"]],
    ['The fee rose, Mara Velt added', ["Mara Velt: The fee rose"]],
    ['The fee rose, Mara Velt announced', ["Mara Velt: The fee rose"]],
    ['Lumora Holdings announced - with regret - that the plant in Vigo would close.', ["Lumora Holdings: - with regret - that the plant in Vigo would close"]],
    ['Lumora Holdings confirmed that to keep costs down it would close a plant.', ["Lumora Holdings: to keep costs down it would close a plant"]],
    ['Mara Velt added $140 million would go to schools.', []],
    ['Mara Velt added €140 million would go to schools.', []],
    ['Mara Velt added £140 million would go to schools.', []],
    ['Mara Velt added 140 jobs would go.', []],
    ['Mara Velt adds $140 million would go to schools.', []],
    ['Mara Velt added that 140 jobs would go.', ["Mara Velt: 140 jobs would go"]],
    ['Mara Velt said the plan was sound and Ivo Rask expressed the hope that talks would go on.', ["Mara Velt: the plan was sound", "Ivo Rask: talks would go on"]],
    ['Mara Velt expressed hope, saying the talks would go on.', ["Mara Velt: the talks would go on"]],
    ['Mara Velt expressed the hope, saying the talks would go on.', ["Mara Velt: the talks would go on"]],
  ]);
});

describe('markup: the prepositional phrase between an opening subject and its verb', () => {
  table([
    // "that" as a determiner is part of the phrase; as a relative pronoun it ends it.
    ['The director of that plant apologized, saying the outage was his fault.', ['director: the outage was his fault']],
    ['The director of the plant that closed apologized, saying the outage was his fault.', []],
    // Only a preposition opens the phrase that is stepped over: a relative clause without "that" is not.
    ['The director the board hired apologized, saying the outage was his fault.', []],
  ]);
});

describe('markup: cues that open, close or only seem to open a report', () => {
  table([
    ['Mara Velt spoke on Monday. She apologized, saying the outage was her fault.', ["Mara Velt: the outage was her fault"]],
    ['Mara Velt said the price rose by 3 percent according to Lumora Holdings.', ["Mara Velt: the price rose by 3 percent"]],
    ['Mara Velt said the plan was "according to the rules" and fair.', ["Mara Velt: the plan was \"according to the rules\" and fair"]],
    ['Ivo Rask lost and called it "a farce", Mara Velt said.', ["Mara Velt: Ivo Rask lost and called it \"a farce\"", "Mara Velt: \"a farce\""]],
    ['Mara Velt left on Monday, adding she said the plant would close.', ["Mara Velt: the plant would close"]],
    ['Protesters calling for a vote marched on Monday.', []],
    ['The protesters calling for a vote marched on Monday.', []],
    ['Mara Velt left, asking if the council wanted to act.', []],
    ['Mara Velt left, urging what the council planned to do.', []],
    ['Mara Velt said the plan was sound and Ivo Rask said it was not.', ["Mara Velt: the plan was sound", "Ivo Rask: it was not"]],
  ]);
});

describe('markup: a bracketed acronym needs both brackets and a name before it', () => {
  table([
    ['According to Vantorcorp (VC), prices rose by a third.', ["Vantorcorp: prices rose by a third"]],
    ['According to Vantor Group (VG), prices rose by a third.', ["Vantor Group: prices rose by a third"]],
    ['According to the Salt Producers Association (SPA), prices rose by a third.', ["Salt Producers Association: prices rose by a third"]],
    ['(SPA) said prices would rise.', []],
    // A list item's label: a closing bracket with no opening one before it.
    ['A) said prices would rise.', []],
    ['Prices would rise, Vantor Group (VG Inc said.', []],
    ['Prices would rise, the Salt Producers Association SPA) said.', []],
  ]);
});

describe('markup: a report, a survey or data is never the opening subject', () => {
  table([
    ['The report found costs rose, it said.', []],
    ['The report apologized, saying the outage was its fault.', []],
  ]);
});

describe('markup: "the Daily Post quoted her as saying" after a report: the paper is no part of the words', () => {
  table([
    ['Mara Velt said the plan was sound, the Daily Post quoted her as saying.', ['Mara Velt: the plan was sound']],
    ['Ivo Rask said the vote was close, and the Daily Post quoted Mara Velt as saying the plant would close.',
      ['Ivo Rask: the vote was close', 'Daily Post: Mara Velt as saying the plant would close', 'Mara Velt: the plant would close']],
  ]);
});
