// When a predicted speaker is the gold's speaker: the rule every figure of the evaluation that
// involves speakers uses (speaker accuracy, span-plus-speaker F1, speakers found), stated once.
//
// A speaker's *keys* are its name and its aliases, normalised (lower case; curly apostrophes as
// straight ones; runs of whitespace as one space; trimmed; a leading "the", "a" or "an" dropped);
// for a person, also the surname, taken as the last word of the name (where the surname comes
// first, "Chen Wenqing", the gold lists it as an alias, "Chen", which is a key already).
// A predicted speaker P is the gold speaker G when
//   (1) P's name and G's name are equal, normalised; or
//   (2) P and G share a key that no other gold speaker of the article has
//       (person keys count only when both are persons).
// So "Crane" or "Sen. Walter Crane" is Walter Crane, and "Batiste" is nobody in an article where
// two persons are called Batiste.

import type { SuggestedSpeaker } from './suggestion';

type Speaker = Pick<SuggestedSpeaker, 'name' | 'aliases' | 'kind'>;

function normaliseName(name: string): string {
  const words = name.normalize('NFC').replace(/[\u2018\u2019]/g, "'").toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length > 1 && (words[0] === 'the' || words[0] === 'a' || words[0] === 'an')) words.shift();
  return words.join(' ');
}

function keysOf(speaker: Speaker, asPerson: boolean): Set<string> {
  const names = [speaker.name, ...speaker.aliases].map(normaliseName).filter((n) => n !== '');
  const keys = new Set(names);
  if (asPerson && names.length > 0) keys.add(names[0].slice(names[0].lastIndexOf(' ') + 1));
  return keys;
}

/** Whether `predicted` is `gold`, one of the gold speakers `allGold` of the same article. */
export function sameSpeaker(gold: Speaker, predicted: Speaker, allGold: readonly Speaker[]): boolean {
  if (sameName(gold, predicted)) return true;
  const persons = gold.kind === 'person' && predicted.kind === 'person';
  const goldKeys = keysOf(gold, persons);
  const others = allGold.filter((g) => g !== gold).map((g) => keysOf(g, persons && g.kind === 'person'));
  for (const key of keysOf(predicted, persons)) {
    if (goldKeys.has(key) && !others.some((o) => o.has(key))) return true;
  }
  return false;
}

/** Whether `predicted` bears the gold speaker's name itself (normalised), not only an alias or surname. */
export function sameName(gold: Speaker, predicted: Speaker): boolean {
  return normaliseName(gold.name) === normaliseName(predicted.name);
}
