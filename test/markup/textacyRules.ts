// A second point of comparison for issue 10: the rules of textacy's `direct_quotations`
// (textacy.extract.triples), the spaCy-based extractor the issue names, re-implemented here
// because textacy and spaCy cannot be installed on the machines this project is built on (no
// PyPI). It is written from the published description of the method, not from its code, over
// the same tokens, sentences and part-of-speech tags as the engine (wink-nlp via
// server/src/service/markup/text.ts), so the comparison is between rules, not between taggers.
//
// The rules, as textacy states them:
// - Quotation marks are paired in order over the whole document; an odd number of marks means an
//   unclosed quotation, and the method gives up on the whole document ("safest to bail out rather
//   than guess which quotation is unclosed"). Wire copy's continued quotes (a paragraph that opens
//   a quote and does not close it) therefore end the extraction.
// - A quotation needs at least four tokens, its marks included, and is dropped when every word
//   in it that is not punctuation or a stop word is title-case (a title, not a quotation).
// - Cue verbs are the reporting verbs (say, tell, add, ...) tagged VERB outside every quotation,
//   in the sentences that touch the quotation, the nearest first.
// - The speaker is the first cue's active subject. Without spaCy's dependency parse the subject is
//   approximated: the noun phrase right before the verb (adverbs skipped: "Chen also said"), or
//   right after it when the verb comes first ("said Chen"). Pronouns stay pronouns ("he"): textacy
//   resolves no reference, so such a quote's speaker is "he".
// Only direct quotations are found; every span is `direct`, every confidence 0.5.

import { analyse, type Token } from '../../server/src/service/markup/text';
import { addPerson } from './baseline';
import type { MarkupSuggestion, PlainArticle, SuggestedSpan, SuggestedSpeaker } from './suggestion';

const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E']);

// English reporting verbs in their inflected forms (the tagger gives no lemma): say, tell, add,
// and the verbs of the reported-speech literature the method cites.
const REPORTING_VERBS = new Set(['say', 'tell', 'add', 'state', 'declare', 'explain', 'note', 'argue', 'claim', 'insist',
  'warn', 'announce', 'ask', 'reply', 'respond', 'answer', 'comment', 'remark', 'write', 'report', 'describe', 'suggest',
  'acknowledge', 'admit', 'affirm', 'assert', 'concede', 'confirm', 'contend', 'deny', 'emphasize', 'emphasise', 'mention',
  'observe', 'predict', 'promise', 'recall', 'stress', 'urge', 'vow', 'complain', 'continue', 'conclude', 'maintain', 'recount']
  .flatMap(inflections));

function inflections(verb: string): string[] {
  const irregular: Record<string, string[]> = { say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'written', 'writes', 'writing'] };
  if (irregular[verb]) return [verb, ...irregular[verb]];
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const past = verb.endsWith('y') && !/[aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${stem}ed`;
  const third = verb.endsWith('y') && !/[aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, past, third, `${stem}ing`];
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'it', 'its', 'this', 'that']);
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'PRON']);
const NOUN_PHRASE_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

export function textacyRulesMarkup(input: PlainArticle): MarkupSuggestion {
  const speakers: SuggestedSpeaker[] = [];
  const spans: SuggestedSpan[] = [];
  const { tokens, sentences } = analyse(input.body);
  const marks = quotationMarks(tokens);
  if (marks.length % 2 !== 0) return { speakers, spans }; // textacy raises: an unclosed quotation somewhere
  const pairs: [number, number][] = [];
  for (let i = 0; i < marks.length; i += 2) pairs.push([marks[i].index, marks[i + 1].index]);
  const inQuotation = (t: Token) => pairs.some(([s, e]) => s <= t.index && t.index <= e);
  for (const [open, close] of pairs) {
    const content = tokens.slice(open, close + 1);
    if (content.length < 4 || looksLikeTitle(content)) continue;
    const window = sentences.filter((s) => (s.first < open && s.last >= open - 1) || (s.first <= close + 1 && s.last > close));
    const cues = window.flatMap((s) => tokens.slice(s.first, s.last + 1))
      .filter((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lower) && !inQuotation(t))
      .sort((a, b) => distance(a, open, close) - distance(b, open, close));
    for (const cue of cues) {
      const subject = subjectOf(tokens, cue, inQuotation);
      if (!subject) continue;
      spans.push({ start: tokens[open].start, end: tokens[close].end, speakerId: speakerFor(subject, speakers), kind: 'direct', confidence: 0.5 });
      break;
    }
  }
  return { speakers, spans };
}

function quotationMarks(tokens: Token[]): Token[] {
  return tokens.filter((t) => QUOTE_MARKS.has(t.text));
}

/** Whether textacy's rules give up on this body (an odd number of quotation marks). */
export function textacyGivesUp(body: string): boolean {
  return quotationMarks(analyse(body).tokens).length % 2 !== 0;
}

function looksLikeTitle(content: Token[]): boolean {
  const words = content.filter((t) => t.pos !== 'PUNCT' && !STOP_WORDS.has(t.lower));
  return words.every((t) => /^\p{Lu}/u.test(t.text));
}

function distance(t: Token, open: number, close: number): number {
  return Math.min(Math.abs(t.index - open), Math.abs(t.index - close));
}

/** The approximated active subject of `cue`: the noun phrase before it in its sentence, else the one after it. */
function subjectOf(tokens: Token[], cue: Token, inQuotation: (t: Token) => boolean): string | undefined {
  const usable = (t: Token | undefined) => t && t.sentence === cue.sentence && !inQuotation(t);
  let before = cue.index - 1;
  while (usable(tokens[before]) && (tokens[before].pos === 'ADV' || tokens[before].pos === 'AUX')) before--;
  if (usable(tokens[before]) && SUBJECT_TAGS.has(tokens[before].pos)) {
    if (tokens[before].pos === 'PRON') return tokens[before].text;
    let first = before;
    while (usable(tokens[first - 1]) && NOUN_PHRASE_TAGS.has(tokens[first - 1].pos)) first--;
    return phrase(tokens, first, before);
  }
  const after = cue.index + 1;
  if (usable(tokens[after]) && SUBJECT_TAGS.has(tokens[after].pos)) {
    if (tokens[after].pos === 'PRON') return tokens[after].text;
    let last = after;
    while (usable(tokens[last + 1]) && (tokens[last + 1].pos === 'PROPN' || tokens[last + 1].pos === 'NOUN')) last++;
    return phrase(tokens, after, last);
  }
  return undefined;
}

/** The words first..last as written ("the ministry"): textacy names a speaker by its tokens. */
function phrase(tokens: Token[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t) => t.text).join(' ');
}

function speakerFor(name: string, speakers: SuggestedSpeaker[]): string {
  return speakers.find((s) => s.name === name)?.id ?? addPerson(name, speakers);
}
