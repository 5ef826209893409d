// The speakers an article quotes: found or made from the phrases next to cues, with ids from
// names, and aliases from the short forms the text uses later. A short reference ("Chen", "the
// ministry") finds the speaker whose full name holds it, so that one person is one speaker.

import type { SpeakerKind, SuggestedSpeaker } from './types';
import type { SpeakerPhrase } from './phrases';

export interface Speaker extends SuggestedSpeaker {
  /** Offset of the first reference. */
  firstAt: number;
  /** Lower-case words of the name and role, for epithets ("the aide" finds "Republican aide"). */
  words: Set<string>;
  /** Made a speech the article reports without its words ("delivered a speech"): declared all the same. */
  spoke?: boolean;
  /** Made from a description ("a senior Kenyan official", "the project's contractor"), not a name. */
  described?: boolean;
}

export class Registry {
  readonly speakers: Speaker[] = [];
  private readonly ids = new Set<string>();

  /** The speaker whose name or alias is exactly `name`, or whose full name ends with it ("Chen" → "Chen Wenqing"). */
  findByName(name: string): Speaker | undefined {
    const exact = this.speakers.find((s) => s.name === name || s.aliases.includes(name));
    if (exact) return exact;
    // "De Villiers told", "Al-Hashimi said": a particle is capitalised where it opens the sentence.
    const particle = /^(\p{Lu}\p{Ll}*)[ -]/u.exec(name);
    if (particle && NAME_PARTICLES.has(particle[1].toLowerCase())) {
      const lowered = this.findByName(name[0].toLowerCase() + name.slice(1));
      if (lowered) return lowered;
    }
    const parts = name.split(' ');
    return this.speakers.find((s) => s.kind === 'person' && parts.length === 1 && s.name.split(' ').includes(name))
      // "de la Cruz" after "Miguel de la Cruz": the end of a person's name, particles and all.
      ?? this.speakers.find((s) => s.kind === 'person' && parts.length > 1 && /^\p{Ll}/u.test(name) && s.name.endsWith(` ${name}`))
      ?? this.speakers.find((s) => s.kind !== 'person' && s.kind !== 'anonymous' && containsWords(s.name.toLowerCase(), name.toLowerCase()));
  }

  add(phrase: SpeakerPhrase, kind: SpeakerKind, at: number, confidence: number, reason?: string): Speaker {
    const speaker: Speaker = {
      id: this.newId(phrase.name, kind),
      name: phrase.name,
      ...(phrase.role ? { role: phrase.role } : {}),
      ...(phrase.org ? { org: phrase.org } : {}),
      aliases: [],
      kind,
      ...(reason ? { reason } : {}),
      confidence,
      firstAt: at,
      words: new Set(`${phrase.name} ${phrase.role ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean)),
    };
    this.speakers.push(speaker);
    return speaker;
  }

  addAlias(s: Speaker, alias: string) {
    if (alias !== s.name && !s.aliases.includes(alias)) s.aliases.push(alias);
  }

  private newId(name: string, kind: SpeakerKind): string {
    const words = slugWords(name);
    let base = kind === 'person' && words.length > 1 ? words[words.length - 1] : words.slice(0, 3).join('-');
    if (!base) base = 'speaker';
    if (!/^[a-z]/.test(base)) base = `s-${base}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

/**
 * Ids from the short form the article uses: "chen" for Chen Wenqing when the text says "Chen",
 * the surname otherwise; unique within the article.
 */
export function assignIds(speakers: Speaker[]) {
  const taken = new Set<string>();
  for (const s of speakers) {
    const short = s.kind === 'person' ? s.aliases.find((x) => !x.includes(' ')) : undefined;
    let base = slugWords(short ?? '').join('-') || s.id.replace(/-\d+$/, '');
    if (!/^[a-z]/.test(base)) base = `s-${base}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    s.id = id;
  }
}

function containsWords(haystack: string, needle: string): boolean {
  const at = haystack.indexOf(needle);
  if (at < 0) return false;
  const before = at === 0 || haystack[at - 1] === ' ';
  const after = at + needle.length === haystack.length || haystack[at + needle.length] === ' ';
  return before && after;
}

/** The name's words as id material: ASCII letters and digits, accents dropped. */
function slugWords(name: string): string[] {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .split(/[^a-z0-9]+/).filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an' && w !== 'of');
}

/**
 * Aliases from the text: each word of a person's name that stands alone in the body after the
 * first reference ("Chen" for Chen Wenqing, "Whitlock" for Dana Whitlock), whole words only,
 * and not a part of a name that `others` (the article's other speakers) gave earlier.
 */
export function findNameAliases(s: Speaker, body: string, others: readonly Speaker[] = []) {
  if (s.kind !== 'person') return;
  // A surname that several speakers share ("Ellison" of Margaret and David Ellison) stands alone
  // for the one the text named first, as wire style writes it (coreference.ts, firstOfSurname).
  const shared = (p: string) => others.some((o) => o !== s && o.kind === 'person' && o.firstAt < s.firstAt && o.name.split(' ').includes(p));
  const parts = s.name.split(' ').filter((p) => p.length > 1 && /^[A-Z]/.test(p) && !shared(p));
  if (parts.length < 2) return;
  const after = s.firstAt;
  for (const part of parts) {
    let from = body.indexOf(s.name, after);
    from = from < 0 ? after : from + s.name.length;
    let at = body.indexOf(part, from);
    while (at >= 0) {
      const prev = at > 0 ? body[at - 1] : ' ';
      const next = body[at + part.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(prev) && !/[\p{L}\p{N}]/u.test(next) && !partOfFullName(body, at, s.name, part)) {
        s.aliases.push(part);
        break;
      }
      at = body.indexOf(part, at + part.length);
    }
  }
}

function partOfFullName(body: string, at: number, name: string, part: string): boolean {
  const offset = name.indexOf(part);
  return offset >= 0 && body.startsWith(name, at - offset);
}

/** Particles that open a surname and are written in lower case inside a name: "de Villiers", "al-Hashimi". */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'dos', 'das', 'do', 'los', 'las', 'ter', 'den', 'der']);
