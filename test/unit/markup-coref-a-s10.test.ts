// The coreference rules of markup/coreference.ts, lines 1-299, on the mutation survivors that the
// earlier tables left (issue 8): one table per rule, each row a made-up wire sentence and every span
// the engine must mark in it, with its speaker's name, role when it has one, and confidence (under
// 0.7 is a review note in the draft). Where a row is about the name the speaker is kept under, the
// speakers with their aliases are listed too. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';
import { attributionTable as table } from '../support/markupTables';

/** "Name (kind) aka Alias, ...", every speaker of the body. */
function speakers(body: string): string[] {
  return markUp(body).speakers.map((x) => `${x.name} (${x.kind})${x.aliases.length ? ` aka ${x.aliases.join(', ')}` : ''}`);
}

function speakerTable(title: string, rows: [string, string, string[]][]) {
  describe(title, () => {
    for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(speakers(body), expected));
  });
}

table('markup: a surname in the prose makes its person the nearest for a pronoun', [
  // The paragraph names Berg after Reyes spoke: "She" is the woman the reader met last.
  ['a surname named after another speaker',
    'Anna Berg said the mill would close. Clara Reyes said the town would fight.\n\nBerg walked out of the meeting. She said the vote was rigged.',
    ['Anna Berg (0.9): the mill would close', 'Clara Reyes (0.9): the town would fight', 'Anna Berg (0.75): the vote was rigged']],
  ['a surname whose capital is not ASCII',
    'Karin Öberg said the ice was thin. Lena Dahl said the lake was closed.\n\nÖberg left the shore. She said no one should skate.',
    ['Karin Öberg (0.9): the ice was thin', 'Lena Dahl (0.9): the lake was closed', 'Karin Öberg (0.75): no one should skate']],
]);

table('markup: the person a Q&A interview answers for is the nearest person after it', [
  // The answer is long: the woman named before the questions is well out of the pronoun's reach
  // in the prose; it is the interview that makes her the one "She" means.
  ['"She" after the answers is the interviewee, not the mayor quoted before',
    'Anna Berg, the mayor, said the shelter would stay open through the winter.\n\nClara Reyes runs the shelter. The Tribune spoke to her this week.\n\nQ: How many beds do you have?\n\n'
    + 'A: Forty, and they are full every night. We turn people away most evenings, and the ones we turn away go to the bus station or the park or the underpass by the river, where it is colder than it looks. Some of them have jobs. Some of them have children with them, and those are the nights I find hardest, because a mother with two small children does not want to be told there is no room, and she does not want to be told to come back tomorrow, and I do not blame her. We have asked for more money every year for five years, and every year the answer is that there will be more next year, and next year comes and it is the same answer again.'
    + '\n\nShe said the city had promised twenty more beds by December.',
    ['Anna Berg [the mayor] (0.9): the shelter would stay open through the winter',
      'Clara Reyes (0.8): Forty, and they are full every night. We turn people away most evenings, and the ones we turn away go to the bus station or the park or the underpass by the river, where it is colder than it looks. Some of them have jobs. Some of them have children with them, and those are the nights I find hardest, because a mother with two small children does not want to be told there is no room, and she does not want to be told to come back tomorrow, and I do not blame her. We have asked for more money every year for five years, and every year the answer is that there will be more next year, and next year comes and it is the same answer again.',
      'Clara Reyes (0.75): the city had promised twenty more beds by December']],
]);

table('markup: a speaker named again, in part', [
  ['a surname alone is the person named in full before',
    'Anna Berg said the mill would close. "We fought for years," Berg said.',
    ['Anna Berg (0.9): the mill would close', 'Anna Berg (0.9): "We fought for years,"']],
  ['a particle capitalised where it opens the name is the same person',
    'Ali al-Hashimi said the camp was full. "We have no more tents," Al-Hashimi said.',
    ['Ali al-Hashimi (0.9): the camp was full', 'Ali al-Hashimi (0.9): "We have no more tents,"']],
]);

speakerTable('markup: the short forms a speaker is known by', [
  ['a surname alone is kept as the person\'s alias',
    'Anna Berg said the mill would close. "We fought for years," Berg said.',
    ['Anna Berg (person) aka Berg']],
  ['so is a particle capitalised at the name\'s start',
    'Ali al-Hashimi said the camp was full. "We have no more tents," Al-Hashimi said.',
    ['Ali al-Hashimi (person) aka Al-Hashimi']],
  // A name of seven capitals is no short form to spell out from initials: it is the first word of
  // the body's full name, which the prose gave before.
  ['a body\'s name in capitals, too long for initials, is its full name\'s first word',
    'Shares of PETROVAL Energy Holdings fell on Monday. PETROVAL said the cuts would fall in March.',
    ['PETROVAL Energy Holdings (organization) aka PETROVAL']],
]);

table('markup: a body named before, pointed back to', [
  ['"the ministry" is the ministry named in full',
    'The Ministry of Water Resources said the dam was safe. "There is no risk," the ministry said.',
    ['Ministry of Water Resources (0.8): the dam was safe', 'Ministry of Water Resources (0.85): "There is no risk,"']],
  ['so is "the water ministry"',
    'The Ministry of Water Resources said the dam was safe. "There is no risk," the water ministry said.',
    ['Ministry of Water Resources (0.8): the dam was safe', 'Ministry of Water Resources (0.85): "There is no risk,"']],
]);

table('markup: "her coach" is the person named before with that role', [
  ['not the body that spoke in between',
    'Tom Hale, the coach, said the team was ready. The club said tickets had sold out. "She never stops," her coach said.',
    ['Tom Hale [the coach] (0.9): the team was ready', 'club (0.8): tickets had sold out', 'Tom Hale [the coach] (0.75): "She never stops,"']],
  ['not a coach only described ("a rival coach")',
    'Tom Hale, her coach, said she trained daily. A rival coach said she was the favourite. "She never stops," her coach said.',
    ['Tom Hale [her coach] (0.9): she trained daily', 'rival coach (0.7): she was the favourite', 'Tom Hale [her coach] (0.75): "She never stops,"']],
  // A bus company is no one's coach: the words stand for a person the copy does not name.
  ['not a body whose name holds the word',
    'The Ridgeway Coach Company said the bus left at noon. "She never stops," her coach said.',
    ['Ridgeway Coach Company (0.8): the bus left at noon', 'coach (0.7): "She never stops,"']],
]);

table('markup: an epithet for the person named before', [
  ['an age makes "the 31-year-old Dutchman" a person: the one named before, under review',
    'Tom Hale said the crew left at dawn. "We were the last boat out," the 31-year-old Dutchman said.',
    ['Tom Hale (0.9): the crew left at dawn', 'Tom Hale (0.55): "We were the last boat out,"']],
  // "The organiser" in the lead is described, so the person the next paragraph names is taken
  // for it (cataphora), with the role the lead gave.
  ['a doer\'s noun in the lead is a description that a name after it claims',
    'The organiser said the march would go ahead.\n\nLena Holt, who planned the route, said the city had approved it.',
    ['Lena Holt [organiser] (0.55): the march would go ahead', 'Lena Holt [organiser] (0.9): the city had approved it']],
]);

table('markup: a person the prose names between a speaker and "he"', [
  // "Later" opens the sentence and is no part of the name.
  ['a sentence\'s first word that is no name is left out of it',
    'Maria Delgado said the dam would hold. Later Luis Delgado fixed the roof. He said it would rain.',
    ['Maria Delgado (0.9): the dam would hold', 'Luis Delgado (0.75): it would rain']],
  ['a speaker named again in full in the prose is whom "he" means',
    'Tom Hale said the plant would close.\n\nAnna Berg said the mill would stay. Tom Hale left early. He said the vote was rigged.',
    ['Tom Hale (0.9): the plant would close', 'Anna Berg (0.9): the mill would stay', 'Tom Hale (0.75): the vote was rigged']],
]);
