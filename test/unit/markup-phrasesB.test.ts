// What describePhrase makes of a speaker phrase (its sort, name, role, organisation, head word and
// whether "the" opened it), for the wire shapes its later rules decide: unnamed sources placed at a
// body, groups qualified by a clause, spokespeople of a body, bodies described in lower case, short
// forms, names after titles and possessives, roles with their organisation. Each row is decided
// whole. Names, bodies and places are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describePhrase, phraseEndingAt } from '../../server/src/service/markup/phrases';
import { analyse } from '../../server/src/service/markup/text';

type Described = Record<string, string | boolean>;

/**
 * "<subject> said it.": the phrase before "said" (as phraseEndingAt reads it back from the cue, or
 * the whole subject when `whole`) and what describePhrase makes of it.
 */
function subjectOf(subject: string, whole: boolean): [string, Described | undefined] | undefined {
  const text = `${subject} said it.`;
  const a = analyse(text);
  const cue = a.tokens.findIndex((t) => t.lower === 'said');
  const ph = whole ? { first: 0, last: cue - 1 } : phraseEndingAt(a.tokens, cue - 1, 0);
  if (!ph) return undefined;
  const d = describePhrase(a.tokens, ph.first, ph.last, text);
  if (!d) return [text.slice(a.tokens[ph.first].start, a.tokens[ph.last].end), undefined];
  const described: Described = {};
  for (const key of ['sort', 'name', 'role', 'org', 'head', 'definite'] as const) if (d[key] !== undefined) described[key] = d[key];
  return [text.slice(a.tokens[ph.first].start, a.tokens[ph.last].end), described];
}

const ROWS: [string, string, Described | undefined][] = [
  // Determiners and "one of the": the name is what follows them, and "the" makes it definite.
  ['Several residents', 'Several residents', { sort: 'group', name: 'residents', head: 'residents', definite: false }],
  ['Both of the lawyers', 'Both of the lawyers', { sort: 'group', name: 'lawyers', head: 'lawyers', definite: true }],
  ['Many', 'Many', undefined],
  ['The two', 'The two', undefined],
  // Placed at a body: a description (one person) or a group (a plural).
  ['A spokesman at the Energy Ministry', 'A spokesman at the Energy Ministry', { sort: 'description', name: 'spokesman at the Energy Ministry', head: 'spokesman' }],
  ['Aides with the Energy Ministry', 'Aides with the Energy Ministry', { sort: 'group', name: 'Aides with the Energy Ministry', head: 'aides' }],
  // A person with a role before the name and a body after "of (the)".
  ['The economist Ana Ruiz of the Harbour Trust', 'The economist Ana Ruiz of the Harbour Trust', { sort: 'name', name: 'Ana Ruiz', role: 'economist', org: 'Harbour Trust', head: 'ruiz' }],
  ['The economist Ana Ruiz of Harbour University', 'The economist Ana Ruiz of Harbour University', { sort: 'name', name: 'Ana Ruiz', role: 'economist', org: 'Harbour University', head: 'ruiz' }],
  ['Ruiz of the Harbour Trust', 'Ruiz of the Harbour Trust', { sort: 'name', name: 'Ruiz', org: 'Harbour Trust', head: 'ruiz' }],
  ['Ana Ruiz of Harbour University Hospital', 'Ana Ruiz of Harbour University Hospital', { sort: 'name', name: 'Ana Ruiz', org: 'Harbour University Hospital', head: 'ruiz' }],
  ['Ana Ruiz of Edinburgh University and Trust', 'Ana Ruiz of Edinburgh University and Trust', { sort: 'name', name: 'Ana Ruiz', org: 'Edinburgh University and Trust', head: 'ruiz' }],
  ['The Trust of the Harbour', 'The Trust of the Harbour', { sort: 'organization', name: 'Trust of the Harbour', head: 'trust' }],
  // Groups qualified by a clause or a place; the head is the group's noun.
  ['Passengers waiting for the 156', 'Passengers waiting for the 156', { sort: 'group', name: 'Passengers waiting for the 156', head: 'passengers' }],
  ['Farmers in Makueni', 'Farmers in Makueni', { sort: 'group', name: 'Farmers in Makueni', head: 'farmers' }],
  ['Officials', 'Officials', { sort: 'group', name: 'Officials', head: 'officials', definite: false }],
  ['Ministry', 'Ministry', { sort: 'organization', name: 'Ministry', head: 'ministry' }],
  ['The ministers', 'The ministers', { sort: 'group', name: 'ministers', head: 'ministers', definite: true }],
  ['The police officers', 'The police officers', { sort: 'group', name: 'police officers', head: 'officers', definite: true }],
  ['Local police', 'Local police', { sort: 'organization', name: 'Local police', head: 'police' }],
  // Spokespeople: of the body named before the word, or a description when no body is named.
  ['A press spokesman', 'A press spokesman', { sort: 'description', name: 'press spokesman', head: 'spokesman' }],
  ['A senior Finance spokesman', 'A senior Finance spokesman', { sort: 'description', name: 'senior Finance spokesman', head: 'spokesman' }],
  ['The Finance and Trade spokesman', 'The Finance and Trade spokesman', { sort: 'organization', name: 'Finance and Trade', head: 'trade' }],
  ['A Department of Health spokeswoman', 'A Department of Health spokeswoman', { sort: 'organization', name: 'Department of Health', head: 'health' }],
  ['A Dales Council housing Finance spokesman', 'A Dales Council housing Finance spokesman', { sort: 'description', name: 'Dales Council housing Finance spokesman', head: 'spokesman' }],
  ['A Dales & Moor spokesman', 'A Dales & Moor spokesman', { sort: 'organization', name: 'Dales & Moor', head: 'moor' }],
  // A body described in lower case, short forms, epithets.
  ['The carmaker Lumora Grand Vega', 'The carmaker Lumora Grand Vega', { sort: 'organization', name: 'Lumora Grand Vega', role: 'carmaker', head: 'vega' }],
  ['The CEO', 'The CEO', { sort: 'epithet', name: 'CEO', head: 'ceo' }],
  ['The Acme CEO', 'The Acme CEO', { sort: 'epithet', name: 'Acme CEO', head: 'ceo' }],
  ['The Californian', 'The Californian', { sort: 'epithet', name: 'Californian', head: 'californian' }],
  ['The BBC', 'The BBC', { sort: 'organization', name: 'BBC', head: 'bbc' }],
  ['An NGO', 'An NGO', { sort: 'organization', name: 'NGO', head: 'ngo' }],
  ['UN', 'UN', { sort: 'organization', name: 'UN', head: 'un' }],
  ['The Harbour Trust', 'The Harbour Trust', { sort: 'organization', name: 'Harbour Trust', head: 'trust' }],
  ['The Ford Foundation', 'The Ford Foundation', { sort: 'organization', name: 'Ford Foundation', head: 'foundation' }],
  ['The Department for Food & Farming', 'The Department for Food & Farming', { sort: 'organization', name: 'Department for Food & Farming', head: 'farming' }],
  ['Harbour Trust for Fair Trade', 'Harbour Trust for Fair Trade', { sort: 'organization', name: 'Harbour Trust for Fair Trade', head: 'trade' }],
  ['Ruiz & Lopez', 'Ruiz & Lopez', { sort: 'organization', name: 'Ruiz & Lopez', head: 'lopez' }],
  ['District 9', 'District 9', { sort: 'organization', name: 'District 9', head: '9' }],
  // People's names: with hyphens, after titles and role words.
  ['Ruiz Lopez', 'Ruiz Lopez', { sort: 'name', name: 'Ruiz Lopez', head: 'lopez' }],
  ['Ana-Maria Ruiz Lopez', 'Ana-Maria Ruiz Lopez', { sort: 'name', name: 'Ana-Maria Ruiz Lopez', head: 'lopez' }],
  ['Jean-Claude Ruiz Lopez', 'Jean-Claude Ruiz Lopez', { sort: 'name', name: 'Jean-Claude Ruiz Lopez', head: 'lopez' }],
  ['Passenger Ivo Brandt', 'Passenger Ivo Brandt', { sort: 'name', name: 'Ivo Brandt', role: 'Passenger', head: 'brandt' }],
  ['Minister for Health Ana Maria Ruiz', 'Minister for Health Ana Maria Ruiz', { sort: 'name', name: 'Ana Maria Ruiz', role: 'Minister for Health', head: 'ruiz' }],
  ['Senator Ana Maria Ruiz', 'Senator Ana Maria Ruiz', { sort: 'name', name: 'Ana Maria Ruiz', role: 'Senator', head: 'ruiz' }],
  ['Minister Ana', 'Minister Ana', { sort: 'name', name: 'Ana', role: 'Minister', head: 'ana' }],
  ['Minister Ana-Ruiz', 'Minister Ana-Ruiz', { sort: 'name', name: 'Ana-Ruiz', role: 'Minister', head: 'ana-ruiz' }],
  // A place's possessive before a body's own name; a ministry keeps its country.
  ['Italy’s Carabinieri art squad', 'Italy’s Carabinieri art squad', { sort: 'organization', name: 'Carabinieri', role: 'art squad', head: 'squad' }],
  ['Italy\'s Carabinieri art squads', 'Italy\'s Carabinieri art squads', { sort: 'group', name: 'Italy\'s Carabinieri art squads', head: 'squads', definite: false }],
  ['Italy\'s art squad', 'Italy\'s art squad', { sort: 'description', name: 'Italy\'s art squad', head: 'squad' }],
  ['The IG union', 'The IG union', { sort: 'organization', name: 'IG', role: 'union', head: 'union' }],
  ['Peru\'s National Police', 'Peru\'s National Police', { sort: 'organization', name: 'National Police', head: 'police' }],
  ['Peru\'s official National Police Board', 'Peru\'s official National Police Board', { sort: 'organization', name: 'National Police Board', head: 'board' }],
  ['Japan\'s Defense Ministry', 'Japan\'s Defense Ministry', { sort: 'organization', name: 'Japan\'s Defense Ministry', head: 'ministry' }],
  ['Chile\'s Ministry of Mines', 'Chile\'s Ministry of Mines', { sort: 'organization', name: 'Chile\'s Ministry of Mines', head: 'mines' }],
  ['Peru\'s Police', 'Peru\'s Police', { sort: 'organization', name: 'Peru\'s Police', head: 'police' }],
  // A role word after an organisation's name: the role and the organisation apart.
  ['Texaco Oil spokesman Lee Park', 'Texaco Oil spokesman Lee Park', { sort: 'name', name: 'Lee Park', role: 'spokesman', org: 'Texaco Oil', head: 'park' }],
  ['Green Party spokesman Lee Park', 'Green Party spokesman Lee Park', { sort: 'name', name: 'Lee Park', role: 'spokesman', org: 'Green Party', head: 'park' }],
  ['Dr. spokesman Lee Park', 'Dr. spokesman Lee Park', { sort: 'name', name: 'Lee Park', role: 'Dr. spokesman', head: 'park' }],
  ['former Texaco spokesman Lee Park', 'former Texaco spokesman Lee Park', { sort: 'name', name: 'Lee Park', role: 'former Texaco spokesman', head: 'park' }],
  // Placed by its role noun, not by the word before "with"; "the ministry" is definite.
  ['A senior official with the Energy Ministry', 'A senior official with the Energy Ministry', { sort: 'description', name: 'senior official with the Energy Ministry', head: 'official' }],
  ['The ministry', 'The ministry', { sort: 'organization', name: 'ministry', head: 'ministry', definite: true }],
  // A group's or body's noun capitalised after the sentence's opening words.
  ['On Monday, Police', 'Police', { sort: 'organization', name: 'Police', head: 'police' }],
  ['"Yes," Residents', 'Residents', { sort: 'group', name: 'Residents', head: 'residents' }],
  // Four capitalised words with a role word first: the role, and the name after it.
  ['Passenger Ana Maria de la Cruz', 'Passenger Ana Maria de la Cruz', { sort: 'name', name: 'Ana Maria de la Cruz', role: 'Passenger', head: 'cruz' }],
  ['Cabin Passenger Ana Maria de la Cruz', 'Cabin Passenger Ana Maria de la Cruz', { sort: 'name', name: 'Ana Maria de la Cruz', role: 'Cabin Passenger', head: 'cruz' }],
  ['Head of the Fire Service Ana Maria Ruiz Lopez', 'Head of the Fire Service Ana Maria Ruiz Lopez', { sort: 'name', name: 'Ana Maria Ruiz Lopez', role: 'Head of the Fire Service', head: 'lopez' }],
  ['Voice of Dales', 'Voice of Dales', { sort: 'organization', name: 'Voice of Dales', head: 'dales' }],
  // A unit after a place's possessive, described by adjectives and nouns only.
  ['Italy\'s Carabinieri big art squad', 'Italy\'s Carabinieri big art squad', { sort: 'organization', name: 'Carabinieri', role: 'big art squad', head: 'squad' }],
  // A body's short form before its noun (not a figure's), and "police" kept with its body.
  ['The 3M union', 'The 3M union', { sort: 'organization', name: '3M union', head: 'union' }],
  ['UN police', 'UN police', { sort: 'organization', name: 'UN police', head: 'police' }],
  // "of (the)" and a body: the person's organisation, or the body's name whole.
  ['Harbour Trust of the Dales', 'Harbour Trust of the Dales', { sort: 'organization', name: 'Harbour Trust of the Dales', head: 'trust' }],
  ['Harbour Trust of Edinburgh University', 'Harbour Trust of Edinburgh University', { sort: 'organization', name: 'Harbour Trust of Edinburgh University', head: 'university' }],
  ['Ana Ruiz of University College Dales', 'Ana Ruiz of University College Dales', { sort: 'name', name: 'Ana Ruiz', org: 'University College Dales', head: 'ruiz' }],
  // After a title's or a body's possessive, the body's name keeps it.
  ['The Harbour Trust\'s own Marine Unit', 'The Harbour Trust\'s own Marine Unit', { sort: 'organization', name: 'Harbour Trust\'s own Marine Unit', head: 'unit' }],
  ['The President\'s own Guard Unit', 'The President\'s own Guard Unit', { sort: 'organization', name: 'President\'s own Guard Unit', head: 'unit' }],
  // A plural's possessive inside the organisation's name is the name's; a place's possessive is no organisation.
  ['Young Growers\' Council chief Ana Ruiz', 'Young Growers\' Council chief Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'chief', org: 'Young Growers\' Council', head: 'ruiz' }],
  ['Young Growers’ Council chief Ana Ruiz', 'Young Growers’ Council chief Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'chief', org: 'Young Growers’ Council', head: 'ruiz' }],
  ['Growers\' Council chief Ana Ruiz', 'Growers\' Council chief Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'chief', org: 'Growers\' Council', head: 'ruiz' }],
  ['Italy\'s foreign minister Ana Ruiz', 'Italy\'s foreign minister Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'Italy\'s foreign minister', head: 'ruiz' }],
];

/** Phrases read whole (as the rules that bound a phrase hand them over). */
const WHOLE_ROWS: [string, Described | undefined][] = [
  ['One of our reporters', { sort: 'group', name: 'One of our reporters', head: 'reporters', definite: false }],
  ['A woman familiar with the case', { sort: 'description', name: 'woman familiar with the case', head: 'case' }],
  ['A man familiar', undefined],
  ['van der Berg', { sort: 'name', name: 'van der Berg', head: 'berg' }],
  ['Senior officials', { sort: 'group', name: 'Senior officials', head: 'officials', definite: false }],
  ['Local farmers of Harbour University', { sort: 'group', name: 'Local farmers of Harbour University', head: 'farmers' }],
  ['From a senior official with the Energy Ministry', { sort: 'description', name: 'From a senior official with the Energy Ministry', head: 'official' }],
  // A phrase cut off after "of" names no body (and must not fail).
  ['Ana Ruiz of', undefined],
  // A possessive with nothing after it names no one (and must not fail).
  ['The mayor\'s', undefined],
];

describe('markup: what a speaker phrase says about its speaker', () => {
  test('a name with no role carries no role or organisation field at all', () => {
    const text = 'Ana Ruiz said it.';
    const a = analyse(text);
    assert.deepEqual(describePhrase(a.tokens, 0, 1, text), { sort: 'name', first: 0, last: 1, name: 'Ana Ruiz', head: 'ruiz' });
  });
  for (const [subject, phrase, described] of ROWS) {
    test(`"${subject} said"`, () => {
      assert.deepEqual(subjectOf(subject, false), [phrase, described]);
    });
  }
  for (const [subject, described] of WHOLE_ROWS) {
    test(`"${subject}", read whole`, () => {
      assert.deepEqual(subjectOf(subject, true), [subject, described]);
    });
  }
});
