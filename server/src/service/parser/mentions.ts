// Finds mentions of speakers: their full name or an alias, as whole words, case-sensitive, the
// longest phrase winning ("Chen Wenqing" is one mention, not "Chen" plus a stray word). One
// exception to the case: a full name that starts in lower case (`the Chen Wenqing Foundation`)
// is also found with a capital on its first letter, as a sentence starts it (`The Chen Wenqing
// Foundation said`); the rest of the name keeps its case, and aliases keep theirs.
//
// Phrases are indexed by their first word, so the text is scanned once, word by word, and each
// word is looked up in a map: linear in the text, whatever the number of speakers.

import type { Mention, SpeakerDefinition } from '../syntax';
import { isWordChar, isWordCode } from '../text/characters';
import { commentOpensAt, skipComment } from '../text/scan';

interface Phrase {
  speakerId: string;
  text: string;
  /** The phrase split into words and the separators between them (whitespace as one space). */
  words: string[];
  separators: string[];
  viaAlias: boolean;
}

export interface SpeakerMatcher {
  /** Changes whenever a name or alias changes: cached mentions are only valid for one key. */
  key: string;
  byFirstWord: Map<string, Phrase[]>;
  /**
   * `wordKey` of every first word: a word whose length and first letter fit none is skipped
   * without making it a string (a slice and a hash per word cost most of the mention search).
   */
  firstWordKeys: Set<number>;
}

/** A number from a word's length and first code unit: equal for equal words. */
function wordKey(length: number, firstCode: number): number {
  return length * 65536 + firstCode;
}

export function buildSpeakerMatcher(speakers: readonly SpeakerDefinition[]): SpeakerMatcher {
  const byFirstWord = new Map<string, Phrase[]>();
  const keyParts: string[] = [];
  const index = (phrase: Phrase) => {
    const list = byFirstWord.get(phrase.words[0]);
    if (list) list.push(phrase);
    else byFirstWord.set(phrase.words[0], [phrase]);
  };
  const add = (speakerId: string, text: string, viaAlias: boolean) => {
    const split = splitPhrase(text);
    if (!split.words.length) return;
    index({ speakerId, text, viaAlias, ...split });
    const capitalised = viaAlias ? undefined : capitaliseFirst(split.words[0]);
    if (capitalised) index({ speakerId, text, viaAlias, words: [capitalised, ...split.words.slice(1)], separators: split.separators });
    keyParts.push(`${speakerId}\u0000${viaAlias ? 'a' : 'n'}\u0000${text}`);
  };
  for (const s of speakers) {
    if (s.name?.value) add(s.id, s.name.value, false);
    for (const alias of s.aliases) if (alias.text && alias.text !== s.name?.value) add(s.id, alias.text, true);
  }
  // Longest phrase first, sorted once (sorting on every add was quadratic: 100,000 speakers named
  // "Chen ..." did not finish in 300 s); the sort is stable, so equal lengths keep their order.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const firstWordKeys = new Set([...byFirstWord.keys()].map((w) => wordKey(w.length, w.charCodeAt(0))));
  return { key: keyParts.join('\u0001'), byFirstWord, firstWordKeys };
}

/** `the` → `The`; undefined when the word does not start with a lower-case letter. */
function capitaliseFirst(word: string): string | undefined {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  const upper = first.toUpperCase();
  return upper !== first && upper.length === first.length && first === first.toLowerCase() ? upper + word.slice(first.length) : undefined;
}

/**
 * Whether `phrase` (a speaker's full name) occurs as whole words in `text` (another speaker's
 * name as written in the body): `Chen Wenqing` in `the Chen Wenqing Foundation`.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const p = splitPhrase(phrase);
  const t = splitPhrase(text);
  if (!p.words.length) return false;
  const firstForms = [p.words[0], capitaliseFirst(p.words[0])];
  for (let w = 0; w + p.words.length <= t.words.length; w++) {
    if (!firstForms.includes(t.words[w])) continue;
    let k = 1;
    while (k < p.words.length && t.words[w + k] === p.words[k] && t.separators[w + k - 1] === p.separators[k - 1]) k++;
    if (k === p.words.length) return true;
  }
  return false;
}

function splitPhrase(text: string): { words: string[]; separators: string[] } {
  const words: string[] = [];
  const separators: string[] = [];
  let i = 0;
  while (i < text.length) {
    const s = i;
    while (i < text.length && !isWordChar(text[i])) i++;
    if (words.length) separators.push(normaliseSeparator(text.slice(s, i))); // past a word, i > s: the word loop stopped on a sign
    const w = i;
    while (i < text.length && isWordChar(text[i])) i++;
    if (i > w) words.push(text.slice(w, i));
  }
  return { words, separators: separators.slice(0, Math.max(0, words.length - 1)) };
}

function normaliseSeparator(sep: string): string {
  return sep.replace(/\s+/g, ' ');
}

/** Mentions in a paragraph's text, offsets relative to it. Skips comments and `{@id}` attributions. */
export function findMentions(t: string, matcher: SpeakerMatcher): Mention[] {
  const out: Mention[] = [];
  if (!matcher.byFirstWord.size) return out;
  // Collect the words of the paragraph once: [start, end) pairs.
  const starts: number[] = [];
  const ends: number[] = [];
  // Char codes, no string per character: this loop reads every character of every paragraph.
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === 60 /* < */ && commentOpensAt(t, i)) { i = skipComment(t, i); continue; }
    if (c === 123 /* { */ && t.charCodeAt(i + 1) === 64 /* @ */) {
      i += 2;
      // Spaces may stand before the id (`{@ chen }`): the id after them is skipped too.
      while (t.charCodeAt(i) === 32) i++;
      let d = t.charCodeAt(i);
      while (i < t.length && d !== 125 /* } */ && d !== 32 && d !== 10) d = t.charCodeAt(++i);
      continue;
    }
    if (isWordCode(c)) {
      const s = i;
      i++;
      while (i < t.length && isWordCode(t.charCodeAt(i))) i++;
      starts.push(s);
      ends.push(i);
      continue;
    }
    i++;
  }
  for (let w = 0; w < starts.length; w++) {
    if (!matcher.firstWordKeys.has(wordKey(ends[w] - starts[w], t.charCodeAt(starts[w])))) continue;
    const candidates = matcher.byFirstWord.get(t.slice(starts[w], ends[w]));
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (matchesAt(t, starts, ends, w, phrase)) {
        const last = w + phrase.words.length - 1;
        out.push({ start: starts[w], end: ends[last], speakerId: phrase.speakerId, text: t.slice(starts[w], ends[last]), viaAlias: phrase.viaAlias });
        w = last;
        break;
      }
    }
  }
  return out;
}

function matchesAt(t: string, starts: number[], ends: number[], w: number, phrase: Phrase): boolean {
  if (w + phrase.words.length > starts.length) return false;
  for (let k = 1; k < phrase.words.length; k++) {
    const s = starts[w + k], e = ends[w + k];
    if (t.slice(s, e) !== phrase.words[k]) return false;
    if (normaliseSeparator(t.slice(ends[w + k - 1], s)) !== phrase.separators[k - 1]) return false;
  }
  return true;
}
