// The language layer of the markup engine: paragraphs, sentences and tokens with part of speech,
// in offsets of the plain body. wink-nlp does the tokens, the tags and the first sentence split
// (docs/markup.md, "NLP library", says why it and not compromise); the few corrections here are
// newsroom facts the general model lacks (a state abbreviation such as "D-N.M." is no sentence end).

import type { ItemSentence, WinkMethods } from 'wink-nlp';
import { isWhitespace } from '../text/characters';

export interface Token {
  text: string;
  /** The text in lower case, for the word lists. */
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from the model (PROPN, NOUN, VERB, PUNCT, ...). */
  pos: string;
  /** Index in the article's token array. */
  index: number;
  sentence: number;
  paragraph: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last]. */
  first: number;
  last: number;
  paragraph: number;
}

interface Paragraph {
  start: number;
  end: number;
  /** Sentence index range [first, last] (last < first when the paragraph has none). */
  firstSentence: number;
  lastSentence: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

// The model loads in about 0.1 s: once, on first use, so that a service that never marks up never
// pays. A require in the function, not an import: the build keeps './nlpModel' out of the server's
// and the command line's bundles (scripts/build.mjs makes it dist/nlp.js), so that they start
// without parsing its megabytes; under tsx and in other bundles it is the module itself.
let nlp: WinkMethods | undefined;
function engine(): WinkMethods {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  nlp ??= (require('./nlpModel') as typeof import('./nlpModel')).createNlp();
  return nlp;
}

/** Paragraphs as NewsMark splits them: runs of lines that are not blank. */
export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = 0;
  let start = -1, end = -1;
  while (pos <= text.length) {
    let lineEnd = pos;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let first = pos;
    while (first < lineEnd && isWhitespace(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      if (start >= 0) out.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = first;
      let e = lineEnd;
      while (e > first && isWhitespace(text.charCodeAt(e - 1))) e--;
      end = e;
    }
    if (lineEnd >= text.length) break;
    pos = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

export function analyse(text: string): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const paras = paragraphsOf(text);
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const firstSentence = sentences.length;
    analyseParagraph(text, para.start, para.end, p, tokens, sentences);
    paragraphs.push({ ...para, firstSentence, lastSentence: sentences.length - 1 });
  }
  return { text, tokens, sentences, paragraphs };
}

function analyseParagraph(text: string, start: number, end: number, paragraph: number, tokens: Token[], sentences: Sentence[]) {
  const slice = text.slice(start, end);
  const doc = engine().readDoc(slice);
  const its = engine().its;
  const values = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const localIndex: number[] = []; // wink token index -> our index, -1 for white space tokens
  const periods = new Set<number>(); // our index of each period split off a piece, as in "Hà Nội."
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const at = v.trim() === '' ? -1 : slice.indexOf(v, cursor);
    if (at < 0) { localIndex.push(-1); continue; }
    const doubleName = v === '-' && joinsDoubleName(tokens, paragraph, start + at, slice, at, values[i + 1]);
    if (v === '-' && (doubleName || joinsGivenName(tokens, paragraph, start + at, slice, at, values[i + 1]))) {
      // "Park Sun-young": the model cuts a hyphenated given name in three; it is one word of the name.
      // So it does a double-barrelled one ("Banerjee-Walsh", "Abdel-Rahman"), a name when either half was read as one.
      const name = tokens[tokens.length - 1];
      const rest = values[i + 1];
      name.text = text.slice(name.start, start + at + 1 + rest.length);
      name.lower = name.text.toLowerCase();
      name.end = start + at + 1 + rest.length;
      if (!doubleName || tags[i + 1] === 'PROPN') name.pos = 'PROPN';
      localIndex.push(name.index, name.index); // the hyphen and the rest are the name's
      cursor = at + 1 + rest.length;
      i++;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    // "Hà Nội.": the last piece of such a word can come with the sentence's period, read as an
    // abbreviation's ("i."): the letters are the word's, the period a token of its own that ends the sentence.
    const piece = v.endsWith('.') && previous && splitsWordAtForeignLetter(previous, paragraph, start + at, v.slice(0, -1)) ? v.slice(0, -1) : v;
    if (previous && splitsWordAtForeignLetter(previous, paragraph, start + at, piece)) {
      // "Dragović": the model cuts a word at a letter outside its alphabet ("Dragovi" + "ć"); it is one word.
      previous.text = text.slice(previous.start, start + at + piece.length);
      previous.lower = previous.text.toLowerCase();
      previous.end = start + at + piece.length;
      // Its tag is the name's when a piece was read as one, or as unknown, and the word is capitalised.
      if (/^\p{Lu}/u.test(previous.text) && [previous.pos, tags[i]].some((tag) => tag === 'PROPN' || tag === 'X')) previous.pos = 'PROPN';
      else if (previous.pos === 'X') previous.pos = tags[i];
      if (piece !== v) {
        periods.add(tokens.length);
        tokens.push({ text: '.', lower: '.', start: previous.end, end: previous.end + 1, pos: 'PUNCT', index: tokens.length, sentence: -1, paragraph });
      }
      localIndex.push(tokens.length - 1);
      cursor = at + v.length;
      continue;
    }
    cursor = at + v.length;
    localIndex.push(tokens.length);
    tokens.push({ text: v, lower: v.toLowerCase(), start: start + at, end: start + at + v.length, pos: tags[i] === 'VERB' && surnameAsName(tokens, previous, paragraph, start + at, v) ? 'PROPN' : tags[i], index: tokens.length, sentence: -1, paragraph });
  }
  const raw: { first: number; last: number }[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const ts = s.tokens();
    // A paragraph of nothing the model reads as a token (a lone U+2028) has a sentence of none.
    if (ts.length() === 0) return;
    let first = -1, last = -1;
    for (let k = ts.itemAt(0).index(); k <= ts.itemAt(ts.length() - 1).index(); k++) {
      if (localIndex[k] < 0) continue;
      if (first < 0) first = localIndex[k];
      else if (periods.has(last)) { raw.push({ first, last }); first = localIndex[k]; } // mergeFalseBreaks rejoins "Nội. officials"
      last = localIndex[k];
    }
    if (first >= 0) raw.push({ first, last });
  });
  for (const s of mergeFalseBreaks(tokens, raw)) {
    const index = sentences.length;
    for (let k = s.first; k <= s.last; k++) tokens[k].sentence = index;
    sentences.push({ start: tokens[s.first].start, end: tokens[s.last].end, first: s.first, last: s.last, paragraph });
  }
}

/**
 * Whether a capitalised word the model tagged a verb is a surname: right after a name word of its
 * paragraph that holds a capital ("Lia Grant toured", "Ana Rose said": a verb is not capitalised
 * inside a sentence; "Ana deVries Grant", "NASA Watch"), however much white space stands between
 * ("Lia  Grant", "R.Grant"), unless a common noun stands before the pair. Only verbs: a noun after a
 * name ("Energy Department") is left as it is.
 */
function surnameAsName(tokens: Token[], previous: Token | undefined, paragraph: number, start: number, word: string): boolean {
  if (previous === undefined || previous.paragraph !== paragraph || previous.pos !== 'PROPN') return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/\p{Lu}/u.test(previous.text)) return false;
  // "the newsletter Fintech Watch": after a common noun the capitalised words name a thing.
  const before = tokens[previous.index - 1];
  return before === undefined || before.paragraph !== paragraph || !(before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text));
}

/**
 * Whether `piece`, starting at `pieceStart` right where `previous` ends, is the rest of the same
 * word, cut by the model at a letter it does not know: a letter on both sides of the cut, one of
 * them beyond ASCII ("Dragovi|ć", "Wałę|sa", "Banerjee-Dragovi|ć", "Dvo|ř|ák2"). Words the model
 * splits on purpose ("Mladić|'s") start with an apostrophe, and ASCII words are left as the model cut them.
 */
function splitsWordAtForeignLetter(previous: Token, paragraph: number, pieceStart: number, piece: string): boolean {
  if (previous.paragraph !== paragraph || previous.end !== pieceStart) return false;
  if (!/^\p{L}/u.test(piece) || !/[\p{L}\p{M}]$/u.test(previous.text)) return false;
  return piece.charCodeAt(0) > 0x7f || previous.text.charCodeAt(previous.text.length - 1) > 0x7f;
}

/**
 * Whether the hyphen at `at` (of the paragraph `slice`) glues a given name's two halves, as Korean
 * names are written ("Park Sun-young", "Koo Ji-won"): a capitalised word right before it that
 * itself follows a capitalised name word, and a word in lower case right after it.
 */
function joinsGivenName(tokens: Token[], paragraph: number, hyphenStart: number, slice: string, at: number, next: string | undefined): boolean {
  const half = tokens[tokens.length - 1];
  const family = tokens[tokens.length - 2];
  if (!half || !family || half.paragraph !== paragraph || family.paragraph !== paragraph || half.end !== hyphenStart) return false;
  if (next === undefined || !/^[a-z]{2,}$/.test(next) || slice.startsWith(next, at + 1) === false) return false;
  const capitalisedWord = (t: Token) => /^[A-Z][a-z]+$/.test(t.text);
  return capitalisedWord(half) && capitalisedWord(family) && (family.pos === 'PROPN' || family.pos === 'NOUN') && family.end < half.start;
}

/**
 * Whether the hyphen at `at` joins two capitalised name words with no space around it, as a
 * double-barrelled surname or given name is written ("Rhea Banerjee-Walsh", "Hisham Abdel-Rahman",
 * "Jean-Luc"): the word before must itself follow a capitalised word or be tagged a name, so that
 * a compound such as "Anglo-French" at a sentence's start stays what the model made of it.
 */
function joinsDoubleName(tokens: Token[], paragraph: number, hyphenStart: number, slice: string, at: number, next: string | undefined): boolean {
  const half = tokens[tokens.length - 1];
  if (!half || half.paragraph !== paragraph || half.end !== hyphenStart) return false;
  if (next === undefined || !/^\p{Lu}\p{Ll}+$/u.test(next) || !slice.startsWith(next, at + 1)) return false;
  const before = tokens[tokens.length - 2];
  const name = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text);
  return name(half) && (half.pos === 'PROPN' || name(before) && before!.paragraph === paragraph);
}

/**
 * Joins sentences the model split where a newsroom would not: after an initial's period
 * ("D-N." + "M."), before a word in lower case ('"Who pays?" she asked.'), before a closing
 * quotation mark or a lone punctuation mark.
 */
function mergeFalseBreaks(tokens: Token[], raw: { first: number; last: number }[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const s of raw) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(tokens, prev.last, s.first)) prev.last = s.last;
    else out.push({ ...s });
  }
  return out;
}

function shouldJoin(tokens: Token[], prevLast: number, nextFirst: number): boolean {
  const next = tokens[nextFirst];
  const c = next.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return true; // lower case: the sentence goes on
  if (next.pos === 'PUNCT' && !'"“‘«„('.includes(next.text)) return true;
  const last = tokens[prevLast];
  const before = tokens[prevLast - 1];
  // "N." split as "N" + ".": a single capital with its period is an initial or an abbreviation,
  // also where the model keeps it with what the hyphen joins it to ("G7-U" + "." + "S. Summit").
  // (Initials the model keeps whole, "U.S.", end a sentence as often as not: "in the U.S. Officials
  // said". Party-state tags reach here cut as "D-N" + "." + "M.", joined by the rule above.)
  return last.text === '.' && before !== undefined && /(?:^|-)[A-Z]$/.test(before.text) && before.end === last.start;
}
