// The noun phrase that names a speaker next to a cue, and what it says about the speaker: a
// pronoun, a proper name with its title and appositive, an organisation, a group, an unnamed
// source, or an epithet ("the California Republican") that coreference must resolve.

import type { Token } from './text';
import { AUXILIARIES, GROUP_NOUNS, NOT_SPEAKERS, ORG_NOUNS, ORG_WORDS, PRONOUNS, ROLE_NOUNS, TITLES } from './lexicon';

type PhraseSort = 'pronoun' | 'name' | 'organization' | 'group' | 'description' | 'epithet';

export interface SpeakerPhrase {
  sort: PhraseSort;
  /** Token range of the whole phrase (appositive included). */
  first: number;
  last: number;
  /** The name as it should be written: the proper name, or the description without its article. */
  name: string;
  /** Lower-case head word: "aide", "ministry", "republican". */
  head: string;
  role?: string;
  org?: string;
  /** The pronoun's class (person, plural, organization). */
  pronounClass?: string;
  /** Opened by "the" ("the sources", "one of the sources"): points back to a speaker named before. */
  definite?: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'four', 'several', 'some', 'many', 'its', 'his', 'her', 'their', 'our', 'my', 'another', 'other', 'both', 'all', 'most', 'senior', 'top']);

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

/** Lower-case particles inside a person's name: "de la Cruz", "van der Berg". */
const NAME_PARTICLES = new Set(['de', 'la', 'le', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'al', 'los', 'las', 'dos', 'das', 'ibn']);

function isParticle(tokens: Token[], i: number): boolean {
  return NAME_PARTICLES.has(tokens[i]?.text) && tokens[i + 1] !== undefined && (isCapitalised(tokens[i + 1]) || NAME_PARTICLES.has(tokens[i + 1].text));
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four']);
/** Adjectives that rank a source, read with the determiners but part of its description. */
const RANKS = new Set(['senior', 'top']);
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Lower-case words inside a body's name: "Department for Transport", "Dales & Moor". */
const BODY_CONNECTORS = new Set(['of', 'for', 'and', '&']);

/** A plural's possessive mark inside a body's name: the "'" of "Young Growers' Council". */
function isPluralPossessive(tokens: Token[], i: number): boolean {
  const mark = tokens[i], owner = tokens[i - 1], next = tokens[i + 1];
  if (mark === undefined || (mark.text !== "'" && mark.text !== '\u2019') || owner === undefined || next === undefined) return false;
  if (owner.end !== mark.start || !owner.lower.endsWith('s')) return false;
  // "Young Growers' Council"; in lower case only before a body's noun ("chemicals workers' union"),
  // for a closing single quotation mark looks the same. (No space after the mark is read the same:
  // the model keeps "Growers'Council" one word, and cuts "Farmers'Łódź" only at the letter it does not know.)
  // "Santos' office": a name's possessive before a body's noun names the body by its holder.
  return isCapitalised(owner) && (isCapitalised(next) || ORG_NOUNS.has(next.lower)) || !isCapitalised(owner) && ORG_NOUNS.has(next.lower);
}

function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 191 && t.text[0] !== t.text[0].toLowerCase());
}

/** Whether a token can belong to a name or description phrase. */
function inPhrase(t: Token): boolean {
  if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  // "his daughter", "her own health commissioner": a possessive is read as a determiner.
  if ((t.pos === 'DET' || t.pos === 'PRON' && POSSESSIVES.has(t.lower)) && DETERMINERS.has(t.lower)) return true;
  if (t.lower === "'s" || t.lower === '’s' || t.lower === '-' || t.lower === '&') return true;
  if (t.lower === 'of' || t.lower === 'for' || t.lower === 'and') return true; // "Ministry of Transport"
  return isCapitalised(t) && t.pos !== 'PUNCT';
}

/**
 * The phrase that ends at `last` (the word before the cue, after auxiliaries were skipped), not
 * before `limit`. Connectors (of, for, and) are kept only between capitalised words.
 */
export function phraseEndingAt(tokens: Token[], last: number, limit: number): { first: number; last: number } | undefined {
  const t = tokens[last];
  if (!t) return undefined;
  if (t.pos === 'PRON') return PRONOUNS.has(t.lower) ? { first: last, last } : undefined;
  if (!inPhrase(t) || BODY_CONNECTORS.has(t.lower)) return undefined;
  let first = extendBack(tokens, last, limit);
  // "Rachel Kwan of the Colorado Department of ...", "Ministry of the Interior": a name "of the" a
  // body's name is one phrase, which describePhrase takes apart.
  if (first - 2 >= limit && tokens[first].lower === 'the' && tokens[first - 1].lower === 'of' && isCapitalised(tokens[first - 2]) && isCapitalised(tokens[first + 1] ?? tokens[first])) {
    first = extendBack(tokens, first - 2, limit);
  }
  // "the Department for Environment, Food and Rural Affairs": a body's name that lists its
  // portfolios holds a comma; it is one phrase when an organisation word and "for"/"of" open it.
  if (first - 2 >= limit && tokens[first - 1].text === ',' && isCapitalised(tokens[first - 2]) && hasAnd(tokens, first, last)) {
    const before = extendBack(tokens, first - 2, limit);
    if (opensBodyName(tokens, before, first - 2)) first = before;
  }
  // A phrase does not start with a connector.
  while (first < last && (tokens[first].lower === 'of' || tokens[first].lower === 'and' || tokens[first].lower === '-')) first++;
  // "one of the sources": the part of a group named before.
  if (tokens[first]?.lower === 'the' && tokens[first - 1]?.lower === 'of' && first - 2 >= limit && PART_OF.has(tokens[first - 2].lower)) return { first: first - 2, last };
  // "A person familiar with the matter", "An official with the Energy Ministry": an unnamed source
  // and what places it; the whole phrase is its name (the gold's convention for anonymous sources).
  const placed = placedSourceStart(tokens, first, limit);
  if (placed >= 0) return { first: placed, last };
  // "passengers waiting for the 156": a group and the participle clause that places it.
  for (let g = first - 1; g >= Math.max(limit + 1, first - 8); g--) {
    const t = tokens[g];
    if (t.pos === 'PUNCT' || t.pos === 'AUX') break;
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && qualifiesAsGroup(tokens, tokens[g - 1])) {
      let p = g - 1;
      while (p - 1 >= limit && tokens[p - 1].pos === 'DET' && DETERMINERS.has(tokens[p - 1].lower)) p--;
      return { first: p, last };
    }
  }
  // "Farmers in Makueni", "A group of Severnside bondholders": a group and what qualifies it.
  const group = tokens[first - 2];
  if (first - 2 >= limit && GROUP_PREPOSITIONS.has(tokens[first - 1].lower) && group && qualifiesAsGroup(tokens, group)) {
    let g = first - 2;
    while (g - 1 >= limit && tokens[g - 1].pos === 'DET' && DETERMINERS.has(tokens[g - 1].lower)) g--;
    return { first: g, last };
  }
  return { first, last };
}

// "Many of the Energy Ministry officials": a part of a group, not a group named "of the ...".
const PART_OF = new Set(['one', 'two', 'three', 'some', 'each', 'both', 'several', 'another', 'many', 'most', 'all']);

/** Nouns an unnamed source goes by ("a person familiar with ..."), besides the role nouns. */
const SOURCE_NOUNS = new Set(['person', 'people', 'source', 'sources']);

/**
 * Where an unnamed source's phrase starts when `first` opens what places it: "[a person] familiar
 * with [the matter]", "[an official] with [the Energy and Mines Ministry]" (a role noun in lower
 * case, then with/at/from and a capitalised name). -1 when it does not.
 */
function placedSourceStart(tokens: Token[], first: number, limit: number): number {
  let noun = -1;
  // "at the Energy Ministry", "at a London council": the place is a capitalised name after its article.
  const placeName = ['the', 'a', 'an'].includes(tokens[first]?.lower) ? tokens[first + 1] : tokens[first];
  const role = (k: number) => ROLE_NOUNS.has(tokens[k]?.lower) && !isCapitalised(tokens[k]);
  if (tokens[first - 1]?.lower === 'with' && tokens[first - 2]?.lower === 'familiar') noun = first - 3;
  else if (PLACING_PREPOSITIONS.has(tokens[first - 1]?.lower) && placeName !== undefined && isCapitalised(placeName)) {
    // "a director of housing at a London council", "a director for housing at Kestrel", "an
    // official in charge at the Energy Ministry": a role with its portfolio after "of", "for" or "in".
    if (role(first - 2)) noun = first - 2;
    // "a director of Housing at a London council": the portfolio may be capitalised.
    else if (PORTFOLIO_PREPOSITIONS.has(tokens[first - 3]?.lower) && (tokens[first - 2].pos === 'NOUN' || tokens[first - 2].pos === 'PROPN') && role(first - 4)) noun = first - 4;
  }
  if (noun < limit || !tokens[noun] || !(SOURCE_NOUNS.has(tokens[noun].lower) || ROLE_NOUNS.has(tokens[noun].lower))) return -1;
  let g = noun;
  while (g - 1 >= limit && (DETERMINERS.has(tokens[g - 1].lower) && (tokens[g - 1].pos === 'DET' || tokens[g - 1].pos === 'NUM') || tokens[g - 1].pos === 'ADJ')) g--;
  return g;
}

const PLACING_PREPOSITIONS = new Set(['with', 'at', 'from']);

/** What ties a role to its portfolio: "director of housing", "director for housing", "official in charge". */
const PORTFOLIO_PREPOSITIONS = new Set(['of', 'for', 'in']);

/** Prepositions that tie a group to what qualifies it: "residents of", "parents at", "volunteers with". */
const GROUP_PREPOSITIONS = new Set(['in', 'of', 'at', 'with', 'from']);

/** A group noun that a qualifier may follow ("farmers", "a group", "police"), not a quantifier ("some of"). */
function qualifiesAsGroup(tokens: Token[], t: Token): boolean {
  return t.lower === 'group' || GROUP_NOUNS.has(t.lower) && !DETERMINERS.has(t.lower) || isPluralCommonNoun(tokens, t);
}

/**
 * "Negotiators from several African countries", "senators from steel-producing states": any
 * plural common noun (not a body's) is people that a qualifier places, not only the listed ones.
 */
function isPluralCommonNoun(tokens: Token[], t: Token): boolean {
  // In lower case, or opening the sentence ("Joint Chiefs of Staff" is a name; "MPs from the coast" are people).
  const common = t.text === t.lower || tokens[t.index - 1]?.sentence !== t.sentence;
  // "ex-miners": a hyphenated plural is one too.
  return common && (t.pos === 'NOUN' || t.pos === 'PROPN') && /\p{L}[^s]s$/u.test(t.lower) && !ORG_NOUNS.has(t.lower) && !NOT_SPEAKERS.has(t.lower);
}

function hasAnd(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (tokens[k].lower === 'and') return true;
  return false;
}

/** Whether tokens [first, last] hold an organisation word followed by "for" or "of": "Department for Environment". */
function opensBodyName(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (ORG_WORDS.has(tokens[k].text) && (tokens[k + 1].lower === 'for' || tokens[k + 1].lower === 'of')) return true;
  return false;
}

/** The first token of the phrase that ends at `last`: connectors (of, for, and) only between capitalised words. */
function extendBack(tokens: Token[], last: number, limit: number): number {
  let first = last;
  while (first - 1 >= limit && (inPhrase(tokens[first - 1]) || isParticle(tokens, first - 1) || isPluralPossessive(tokens, first - 1))) {
    const prev = tokens[first - 1];
    if ((prev.lower === 'of' || prev.lower === 'for' || prev.lower === 'and') && !(isCapitalised(tokens[first]) && tokens[first - 2] && isCapitalised(tokens[first - 2]))) break;
    // "But Teo said": a conjunction opening the sentence is not part of the name.
    if (prev.pos === 'CCONJ' && isCapitalised(prev)) break;
    first--;
  }
  return first;
}

/** The phrase that starts at `first` (after a cue: "said Whitlock", "said union president Tom Haines"). */
export function phraseStartingAt(tokens: Token[], first: number, limit: number): { first: number; last: number } | undefined {
  const t = tokens[first];
  if (!t) return undefined;
  if (t.pos === 'PRON') return PRONOUNS.has(t.lower) ? { first, last: first } : undefined;
  // "said of the Energy Ministry officials": what is said about someone; a phrase does not start with a connector.
  if (!inPhrase(t) || BODY_CONNECTORS.has(t.lower)) return undefined;
  let last = first;
  while (last + 1 <= limit && (inPhrase(tokens[last + 1]) || isParticle(tokens, last + 1) && isCapitalised(tokens[last]) || isPluralPossessive(tokens, last + 1))) {
    const next = tokens[last + 1];
    // "told reporters the ferry ...", "said Local 1199 the next day": an article after a noun or a number starts another phrase.
    if (next.pos === 'DET' && (tokens[last].pos === 'NOUN' || tokens[last].pos === 'PROPN' || tokens[last].pos === 'PRON' || tokens[last].pos === 'NUM')) break;
    // "a 24-year-old man rescued by ...": a participle with its agent opens a clause about him.
    if (next.lower.endsWith('ed') && tokens[last + 2]?.lower === 'by' && tokens[last].pos === 'NOUN') break;
    if ((next.lower === 'of' || next.lower === 'for' || next.lower === 'and') && !(tokens[last + 2] && isCapitalised(tokens[last + 2]) && isCapitalised(tokens[last]))) break;
    last++;
  }
  return { first, last };
}

/** Skips auxiliaries and adverbs backwards from `i`: "Chen [has] said", "Liu [also] said". */
export function skipAuxiliariesBack(tokens: Token[], i: number, limit: number): number {
  while (i >= limit && (AUXILIARIES.has(tokens[i].lower) || tokens[i].pos === 'ADV' && tokens[i].lower.endsWith('ly'))) i--;
  return i;
}

/** Skips auxiliaries and adverbs forwards from `i`, not past `limit`: "Chen [has also] thanked", "Ruiz [still] opposed". */
export function skipAuxiliariesForward(tokens: Token[], i: number, limit: number): number {
  while (i < limit && (AUXILIARIES.has(tokens[i].lower) || tokens[i].pos === 'ADV')) i++;
  return i;
}

/** Reads what a phrase says about its speaker. */
export function describePhrase(tokens: Token[], first: number, last: number, text: string): SpeakerPhrase | undefined {
  const words = tokens.slice(first, last + 1);
  if (words.length === 1 && words[0].pos === 'PRON') {
    return { sort: 'pronoun', first, last, name: words[0].text, head: words[0].lower, pronounClass: PRONOUNS.get(words[0].lower) };
  }
  const head = words[words.length - 1];
  const phraseText = text.slice(words[0].start, head.end);
  if (NOT_SPEAKERS.has(head.lower) || NOT_SPEAKERS.has(phraseText.toLowerCase())) return undefined;
  let k = 0;
  if (words.length > 3 && PART_OF.has(words[0].lower) && words[1].lower === 'of' && words[2].lower === 'the') k = 2;
  // Articles and quantifiers are not the name; a number is ("two government sources", "one customer").
  // Nor is a rank ("senior U.S. official"): the name is the description without its article.
  while (k < words.length && DETERMINERS.has(words[k].lower) && !RANKS.has(words[k].lower) && !(NUMBER_WORDS.has(words[k].lower) && k + 1 < words.length && !isCapitalised(words[k + 1]))) k++;
  const definite = k > 0 && words[k - 1].lower === 'the';
  const article = k > 0;
  const body = words.slice(k);
  if (body.length === 0) return undefined;
  const bodyText = text.slice(body[0].start, head.end);
  // "UAW Local 2175": a number ending a run of capitalised words names a unit of a body (a union
  // local, a district); a person's name holds none.
  const numbered = numberedBodyStart(body);
  if (numbered >= 0) return { sort: 'organization', first, last, name: text.slice(body[numbered].start, head.end), head: head.lower };
  // "person familiar with the matter", "official with the Energy and Mines Ministry": a description.
  const placedAt = body.findIndex((w, i) => i > 0 && (w.lower === 'familiar' && body[i + 1]?.lower === 'with' || PLACING_PREPOSITIONS.has(w.lower)));
  if (placedAt > 0 && placedSourceStart(tokens, body[placedAt].lower === 'familiar' ? body[placedAt].index + 2 : body[placedAt].index + 1, first) >= 0) {
    const noun = body[placedAt - 1];
    return { sort: noun.lower === 'people' || noun.lower.endsWith('s') ? 'group' : 'description', first, last, name: bodyText, head: noun.lower };
  }
  const ofThe = personOfBody(tokens, body, first + (words.length - body.length), last, text);
  if (ofThe === null) return undefined;
  if (ofThe) return ofThe;
  const qualified = body.findIndex((w, i) => i > 0 && (GROUP_PREPOSITIONS.has(w.lower) || w.pos === 'VERB' && w.lower.endsWith('ing')) && qualifiesAsGroup(tokens, body[i - 1]));
  if (qualified > 0) return { sort: 'group', first, last, name: bodyText, head: body[qualified - 1].lower };
  // A common noun capitalised only because it opens the sentence: "Residents said", "Police said".
  if (body.length === 1 && (GROUP_NOUNS.has(head.lower) || ORG_NOUNS.has(head.lower)) && head.pos !== 'PROPN' || body.length === 1 && GROUP_NOUNS.has(head.lower) && first === 0) {
    return { sort: head.lower === 'police' || ORG_NOUNS.has(head.lower) && !GROUP_NOUNS.has(head.lower) ? 'organization' : 'group', first, last, name: bodyText, head: head.lower, definite };
  }
  if (body.length === 1 && GROUP_NOUNS.has(head.lower) && isCapitalised(head) && head.text.slice(1) === head.lower.slice(1)) {
    return { sort: head.lower === 'police' ? 'organization' : 'group', first, last, name: bodyText, head: head.lower };
  }
  // "A Commerce Department spokeswoman", "A Department for Transport spokesperson", "A Kestrel
  // spokesman": an unnamed spokesperson speaks for the body whose name stands before the word.
  if (SPOKES.has(head.lower) && body.length >= 2 && isCapitalised(body[body.length - 2]) && !TITLES.has(body[body.length - 2].text)) {
    let o = body.length - 2;
    while (o - 1 >= 0 && (isCapitalised(body[o - 1]) || BODY_CONNECTORS.has(body[o - 1].lower) && o - 2 >= 0 && isCapitalised(body[o - 2]))) o--;
    if (o === 0) return { sort: 'organization', first, last, name: text.slice(body[o].start, body[body.length - 2].end), head: body[body.length - 2].lower };
  }
  // Proper name: the last run of capitalised words after the last title or role word.
  const capitalRunStart = lastCapitalRun(body);
  const hasOrgWord = body.some((w) => ORG_WORDS.has(w.text));
  // The run ends with the head, so there is one only when the head is capitalised.
  if (capitalRunStart >= 0) {
    const run = body.slice(capitalRunStart);
    const runText = text.slice(run[0].start, head.end);
    // "Vice Minister of Transport Liu Jianguo", "Passenger Ivo Brandt": a title or role word in the
    // run is the role's, and the person's name is what follows it (the department aside).
    const titled = nameAfterTitle(body);
    if (titled > 0) {
      return { sort: 'name', first, last, name: text.slice(body[titled].start, head.end), head: head.lower, role: text.slice(body[0].start, body[titled - 1].end) };
    }
    if (hasOrgWord && ORG_WORDS.has(head.text) || run.some((w) => ORG_WORDS.has(w.text)) && !isPersonShaped(run) || hasOrgWord && isBodyName(body)) {
      return { sort: 'organization', first, last, name: afterPossessive(body, text) ?? bodyText, head: head.lower };
    }
    // "The housing charity Roofline", "the carmaker Lumora": a body's noun in lower case right
    // before the name says what the name is; the description is its role.
    const described = body[capitalRunStart - 1];
    if (described !== undefined && !isCapitalised(described) && ORG_NOUNS.has(described.lower) && !hasOrgWord && run.length <= 3) {
      return { sort: 'organization', first, last, name: runText, head: head.lower, role: text.slice(body[0].start, described.end) };
    }
    // "the CEO", "the former Kestrel CEO": a role's short form is an epithet for the person who
    // holds it, whatever names the company before it.
    if (article && ROLE_NOUNS.has(head.lower) && isAcronym(head)) return { sort: 'epithet', first, last, name: bodyText, head: head.lower };
    // "the CDC", "the FBI", "the Kestrel AG": a body's short form (or one ending its name), not an epithet.
    if (article && isAcronym(head) && head.text.length >= 2) return { sort: 'organization', first, last, name: runText, head: head.lower };
    // "The Egyptian singer Yasmine Abdel-Fattah" is not one: a name of two words or more after a
    // description in lower case is the person it describes.
    const namedAfterDescription = run.length >= 2 && described !== undefined && !isCapitalised(described);
    if (article && run.length <= 3 && !hasOrgWord && !namedAfterDescription) {
      // "the California Republican", "the American": a description standing for someone named before.
      return { sort: 'epithet', first, last, name: bodyText, head: head.lower };
    }
    if (isAcronym(head) && run.length === 1) return { sort: 'organization', first, last, name: runText, head: head.lower };
    // A person's name is at most three capitalised words: "Minister for Water Resources Sardar Imran Qadir".
    const capitals = run.filter((w) => isCapitalised(w));
    const keep = capitals.length > 3 ? run.indexOf(capitals[capitals.length - 3]) : 0;
    // Names with connectors ("Food and Rural Affairs"), and four capitalised words or more with no
    // title among them ("China Hengyuan Power Construction"), are bodies' names, not people's.
    const titledRun = run.slice(0, keep).some((w) => TITLES.has(w.text) || ROLE_NOUNS.has(w.lower));
    // (A run holds no "and" nor "for": lastCapitalRun stops at them.)
    if (run.some((w) => w.lower === 'of' || w.text === '&') || capitals.length > 3 && !titledRun) {
      return { sort: 'organization', first, last, name: runText, head: head.lower };
    }
    if (capitals.length > 3) {
      const kept = run.slice(keep);
      return { sort: 'name', first, last, name: text.slice(kept[0].start, head.end), head: head.lower, role: text.slice(body[0].start, run[keep - 1].end) };
    }
    const before = body.slice(0, capitalRunStart);
    // "Anna Berg and Tom Holt": a subject of two, of whom the run is the last; "and" and the first
    // name are no role and no organisation.
    if (before.length && before[before.length - 1].lower === 'and') return { sort: 'name', first, last, name: runText, head: head.lower };
    const role = before.length ? text.slice(before[0].start, before[before.length - 1].end) : undefined;
    return { sort: 'name', first, last, name: runText, head: head.lower, ...roleAndOrg(role) };
  }
  // "Italy's Carabinieri art squad": after a place's possessive, a proper name and a lower-case
  // description of one unit; the name is the body's, the description its role.
  const possessive = body.findIndex((w) => w.lower === "'s" || w.lower === '’s');
  if (possessive > 0 && body[possessive + 1] !== undefined && isCapitalised(body[possessive + 1]) && head.pos === 'NOUN' && !head.lower.endsWith('s')) {
    let q = possessive + 1;
    while (q < body.length && isCapitalised(body[q])) q++;
    if (q < body.length && body.slice(q).every((w) => !isCapitalised(w) && (w.pos === 'NOUN' || w.pos === 'ADJ'))) {
      return { sort: 'organization', first, last, name: text.slice(body[possessive + 1].start, body[q - 1].end), head: head.lower, role: text.slice(body[q].start, head.end) };
    }
  }
  if (GROUP_NOUNS.has(head.lower) && !ORG_NOUNS.has(head.lower) || head.lower.endsWith('s') && head.pos === 'NOUN' && !ROLE_NOUNS.has(head.lower) && !ORG_NOUNS.has(head.lower)) {
    return { sort: 'group', first, last, name: bodyText, head: head.lower, definite };
  }
  if (head.lower === 'police') return { sort: 'organization', first, last, name: bodyText, head: head.lower };
  if (ORG_NOUNS.has(head.lower)) {
    // "The IG BCE chemicals workers' union": the body's own name is the short form before its
    // description, and the description is its role.
    let short = 0;
    while (short < body.length - 1 && isAcronym(body[short]) && body[short].pos !== 'NUM') short++;
    if (short > 0 && !isCapitalised(body[short])) {
      return { sort: 'organization', first, last, name: text.slice(body[0].start, body[short - 1].end), head: head.lower, role: text.slice(body[short].start, head.end) };
    }
    return { sort: 'organization', first, last, name: bodyText, head: head.lower };
  }
  if (ROLE_NOUNS.has(head.lower) || head.pos === 'NOUN') {
    return { sort: article && words[0].lower === 'the' ? 'epithet' : 'description', first, last, name: bodyText, head: head.lower };
  }
  return undefined;
}

/**
 * "State Epidemiologist Rachel Kwan of the Colorado Department of ...": a person, with the body
 * after "of the" as their organisation; "Ministry of the Interior": a body's name, whole. Only when
 * the part after "of the" is a body's name (it holds an organisation word). Null when the words
 * before "of" are no speaker at all ("The Annual Report of the Central Bank"): the phrase is none.
 */
function personOfBody(tokens: Token[], body: readonly Token[], bodyFirst: number, last: number, text: string): SpeakerPhrase | null | undefined {
  const k = body.findIndex((w, i) => i > 0 && w.lower === 'of' && body[i + 1]?.lower === 'the' && body[i + 2] !== undefined && isCapitalised(body[i + 2]));
  if (k < 0) return personOfNamedBody(tokens, body, bodyFirst, last, text);
  const org = body.slice(k + 2);
  const whole = { sort: 'organization' as const, first: bodyFirst, last, name: text.slice(body[0].start, body[body.length - 1].end), head: body[k - 1].lower };
  if (!org.some((w) => ORG_WORDS.has(w.text))) return body.slice(0, k).some((w) => ORG_WORDS.has(w.text)) ? whole : undefined;
  // "Chief of the Army Staff Ana Ruiz": a title that names its body, then the person's name.
  let lastOrgWord = org.length - 1;
  while (!ORG_WORDS.has(org[lastOrgWord].text)) lastOrgWord--;
  const named = org.slice(lastOrgWord + 1);
  if (isPersonShaped(named)) {
    return { sort: 'name', first: bodyFirst, last, name: text.slice(named[0].start, named[named.length - 1].end), head: named[named.length - 1].lower, role: text.slice(body[0].start, org[lastOrgWord].end) };
  }
  const person = describePhrase(tokens, bodyFirst, bodyFirst + k - 1, text);
  // "The Annual Report of the Central Bank": a document of a body is no speaker, as "the report" is not.
  if (person === undefined) return null;
  if (person.sort === 'name') return { ...person, last, org: text.slice(org[0].start, org[org.length - 1].end) };
  return whole;
}

/**
 * "Professor Martin Aldous of Edinburgh University": a name, "of" and a body's name without "the".
 * Only when the words before "of" are a person's name by themselves and the words after hold an
 * organisation word; anything else ("Ministry of Finance", "Commissioner of Police John Smith")
 * is read as before.
 */
function personOfNamedBody(tokens: Token[], body: readonly Token[], bodyFirst: number, last: number, text: string): SpeakerPhrase | null | undefined {
  const k = body.findIndex((w, i) => i > 1 && w.lower === 'of' && body[i + 1] !== undefined && isCapitalised(body[i + 1]));
  if (k < 0) return undefined;
  const org = body.slice(k + 1);
  // "Joint Chiefs of Staff": a body named by one organisation word after "of" is one name.
  // "of Edinburgh University medical school": a unit of the body after its name is the body's too.
  if (org.length < 2 || !org.some((w) => ORG_WORDS.has(w.text))) return undefined;
  const person = describePhrase(tokens, bodyFirst, bodyFirst + k - 1, text);
  // "The Quarterly Report of Kestrel Bank": a document, no speaker.
  if (person === undefined) return null;
  if (person.sort !== 'name' || ORG_WORDS.has(body[k - 1].text)) return undefined;
  return { ...person, last, org: text.slice(org[0].start, org[org.length - 1].end) };
}

/**
 * Where a person's name starts in a capitalised run that holds a title or role word before it
 * (the last such word), or -1. After "of"/"for" comes the department: one word, or as many as
 * leave three for the name ("Minister for Water Resources Sardar Imran Qadir"). The name is two
 * words or more that are neither titles nor organisation words.
 */
function nameAfterTitle(run: readonly Token[]): number {
  let title = -1;
  for (let i = run.length - 3; i >= 0; i--) {
    if (TITLES.has(run[i].text) || ROLE_NOUNS.has(run[i].lower) && isCapitalised(run[i])) { title = i; break; }
  }
  if (title < 0) return -1;
  let start = title + 1;
  if (run[start].lower === 'of' || run[start].lower === 'for') {
    const rest = run.length - start - 1;
    start += 1 + Math.max(1, rest - 3);
  }
  const name = run.slice(start);
  // "Transport Minister Ana Maria Ruiz Lopez": a name may have four words or more.
  if (name.length < 2) return -1;
  if (!name.every((w) => isCapitalised(w) && !ORG_WORDS.has(w.text) && !TITLES.has(w.text) && w.pos !== 'NUM' || w.text === '-')) return -1;
  return start;
}

/**
 * "Peru's National Police", "the North's official Korean Central News Agency": the organisation's
 * own name after a place's possessive (and lower-case words such as "official"), when it has two
 * words or more; "Ada County Sheriff's Office" keeps its possessive (one word after it).
 */
function afterPossessive(body: readonly Token[], text: string): string | undefined {
  let p = -1;
  for (let i = body.length - 2; i > 0; i--) if (body[i].lower === "'s" || body[i].lower === '’s') { p = i; break; }
  if (p < 0 || ORG_WORDS.has(body[p - 1].text) || TITLES.has(body[p - 1].text)) return undefined;
  let k = p + 1;
  while (k < body.length && !isCapitalised(body[k])) k++;
  if (body.length - k < 2) return undefined;
  // "Japan's Defense Ministry", "Chile's Ministry of Mines": a ministry is named by its portfolio,
  // which every country has; the country is what tells it apart, so it stays.
  if (body[k].text === 'Ministry' || body[body.length - 1].text === 'Ministry') return undefined;
  return text.slice(body[k].start, body[body.length - 1].end);
}

function roleAndOrg(role: string | undefined): { role?: string; org?: string } {
  if (!role) return {};
  // "Texaco spokesman", "Young Growers' Council chief", "Department for Transport spokesman": an
  // organisation's name before a role word (a plural's possessive inside it, not a place's:
  // "Italy's foreign minister" stays a role; "of", "for" and "and" only between capitalised words).
  const m = /^([A-Z][\w.&-]*(?:s['’])?(?: (?:(?:of|for|and) )?[A-Z][\w.&-]*(?:s['’])?)*) ([a-z][\s\S]*)$/.exec(role);
  if (m && !TITLES.has(m[1])) return { role: m[2], org: m[1] };
  return { role };
}

/** The index (in `words`) where the last run of capitalised words begins, after any title or role word. */
function lastCapitalRun(words: Token[]): number {
  let i = words.length - 1;
  if (i < 0 || !isCapitalised(words[i])) return -1;
  while (i - 1 >= 0 && (isCapitalised(words[i - 1]) || words[i - 1].text === '-' || words[i - 1].text === '&' && i - 2 >= 0 && isCapitalised(words[i - 2]) || NAME_PARTICLES.has(words[i - 1].text) || words[i - 1].lower === 'of' || isPluralPossessive(words, i - 1))) {
    if (TITLES.has(words[i - 1].text)) break;
    i--;
  }
  // "de la Cruz": a name that opens with its particles keeps them.
  let p = i;
  while (p < words.length - 1 && NAME_PARTICLES.has(words[p].text)) p++;
  if (p > i && isCapitalised(words[p])) return i;
  while (i < words.length - 1 && !isCapitalised(words[i])) i++;
  return i;
}

/** Capitalised words and the connectors of a body's name only, opened by "X for"/"X of": "Department for Environment, Food and Rural Affairs". */
function isBodyName(body: readonly Token[]): boolean {
  return isCapitalised(body[0]) && body.some((w, i) => ORG_WORDS.has(w.text) && (body[i + 1]?.lower === 'for' || body[i + 1]?.lower === 'of'))
    && body.every((w) => isCapitalised(w) || w.lower === 'of' || w.lower === 'for' || w.lower === 'and' || w.text === ',' || w.text === '&');
}

function isPersonShaped(run: Token[]): boolean {
  // "Ana Maria Ruiz Lopez Vega": a name has two words or more, however many.
  return run.length >= 2 && run.every((w) => w.pos === 'PROPN' && !ORG_WORDS.has(w.text));
}

function isAcronym(t: Token): boolean {
  return t.text.length >= 2 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text);
}

/**
 * Where "UAW Local 2175" begins in `body` when it ends with a number after capitalised words, else
 * -1; "Kestrel F1", a team, ends with one too: a person's name holds no digit.
 */
function numberedBodyStart(body: readonly Token[]): number {
  const n = body.length - 1;
  if (n < 1 || !/\d$/.test(body[n].text) || !isCapitalised(body[n - 1]) || TITLES.has(body[n - 1].text)) return -1;
  let a = n - 1;
  while (a - 1 >= 0 && isCapitalised(body[a - 1])) a--;
  return a;
}
