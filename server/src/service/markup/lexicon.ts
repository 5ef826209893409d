// Typed view of data/markup-cues.json: the words attribution is read from, as sets built once.
// The lists are data so that a desk can extend them without touching the rules that use them.

import cues from '../data/markup-cues.json';

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

/** Phrases as token sequences in lower case, longest first, so that a longer phrase wins. */
function phrases(list: string[]): string[][] {
  return list.map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);
}

export const SPEECH_VERBS = lower(cues.speechVerbs);
export const OBJECT_VERBS = lower(cues.contentAfterObjectVerbs);
export const DEMAND_PHRASES = phrases(cues.demandVerbs);
export const PARTICIPLE_PHRASES = phrases(cues.participleCues);
export const HOPE_PHRASES = phrases(cues.hopePhrases);
export const PRONOUNS: ReadonlyMap<string, string> = new Map(Object.entries(cues.pronouns));
export const AUXILIARIES = lower(cues.auxiliaries);
export const TITLES = new Set(cues.titles.flatMap((t) => t.split(' ')));
export const ROLE_NOUNS = lower(cues.roleNouns);
export const ORG_WORDS = new Set(cues.organizationWords);
export const ORG_NOUNS = lower(cues.organizationNouns);
export const GROUP_NOUNS = lower(cues.groupNouns);
export const ANONYMITY_PHRASES = phrases(cues.anonymityPhrases);
export const NOT_SPEAKERS = lower(cues.notSpeakers);
export const SPEECH_NOUNS = lower(cues.speechNouns.flatMap((n) => n.split(' ')));

/** Whether the lower-case tokens from `at` spell `phrase`. */
export function phraseAt(lowers: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > lowers.length) return false;
  for (let k = 0; k < phrase.length; k++) if (lowers[at + k] !== phrase[k]) return false;
  return true;
}

/** Each list's phrases by their first word, made once: the cue search runs at every token. */
const byFirstWord = new WeakMap<readonly string[][], Map<string, string[][]>>();

function indexOf(list: readonly string[][]): Map<string, string[][]> {
  let index = byFirstWord.get(list);
  if (!index) {
    index = new Map();
    for (const p of list) index.set(p[0], [...(index.get(p[0]) ?? []), p]);
    byFirstWord.set(list, index);
  }
  return index;
}

/** The first of `list` (longest first) that the tokens from `at` spell, or undefined. */
export function firstPhraseAt(lowers: readonly string[], at: number, list: readonly string[][]): string[] | undefined {
  const candidates = indexOf(list).get(lowers[at]);
  if (!candidates) return undefined;
  for (const p of candidates) if (phraseAt(lowers, at, p)) return p;
  return undefined;
}
