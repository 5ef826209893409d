// Where the speaker phrase next to a cue starts and ends, decided on the edge cases of its wire
// patterns: name particles, a plural's possessive mark, capitals outside A-Z, connectors, a body's
// name that lists its portfolios, "one of the ...", participle and qualified groups, unnamed sources
// placed "at"/"with" a body, and the auxiliaries between a name and its cue. Each row is a made-up
// sentence and the whole phrase (its words, and its sort and name as describePhrase reads them).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describePhrase, phraseEndingAt, phraseStartingAt } from '../../server/src/service/markup/phrases';
import { analyse } from '../../server/src/service/markup/text';
import { markUp, marked } from '../support/markup';

/** [words of the phrase, sort, name] next to the first "said" of `text`; "-" where describePhrase reads none. */
function phraseAt(text: string, side: 'before' | 'after'): string[] | undefined {
  const { tokens } = analyse(text);
  const cue = tokens.findIndex((t) => t.lower === 'said');
  const span = side === 'after' ? phraseStartingAt(tokens, cue + 1, tokens.length - 1) : phraseEndingAt(tokens, cue - 1, 0);
  if (span === undefined) return undefined;
  const read = describePhrase(tokens, span.first, span.last, text);
  return [text.slice(tokens[span.first].start, tokens[span.last].end), read?.sort ?? '-', read?.name ?? '-'];
}

type Row = [sentence: string, phrase: string[] | undefined];

const BEFORE: Row[] = [
  // Name particles: one that opens the text, one after a lower-case article.
  ['de Vries said it.', ['de Vries', 'name', 'de Vries']],
  ['"No," the de Vries lawyer said.', ['the de Vries lawyer', 'epithet', 'de Vries lawyer']],
  // A comma after a plural is no possessive mark; nor a quotation mark after a word not ending in "s",
  // nor one with a space on its left; a plural's possessive joins a body's noun only.
  ['For years, ministry officials said it.', ['ministry officials', 'group', 'ministry officials']],
  ['\'Council said it.', ['Council', 'organization', 'Council']],
  ['The so-called \'green\' union said it.', ['union', 'organization', 'union']],
  ['The growers \' union said it.', ['union', 'organization', 'union']],
  ['The growers\' lawyers said it.', ['lawyers', 'group', 'lawyers']],
  ['The growers\' Ana Ruiz said it.', ['Ana Ruiz', 'name', 'Ana Ruiz']],
  ['Santos\' lawyers said it.', ['lawyers', 'group', 'lawyers']],
  // A symbol is no capitalised word.
  ['Ana Ruiz + Ben Cole said it.', ['Ben Cole', 'name', 'Ben Cole']],
  // Determiners: "this" is none of the listed ones; a curly apostrophe's "’s" joins like a straight one.
  ['Asked, this official said it.', ['official', 'description', 'official']],
  ['Asked, both officials said it.', ['both officials', 'group', 'officials']],
  ['Asked, most officials said it.', ['most officials', 'group', 'officials']],
  ['Asked, all officials said it.', ['all officials', 'group', 'officials']],
  ['Asked, some officials said it.', ['some officials', 'group', 'officials']],
  ['Asked, another official said it.', ['another official', 'description', 'official']],
  ['The mayor’s office said it.', ['The mayor’s office', 'organization', 'mayor’s office']],
  ['Asked, ana ruiz said it.', ['ana ruiz', 'description', 'ana ruiz']],
  ['Asked, eBay said it.', ['eBay', '-', '-']],
  ['Asked, the most senior officials said it.', ['senior officials', 'group', 'senior officials']],
  // Who is no speaker, by the whole phrase.
  ['No one said it.', ['No one', '-', '-']],
  ['Court documents said it.', ['Court documents', '-', '-']],
  // No phrase ends with a connector or outside a phrase (a name lost from the copy).
  ['Asked, a spokesman for said it.', undefined],
  ['The Ministry of said it.', undefined],
  ['Ana Ruiz and said it.', undefined],
  ['It rained, said it.', undefined],
  // "NAME of the BODY" needs "the" and "of"; "of the" with nothing before it.
  ['Most of her Cabinet colleagues said it.', ['her Cabinet colleagues', 'group', 'Cabinet colleagues']],
  ['When Ana Ruiz resigned the Senate said it.', ['the Senate', 'organization', 'Senate']],
  ['of the panel said it.', ['the panel', 'epithet', 'panel']],
  // A body's name with a comma: only with "and" after it, a comma before it and a capital before that.
  ['Food and Rural Affairs said it.', ['Food and Rural Affairs', 'name', 'Rural Affairs']],
  ['The Department for Environment, Rural Affairs said it.', ['Rural Affairs', 'name', 'Rural Affairs']],
  ['The Ministry for Rural affairs, Food and Farming said it.', ['Food and Farming', 'name', 'Farming']],
  ['The Ministry for Rural Affairs: Food and Farming said it.', ['Food and Farming', 'name', 'Farming']],
  ['Speaking in Nairobi, Ana Ruiz and Ben Cole said it.', ['Ana Ruiz and Ben Cole', 'name', 'Ben Cole']],
  ['Speaking at the Ministry offices, Ana Ruiz and Ben Cole said it.', ['Ana Ruiz and Ben Cole', 'name', 'Ben Cole']],
  ['Speaking at the Department Annex, Ana Ruiz and Ben Cole said it.', ['Ana Ruiz and Ben Cole', 'name', 'Ben Cole']],
  ['Speaking to Friends of Makueni, Ana Ruiz and Ben Cole said it.', ['Ana Ruiz and Ben Cole', 'name', 'Ben Cole']],
  ['The Ministry of Environment, Food and Rural Affairs said it.', ['The Ministry of Environment, Food and Rural Affairs', 'organization', 'Ministry of Environment, Food and Rural Affairs']],
  ['Speaking in Nairobi, Ministry of Roads and Works officials said it.', ['Ministry of Roads and Works officials', 'group', 'Ministry of Roads and Works officials']],
  // A stray connector or dash does not open the phrase.
  ['"Yes," - said it.', ['-', '-', '-']],
  ['But of Ana Ruiz said it.', ['Ana Ruiz', 'name', 'Ana Ruiz']],
  ['But and Ana Ruiz said it.', ['Ana Ruiz', 'name', 'Ana Ruiz']],
  // "one of the ..." needs "of the" right before it.
  ['Asked, two of her lawyers said it.', ['her lawyers', 'group', 'lawyers']],
  ['Asked, two on the panel said it.', ['the panel', 'epithet', 'panel']],
  // A participle clause after a group: only an "-ing" verb, not across punctuation or an auxiliary.
  ['Passengers waiting, the drivers said it.', ['the drivers', 'group', 'drivers']],
  ['Passengers waiting were told the drivers said it.', ['the drivers', 'group', 'drivers']],
  ['After visiting the site officials said it.', ['the site officials', 'group', 'site officials']],
  ['Residents believe the officials said it.', ['the officials', 'group', 'officials']],
  ['Fans waiting for Will Smith said it.', ['Fans waiting for Will Smith', 'group', 'Fans waiting for Will Smith']],
  ['Supporters waiting for Jean-Claude Juncker said it.', ['Supporters waiting for Jean-Claude Juncker', 'group', 'Supporters waiting for Jean-Claude Juncker']],
  ['Asked, most passengers waiting for the bus said it.', ['passengers waiting for the bus', 'group', 'passengers waiting for the bus']],
  ['Asked, most farmers in Makueni said it.', ['farmers in Makueni', 'group', 'farmers in Makueni']],
  // Unnamed sources placed at a body: after "a"/"an" the place is the next word; rank and number kept.
  ['An official at a London council said it.', ['An official at a London council', 'description', 'official at a London council']],
  ['An official at an Oxford college said it.', ['An official at an Oxford college', 'description', 'official at an Oxford college']],
  ['with the Energy Ministry said it.', ['the Energy Ministry', 'organization', 'Energy Ministry']],
  ['A director of housing at a London council said it.', ['A director of housing at a London council', 'description', 'director of housing at a London council']],
  ['A senior official at the Health Ministry said it.', ['A senior official at the Health Ministry', 'description', 'senior official at the Health Ministry']],
  ['Asked, this official at the Health Ministry said it.', ['official at the Health Ministry', 'description', 'official at the Health Ministry']],
  ['Asked, the most senior official at the Health Ministry said it.', ['senior official at the Health Ministry', 'description', 'senior official at the Health Ministry']],
  ['Asked, an official at the Health Ministry said it.', ['an official at the Health Ministry', 'description', 'official at the Health Ministry']],
  ['A director of housing at Kestrel said it.', ['A director of housing at Kestrel', 'description', 'director of housing at Kestrel']],
  ['A director of housing at the Makueni County Council said it.', ['A director of housing at the Makueni County Council', 'description', 'director of housing at the Makueni County Council']],
  ['Two officials at the Health Ministry said it.', ['Two officials at the Health Ministry', 'group', 'Two officials at the Health Ministry']],
  ['A former official at the Health Ministry said it.', ['A former official at the Health Ministry', 'description', 'former official at the Health Ministry']],
  // "police" is a group a place qualifies like any other.
  ['Police in Makueni said it.', ['Police in Makueni', 'group', 'Police in Makueni']],
];

const AFTER: Row[] = [
  // A particle joins a name only before a capital or another particle, and never ends the text.
  ['"Yes," said Ana de facto.', ['Ana', 'name', 'Ana']],
  ['"Yes," said Ana de', ['Ana', 'name', 'Ana']],
  // A possessive mark that ends the text.
  ['"Yes," said the growers\'', ['the growers', 'group', 'growers']],
  // "of" joins two capitalised words, and "é" is a lower-case letter.
  ['"Yes," said the Ministry of économie.', ['the Ministry', 'organization', 'Ministry']],
  ['"Yes," said the Ministry of', ['the Ministry', 'organization', 'Ministry']],
  // A participle with its agent opens a clause about the one before it.
  ['"Yes," said a 24-year-old man rescued by the crew.', ['a 24-year-old man', 'description', '24-year-old man']],
  // No phrase after a cue that ends the text.
  ['"Yes," Ana Ruiz said', undefined],
  // An article after a noun or a number starts another phrase.
  ['"Yes," said Local 1199 the next day.', ['Local 1199', 'organization', 'Local 1199']],
  ['"Yes," said Ana Ruiz and I the next day.', ['Ana Ruiz and I', 'name', 'I']],
  ['"Yes," said all the residents.', ['all the residents', 'group', 'residents']],
];

describe('markup: where the speaker phrase before a cue starts', () => {
  for (const [sentence, phrase] of BEFORE) {
    test(sentence, () => assert.deepEqual(phraseAt(sentence, 'before'), phrase));
  }
});

describe('markup: where the speaker phrase after a cue ends', () => {
  for (const [sentence, phrase] of AFTER) {
    test(sentence, () => assert.deepEqual(phraseAt(sentence, 'after'), phrase));
  }
});

describe('markup: a speaker phrase stays within its limit', () => {
  const tokensOf = (text: string) => analyse(text).tokens;
  const at = (tokens: ReturnType<typeof tokensOf>, word: string) => tokens.findIndex((t) => t.text === word);

  test('before a cue, an unnamed source whose noun lies before the limit is not taken whole', () => {
    const tokens = tokensOf('A person familiar with the talks said it.');
    assert.deepEqual(phraseEndingAt(tokens, at(tokens, 'talks'), at(tokens, 'familiar')), { first: at(tokens, 'the'), last: at(tokens, 'talks') });
  });

  test('after a cue, a name ends at the limit', () => {
    const tokens = tokensOf('"Yes," said Prime Minister Ana Ruiz.');
    assert.deepEqual(phraseStartingAt(tokens, at(tokens, 'Prime'), at(tokens, 'Minister')), { first: at(tokens, 'Prime'), last: at(tokens, 'Minister') });
    assert.deepEqual(phraseStartingAt(tokens, at(tokens, 'Prime'), at(tokens, 'Prime')), { first: at(tokens, 'Prime'), last: at(tokens, 'Prime') });
  });
});

describe('markup: auxiliaries and adverbs between a speaker and the cue', () => {
  const ROWS: [string, string[]][] = [
    ['"The road is shut," Ana Ruiz has repeatedly said.', ['Ana Ruiz: "The road is shut,"']],
    ['"The road is shut," Ana Ruiz candidly said.', ['Ana Ruiz: "The road is shut,"']],
    // An auxiliary that opens the sentence is stepped over too, not read as a name for its capital.
    ['The council met on Monday. Then said Ana Ruiz: "We will reopen the road."', ['Ana Ruiz: "We will reopen the road."']],
    // An adverb not in "-ly" is not stepped over: "never" denies the report.
    ['Ana Ruiz never said the road was shut.', []],
    ['Ana Ruiz has also thanked the crews, saying that the road would reopen.', ['Ana Ruiz: the road would reopen']],
    ['Ana Ruiz warmly thanked the crews, saying that the road would reopen.', ['Ana Ruiz: the road would reopen']],
    ['Police in Makueni said: "The road is shut."', ['Police in Makueni: "The road is shut."']],
  ];
  for (const [body, expected] of ROWS) {
    test(body, () => assert.deepEqual(marked(body, markUp(body)), expected));
  }
});
