// The baseline of issue 10's evaluation: "a baseline that finds only text in quotation marks
// attributed to the nearest name". It knows nothing of cue verbs, indirect speech, pronouns or
// kinds of speaker, which is what the engine is measured against.
//
// - A quotation is text between double quotation marks (" ", “ ”, « », „ “) within one paragraph;
//   a mark left open runs to the paragraph's end (wire style's continued quote). It is kept when
//   it has at least as many words as the checker's `quote-unattributed` asks for (4 by default):
//   shorter ones are titles and scare quotes by the same rule. Every span is `direct`.
// - A name is a run of capitalised words outside quotations, with the common words that are
//   capitalised only at a sentence's start (The, He, But, In, ...), titles (Mr., Sen., ...),
//   weekdays and months taken off its ends, and without a possessive 's; the first paragraph's
//   dateline is no name.
// - The nearest name: the fewest characters between the quotation and the name in the same
//   paragraph (after the quotation wins a tie, as in `"...," Chen said`); in a paragraph with no
//   name, the last name of the nearest paragraph before it.
// - Speakers: one per name; a one-word name that is a word of an earlier longer name is its
//   alias ("Chen" of "Chen Wenqing"). All are persons; confidence 0.5 throughout.

import { DEFAULT_OPTIONS } from '../../server/src/service';
import type { MarkupSuggestion, PlainArticle, SuggestedSpan, SuggestedSpeaker } from './suggestion';

interface Range { start: number; end: number }
interface Name extends Range { text: string }

const CLOSING: Record<string, string> = { '"': '"', '\u201C': '\u201D', '\u00AB': '\u00BB', '\u201E': '\u201C\u201D' };

const NOT_NAMES = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my',
  'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'with',
  'as', 'by', 'from', 'to', 'of', 'after', 'before', 'when', 'while', 'if', 'asked', 'according', 'since',
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof', 'president', 'minister',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const DATELINE_SEPARATORS = new Set(['--', '-', '\u2014', '\u2013']);

export function baselineMarkup(input: PlainArticle): MarkupSuggestion {
  const body = input.body;
  const spans: SuggestedSpan[] = [];
  const speakers: SuggestedSpeaker[] = [];
  const idOfName = new Map<string, string>();
  let lastName: Name | undefined;
  paragraphs(body).forEach((paragraph, index) => {
    const quoted = quotations(body, paragraph);
    const names = namesIn(body, paragraph, quoted, index === 0);
    for (const q of quoted) {
      if (wordCount(body.slice(q.start, q.end)) < DEFAULT_OPTIONS.unattributedMinWords) continue;
      const name = nearest(q, names) ?? lastName;
      if (!name) continue;
      spans.push({ start: q.start, end: q.end, speakerId: speakerFor(name.text, speakers, idOfName), kind: 'direct', confidence: 0.5 });
    }
    if (names.length) lastName = names[names.length - 1];
  });
  return { speakers, spans };
}

function paragraphs(body: string): Range[] {
  const out: Range[] = [];
  for (let at = 0; at < body.length;) {
    const blank = body.indexOf('\n\n', at);
    const end = blank < 0 ? body.length : blank;
    if (body.slice(at, end).trim() !== '') out.push({ start: at, end });
    at = end + 1;
  }
  return out;
}

function quotations(body: string, paragraph: Range): Range[] {
  const out: Range[] = [];
  let open = -1;
  let closing = '';
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = body[i];
    if (open < 0 && CLOSING[c] !== undefined) { open = i; closing = CLOSING[c]; }
    else if (open >= 0 && closing.includes(c)) { out.push({ start: open, end: i + 1 }); open = -1; }
  }
  if (open >= 0) out.push({ start: open, end: paragraph.start + body.slice(paragraph.start, paragraph.end).trimEnd().length });
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

/** The names of a paragraph, in order. */
function namesIn(body: string, paragraph: Range, quoted: Range[], first: boolean): Name[] {
  const words = wordsOutside(body, paragraph, quoted);
  if (first) {
    // The dateline ("BERLIN, Sept. 27 (Xinhua) --") names a place and an agency, not a speaker.
    const separator = words.findIndex((w, i) => i < 15 && DATELINE_SEPARATORS.has(w.text));
    if (separator >= 0) words.splice(0, separator + 1);
  }
  const out: Name[] = [];
  let run: Name[] = [];
  const flush = () => {
    while (run.length && NOT_NAMES.has(bare(run[0].text))) run.shift();
    while (run.length && NOT_NAMES.has(bare(run[run.length - 1].text))) run.pop();
    if (run.length) out.push({ start: run[0].start, end: run[run.length - 1].end, text: run.map((w) => bare(w.text, false)).join(' ') });
    run = [];
  };
  for (const w of words) {
    const core = bare(w.text, false);
    if (!/^\p{Lu}/u.test(core) || (run.length && w.start - run[run.length - 1].end > 1)) flush();
    if (/^\p{Lu}/u.test(core)) run.push(w);
    if (/[,;:.!?)]$/.test(w.text)) flush();
  }
  flush();
  return out;
}

/** The whitespace-separated words of a paragraph that lie outside its quotations. */
function wordsOutside(body: string, paragraph: Range, quoted: Range[]): Name[] {
  const out: Name[] = [];
  let i = paragraph.start;
  while (i < paragraph.end) {
    while (i < paragraph.end && /\s/.test(body[i])) i++;
    const start = i;
    while (i < paragraph.end && !/\s/.test(body[i])) i++;
    if (i > start && !quoted.some((q) => start < q.end && i > q.start)) out.push({ start, end: i, text: body.slice(start, i) });
  }
  return out;
}

/** A word without the punctuation around it and without a possessive 's, lower-cased unless `lower` is false. */
function bare(word: string, lower = true): string {
  let s = 0;
  let e = word.length;
  while (s < e && !/[\p{L}\p{N}]/u.test(word[s])) s++;
  while (e > s && !/[\p{L}\p{N}]/u.test(word[e - 1])) e--;
  let core = word.slice(s, e);
  // A possessive is no part of the name: "ISPA's" is ISPA.
  if (/^.+['\u2019]s$/u.test(core)) core = core.slice(0, -2);
  return lower ? core.toLowerCase() : core;
}

function nearest(q: Range, names: Name[]): Name | undefined {
  let best: Name | undefined;
  let bestDistance = Infinity;
  for (const n of names) {
    // Half a character's handicap for a name before the quotation: at equal distance, the one after wins.
    const distance = n.end <= q.start ? q.start - n.end + 0.5 : n.start - q.end;
    if (distance < bestDistance) { best = n; bestDistance = distance; }
  }
  return best;
}

function speakerFor(name: string, speakers: SuggestedSpeaker[], idOfName: Map<string, string>): string {
  const known = idOfName.get(name);
  if (known) return known;
  const longer = !name.includes(' ') ? speakers.find((s) => s.name.split(' ').includes(name)) : undefined;
  if (longer) {
    longer.aliases.push(name);
    idOfName.set(name, longer.id);
    return longer.id;
  }
  const id = addPerson(name, speakers);
  idOfName.set(name, id);
  return id;
}

/** A new person named `name` in `speakers`, with an id made from the name; returns the id. */
export function addPerson(name: string, speakers: SuggestedSpeaker[]): string {
  const slug = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '') || 'speaker';
  let id = slug;
  for (let n = 2; speakers.some((s) => s.id === id); n++) id = `${slug}-${n}`;
  speakers.push({ id, name, aliases: [], kind: 'person', confidence: 0.5 });
  return id;
}
