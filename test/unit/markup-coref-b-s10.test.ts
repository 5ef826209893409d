// Coreference of the markup engine (server/src/service/markup/coreference.ts, lines 300-462) on the
// mutation survivors the earlier tables left (issue 8): which earlier full name a surname means,
// which body a description ("the health ministry", "the council", "the carmaker") means, how far
// back it reaches, and the reason an anonymous source gives. Each row is a made-up wire text and
// the whole suggestion: every speaker (name, kind, aliases, reason, confidence), then every marked
// span with its speaker. Names and sentences are made up.

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

function table(title: string, rows: [string, string, string[]][]) {
  describe(title, () => {
    for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(suggestion(body), expected));
  });
}

table('markup: a surname alone means the full name the text gave before (fullNameBefore)', [
  // A caption line ends without a full stop: the next paragraph's first word is no part of the name.
  ['the full name stops at the end of its paragraph',
    'Pictured: union leader Kwame Mensah\n\nGhana\'s teachers walked out on Monday. "We will vote," Mensah said.',
    ['Kwame Mensah [person] aka=Mensah 0.9', 'Kwame Mensah 0.9: "We will vote,"']],
]);

table('markup: a description of a body means the body the text named (organizationNamed, properNameWith, longerName)', [
  // The body is a speaker already: "the health ministry" is found by its noun, as a known speaker.
  ['"the health ministry" is the Ministry of Health that spoke before',
    'The Ministry of Health said on Monday that clinics would close. "We have no staff," the health ministry said.',
    ['Ministry of Health [organization] aka=health ministry 0.7', 'Ministry of Health 0.8: clinics would close', 'Ministry of Health 0.85: "We have no staff,"']],
  // "the housing charity Roofline": the description is the body's role, and "the charity" is Roofline.
  ['"the charity" is the body whose role holds the noun',
    '"We need homes," the housing charity Roofline said on Monday. "Rents are too high," the charity said.',
    ['Roofline [organization] role=housing charity aka=charity 0.7', 'Roofline 0.8: "We need homes,"', 'Roofline 0.85: "Rents are too high,"']],
  // Named only in the prose: the name is read whole, the hyphenated first word too.
  ['"the council" is the US-China Business Council, hyphen and all',
    'The US-China Business Council met on Monday. "Tariffs hurt everyone," the council said.',
    ['US-China Business Council [organization] aka=council 0.8', 'US-China Business Council 0.8: "Tariffs hurt everyone,"']],
  ['a dash before the name is no part of it',
    'Talks collapsed - Laos Railway Company staff walked out. "We want pay," the company said.',
    ['Laos Railway Company [organization] aka=company 0.8', 'Laos Railway Company 0.8: "We want pay,"']],
  // "Kestrel Motors Union" is the workers' union, not a longer name of the carmaker.
  ['a name of two words is not lengthened to a longer body that holds it',
    'Kestrel Motors Union members walked out on Monday. "We will talk to them," Kestrel Motors said.',
    ['Kestrel Motors [organization] 0.7', 'Kestrel Motors 0.8: "We will talk to them,"']],
]);

table('markup: "the company said" means the body the text is about (bodyDescribed)', [
  // The sentence's subject is a person: the body is the company the sentence names.
  ['a person who is a speaker is not the company',
    'Anna Berg said on Monday that Kestrel Motors would cut jobs. "We have no choice," the company said.',
    ['Anna Berg [person] 0.9', 'Kestrel Motors [organization] aka=company 0.8', 'Anna Berg 0.9: Kestrel Motors would cut jobs', 'Kestrel Motors 0.8: "We have no choice,"']],
  ['a body that is a speaker is the carmaker',
    'Kestrel Motors Group said on Monday it would cut 500 jobs. "We have no choice," the carmaker said.',
    ['Kestrel Motors Group [organization] aka=carmaker 0.7', 'Kestrel Motors Group 0.8: it would cut 500 jobs', 'Kestrel Motors Group 0.8: "We have no choice,"']],
  // No body in the sentences just before: the body that spoke last, whose name holds the noun itself.
  ['"the Kestrel union" is the Kestrel Motors Union that spoke last',
    '"We must save money," the Kestrel Motors Union said.\n\nIt was cold. They waited.\n\n"We will strike," the Kestrel union said.',
    ['Kestrel Motors Union [organization] aka=Kestrel union 0.7', 'Kestrel Motors Union 0.8: "We must save money,"', 'Kestrel Motors Union 0.8: "We will strike,"']],
  // The body that spoke last counts within three paragraphs: the text's first words are four back.
  ['the body that opens the text is too far back four paragraphs on',
    'Kestrel Motors said on Monday it would cut jobs.\n\nIt was cold.\n\nThey waited.\n\nIt rained.\n\n"We will hire again," the company said.',
    ['Kestrel Motors [organization] 0.7', 'company [organization] 0.7', 'Kestrel Motors 0.8: it would cut jobs', 'company 0.8: "We will hire again,"']],
]);

table('markup: the reason an anonymous source gives (reasonFrom, anonymityReason)', [
  ['the purpose ends before "says"',
    'An official who spoke on condition of anonymity to discuss the plan says the talks have failed.',
    ['official [anonymous] reason=discuss the plan 0.6', 'official 0.7: the talks have failed']],
  ['the purpose ends before "told"',
    'Two officials who spoke on condition of anonymity to discuss the plan told Reuters the talks had failed.',
    ['Two officials [anonymous] reason=discuss the plan 0.7', 'Two officials 0.75: the talks had failed']],
  ['the reason ends before "says"',
    'An official who asked not to be named says the talks have failed.',
    ['official [anonymous] reason=asked not to be named 0.6', 'official 0.7: the talks have failed']],
  ['the reason right after the sources: "who requested anonymity"',
    'Sources who requested anonymity said the talks had failed.',
    ['Sources [anonymous] reason=requested anonymity 0.7', 'Sources 0.75: the talks had failed']],
]);
