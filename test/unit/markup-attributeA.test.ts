// The attribution rules of markup/attribute.ts, lines 1-383 (issue 8's mutation survivors): one
// table of made-up wire sentences per rule, each with the words marked, whose, and how sure
// (a confidence under 0.7 is a review note in the draft). Each row decides one condition of a
// rule: a sentence where it must fire and one where it must not. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';

/** "Speaker Name (confidence): marked words", every span of the body. */
function attributed(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)} (${x.confidence}): ${body.slice(x.start, x.end)}`);
}

describe('markup: a lead quote claimed by "That is how NAME ..." in the next paragraph', () => {
  const table: [string, string, string[]][] = [
    ['the name after "That is how" takes the quote alone before it',
      'PARIS, May 2 (AP) -- "We lost the harvest."\n\nThat is how Maria Delgado remembers the year.',
      ['Maria Delgado (0.65): "We lost the harvest."']],
    ['"That was what" claims it too',
      'PARIS, May 2 (AP) -- "We lost the harvest."\n\nThat was what Maria Delgado told her children.',
      ['Maria Delgado (0.65): "We lost the harvest."']],
    ['every quote of a paragraph of quotes alone',
      'PARIS, May 2 (AP) -- "We lost the harvest." "We lost the seed."\n\nThat is how Maria Delgado remembers the year.',
      ['Maria Delgado (0.65): "We lost the harvest."', 'Maria Delgado (0.65): "We lost the seed."']],
    ['only at the start of the paragraph',
      'PARIS, May 2 (AP) -- "We lost the harvest."\n\nYears passed. That is how Maria Delgado remembers the year.',
      []],
    ['only a proper name claims it, not a description',
      'PARIS, May 2 (AP) -- "We lost the harvest."\n\nThat is how the old farmer remembers the year.',
      []],
    ['not when words follow the quote in its paragraph',
      'PARIS, May 2 (AP) -- "We lost the harvest." Then it rained.\n\nThat is how Maria Delgado remembers the year.',
      []],
    ['not when words precede the quote in its paragraph',
      'PARIS, May 2 (AP) -- Then it rained. "We lost the harvest."\n\nThat is how Maria Delgado remembers the year.',
      []],
    ['not when the quote has a speaker already',
      '"We lost the harvest," a neighbour said.\n\nThat is how Maria Delgado remembers the year.',
      ['neighbour (0.7): "We lost the harvest,"']],
    ['a span of an earlier paragraph does not count as the quote\'s',
      'PARIS, May 2 (AP) -- Ruth Amadi said the harvest failed.\n\n"We lost it all."\n\nThat is how Maria Delgado remembers the year.',
      ['Ruth Amadi (0.9): the harvest failed', 'Maria Delgado (0.65): "We lost it all."']],
    ['nothing to claim without a quote',
      'PARIS, May 2 (AP) -- The river rose at dawn.\n\nThat is how Maria Delgado remembers the night.',
      []],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a Q&A interview', () => {
  const table: [string, string, string[]][] = [
    ['every answer after a question is the interviewee\'s',
      'Leo Marsh runs the ferry.\n\nQ: How did the flood start?\n\nA: The levee broke at dawn.\n\nA: Then the road went under.',
      ['Leo Marsh (0.8): The levee broke at dawn.', 'Leo Marsh (0.8): Then the road went under.']],
    ['no one named, no one answers',
      'Q: How did the flood start?\n\nA: The levee broke at dawn.\n\nA: Then the road went under.',
      []],
    ['the label is left out without a space after it',
      'Leo Marsh runs the ferry.\n\nQ: How did the flood start?\n\nA:The levee broke at dawn.',
      ['Leo Marsh (0.8): The levee broke at dawn.']],
    ['an empty answer marks nothing',
      'Leo Marsh runs the ferry.\n\nQ: How did the flood start?\n\nA:\n\nQ: And then?',
      []],
    ['trailing spaces are not the answer\'s',
      'Leo Marsh runs the ferry.\n\nQ: How did the flood start?\n\nA: The levee broke at dawn.   \n\nQ: And then?',
      ['Leo Marsh (0.8): The levee broke at dawn.']],
    ['an answer without a question is not an interview',
      'Leo Marsh runs the ferry.\n\nA: The levee broke at dawn.',
      []],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: "charged" is a speech verb only before "that"', () => {
  const table: [string, string, string[]][] = [
    ['charged that',
      'Ivo Kranjc charged that the smugglers took bribes.',
      ['Ivo Kranjc (0.9): the smugglers took bribes']],
    ['charged an amount',
      'The smugglers charged 400 francs a head, Ivo Kranjc said.',
      ['Ivo Kranjc (0.9): The smugglers charged 400 francs a head']],
    ['charged without that',
      'Ivo Kranjc charged the smugglers took bribes.',
      []],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a cue after a quote that ends its sentence', () => {
  const table: [string, string, string[]][] = [
    ['after ?, a short sentence with a cue verb',
      '"Who will pay?" Ilse Maranga asked at the meeting of the old council.',
      ['Ilse Maranga (0.9): "Who will pay?"']],
    ['after ?, a longer sentence is not taken for the cue',
      '"Who will pay?" Ilse Maranga asked at the meeting of the old town council.',
      []],
    ['after !, the same',
      '"Who will pay for it!" Ilse Maranga said.',
      ['Ilse Maranga (0.9): "Who will pay for it!"']],
    ['after a full stop, a new sentence is not the cue',
      '"Who will pay for it." Ilse Maranga said.',
      ['Ilse Maranga (0.5): "Who will pay for it."']],
    ['after ?, a short sentence without a cue verb',
      '"Who will pay?" The meeting ended late.',
      []],
    ['a lower-case word goes on the quote\'s sentence',
      '"Who will pay?" zoning officer Ilse Maranga asked at the long meeting of the council on Monday night.',
      ['Ilse Maranga (0.9): "Who will pay?"']],
    ['a capital does not',
      '"Who will pay?" Zoning officer Ilse Maranga asked at the long meeting of the council on Monday night.',
      []],
    ['"asked" after ? goes on the quote\'s sentence however long',
      '"Who will pay?" asked Ilse Maranga, who runs the only bakery in the village at the end of the long valley.',
      ['Ilse Maranga (0.9): "Who will pay?"']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: the inverted cue\'s indefinite description and the name in apposition to it', () => {
  const table: [string, string, string[]][] = [
    ['a NOUN, NAME NAME',
      '"We will not pay for the new road," said a neighbour, Tom Reyes.',
      ['Tom Reyes (0.9): "We will not pay for the new road,"']],
    ['three words of a name',
      '"We will not pay for the new road," said a neighbour, Tom Andrew Reyes.',
      ['Tom Andrew Reyes (0.9): "We will not pay for the new road,"']],
    ['another, one, an',
      '"We will not pay for the new road," said another neighbour, Tom Reyes.',
      ['Tom Reyes (0.9): "We will not pay for the new road,"']],
    ['one',
      '"We will not pay for the new road," said one neighbour, Tom Reyes.',
      ['Tom Reyes (0.9): "We will not pay for the new road,"']],
    ['an',
      '"We will not pay for the new road," said an angry neighbour, Tom Reyes.',
      ['Tom Reyes (0.9): "We will not pay for the new road,"']],
    ['a name in lower case is not one',
      '"We will not pay for the new road," said a neighbour, tom reyes.',
      ['neighbour (0.7): "We will not pay for the new road,"']],
    ['a name in capitals is not one',
      '"We will not pay for the new road," said a neighbour, TOM REYES.',
      ['neighbour (0.7): "We will not pay for the new road,"']],
    ['nothing after the comma',
      '"We will not pay for the new road," said a neighbour,',
      ['neighbour (0.7): "We will not pay for the new road,"']],
    ['a clause after the name',
      '"We will not pay for the new road," said a neighbour, Tom Reyes, who lives by the bridge.',
      ['Tom Reyes (0.9): "We will not pay for the new road,"']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a quote without a cue of its own', () => {
  const table: [string, string, string[]][] = [
    ['a quote that opens a paragraph and stays open, after a quote left open, continues it',
      '"We lost the harvest," Ruth Amadi said. "Then we lost the seed and the goats and the house.\n\n"Now we wait.',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "Then we lost the seed and the goats and the house.', 'Ruth Amadi (0.85): "Now we wait.']],
    ['after a closed quote, six words or more left open are the last speaker\'s, under review',
      '"We lost the harvest," Ruth Amadi said. "Then we lost the seed."\n\n"Now we wait for the rain.',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "Then we lost the seed."', 'Ruth Amadi (0.6): "Now we wait for the rain.']],
    ['five words are the person named last\'s, lower',
      '"We lost the harvest," Ruth Amadi said. "Then we lost the seed."\n\n"Now we wait for rain.',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "Then we lost the seed."', 'Ruth Amadi (0.5): "Now we wait for rain.']],
    ['closed, it is the person named last\'s',
      '"We lost the harvest," Ruth Amadi said. "Then we lost the seed."\n\n"Now we wait for the rain to come back to us."',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "Then we lost the seed."', 'Ruth Amadi (0.5): "Now we wait for the rain to come back to us."']],
    ['an open paragraph-opening quote of five words with a capital',
      'Rosa Quint spoke to reporters on Monday.\n\n"The water is not safe.',
      ['Rosa Quint (0.5): "The water is not safe.']],
    ['not in lower case',
      'Rosa Quint spoke to reporters on Monday.\n\n"the water is not safe to drink and the council knows it.',
      []],
    ['not when its first letter is lower case',
      'Rosa Quint spoke to reporters.\n\n"iPhones are banned in the whole school now.',
      []],
    ['marks before the capital',
      'Rosa Quint spoke to reporters.\n\n"—The water is not safe and never was.',
      ['Rosa Quint (0.5): "—The water is not safe and never was.']],
    ['a closed quote that is not a sentence',
      'Rosa Quint spoke.\n\n"The Water Is Not Safe Here" was the banner on the hall.',
      []],
    ['a closed quoted sentence of five words',
      'Rosa Quint spoke to reporters.\n\n"The water is not safe."',
      ['Rosa Quint (0.5): "The water is not safe."']],
    ['four words are not enough',
      'Rosa Quint spoke to reporters.\n\n"The water is unsafe."',
      []],
    ['inside the paragraph too',
      'Rosa Quint spoke to reporters. "The water is not safe."',
      ['Rosa Quint (0.5): "The water is not safe."']],
    ['four words inside it neither',
      'Rosa Quint spoke to reporters on Monday. "The water is not."',
      []],
    ['a quote with its own cue is not the person named last\'s',
      'Rosa Quint spoke to reporters on Monday.\n\n"The water is not safe to drink," the notice read.',
      []],
    ['a quote inside the report that holds it is not marked again',
      'Ruth Amadi said the village was hungry; "We lost the harvest and the seed."',
      ['Ruth Amadi (0.9): the village was hungry; "We lost the harvest and the seed."']],
    ['a quote given whole to the person quoted',
      'The paper quoted Ruth Amadi as saying "We lost the harvest and the seed."',
      ['Ruth Amadi (0.5): "We lost the harvest and the seed."']],
    ['after "X said:" ending the last paragraph',
      'Ruth Amadi said:\n\n"Now we wait."',
      ['Ruth Amadi (0.9): "Now we wait."']],
    ['not when words open the paragraph',
      'Ruth Amadi said:\n\nThey left. "Now we wait."',
      []],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: the paragraph speaker and naming verbs', () => {
  const table: [string, string, string[]][] = [
    ['a naming verb\'s fragment is not the paragraph speaker\'s',
      '"We lost the harvest," Ruth Amadi said. The village called it "a dry year" in the end.',
      ['Ruth Amadi (0.9): "We lost the harvest,"']],
    ['seven words back',
      '"We lost the harvest," Ruth Amadi said. The village called the long hot and dry summer "a dry year".',
      ['Ruth Amadi (0.9): "We lost the harvest,"']],
    ['not farther',
      '"We lost the harvest," Ruth Amadi said. The village called the very long and hot dry summer of the year "a dry year".',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "a dry year"']],
    ['punctuation stops the search',
      '"We lost the harvest," Ruth Amadi said. She called it, again, "the worst year".',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "the worst year"']],
    ['a quote after other words is the paragraph speaker\'s',
      '"We lost the harvest," Ruth Amadi said, and she kept on talking about "the worst year".',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "the worst year"']],
    ['one word is not',
      '"We lost the harvest," Ruth Amadi said. The word "drought" was everywhere.',
      ['Ruth Amadi (0.9): "We lost the harvest,"']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a quoted sentence after a report of the same paragraph', () => {
  const table: [string, string, string[]][] = [
    ['four words closed by a full stop',
      'Ruth Amadi said the village was hungry. "We lost the harvest."',
      ['Ruth Amadi (0.9): the village was hungry', 'Ruth Amadi (0.75): "We lost the harvest."']],
    ['longer',
      'Ruth Amadi said the village was hungry. "We lost the harvest and the seed."',
      ['Ruth Amadi (0.9): the village was hungry', 'Ruth Amadi (0.75): "We lost the harvest and the seed."']],
    ['no closing full stop',
      'Ruth Amadi said the village was hungry. "We lost everything"',
      ['Ruth Amadi (0.9): the village was hungry']],
    ['part of a sentence',
      'Ruth Amadi said the village was hungry. "We lost the harvest" is painted on the wall.',
      ['Ruth Amadi (0.9): the village was hungry']],
    ['two reporters: the one named last, under review',
      'Ruth Amadi said the village was hungry, and Omar Siddiq said the roads were closed. "We lost the harvest and the seed."',
      ['Ruth Amadi (0.9): the village was hungry', 'Omar Siddiq (0.9): the roads were closed', 'Omar Siddiq (0.5): "We lost the harvest and the seed."']],
    ['a report of another paragraph does not count',
      'Ruth Amadi said the village was hungry.\n\nIt rained. "We lost the harvest and the seed."',
      ['Ruth Amadi (0.9): the village was hungry', 'Ruth Amadi (0.5): "We lost the harvest and the seed."']],
    ['no report',
      'The harvest failed. "We lost the harvest and the seed."',
      []],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a described lead speaker named later', () => {
  const table: [string, string, string[]][] = [
    ['named two paragraphs below',
      'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday.\n\nThe clinic opened in May.\n\nEsther Banda, permanent secretary at the health ministry, said the clinic would grow.',
      ['Esther Banda (0.65): A new clinic has treated 9,000 patients', 'Esther Banda (0.9): the clinic would grow']],
    ['not three',
      'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday.\n\nThe clinic opened in May.\n\nThe ward is new.\n\nEsther Banda, permanent secretary at the health ministry, said the clinic would grow.',
      ['senior Zambian official (0.7): A new clinic has treated 9,000 patients', 'Esther Banda (0.9): the clinic would grow']],
    ['not when the description speaks again below',
      'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday.\n\nThe ward will open next year, the official said.\n\nEsther Banda, permanent secretary at the health ministry, said the clinic would grow.',
      ['senior Zambian official (0.7): A new clinic has treated 9,000 patients', 'senior Zambian official (0.8): The ward will open next year', 'Esther Banda (0.9): the clinic would grow']],
    ['a person is not named by a body',
      'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday.\n\nZambia Health Trust, a charity, said the clinic would grow.',
      ['senior Zambian official (0.7): A new clinic has treated 9,000 patients', 'Zambia Health Trust (0.8): the clinic would grow']],
    ['a named body keeps its words',
      'A new clinic has treated 9,000 patients, the health ministry said on Tuesday.\n\nEsther Banda, permanent secretary at the health ministry, said the clinic would grow.',
      ['health ministry (0.8): A new clinic has treated 9,000 patients', 'Esther Banda (0.9): the clinic would grow']],
    ['a lead alone',
      'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday.',
      ['senior Zambian official (0.7): A new clinic has treated 9,000 patients']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a report carried on by the paragraph\'s last sentence', () => {
  const table: [string, string, string[]][] = [
    ['only the last sentence carries it on',
      'About 300 people had gathered by noon, Leeds police said. There had been no arrests. The march began at the station.',
      ['Leeds police (0.8): About 300 people had gathered by noon']],
    ['not a sentence of the next paragraph',
      'About 300 people had gathered by noon, Leeds police said.\n\nThere had been no arrests.',
      ['Leeds police (0.8): About 300 people had gathered by noon']],
    ['not a sentence with a report of its own',
      'About 300 people had gathered by noon, Leeds police said. There had been no arrests, a spokesman said.',
      ['Leeds police (0.8): About 300 people had gathered by noon', 'spokesman (0.7): There had been no arrests']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: more of a Q&A interview', () => {
  const table: [string, string, string[]][] = [
    ['a paragraph after the answers is not an answer',
      'Leo Marsh runs the ferry.\n\nQ: How did the flood start?\n\nA: The levee broke at dawn.\n\nThe water fell by June.',
      ['Leo Marsh (0.8): The levee broke at dawn.']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: more of the described lead speaker', () => {
  const table: [string, string, string[]][] = [
    ['a name in the lead is not the one named later',
      'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday. The first patient was John Phiri.\n\nEsther Banda, permanent secretary at the health ministry, said the clinic would grow.',
      ['Esther Banda (0.65): A new clinic has treated 9,000 patients', 'Esther Banda (0.9): the clinic would grow']],
    ['another description below does not name it',
      'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday.\n\nThe ward will open next year, a hospital spokesman said.\n\nEsther Banda, permanent secretary at the health ministry, said the clinic would grow.',
      ['Esther Banda (0.65): A new clinic has treated 9,000 patients', 'hospital spokesman (0.7): The ward will open next year', 'Esther Banda (0.9): the clinic would grow']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: cue verbs', () => {
  const table: [string, string, string[]][] = [
    ['a cue right after the closing mark',
      '"It is over,"said Ana Ferreira.',
      ['Ana Ferreira (0.9): "It is over,"']],
    ['"charged" ending the text',
      'Tom Reyes said nobody was charged',
      ['Tom Reyes (0.9): nobody was charged']],
    ['"charged" after ? without "that" is no cue',
      '"Who will pay?" Ilse Maranga charged.',
      []],
    ['a cue verb ending the text after ?',
      '"Who will pay?" Ilse Maranga asked',
      ['Ilse Maranga (0.9): "Who will pay?"']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: quotes of no words or one', () => {
  const table: [string, string, string[]][] = [
    ['one word with a cue',
      '"Never," Ana Ferreira said.',
      ['Ana Ferreira (0.9): "Never,"']],
    ['no words with a cue',
      '"...," Ana Ferreira said.',
      []],
    ['no words continuing an open quote',
      '"We lost the harvest," Ruth Amadi said. "Then we lost the seed.\n\n"..."',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "Then we lost the seed.']],
    ['one word continuing an open quote',
      '"We lost the harvest," Ruth Amadi said. "Then we lost the seed.\n\n"Nothing."',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "Then we lost the seed.', 'Ruth Amadi (0.85): "Nothing."']],
    ['one word left open after "X said:"',
      'Ruth Amadi said:\n\n"Never.',
      ['Ruth Amadi (0.8): "Never.']],
    ['two words left open after "X said:"',
      'Ruth Amadi said:\n\n"Never again.',
      ['Ruth Amadi (0.9): "Never again.']],
    ['two words are the paragraph speaker\'s',
      '"We lost the harvest," Ruth Amadi said. The village knew it as "dry season" in the end.',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "dry season"']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a chant is the crowd\'s, not the person named last', () => {
  const table: [string, string, string[]][] = [
    ['chanted',
      'Tom Reyes led the march. Protesters chanted "We want our land back now."',
      ['Protesters (0.75): "We want our land back now."']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: more of the lead quote claimed below', () => {
  const table: [string, string, string[]][] = [
    ['not when its quote has a speaker',
      'PARIS, May 2 (AP) -- "We lost the harvest," a neighbour said.\n\nThat is how Maria Delgado remembers the year.',
      ['neighbour (0.7): "We lost the harvest,"']],
    ['not when one of its quotes has a speaker',
      'PARIS, May 2 (AP) -- "We lost the harvest." "We lost the seed," a neighbour said.\n\nThat is how Maria Delgado remembers the year.',
      ['neighbour (0.8): "We lost the harvest."', 'neighbour (0.7): "We lost the seed,"']],
    ['"That is how" inside the paragraph',
      'PARIS, May 2 (AP) -- "We lost the harvest."\n\nYears later Maria Delgado wrote a book. That is how it ended.',
      []],
    ['a body claims it too',
      'PARIS, May 2 (AP) -- "We lost the harvest."\n\nThat is how Reuters told it.',
      ['Reuters (0.65): "We lost the harvest."']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: more of the quoted sentence after a report', () => {
  const table: [string, string, string[]][] = [
    ['left open',
      'Ruth Amadi said the village was hungry. "We lost the harvest and the seed.',
      ['Ruth Amadi (0.9): the village was hungry']],
    ['a full stop inside, none at the end',
      'Ruth Amadi said the village was hungry. "We lost the harvest. And the seed"',
      ['Ruth Amadi (0.9): the village was hungry']],
    ['the report opens the paragraph',
      'The village was hungry, Ruth Amadi said. "We lost the harvest and the seed."',
      ['Ruth Amadi (0.9): The village was hungry', 'Ruth Amadi (0.75): "We lost the harvest and the seed."']],
    ['a report after the quote does not count',
      'Ruth Amadi said the village was hungry. "We lost the harvest and the seed." Omar Siddiq said the roads were closed.',
      ['Ruth Amadi (0.9): the village was hungry', 'Ruth Amadi (0.75): "We lost the harvest and the seed."', 'Omar Siddiq (0.9): the roads were closed']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: more of the inverted cue\'s description', () => {
  const table: [string, string, string[]][] = [
    ['a definite description',
      '"We will not pay for the new road," said the neighbour, Tom Reyes.',
      []],
    ['no comma',
      '"We will not pay for the new road," said a neighbour Tom Reyes.',
      ['Tom Reyes (0.9): "We will not pay for the new road,"']],
    ['the description ending the text',
      '"We will not pay for the new road," said a neighbour',
      ['neighbour (0.7): "We will not pay for the new road,"']],
    ['the name ending the text',
      '"We will not pay for the new road," said a neighbour, Tom Reyes',
      ['Tom Reyes (0.9): "We will not pay for the new road,"']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a cue in lower case after a line break goes on the quote\'s sentence', () => {
  const table: [string, string, string[]][] = [
    ['asked',
      '"Who will pay?"\n\nasked Ilse Maranga, who runs the only bakery in the village at the end of the long valley.',
      ['Ilse Maranga (0.9): "Who will pay?"']],
    ['a description in lower case',
      '"Who will pay?"\n\nzoning officer Ilse Maranga asked at the long meeting of the council on Monday night.',
      ['Ilse Maranga (0.9): "Who will pay?"']],
    ['a capital does not',
      '"Who will pay?"\n\nZoning officer Ilse Maranga asked at the long meeting of the council on Monday night.',
      []],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: the last of attribute.ts\'s rules, on the edges of their conditions', () => {
  const table: [string, string, string[]][] = [
    ['a one-word quote left without a speaker keeps the paragraph of quotes from being claimed',
      'PARIS, May 2 (AP) -- "Gone." "We lost the seed," a neighbour said.\n\nThat is how Maria Delgado remembers the year.',
      ['neighbour (0.7): "We lost the seed,"']],
    ['a quote after words that end in no full stop is not the reporter\'s',
      'Ruth Amadi said the village was hungry. The sign on the gate: "We lost the harvest and the seed."',
      ['Ruth Amadi (0.9): the village was hungry', 'Ruth Amadi (0.5): "We lost the harvest and the seed."']],
    ['after ?, a long sentence is not taken for the cue even with the verb early',
      '"Who will pay?" Ilse Maranga asked the members of the old town council on Monday night.',
      []],
    ['after ?, a sentence without a cue verb is not the cue',
      '"Who will pay?" According to Ilse Maranga, nobody.',
      []],
    ['a capital outside ASCII after a line break does not go on the quote\'s sentence',
      '"Who will pay?"\n\nÉlodie Marchand asked at the long meeting of the council on Monday night.',
      []],
    ['a speech verb\'s noun is no cue',
      'Her notes ran to ten pages.',
      []],
    ['nor its plural',
      'The comments were deleted by the editor on Friday.',
      []],
    ['a cue verb inside quotation marks is no cue',
      'The banner read "The mayor said no to us" in red letters.',
      []],
    ['a description that speaks only after the lead is not renamed',
      '"Who will pay for the new road?"\n\nasked a senior Zambian official, who runs the roads office in the capital city of the province.\n\nEsther Banda, permanent secretary at the health ministry, said the road would be built.',
      ['senior Zambian official (0.7): "Who will pay for the new road?"', 'Esther Banda (0.9): the road would be built']],
    ['a description with no words of its own gives no role',
      'A senior Zambian official opened a new clinic on Tuesday.\n\nEsther Banda said the clinic would grow.',
      ['Esther Banda (0.9): the clinic would grow']],
    ['a person who speaks in the lead is not the one named later',
      'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday. John Phiri, a nurse, said it was busy.\n\nEsther Banda, permanent secretary at the health ministry, said the clinic would grow.',
      ['Esther Banda (0.65): A new clinic has treated 9,000 patients', 'John Phiri (0.9): it was busy', 'Esther Banda (0.9): the clinic would grow']],
    ['a quote left open after a report, before a paragraph of the writer\'s',
      'Ruth Amadi said the village was hungry. "We lost the harvest and the seed.\n\nThe rain came in May.',
      ['Ruth Amadi (0.9): the village was hungry']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: the role a described lead speaker gives the name below', () => {
  test('a description with no words of its own gives the name no role', () => {
    const body = 'A senior Zambian official opened a new clinic on Tuesday.\n\nEsther Banda said the clinic would grow.';
    assert.deepEqual(markUp(body).speakers.map((x) => [x.name, x.role]), [['Esther Banda', undefined]]);
  });

  test('a description whose words go to the name gives it the description as its role', () => {
    const body = 'A new clinic has treated 9,000 patients, a senior Zambian official said on Tuesday.\n\nEsther Banda said the clinic would grow.';
    assert.deepEqual(markUp(body).speakers.map((x) => [x.name, x.role]), [['Esther Banda', 'senior Zambian official']]);
  });
});

describe('markup: a paragraph of quotes that have a speaker is not claimed below', () => {
  const table: [string, string, string[]][] = [
    ['a quote given to "X said:" before it',
      'PARIS, May 2 (AP) -- Ruth Amadi said:\n\n"We lost it all."\n\nThat is how Maria Delgado remembers the year.',
      ['Ruth Amadi (0.9): "We lost it all."']],
    ['one quote continuing an open one, one without a speaker',
      'PARIS, May 2 (AP) -- "We lost the harvest," Ruth Amadi said. "Then we lost the seed.\n\n"Nothing." "Gone."\n\nThat is how Maria Delgado remembers the year.',
      ['Ruth Amadi (0.9): "We lost the harvest,"', 'Ruth Amadi (0.8): "Then we lost the seed.', 'Ruth Amadi (0.85): "Nothing."']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: a lead quote is not claimed by a thing', () => {
  const table: [string, string, string[]][] = [
    ['a record',
      'PARIS, May 2 (AP) -- "We lost the harvest."\n\nThat is how Court Documents tell it.',
      []],
    ['a map',
      'PARIS, May 2 (AP) -- "We lost the harvest."\n\nThat is how Google Maps shows it.',
      []],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});

describe('markup: only a comma sets a name in apposition', () => {
  const table: [string, string, string[]][] = [
    ['a semicolon does not',
      '"We will not pay," said a neighbour; Tom Reyes.',
      ['neighbour (0.7): "We will not pay,"']],
  ];
  for (const [why, body, expected] of table) test(why, () => assert.deepEqual(attributed(body), expected));
});
