// Speaker phrases the earlier tables left undecided (issue 8, session 10): where a phrase before a
// cue starts and where one after it ends, what describePhrase makes of it (its sort, name, role,
// organisation, head word), and a few whole sentences through the engine. Each row is decided
// whole. Names, bodies and places are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describePhrase, phraseEndingAt, phraseStartingAt } from '../../server/src/service/markup/phrases';
import { analyse } from '../../server/src/service/markup/text';
import { markUp, marked } from '../support/markup';

type Described = Record<string, string>;

/** The phrase before (or, with `after`, after) the first "said" of `text`, and what describePhrase makes of it. */
function phraseAt(text: string, after = false): [string, Described | undefined] | undefined {
  const a = analyse(text);
  const cue = a.tokens.findIndex((t) => t.lower === 'said');
  const ph = after ? phraseStartingAt(a.tokens, cue + 1, a.tokens.length - 1) : phraseEndingAt(a.tokens, cue - 1, 0);
  if (!ph) return undefined;
  const d = describePhrase(a.tokens, ph.first, ph.last, text);
  const span = text.slice(a.tokens[ph.first].start, a.tokens[ph.last].end);
  if (!d) return [span, undefined];
  const described: Described = {};
  for (const key of ['sort', 'name', 'role', 'org', 'head'] as const) if (d[key] !== undefined) described[key] = d[key];
  return [span, described];
}

describe('markup: the speaker phrase before a cue (session 10)', () => {
  const ROWS: [string, string, string, Described | undefined][] = [
    // An adverb between the sentence's conjunction and the name is no participle that places a group.
    ['a conjunction and an adverb before a name', 'And then Ana Ruiz said it.', 'Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', head: 'ruiz' }],
    // A role's short form after the company's name is still an epithet, with or without a description before it.
    ['"the former Kestrel CEO"', 'The former Kestrel CEO said it.', 'The former Kestrel CEO', { sort: 'epithet', name: 'former Kestrel CEO', head: 'ceo' }],
    ['"the Kestrel CEO"', 'The Kestrel CEO said it.', 'The Kestrel CEO', { sort: 'epithet', name: 'Kestrel CEO', head: 'ceo' }],
    // A short form that ends a capitalised run after "the" is a body's ("the Kestrel AG"), unless it is a role's (above).
    ['"the Kestrel AG"', 'The Kestrel AG said it.', 'The Kestrel AG', { sort: 'organization', name: 'Kestrel AG', head: 'ag' }],
    ['"the CDC"', 'The CDC said it.', 'The CDC', { sort: 'organization', name: 'CDC', head: 'cdc' }],
    // A plural's possessive inside a body's name; an opening quotation mark before it is no possessive.
    ['a plural\'s possessive inside a body\'s name', 'The Young Growers\' Council said it.', 'The Young Growers\' Council', { sort: 'organization', name: 'Young Growers\' Council', head: 'council' }],
    ['a body\'s name in quotation marks', 'The \'Young Growers\' Council said it.', 'Young Growers\' Council', { sort: 'organization', name: 'Young Growers\' Council', head: 'council' }],
    // After a place's possessive (straight or curly), the body's own name.
    ['a place\'s curly possessive before a body', 'Peru’s National Police said it.', 'Peru’s National Police', { sort: 'organization', name: 'National Police', head: 'police' }],
    ['a place\'s possessive before a body', 'Peru\'s National Police said it.', 'Peru\'s National Police', { sort: 'organization', name: 'National Police', head: 'police' }],
    // "Italy's Carabinieri art squad": the body's name, and the unit as its role.
    ['a place\'s possessive, a body and a unit in lower case', 'Italy\'s Carabinieri art squad said it.', 'Italy\'s Carabinieri art squad', { sort: 'organization', name: 'Carabinieri', role: 'art squad', head: 'squad' }],
    ['the same with a curly possessive', 'Italy’s Carabinieri art squad said it.', 'Italy’s Carabinieri art squad', { sort: 'organization', name: 'Carabinieri', role: 'art squad', head: 'squad' }],
    // A possessive after the unit ("the newspaper's editor") makes the phrase a person described, not the body.
    ['a place\'s possessive, a body, its unit\'s possessive and a role', 'Kenya\'s Daily Nation newspaper\'s editor said it.', 'Kenya\'s Daily Nation newspaper\'s editor', { sort: 'description', name: 'Kenya\'s Daily Nation newspaper\'s editor', head: 'editor' }],
    ['a place\'s possessive, a body and its unit in lower case', 'Kenya\'s Daily Nation newspaper said it.', 'Kenya\'s Daily Nation newspaper', { sort: 'organization', name: 'Daily Nation', role: 'newspaper', head: 'newspaper' }],
    // "marketing" is a noun in the board's description, no participle placing the farmers: the board speaks.
    ['a body described by a plural and a noun in "-ing"', 'The Dales farmers marketing board said it.', 'The Dales farmers marketing board', { sort: 'organization', name: 'Dales farmers marketing board', head: 'board' }],
    // An organisation's name before a role word, then the person's name.
    ['a body, a role in lower case and a name', 'Harbour Trust chairman Ana Ruiz said it.', 'Harbour Trust chairman Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'chairman', org: 'Harbour Trust', head: 'ruiz' }],
    ['a body named with "for", a role and a name', 'Department for Transport spokesman Ana Ruiz said it.', 'Department for Transport spokesman Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'spokesman', org: 'Department for Transport', head: 'ruiz' }],
    ['a body named with "of", a role and a name', 'Ministry of Finance official Ana Ruiz said it.', 'Ministry of Finance official Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'official', org: 'Ministry of Finance', head: 'ruiz' }],
    // A body's name, a title and a surname, all capitalised and no "of"/"for": a person, whose role holds the body.
    ['a body, a title and a surname', 'Harbour Trust Director Ruiz said it.', 'Harbour Trust Director Ruiz', { sort: 'name', name: 'Ruiz', role: 'Harbour Trust Director', head: 'ruiz' }],
    // Four capitalised words with no title among them, after "the": a body's name, not an epithet.
    ['four capitalised words after "the"', 'The Kestrel Valley Rail Users said it.', 'The Kestrel Valley Rail Users', { sort: 'organization', name: 'Kestrel Valley Rail Users', head: 'users' }],
    // A title and its department after "the": an epithet for the one who holds it.
    ['"the Minister of Transport"', 'The Minister of Transport said it.', 'The Minister of Transport', { sort: 'epithet', name: 'Minister of Transport', head: 'transport' }],
  ];
  for (const [why, text, span, described] of ROWS) {
    test(why, () => assert.deepEqual(phraseAt(text), [span, described]));
  }
});

test('markup: a name with a post-nominal short form is a person, not a body (session 10)', () => {
  // "MP" is a short form, but after a person's name it is no organisation's name.
  assert.equal(phraseAt('Ana Ruiz MP said it.')?.[1]?.sort, 'name');
});

describe('markup: the speaker phrase after a cue (session 10)', () => {
  const ROWS: [string, string, string, Described | undefined][] = [
    // "Ted" ends in "ed" but no "by" follows it: it is the name after the role, not a participle.
    ['a role and a name that ends in "ed"', '"We will stay," said shop owner Ted Hale.', 'shop owner Ted Hale', { sort: 'name', name: 'Ted Hale', role: 'shop owner', head: 'hale' }],
    // "by" two words on does not end the phrase by itself: "crew" is no participle.
    ['a compound noun before "by radio"', '"We will stay," said the lifeboat crew by radio.', 'the lifeboat crew', { sort: 'epithet', name: 'lifeboat crew', head: 'crew' }],
    // A surname in "-ed" before "by" ends no clause after a first name.
    ['a surname in "ed" before "by telephone"', '"We will stay," said Ana Reed by telephone.', 'Ana Reed', { sort: 'name', name: 'Ana Reed', head: 'reed' }],
    ['a participle with its agent after a noun', '"We will stay," said a 24-year-old man rescued by the crew.', 'a 24-year-old man', { sort: 'description', name: '24-year-old man', head: 'man' }],
    ['a role noun before the name', '"We will stay," said union president Ana Ruiz.', 'union president Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'union president', head: 'ruiz' }],
  ];
  for (const [why, text, span, described] of ROWS) {
    test(why, () => assert.deepEqual(phraseAt(text, true), [span, described]));
  }
});

describe('markup: whole sentences (session 10)', () => {
  const ROWS: [string, string, string[]][] = [
    // "reply" ends in "ly" but is the verb, not an adverb to step over: its subject speaks.
    // The epithet points back to the person named before; no speaker "Kestrel CEO" is made up.
    ['"the former Kestrel CEO" after her name', 'Ana Ruiz ran Kestrel for a decade before she left in March. "We grew every year," the former Kestrel CEO said.', ['Ana Ruiz: "We grew every year,"']],
    // A paragraph that ends without its full stop: the name after the role is the last word.
    ['a paragraph without its full stop', '"We will stay open," said shop owner Ted', ['Ted: "We will stay open,"']],
    // An adverb between the subject and its verb is stepped over, whether or not it ends in "-ly".
    ['"still" between the subject and its verb, then a participle', 'Ana Ruiz still opposed the plan, saying it would cost jobs.', ['Ana Ruiz: it would cost jobs']],
    ['"flatly" between the subject and its verb, then a participle', 'Ana Ruiz flatly opposed the plan, saying it would cost jobs.', ['Ana Ruiz: it would cost jobs']],
    ['a verb in "ly" after the subject, then a participle', 'Ana Ruiz will reply to the council on Friday, saying the plan would cost jobs.', ['Ana Ruiz: the plan would cost jobs']],
  ];
  for (const [why, body, expected] of ROWS) {
    test(why, () => assert.deepEqual(marked(body, markUp(body)), expected));
  }
});
