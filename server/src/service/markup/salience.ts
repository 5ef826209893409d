// Which body a generic description means ("the company said", "the club said", "the German
// chemicals maker said", "the union said"): a reader takes the body the text is about at that
// point, the subject of the sentence or of the sentences just before it, named in full where the
// article first names it ("Holbrook stay top ..., The club said" → Holbrook City). The proper
// names of the text are read here as a table the rules consult, not only the speakers.

import { ORG_WORDS, TITLES } from './lexicon';
import type { Token } from './text';

const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

/** Lower-case words between a name's capitalised words: "Department of ...", "Minera Andina del Sur", "Dales & Moor". */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'la', 'du', 'da', 'di', 'van', 'von', 'der']);

/** How many sentences back a body's description may reach for its subject. */
const SENTENCES_BACK = 2;

/** A proper name in the text: token range and text. */
interface NameRun {
  first: number;
  last: number;
  name: string;
}

/** A word of a proper name: capitalised, and a proper noun where capitals open every sentence. */
function nameWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // "Rev" of "The Rev. Denise Hargrove" is a title though the model cut its full stop off.
  if (t === undefined || !/^\p{Lu}/u.test(t.text) || TITLES.has(t.text) || CALENDAR.has(t.lower) || tokens[k + 1]?.text === '.' && tokens[k + 1].start === t.end && TITLES.has(`${t.text}.`)) return false;
  const opensSentence = k === 0 || tokens[k - 1].sentence !== t.sentence || /^["“‘]$/.test(tokens[k - 1].text);
  return t.pos === 'PROPN' || !opensSentence && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X');
}

/** The run of capitalised words (numbers too: "UAW Local 2175") around token `i`, connectors of/for/and/& kept between them. */
function nameRunAt(tokens: Token[], i: number, text: string): NameRun | undefined {
  if (!nameWord(tokens, i)) return undefined;
  // One space between a name's words (a hyphen never joins: it is no name word, number or connector).
  const joins = (a: number, b: number) => tokens[a].end + 1 === tokens[b].start;
  // "UAW Local 2175": a number after a name's word is part of it; "Holbrook City 2-1" is a score.
  const member = (k: number) => nameWord(tokens, k) || /^\d+$/.test(tokens[k]?.text ?? '') && nameWord(tokens, k - 1) && tokens[k + 1]?.text !== '-';
  let a = i, b = i;
  while (nameWord(tokens, a - 1) && joins(a - 1, a) && tokens[a - 1].sentence === tokens[a].sentence) a--;
  for (;;) {
    const next = tokens[b + 1];
    if (next === undefined || next.sentence !== tokens[b].sentence) break;
    if (member(b + 1) && joins(b, b + 1)) { b++; continue; }
    // (A connector is never the name word before it: those are capitalised or numbers.)
    if (CONNECTORS.has(next.text) && nameWord(tokens, b + 2) && joins(b, b + 1) && joins(b + 1, b + 2)) { b += 2; continue; }
    break;
  }
  return { first: a, last: b, name: text.slice(tokens[a].start, tokens[b].end) };
}

/**
 * The fullest form the text gives a body's short name: "Holbrook" → "Holbrook City", where the
 * text first writes the short name followed by more of its name; the short name itself otherwise.
 */
export function fullestForm(tokens: Token[], short: string, text: string): string {
  const words = short.split(' ');
  for (const t of tokens) {
    if (t.text !== words[0]) continue;
    const run = nameRunAt(tokens, t.index, text);
    if (run && run.first === t.index && run.name.startsWith(`${short} `) && run.last - run.first < 6) return run.name;
  }
  return short;
}

/**
 * The proper names that stand before the first verb of sentence `sentence` (its subject, in
 * reading order: "Shares in Rheinmark jumped"), not before `from` nor at or after `before`.
 */
function subjectNames(tokens: Token[], first: number, last: number, from: number, before: number, text: string): NameRun[] {
  const out: NameRun[] = [];
  for (let k = first; k <= last && k < before; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    // A quotation opens the sentence: its words are someone's, not the narrative's subject.
    if (k === first && /^["“‘]/.test(t.text)) return out;
    if (t.start < from) continue;
    const run = nameRunAt(tokens, k, text);
    if (!run) continue;
    // "The Chinese-built ... project": a name inside a compound modifier is not the subject, nor
    // is the portfolio of a title ("Interior Minister Víctor Paredes").
    if (run.last < before && tokens[run.last + 1]?.text !== '-' && !TITLES.has(tokens[run.last + 1]?.text ?? '')) out.push(run);
    k = run.last;
  }
  return out;
}

/**
 * The body a description at token `at` means: the subject's proper name in its own sentence
 * (before the description), else in the sentences just before it; else a name holding an
 * organisation word there ("by the International Organization for Migration"). `isPerson` rules
 * out people. The name as the text gives it in full.
 */
export function salientBody(tokens: Token[], text: string, at: number, from: number, isPerson: (name: string) => boolean): string | undefined {
  const sentence = tokens[at].sentence;
  const ranges: { first: number; last: number }[] = [];
  let k = at;
  // A quotation of several sentences counts as one against the reach: its sentences are someone's
  // words, not the narrative ('Lumora Auto reported ... / "The price war has no winners. We will
  // not ...," Zhang told analysts. / The company said'), up to twice as many sentences in all;
  // the description's own sentence too, when it closes such a quotation ('"We lost money. We will
  // cut 300 jobs," the company said').
  let narrative = 0;
  let nextOpensInside = false;
  // The text's first sentence ends the walk by `k < 0` below.
  for (let s = sentence; narrative <= SENTENCES_BACK && s >= sentence - 2 * SENTENCES_BACK - 2; s--) {
    let first = k;
    while (first - 1 >= 0 && tokens[first - 1].sentence === s) first--;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].sentence === s) last++;
    ranges.push({ first, last });
    if (!nextOpensInside) narrative++;
    nextOpensInside = !/^["“‘]/.test(tokens[first].text) && opensInQuotation(tokens, text, first);
    k = first - 1;
    if (k < 0 || tokens[k].end < from) break;
  }
  const fits = (run: NameRun) => !isPerson(run.name) && run.name.length > 1;
  for (const r of ranges) {
    const subject = subjectNames(tokens, r.first, r.last, from, at, text).reverse().find(fits);
    if (subject) return fullestForm(tokens, subject.name, text);
  }
  for (const r of ranges) {
    for (let i = Math.min(r.last, at - 1); i >= r.first; i--) {
      if (tokens[i].start < from) break;
      const run = nameRunAt(tokens, i, text);
      if (!run) continue;
      i = run.first;
      if (fits(run) && tokens.slice(run.first, run.last + 1).some((t) => ORG_WORDS.has(t.text))) return run.name;
    }
  }
  return undefined;
}

/** Whether the sentence opening at token `first` (not with a quotation mark) opens inside a quotation of its paragraph. */
function opensInQuotation(tokens: Token[], text: string, first: number): boolean {
  let p = first;
  while (p - 1 >= 0 && tokens[p - 1].paragraph === tokens[first].paragraph) p--;
  let open = false;
  for (let i = tokens[p].start; i < tokens[first].start; i++) {
    const c = text[i];
    if (c === '"') open = !open;
    else if (c === '“') open = true;
    else if (c === '”') open = false;
  }
  return open;
}
