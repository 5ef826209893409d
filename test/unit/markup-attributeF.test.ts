// The attribution rules' helpers around a cue (server/src/service/markup/attribute.ts: the time
// phrase between a subject and its cue, the clause before an inverted "..., said NAME", the trailer
// after a cue (time, place, medium, audience), the report that goes on after "..., she said, but",
// and "according to"), one made-up wire sentence per condition, word of a list or bound: the words
// marked and whose. A sentence where a rule must fire stands next to one where it must not.
// Several sentences end without a full stop on purpose: the rules' bounds at the end of the text.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));

/** Each sentence with the words the engine marks in it, as "Speaker: words". */
function table(cases: [string, string[]][]) {
  for (const [body, expected] of cases) {
    test(body.replace(/\n/g, ' / '), () => assert.deepEqual(marks(body), expected));
  }
}

const PLANT = 'Ana Ferreira: the plant would close';

describe('markup: a time phrase between the subject and its cue ("senators on Wednesday urged")', () => {
  table([
    ['Ana Ferreira on Tuesday said the plant would close.', [PLANT]],
    ['Ana Ferreira last Tuesday said the plant would close.', [PLANT]],
    ['Ana Ferreira this Tuesday said the plant would close.', [PLANT]],
    ['Ana Ferreira late Tuesday said the plant would close.', [PLANT]],
    ['Ana Ferreira early Tuesday said the plant would close.', [PLANT]],
    // No word before the day: the name ends at the day, not a word earlier.
    ['Ana Ferreira Tuesday said the plant would close.', [PLANT]],
    // "Early" is a surname here, not the word before a day: "too" is no time of its own.
    ['Ana Early too said the plant would close.', []],
    ['Ana Early also said the plant would close.', ['Ana Early: the plant would close']],
    // A time word that opens the text with no subject before it.
    ['Today said the plant would close.', ['Today: the plant would close']],
  ]);
});

describe('markup: the clause before an inverted cue ("..., said NAME")', () => {
  table([
    ['Rents hit records, said Tomas Berg.', ['Tomas Berg: Rents hit records']],
    ['Prices are high, said Tomas Berg.', ['Tomas Berg: Prices are high']],
    // The verb opens the text, and is the clause's last word.
    ['Cut the rates, said Tomas Berg.', ['Tomas Berg: Cut the rates']],
    ['The rents rose, said Tomas Berg.', ['Tomas Berg: The rents rose']],
    // A participle between an article and a word that is not a noun is a verb.
    ['The chosen few left, said Tomas Berg.', ['Tomas Berg: The chosen few left']],
    // A quotation is a clause of its own, even with no verb around it.
    ['Just "a misunderstanding" and nothing more, said Tomas Berg, adding that the plant would close.', ['Tomas Berg: the plant would close']],
  ]);
});

describe('markup: the trailer after a cue (time, place, medium, audience)', () => {
  table([
    ['Ana Ferreira said on Tuesday the plant would close.', [PLANT]],
    ['Ana Ferreira said after the vote the plant would close.', [PLANT]],
    ['Ana Ferreira said during the hearing the plant would close.', [PLANT]],
    ['Ana Ferreira said before the meeting the plant would close.', [PLANT]],
    ['Ana Ferreira said at the ceremony the plant would close.', [PLANT]],
    ['Ana Ferreira said after a long meeting the plant would close.', [PLANT]],
    ['Ana Ferreira said in Lisbon the plant would close.', [PLANT]],
    ['Ana Ferreira said after the talks the plant would close.', [PLANT]],
    ['Ana Ferreira said during the session the plant would close.', [PLANT]],
    ['Ana Ferreira said during the week the plant would close.', [PLANT]],
    ['Ana Ferreira said in the past month the plant would close.', [PLANT]],
    ['Ana Ferreira said in the past year the plant would close.', [PLANT]],
    ['Ana Ferreira said on Tuesday night the plant would close.', [PLANT]],
    ['Ana Ferreira said on Tuesday morning the plant would close.', [PLANT]],
    ['Ana Ferreira said on Tuesday afternoon the plant would close.', [PLANT]],
    ['Ana Ferreira said on Tuesday evening the plant would close.', [PLANT]],
    ['Ana Ferreira said at the weekend the plant would close.', [PLANT]],
    ['Ana Ferreira said on the day the plant would close.', [PLANT]],
    ['Ana Ferreira said at 2:14 a.m. the plant would close.', [PLANT]],
    // A determiner after the trailer's noun opens the words.
    ['Ana Ferreira said after the vote a new plant would open.', ['Ana Ferreira: a new plant would open']],
    // ... but not after another determiner.
    ['Ana Ferreira said during all the talks the plant would close.', [PLANT]],
    // Six words after the preposition at most: a seventh is no longer a trailer.
    ['Ana Ferreira said at a Lisbon city council hearing the plant would close.', [PLANT]],
    ['Ana Ferreira said at a Lisbon city council budget hearing the plant would close.',
      ['Ana Ferreira: at a Lisbon city council budget hearing the plant would close']],
    // "that" right after the preposition ends the trailer before it.
    ['Ana Ferreira said in that case the plant would close.', ['Ana Ferreira: in that case the plant would close']],
    ['Ana Ferreira said on that day the plant would close.', ['Ana Ferreira: on that day the plant would close']],
    // A run of prepositional phrases to "that", twelve words at most.
    ['Ana Ferreira said at the end of the annual general meeting of the water board that the plant would close.', [PLANT]],
    ['Ana Ferreira said at the end of the busy annual general meeting of the regional water board that the plant would close.',
      ['Ana Ferreira: at the end of the busy annual general meeting of the regional water board that the plant would close']],
    // The audience after the medium, when "that" follows it.
    ['Ana Ferreira said in a note to Dales & Moor that the plant would close.', [PLANT]],
    ['Ana Ferreira said from her daughter’s home in Lisbon that the plant would close.', [PLANT]],
    ['Ana Ferreira said in a televised speech that the plant would close.', [PLANT]],
    ['Ana Ferreira said in a written statement that the plant would close.', [PLANT]],
    ['Ana Ferreira said in a trending video that the plant would close.', ['Ana Ferreira: in a trending video that the plant would close']],
    ['Ana Ferreira said in two televised speeches that the plant would close.', ['Ana Ferreira: in two televised speeches that the plant would close']],
    // "of" says whom the words are about.
    ['Ana Ferreira said of the plant that it would close.', []],
    // A relative clause after the object is the report's, not a medium's participle.
    ['Ana Ferreira said workers at the plant that closed would be paid.', ['Ana Ferreira: workers at the plant that closed would be paid']],
    // The medium's participle and the phrases after it to the end of the sentence.
    ['The plant would close, Ana Ferreira said in a statement released by her lawyer.', ['Ana Ferreira: The plant would close']],
    ['The plant would close, Ana Ferreira said in a statement released\n\nIn Lisbon, workers left.', []],
    // The audience of "told", unless "to" follows it.
    ['Ana Ferreira told the committee the plant would close.', [PLANT]],
    ['Ana Ferreira told reporters to leave.', ['Ana Ferreira: reporters to leave']],
  ]);
});

describe('markup: a trailer that ends the text', () => {
  table([
    ['The plant would close, Ana Ferreira said', ['Ana Ferreira: The plant would close']],
    ['The plant would close, Ana Ferreira said Tuesday', ['Ana Ferreira: The plant would close']],
    ['The plant would close, Ana Ferreira said on Tuesday', ['Ana Ferreira: The plant would close']],
    ['The plant would close, Ana Ferreira said in Lisbon', ['Ana Ferreira: The plant would close']],
    ['The plant would close, Ana Ferreira told reporters', ['Ana Ferreira: The plant would close']],
    ['The plant would close, Ana Ferreira said in a statement released', []],
    // An audience with nothing after it: no words.
    ['Ana Ferreira said in a note to Reuters', []],
    ['The plant would close, Ana Ferreira said,', ['Ana Ferreira: The plant would close']],
  ]);
});

describe('markup: the report that goes on after "..., she said, but ..."', () => {
  table([
    ['The plant would close, Ana Ferreira said, but the mine would stay open.', ['Ana Ferreira: The plant would close', 'Ana Ferreira: but the mine would stay open']],
    ['The plant would close, Ana Ferreira said, though the mine would stay open.', ['Ana Ferreira: The plant would close', 'Ana Ferreira: though the mine would stay open']],
    ['The plant would close, Ana Ferreira said, although the mine would stay open.', ['Ana Ferreira: The plant would close', 'Ana Ferreira: although the mine would stay open']],
    // After "and", only a clause in the report's own tense.
    ['The plant would close, Ana Ferreira said, and the mine will stay open.', ['Ana Ferreira: The plant would close', 'Ana Ferreira: and the mine will stay open']],
    ['The plant would close, Ana Ferreira said, and shares rose 3% in Lisbon.', ['Ana Ferreira: The plant would close']],
    // The first verb after "and" decides, even where it is the text's last word.
    ['The plant would close, Ana Ferreira said, and shares rose as workers will leave.', ['Ana Ferreira: The plant would close']],
    ['The plant would close, Ana Ferreira said, and so it will', ['Ana Ferreira: The plant would close', 'Ana Ferreira: and so it will']],
    // A semicolon, not a comma, after the attribution: what follows is the writer's.
    ['The plant would close, said Ana Ferreira in Lisbon; but the mine would stay open.', ['Ana Ferreira: The plant would close']],
  ]);
});

describe('markup: "according to" a medium and who issued it', () => {
  table([
    ['The plant would close, according to a statement from the Transport Ministry.', ['Transport Ministry: The plant would close']],
    ['The plant would close, according to a report by the Transport Ministry.', ['Transport Ministry: The plant would close']],
    ['The plant would close, according to a statement of the Transport Ministry.', ['Transport Ministry: The plant would close']],
    ['The plant would close, according to a statement from Ana Ferreira.', ['Ana Ferreira: The plant would close']],
    ['The plant would close, according to court documents.', []],
    // Data speak for no one, unless a body by name issued them.
    ['The plant would close, according to data from iRobot.', []],
    ['The plant would close, according to data from local officials.', []],
    ['The plant would close, according to data from within the ministry.', []],
    ['The plant would close, according to a report from Greenpeace activists.', ['Greenpeace activists: The plant would close']],
    // A person's body after "of" is where she works, not who speaks.
    ['The plant would close, according to Ana Ferreira of the Transport Ministry.', ['Ana Ferreira: The plant would close']],
    ['According to Ana Ferreira, the plant would close.', [PLANT]],
    ['The plant would close, according to Ana Ferreira', ['Ana Ferreira: The plant would close']],
  ]);

  const speakers = (body: string) => markUp(body).speakers.map((x) => `${x.name} [${x.kind}]${x.aliases.length ? ` aka=${x.aliases.join('|')}` : ''}`);

  test('an issuer whose name opens in lower case is not taken for the speaker', () => {
    assert.ok(!speakers('The plant would close, according to a statement from iRobot.').some((x) => x.startsWith('iRobot')));
  });

  test('a person named after "according to" stays a person, and a short form in brackets is only a body\'s', () => {
    assert.deepEqual(speakers('The plant would close, according to Ana Ferreira of the Transport Ministry.'), ['Ana Ferreira [person]']);
    assert.deepEqual(speakers('According to Ana Ferreira (AF), the plant would close.'), ['Ana Ferreira [person]']);
    const body = 'According to the World Food Programme (WFP), the plant would close. WFP said the mine would stay open.';
    assert.deepEqual(speakers(body), ['World Food Programme [organization] aka=WFP']);
    assert.deepEqual(marks(body), ['World Food Programme: the plant would close', 'World Food Programme: the mine would stay open']);
  });
});

describe('markup: the audience right after the cue ("said to NAME that")', () => {
  // Was marked "to Dales & Moor that the plant would close": the audience only counted after a medium.
  table([
    ['Ana Ferreira said to Dales & Moor that the plant would close.', [PLANT]],
    ['Ana Ferreira is said to be leaving the plant.', []],
  ]);
});

describe('markup: a time phrase that opens the clause has no subject before it', () => {
  // Was marked as said by "On Tuesday".
  table([['On Tuesday said the plant would close.', []]]);
});

describe('markup: a short last sentence carries a report on ("There had been no arrests.")', () => {
  // After a dateline the report starts at the words, not at the place name.
  table([
    ['BRUSSELS (Reuters) - The station was closed after a fire, Brussels police said. There had been no arrests.',
      ['Brussels police: The station was closed after a fire', 'Brussels police: There had been no arrests']],
  ]);
});

describe('markup: a medium\'s participle of any form after the cue ("in a statement sent from Lisbon that")', () => {
  // Was marked "sent from Lisbon that the plant would close": only participles in -ed were the medium's.
  table([
    ['Ana Ferreira said in a statement sent from Lisbon that the plant would close.', [PLANT]],
    ['Ana Ferreira said in a statement posted on its website that the plant would close.', [PLANT]],
  ]);
});

describe('markup: "according to" a medium with no body named', () => {
  // Were marked as said by "statement" and "Transport Ministry statement", each a new person.
  table([
    ['The plant would close, according to a statement.', []],
    ['The plant would close, according to a statement', []],
    ['The plant would close, according to a statement from local officials.', []],
    // The issuer's name must open with a capital (precision first): "eBay Inc." is left unmarked.
    ['The plant would close, according to a statement from eBay Inc.', []],
    ['The plant would close, according to a Transport Ministry statement.', []],
    // A name that ends in a medium's word is still a name.
    ['The plant would close, according to the Washington Post.', ['Washington Post: The plant would close']],
    // People in lower case are no medium.
    ['The plant would close, according to officials.', ['officials: The plant would close']],
  ]);
});

describe('markup: a medium\'s participle phrase that runs to a comma ("in a statement released by her lawyer, but ...")', () => {
  // Were marked "released by her lawyer, but the mine would stay open" and "released by her
  // lawyer, adding that ...", and the report before the attribution was lost.
  table([
    ['The plant would close, Ana Ferreira said in a statement released by her lawyer, but the mine would stay open.',
      ['Ana Ferreira: The plant would close', 'Ana Ferreira: but the mine would stay open']],
    ['The plant would close, Ana Ferreira said in a statement released by her lawyer, adding that the mine would stay open.',
      ['Ana Ferreira: The plant would close', 'Ana Ferreira: the mine would stay open']],
    ['The plant would close, Ana Ferreira said in a statement released by her lawyer', ['Ana Ferreira: The plant would close']],
  ]);
});
