// Who a phrase next to a cue is: an existing speaker (by name, alias, or the organisation noun in
// its name), a new one, or, for a pronoun or an epithet ("he", "the aide", "the California
// Republican"), the nearest speaker before it that fits. Recency is what a reader uses too: the
// last person named before "he said" is who "he" is, unless the words say otherwise.

import { ANONYMITY_PHRASES, NOT_SPEAKERS, ORG_NOUNS, ORG_WORDS, ROLE_NOUNS, SPEECH_NOUNS, TITLES, firstPhraseAt } from './lexicon';
import { describePhrase, type SpeakerPhrase } from './phrases';
import { Registry, type Speaker } from './registry';
import { genderOf, pronounGender, type Gender } from './gender';
import { fullestForm, salientBody } from './salience';
import type { Token } from './text';
import type { SpeakerKind } from './types';

const POSSESSIVE_OPENERS = new Set(['my', 'his', 'her', 'their', 'our']);

/** "CDC", "KWS": a body's short form in capitals. */
function isShortForm(name: string): boolean {
  return /^[A-Z]{2,6}$/.test(name);
}

export interface Resolved {
  speaker: Speaker;
  confidence: number;
  alternative?: Speaker;
}

export class Coreference {
  /** Speakers by the offset of their latest reference, latest last. */
  private readonly recent: { speaker: Speaker; at: number }[] = [];

  constructor(readonly registry: Registry, private readonly tokens: Token[], private readonly text: string, private readonly contentStart = 0) {}

  /** A reference to `speaker` at `at` (a name, an alias, or a resolved cue). */
  touch(speaker: Speaker, at: number) {
    const i = this.recent.findIndex((r) => r.speaker === speaker);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push({ speaker, at });
  }

  /**
   * Resolves like resolve() but leaves the recency order as it was: a speaker quoted inside
   * someone's quote ("a buyer said to me, ‘...’") is not who the next "she said" means.
   */
  resolveAside(first: number, last: number, sentenceLast: number): Resolved | undefined {
    const saved = [...this.recent];
    const result = this.resolve(first, last, sentenceLast);
    this.recent.splice(0, this.recent.length, ...saved);
    return result;
  }

  /** Marks references to known speakers by name or alias in tokens [first, last]. */
  noteMentions(first: number, last: number) {
    for (let i = first; i <= last; i++) {
      const t = this.tokens[i];
      if (t.pos !== 'PROPN' && !/^[A-Z]/.test(t.text)) continue;
      const s = this.registry.findByName(t.text);
      // "Delgado" inside "Luis Delgado" is not a mention of Maria Delgado.
      const prev = this.tokens[i - 1];
      const insideOtherName = prev !== undefined && prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text) && prev.end + 1 === t.start && !TITLES.has(prev.text)
        && s !== undefined && !s.name.includes(`${prev.text} ${t.text}`);
      if (s && s.kind === 'person' && !insideOtherName) this.touch(s, t.start);
    }
  }

  /**
   * The person referred to last before `at`, quoted or only named in the prose (a Q&A's
   * interviewee: "The Tribune spoke with Quintero"), made a speaker if need be.
   */
  lastPerson(at: number): Speaker | undefined {
    const [last] = this.nearest((s) => s.kind === 'person');
    const since = last ? this.recent.find((r) => r.speaker === last)!.at : -1;
    const person = this.personNamedBetween(since, at) ?? last;
    if (person) this.touch(person, at);
    return person;
  }

  private nearest(fits: (s: Speaker) => boolean): Speaker[] {
    const out: Speaker[] = [];
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = this.recent[i].speaker;
      if (fits(s)) out.push(s);
    }
    return out;
  }

  /**
   * The speaker of the phrase [first, last] at a cue, made if new. `sentenceLast` bounds the search
   * for an anonymity clause ("who asked not to be named").
   */
  resolve(first: number, last: number, sentenceLast: number): Resolved | undefined {
    const phrase = describePhrase(this.tokens, first, last, this.text);
    if (!phrase) return undefined;
    const at = this.tokens[first].start;
    const result = this.resolvePhrase(phrase, at, sentenceLast);
    if (result) this.touch(result.speaker, at);
    return result;
  }

  /** genderOf, remembered by name and role: the text is scanned once per person, not per pronoun. */
  private genderOf(s: Speaker): Gender | undefined {
    const key = `${s.kind}|${s.name}|${s.role ?? ''}`;
    if (!this.genders.has(key)) this.genders.set(key, genderOf(s, this.text));
    return this.genders.get(key);
  }

  private readonly genders = new Map<string, Gender | undefined>();

  private resolvePhrase(phrase: SpeakerPhrase, at: number, sentenceLast: number): Resolved | undefined {
    const reg = this.registry;
    switch (phrase.sort) {
      case 'pronoun': {
        const cls = phrase.pronounClass;
        const fits = cls === 'person' ? (s: Speaker) => s.kind === 'person' || s.kind === 'anonymous'
          : cls === 'organization' ? (s: Speaker) => s.kind === 'organization'
          : (s: Speaker) => s.kind === 'group' || s.kind === 'organization';
        // "she said" after a man and a woman are named: the person the copy gives another gender
        // ("Mr. Lowe", "a spokesman") is not meant.
        const gender = cls === 'person' ? pronounGender(this.tokens[phrase.first].text) : undefined;
        const otherGender = (s: Speaker) => gender !== undefined && (this.genderOf(s) ?? gender) !== gender;
        const [first, second] = this.nearest((s) => fits(s) && !otherGender(s));
        // A person the prose names after the last speaker's reference ("Her husband, Luis Delgado,
        // ... He says") is whom "he" means, quoted before or not: the reader's nearest person.
        if (cls === 'person') {
          const since = first ? this.recent.find((r) => r.speaker === first)!.at : -1;
          const named = this.personNamedBetween(since, at);
          if (named && named !== first && !otherGender(named)) return { speaker: named, confidence: 0.75, alternative: first };
        }
        if (!first) return undefined;
        return { speaker: first, confidence: second ? 0.75 : 0.85, alternative: second };
      }
      case 'name': {
        let known = this.firstOfSurname(phrase.name, at) ?? reg.findByName(phrase.name);
        // "Mansour told Le Monde" after "The Mansour family said": a surname alone is the person the
        // text named in full before, not a group whose name holds it.
        if (known?.kind === 'group' && !phrase.name.includes(' ') && this.fullNameBefore(phrase.name, at) !== undefined) known = undefined;
        if (known) {
          // A reference at or before the speaker's first one (read again after a pronoun or a later
          // "Ortiz said" made the speaker first): the title and body it gives are the first reference's.
          if (this.tokens[phrase.first].start <= known.firstAt) {
            if (!known.role && phrase.role) known.role = phrase.role;
            if (!known.org && phrase.org) known.org = phrase.org;
          }
          if (phrase.name !== known.name && phrase.name.includes(' ') && !known.name.includes(phrase.name)) return { speaker: known, confidence: 0.8 };
          if (phrase.name !== known.name) reg.addAlias(known, phrase.name);
          return { speaker: known, confidence: 0.9 };
        }
        // A surname alone: the full name may stand earlier in the text ("Khamphoui Sisavath" ... "Sisavath said").
        const full = phrase.name.includes(' ') ? phrase.name : this.fullNameBefore(phrase.name, at);
        const named = { ...phrase, name: full ?? phrase.name };
        // "Severnside said", after "Severnside Water": the full name is an organisation's.
        const kind = full && ORG_WORDS.has(full.split(' ').pop()!) ? 'organization' : 'person';
        const s = reg.add(named, kind, at, full || phrase.name.includes(' ') ? 0.9 : 0.7);
        if (full) reg.addAlias(s, phrase.name);
        return { speaker: s, confidence: 0.9 };
      }
      case 'organization': {
        // Only a description ("the ministry") or the bare noun ("Ministry") points to a body named
        // before: "the Health Ministry" is not "the Finance Ministry".
        const known = reg.findByName(phrase.name) ?? (/^[a-z]/.test(phrase.name) || !phrase.name.includes(' ') ? this.organizationNamed(phrase) : undefined);
        if (known) {
          if (known.name !== phrase.name && /^[a-z]/.test(phrase.name)) reg.addAlias(known, phrase.name);
          return { speaker: known, confidence: 0.85 };
        }
        const full = /^[a-z]/.test(phrase.name) ? this.properNameWith(phrase.head, at) : isShortForm(phrase.name) ? this.nameWithInitials(phrase.name, at) : this.longerName(phrase.name);
        const fullKnown = full !== undefined ? reg.findByName(full) : undefined;
        if (fullKnown) {
          reg.addAlias(fullKnown, phrase.name);
          return { speaker: fullKnown, confidence: 0.8 };
        }
        const meant = full === undefined ? this.bodyDescribed(phrase) : undefined;
        const meantKnown = meant !== undefined ? reg.findByName(meant) : undefined;
        if (meantKnown && meantKnown.kind === 'organization') {
          reg.addAlias(meantKnown, phrase.name);
          return { speaker: meantKnown, confidence: 0.8 };
        }
        if (meant !== undefined && !meantKnown) {
          const s = reg.add({ ...phrase, name: meant }, 'organization', at, 0.8);
          reg.addAlias(s, phrase.name);
          return { speaker: s, confidence: 0.8 };
        }
        const s = reg.add({ ...phrase, name: full ?? phrase.name }, 'organization', at, full ? 0.8 : 0.7);
        if (full) reg.addAlias(s, phrase.name);
        else if (/^[a-z]/.test(phrase.name)) s.described = true;
        return { speaker: s, confidence: 0.8 };
      }
      case 'group': {
        const known = reg.speakers.find((s) => (s.kind === 'group' || s.kind === 'anonymous') && s.name.toLowerCase() === phrase.name.toLowerCase());
        if (known) return { speaker: known, confidence: 0.75 };
        // "the sources", "one of the sources": the sources named before (the article points back).
        if (phrase.definite) {
          const [back] = this.nearest((s) => (s.kind === 'group' || s.kind === 'anonymous') && s.words.has(phrase.head));
          if (back) return { speaker: back, confidence: 0.75 };
        }
        // "two government sources ... on condition of anonymity": unnamed sources, with their reason.
        const reason = this.anonymityReason(this.reasonFrom(phrase), sentenceLast);
        return { speaker: reg.add(phrase, reason ? 'anonymous' : 'group', at, 0.7, reason), confidence: 0.75 };
      }
      case 'description': {
        const reason = this.anonymityReason(this.reasonFrom(phrase), sentenceLast);
        const kind: SpeakerKind = reason ? 'anonymous' : 'person';
        const known = reg.speakers.find((s) => s.name === phrase.name);
        if (known) return { speaker: known, confidence: 0.75 };
        // "her coach said", "My coach told me": a description opened by a possessive is the person
        // named before whose role holds its noun; else a new description, as "his daughter" is.
        if (POSSESSIVE_OPENERS.has(this.tokens[phrase.first].lower)) {
          const [byRole] = this.nearest((s) => s.kind === 'person' && !s.described && s.words.has(phrase.head));
          if (byRole) return { speaker: byRole, confidence: 0.75 };
        }
        const made = reg.add(phrase, kind, at, 0.6, reason);
        made.described = true;
        return { speaker: made, confidence: 0.7 };
      }
      case 'epithet': {
        // "the aide" finds the speaker whose name or role holds "aide"; else the nearest person.
        // "the second source" is one of "two government sources": the plural's words hold it too.
        // A singular epithet ("the New Mexico Republican") is a person before it is a group.
        const singular = !phrase.head.endsWith('s');
        const fitsWord = (s: Speaker) => s.words.has(phrase.head) || s.words.has(`${phrase.head}s`);
        const byPerson = singular ? this.nearest((s) => s.kind === 'person' && fitsWord(s)) : [];
        const byWord = byPerson.length > 0 ? byPerson : this.nearest(fitsWord);
        if (byWord[0]) return { speaker: byWord[0], confidence: 0.8, alternative: byWord[1] };
        // Only a role or a capitalised description ("the American") stands for a person.
        // An age ("the 24-year-old guard") says it is a person too.
        const people = this.nearest((s) => s.kind === 'person');
        // '"...," says the retired midwife' after a paragraph that names Ingrid Halvorsen: as for
        // a pronoun, a person the prose names after the last speaker's reference is the one meant.
        const named = singular ? this.personNamedBetween(people[0] ? this.recent.find((r) => r.speaker === people[0])!.at : -1, at) : undefined;
        if (named && ROLE_NOUNS.has(phrase.head)) return { speaker: named, confidence: 0.6, alternative: people[0] };
        if (!ROLE_NOUNS.has(phrase.head) && !/^the [A-Z]/.test(`the ${phrase.name}`) && !/\d-year-old\b/.test(phrase.name)) {
          // "The dispatcher asked her to ...": a noun that names a doer ("-er", "-or", "-ist") and
          // fits nobody named is a person of its own, described, under review with the nearest
          // person as the other candidate: better a speaker to check than words lost.
          if (!singular || !isAgentNoun(phrase.head)) return undefined;
          const made = reg.add(phrase, 'person', at, 0.5);
          made.described = true;
          return { speaker: made, confidence: 0.55, alternative: people[0] };
        }
        if (people[0]) return { speaker: people[0], confidence: 0.55, alternative: people[1] };
        const reason = this.anonymityReason(phrase.last + 1, sentenceLast);
        const made = reg.add(phrase, reason ? 'anonymous' : 'person', at, 0.5, reason);
        made.described = true;
        return { speaker: made, confidence: 0.55 };
      }
    }
  }

  /**
   * The person whose full name (two or three capitalised proper nouns, no title nor organisation
   * word, not after a preposition: "on Cedar Bayou Lane" is a place) stands last in the prose
   * between `since` and `before`, at most 120 tokens back: the known speaker of that name, or a
   * new one. Undefined when none is named there.
   */
  private personNamedBetween(since: number, before: number): Speaker | undefined {
    const tokens = this.tokens;
    const nameWord = (t: Token | undefined) => t !== undefined && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text) && !TITLES.has(t.text) && !ORG_WORDS.has(t.text);
    // The last token before `before` ("He said ..." opening the text has none: nothing to search).
    const next = tokens.findIndex((t) => t.start >= before);
    const end = (next < 0 ? tokens.length : next) - 1;
    for (let b = end, steps = 0; b >= 0 && tokens[b].start > since && steps < 120; b--, steps++) {
      if (!nameWord(tokens[b]) || nameWord(tokens[b + 1]) || /^\p{Lu}/u.test(tokens[b + 1]?.text ?? '')) continue;
      let a = b;
      while (a - 1 >= 0 && nameWord(tokens[a - 1]) && tokens[a - 1].end + 1 === tokens[a].start) a--;
      const words = b - a + 1;
      const opener = tokens[a - 1];
      // The sentence's first word: after a full stop, "U.S." or a quote's closing mark alike.
      const opensSentence = opener !== undefined && tokens[opener.index - 1]?.sentence !== opener.sentence;
      // A capitalised word before the run makes it part of a longer name, unless it is a title
      // ("Professor Martin Aldous") or a sentence's first word that is no name ("Later Luis Delgado").
      if (words < 2 || words > 3 || tokens[a].start <= since || /^\p{Lu}/u.test(opener?.text ?? '') && opener?.pos !== 'ADP' && !TITLES.has(opener?.text ?? '') && !(opensSentence && opener?.pos !== 'PROPN')) continue;
      if (opener?.pos === 'ADP' && !opensSentence) continue;
      const name = this.text.slice(tokens[a].start, tokens[b].end);
      const known = this.registry.findByName(name);
      if (known) return known.kind === 'person' ? known : undefined;
      return this.registry.add({ sort: 'name', first: a, last: b, name, head: tokens[b].lower }, 'person', tokens[a].start, 0.7);
    }
    return undefined;
  }

  /**
   * A surname alone where several people share it ("Ellison" in an obituary that names her son
   * David Ellison too) is the person the text named first with it, as wire style writes the
   * subject by surname and relatives in full: that person, made a speaker if need be. Undefined
   * when the surname belongs to the first person anyway, or to no full name.
   */
  private firstOfSurname(surname: string, at: number): Speaker | undefined {
    if (surname.includes(' ')) return undefined;
    const reg = this.registry;
    const bySurname = reg.speakers.find((s) => s.kind === 'person' && s.name !== surname && s.name.split(' ').includes(surname));
    if (!bySurname || reg.speakers.some((s) => s.name === surname || s.aliases.includes(surname) && s !== bySurname)) return undefined;
    const first = this.fullNameBefore(surname, at);
    if (first === undefined || first.endsWith(bySurname.name) || bySurname.aliases.includes(first) || !first.endsWith(` ${surname}`)) return undefined;
    const known = reg.speakers.find((s) => s.name === first);
    if (known) return known.kind === 'person' ? known : undefined;
    const made = reg.add({ sort: 'name', first: 0, last: 0, name: first, head: surname.toLowerCase() }, 'person', this.text.indexOf(first), 0.9);
    reg.addAlias(made, surname);
    return made;
  }

  /**
   * "Sisavath" → "Khamphoui Sisavath", "Guo" → "Guo Haiyan": the run of capitalised words holding
   * the surname where the text first names it, titles left out.
   */
  private fullNameBefore(surname: string, before: number): string | undefined {
    const tokens = this.tokens;
    // "Mensah-Boateng" is one token, or three where the model's pieces were kept: the run is found
    // by the whole word or its first part and must hold it whole.
    const part = surname.split('-')[0];
    for (const t of tokens) {
      if (t.start >= before) break;
      if (t.text !== part && t.text !== surname || !this.text.startsWith(surname, t.start)) continue;
      let a = t.index, b = t.index;
      const joined = (x: Token, y: Token) => x.end === y.start && (x.text === '-' || y.text === '-');
      const nameWord = (x: Token | undefined) => x !== undefined && x.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(x.text) && !TITLES.has(x.text);
      while (a - 1 >= 0 && (nameWord(tokens[a - 1]) && tokens[a - 1].end + 1 === tokens[a].start || joined(tokens[a - 1], tokens[a]))) a--;
      while (b + 1 < tokens.length && (nameWord(tokens[b + 1]) && tokens[b].end + 1 === tokens[b + 1].start || joined(tokens[b], tokens[b + 1]))) b++;
      while (a < t.index && tokens[a].text === '-') a++;
      while (b > t.index && tokens[b].text === '-') b--;
      const words = this.text.slice(tokens[a].start, tokens[b].end).split(' ');
      if (words.length >= 2 && words.length <= 4) return words.join(' ');
    }
    return undefined;
  }

  /** An organisation already known whose name holds the phrase's head ("the ministry" → "Ministry of ..."). */
  private organizationNamed(phrase: SpeakerPhrase): Speaker | undefined {
    const head = phrase.head;
    return this.registry.speakers.find((s) => s.kind === 'organization' && (s.name.toLowerCase().split(/\s+/).includes(head) || s.role !== undefined && s.words.has(head)));
  }

  /** A capitalised name earlier in the text that ends with or holds the head noun ("Laos-China Railway Company" for "the railway company"). */
  private properNameWith(head: string, before: number): string | undefined {
    const cap = head[0].toUpperCase() + head.slice(1);
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length && tokens[i].start < before; i++) {
      if (tokens[i].text !== cap) continue;
      let a = i;
      while (a - 1 >= 0 && (tokens[a - 1].pos === 'PROPN' || tokens[a - 1].text === '-' || tokens[a - 1].lower === 'of') && /^[A-Z-]|^of$/.test(tokens[a - 1].text)) a--;
      let b = i;
      // "Department of Public Health and Environment": after "of"/"for", an "and" between
      // capitalised words goes on listing the portfolio (not before: "Ministry and Kelso" are two).
      let portfolio = false;
      const connector = (t: Token | undefined) => t !== undefined && (t.lower === 'of' || t.lower === 'for' || portfolio && t.lower === 'and');
      while (b + 1 < tokens.length && (connector(tokens[b + 1]) && /^[A-Z]/.test(tokens[b + 2]?.text ?? '') || /^[A-Z]/.test(tokens[b + 1].text) && tokens[b + 1].pos === 'PROPN')) {
        if (connector(tokens[b + 1])) { portfolio = true; b += 2; } else b += 1;
      }
      while (a < i && (tokens[a].lower === 'of' || tokens[a].text === '-' || tokens[a].lower === 'the')) a++;
      if (b > a) return this.text.slice(tokens[a].start, tokens[b].end);
    }
    return undefined;
  }

  /** "Kestrel" (in "A Kestrel spokesman") → "Kestrel Motors", where the text names the body in full. */
  private longerName(name: string): string | undefined {
    if (name.includes(' ')) return undefined;
    const full = fullestForm(this.tokens, name, this.text);
    return full === name ? undefined : full;
  }

  /**
   * "the company said", "the German chemicals maker said": a definite description of a body by
   * its common noun means the body the text is about there (salience.ts), never a person.
   */
  private bodyDescribed(phrase: SpeakerPhrase): string | undefined {
    const words = phrase.name.split(' ');
    if (!this.definite(phrase.first) || !/^\p{Ll}/u.test(words[words.length - 1]) || phrase.head === 'police') return undefined;
    // "the project's contractor": a body placed by another thing, which cataphora may name later.
    if (/['’]s /.test(phrase.name)) return undefined;
    const isPerson = (name: string) => {
      const known = this.registry.findByName(name);
      return known !== undefined && known.kind !== 'organization';
    };
    const salient = salientBody(this.tokens, this.text, phrase.first, this.contentStart, isPerson);
    if (salient !== undefined) return salient;
    // Else the body that spoke last, within the last three paragraphs, unless its name calls it
    // another kind of body ("the union said" is not the "Ohio Department of Development").
    const paragraph = this.tokens[phrase.first].paragraph;
    const fits = (s: Speaker) => s.kind === 'organization' && !s.described
      && this.tokens[this.tokenIndexAt(this.recent.find((r) => r.speaker === s)!.at)].paragraph >= paragraph - 3
      && !s.name.toLowerCase().split(' ').some((w) => ORG_NOUNS.has(w) && w !== phrase.head);
    return this.nearest(fits)[0]?.name;
  }

  private tokenIndexAt(offset: number): number {
    const i = this.tokens.findIndex((t) => t.start >= offset);
    return i < 0 ? this.tokens.length - 1 : i;
  }

  /**
   * Whether the phrase at token `first` opens with "the", or follows it over modifiers the phrase
   * left out ("the Danish shipping group": "shipping" is read as a verb). Four words back at most;
   * a hyphen is no word ("the Ohio-based company": the model cuts "Ohio-based" in three).
   */
  private definite(first: number): boolean {
    for (let k = first, words = 0; k >= 0 && words < 4; k--) {
      const t = this.tokens[k];
      if (t.lower === 'the') return true;
      if (t.pos === 'PUNCT' && t.text !== '-' || t.pos === 'PRON' || t.pos === 'ADP') return false;
      if (t.text !== '-') words++;
    }
    return false;
  }

  /** Where to look for an anonymity phrase: after the phrase, or inside it for "a person familiar with the matter". */
  private reasonFrom(phrase: SpeakerPhrase): number {
    for (let k = phrase.first; k < phrase.last; k++) if (this.tokens[k].lower === 'familiar' && this.tokens[k + 1].lower === 'with') return k;
    return phrase.last + 1;
  }

  /**
   * "the CDC" → "Centers for Disease Control and Prevention" named earlier: a run of capitalised
   * words (with of, for, and between them) whose initials are the short form, or begin with it
   * when it has three letters or more (a short form may leave the last word out).
   */
  private nameWithInitials(short: string, before: number): string | undefined {
    const tokens = this.tokens;
    const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);
    // "Women's Korean Basketball League": a possessive inside the name joins its words too.
    const connector = (t: Token | undefined) => t !== undefined && (t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === "'s" || t.lower === '’s');
    for (let i = 0; i < tokens.length && tokens[i].start < before; i++) {
      // "The Centers for Disease Control ...": an article opening the sentence is no part of the name.
      if (!capital(tokens[i]) || capital(tokens[i - 1]) && tokens[i - 1].lower !== 'the') continue;
      let b = i;
      let initials = tokens[i].text[0];
      while (b + 1 < tokens.length && tokens[b + 1].start < before && (capital(tokens[b + 1]) || connector(tokens[b + 1]) && capital(tokens[b + 2]))) {
        b += capital(tokens[b + 1]) ? 1 : 2;
        initials += tokens[b].text[0];
      }
      if (b > i && (initials === short || short.length >= 3 && initials.startsWith(short) && initials.length === short.length + 1)) return this.text.slice(tokens[i].start, tokens[b].end);
    }
    return undefined;
  }

  /** The reason an unnamed source gives, from an anonymity phrase after the phrase, or undefined. */
  anonymityReason(from: number, to: number): string | undefined {
    const lowers = this.tokens.slice(from, to + 1).map((t) => t.lower);
    for (let k = 0; k < lowers.length; k++) {
      const p = firstPhraseAt(lowers, k, ANONYMITY_PHRASES);
      if (!p) continue;
      const start = this.tokens[from + k];
      let end = from + k + p.length - 1;
      // "on condition of anonymity to discuss private negotiations": the reason is the purpose.
      if (p.includes('anonymity') && this.tokens[end + 1]?.lower === 'to') {
        const s = end + 1;
        end = s;
        while (end + 1 <= to && this.tokens[end + 1].pos !== 'PUNCT' && !['said', 'says', 'told'].includes(this.tokens[end + 1].lower)) end++;
        return this.text.slice(this.tokens[s + 1].start, this.tokens[end].end);
      }
      while (end + 1 <= to && this.tokens[end + 1].pos !== 'PUNCT' && !['said', 'says', 'told'].includes(this.tokens[end + 1].lower)) end++;
      return this.text.slice(start.start, this.tokens[end].end).replace(/^who /, '');
    }
    return undefined;
  }
}

/**
 * Whether a lower-case noun names someone by what they do: "dispatcher", "caller", "operator",
 * "columnist", "librarian". Bodies, documents and media ("the operator" of a mine, "the letter",
 * "the paper") are left out by the word lists.
 */
function isAgentNoun(head: string): boolean {
  if (head.length < 6 || ORG_NOUNS.has(head) || NOT_SPEAKERS.has(head) || SPEECH_NOUNS.has(head) || NOT_AGENTS.has(head)) return false;
  return /(?:er|or|ist|ian)$/.test(head);
}

/** Nouns with a doer's ending that are things: "the paper said", "the order says", "the charter". */
const NOT_AGENTS = new Set(['paper', 'newspaper', 'order', 'charter', 'register', 'chapter', 'letter', 'poster', 'flyer', 'filter', 'monitor', 'sensor', 'indicator', 'computer', 'counter', 'barrier', 'corridor', 'sector', 'factor', 'calendar', 'ledger', 'matter', 'number', 'member', 'quarter', 'winter', 'summer', 'center', 'theater', 'theatre', 'trailer', 'banner', 'folder', 'binder', 'answer', 'platter', 'harbour', 'harbor', 'border', 'error', 'mirror', 'motor', 'tractor', 'reactor', 'elevator', 'radiator', 'refrigerator']);
