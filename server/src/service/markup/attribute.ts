// The attribution rules: which words are a quote, and whose. Direct quotes first (a quotation and
// the cue next to it), then reported speech after or before a cue in each sentence. Each rule is
// a wire pattern named in issue 10; what a rule cannot decide it leaves unmarked (precision first)
// or marks with a lower confidence, which the draft turns into a review note.

import { namedInApposition } from './apposition';
import { nameBodiesInFull } from './bodies';
import { Coreference, type Resolved } from './coreference';
import {
  DEMAND_PHRASES, HOPE_PHRASES, NOT_SPEAKERS, OBJECT_VERBS, ORG_NOUNS, PARTICIPLE_PHRASES, ROLE_NOUNS, SPEECH_NOUNS, SPEECH_VERBS, firstPhraseAt, phraseAt,
} from './lexicon';
import { describePhrase, phraseEndingAt, phraseStartingAt, skipAuxiliariesBack, skipAuxiliariesForward } from './phrases';
import { quotationsIn, singleQuotationsIn, topLevelSingleQuotationsIn, type Quotation } from './quotations';
import { Registry, type Speaker } from './registry';
import type { Analysis, Sentence, Token } from './text';

export interface RawSpan {
  start: number;
  end: number;
  speaker: Speaker;
  confidence: number;
  alternative?: Speaker;
}

const SENTENCE_END = new Set(['.', '!', '?']);
/** The auxiliaries of reported speech's tense: a sentence that opens with one may carry a report on. */
const BACKSHIFT = new Set(['had', 'would', 'could', 'might']);
/** Speech the article reports without its words: the speaker is declared all the same. */
const SPEECH_ACTS = [['delivered', 'a', 'speech'], ['gave', 'a', 'speech'], ['delivered', 'a', 'keynote'], ['made', 'the', 'remarks'], ['made', 'the', 'comments']];
/** Verbs whose complement may be a quoted name for something: "called it", "described it as". */
const FRAGMENT_VERBS = new Set(['called', 'calls', 'calling', 'described', 'describes', 'describing', 'termed', 'dubbed', 'labelled', 'labeled', 'branded']);
/** Verbs that open a report right after its cue when the cue's subject is a relative clause's ("a provision Democrats said would ..."). */
const MODALS_AFTER_CUE = new Set(['would', 'could', 'will', 'might', 'may', 'can']);
/** Nouns that count a group before "of": "Hundreds of farmers". */
const QUANTITY_NOUNS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens']);
/** Speech verbs only before "that": otherwise "charged" bills ("smugglers charged 400 francs") or accuses ("charged with"). */
const ONLY_WITH_THAT = new Set(['charged', 'charges']);
/** Lower-case particles inside a proper name: "Minera Andina del Sur", "Maria de la Cruz". */
const NAME_PARTICLES_IN_NAME = new Set(['de', 'del', 'la', 'le', 'da', 'di', 'do', 'dos', 'van', 'von', 'der']);
const APPOSITIVE_STARTS = new Set(['a', 'an', 'the', 'who', 'which', 'also', 'its', 'his', 'her', 'their', 'whose']);
/** Words that end an appositive's head noun phrase: "a charity [that] ...", "a group [of] ...". */
/** The end of a clock time: "at 2:14 a.m.", "at 11 pm", "at 14:30". */
const CLOCK_TIME = /^(?:[ap]\.?m\.?|\d{1,2}:\d\d)$/;
/** Closing quotation marks, as tokens. */
const QUOTE_CLOSERS = new Set(['"', '”', '’']);
/** Determiners of a description that a name in apposition may follow: "one user, Marisol Fenn". */
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);
/** The modals and present-tense auxiliaries a report keeps after "and" (the narrative past has none). */
const REPORT_TENSE = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'is', 'are', 'has', 'have', "'ll", 'wo', 'ca']);
/** "added", whose object may be an amount (an act) as well as words. */
const ADDING = new Set(['added', 'adds', 'add']);
/** The tags of the words inside a prepositional phrase of place or medium ("at her daughter's home in Traverse City"). */
const PHRASE_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
const APPOSITIVE_ENDS = new Set(['that', 'which', 'who', 'of', 'with', 'in', 'at', 'for', 'based', 'from', 'on']);
/** Prepositions whose object ends an appositive ("director of Dune Watch"), never a subject. */
const OBJECT_PREPOSITIONS = new Set(['of', 'at', 'for', 'with', 'from']);
/** Words that open a clause of time after a cue ("told him before announcing ..."), never reported words. */
const TIME_CLAUSE_OPENERS = new Set(['before', 'after', 'while', 'during', 'upon']);
/** Verbs whose charge follows their object and "of": "accused the governor of ...". */
const ACCUSING = new Set(['accused', 'accuses']);
/** Verbs whose object is words whatever its form ("said nothing new", "told Reuters the plant ..."). */
const WORDS_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'here', 'there', 'later', 'earlier', 'recently', 'again', 'too', 'also']);

export function attribute(a: Analysis, contentStart: number): { spans: RawSpan[]; registry: Registry } {
  const registry = new Registry();
  const coref = new Coreference(registry, a.tokens, a.text, contentStart);
  const spans: RawSpan[] = [];
  const rules = new Rules(a, coref, spans, contentStart);
  let previousOpen: Speaker | undefined; // the speaker of a quote left open at the end of the last paragraph
  let previousLast: Speaker | undefined; // the speaker of the last direct quote of the last paragraph
  let colonSpeaker: Speaker | undefined; // "Lindholm said:" ending the last paragraph
  const interview = qaLabels(a);
  let unclaimed: Quotation[] = []; // the last paragraph's quotes, when they are all it holds and have no speaker
  for (const [pi, p] of a.paragraphs.entries()) {
    // A Q&A interview: the question is the reporter's, the answer the interviewee's, whole.
    if (interview.has(pi)) {
      if (interview.get(pi) === 'A') rules.answer(p);
      continue;
    }
    // A paragraph without double marks may quote in single ones, as British copy does.
    const doubles = quotationsIn(a.text, p.start, p.end);
    const quotes = doubles.length ? doubles : topLevelSingleQuotationsIn(a.text, p.start, p.end);
    rules.quotes = quotes;
    if (unclaimed.length) rules.claimedAfter(p, unclaimed);
    for (let s = p.firstSentence; s <= p.lastSentence; s++) coref.noteMentions(a.sentences[s].first, a.sentences[s].last);
    // Sentence by sentence, in reading order: a quote with a cue of its own is attributed in the
    // sentence of its closing mark, after the sentences before it have named their speakers
    // ('X said the ferry left late. "...," he said.'); quotes without one wait for the paragraph.
    const found: (Resolved | undefined)[] = quotes.map(() => undefined);
    for (let s = p.firstSentence; s <= p.lastSentence; s++) {
      rules.directQuotesEndingIn(a.sentences[s], quotes, found);
      const before = spans.length;
      rules.reportedSpeech(a.sentences[s]);
      if (s === p.lastSentence && s > p.firstSentence && spans.length === before) rules.carriedOn(a.sentences[s], a.sentences[s - 1]);
    }
    const state = rules.directQuotes(quotes, found, previousOpen, colonSpeaker, previousLast);
    rules.namedFragments(quotes);
    if (doubles.length) rules.innerQuotes(singleQuotationsIn(a.text, p.start, p.end));
    for (let s = p.firstSentence; s <= p.lastSentence; s++) rules.speechActs(a.sentences[s]);
    previousOpen = state.openSpeaker;
    previousLast = state.lastSpeaker;
    colonSpeaker = rules.colonAtEnd(p.lastSentence);
    unclaimed = rules.quotesAlone(p, quotes);
  }
  namedInApposition(a.text, spans, registry);
  namedLater(a, spans, registry);
  nameBodiesInFull(spans, registry);
  return { spans, registry };
}

/**
 * The paragraphs of a Q&A interview by index: those that open with "Q:" and, right after one of
 * them, those that open with "A:". None when no "Q:" paragraph is followed by an "A:" one.
 */
function qaLabels(a: Analysis): Map<number, 'Q' | 'A'> {
  const labels = new Map<number, 'Q' | 'A'>();
  const opens = (i: number, label: string) => {
    const p = a.paragraphs[i];
    return p !== undefined && a.text.startsWith(`${label}:`, p.start);
  };
  for (let i = 0; i < a.paragraphs.length; i++) {
    if (!opens(i, 'Q')) continue;
    labels.set(i, 'Q');
    for (let k = i + 1; k < a.paragraphs.length && opens(k, 'A'); k++) labels.set(k, 'A');
  }
  return [...labels.values()].includes('A') ? labels : new Map();
}

/**
 * Cataphora: a lead attributed to a description ("a senior Kenyan official said", "the project's
 * contractor said") whose speaker the next two paragraphs name ("Mary Kimani, Principal Secretary
 * ..., made the remarks"). The lead's spans go to the first speaker of the same sort named there,
 * with a confidence under review. An unnamed source with a reason for anonymity stays unnamed.
 */
function namedLater(a: Analysis, spans: RawSpan[], registry: Registry) {
  const lead = a.paragraphs[0];
  const horizon = a.paragraphs[Math.min(2, a.paragraphs.length - 1)];
  // One paragraph needs no check of its own: the horizon is then the lead, and no name stands after it.
  if (!lead || !horizon) return;
  for (const described of registry.speakers.filter((s) => s.described && s.firstAt < lead.end && !s.reason)) {
    const own = spans.filter((x) => x.speaker === described);
    if (own.length === 0 || own.some((x) => x.start > lead.end)) continue;
    const sort = described.kind === 'organization' ? 'organization' : 'person';
    const named = registry.speakers.find((s) => !s.described && s.firstAt > lead.end && s.firstAt <= horizon.end && s.kind === sort);
    if (!named) continue;
    for (const x of own) {
      x.speaker = named;
      x.confidence = Math.min(x.confidence, 0.65);
    }
    if (named.kind === 'person' && !named.role) named.role = described.name;
  }
}

interface Cue {
  /** First and last token of the cue phrase ("said"; "according to"; "expressed the hope"). */
  first: number;
  last: number;
  sort: 'speech' | 'according' | 'hope' | 'participle' | 'demand' | 'quoted' | 'fragment';
}

class Rules {
  quotes: Quotation[] = [];
  /** The appositive the last subject search stepped over: the speaker's role on first reference. */
  private lastAppositive?: { first: number; last: number };
  /** The comma after a description that the name after it stands in apposition to ("Kestrel's chief executive, Angela Dorsey, said"). */
  private descriptionComma?: number;
  /** Who answers in a Q&A interview. */
  private interviewee?: Speaker;
  private readonly tokens: Token[];
  private readonly text: string;

  constructor(private readonly a: Analysis, private readonly coref: Coreference, private readonly spans: RawSpan[], private readonly contentStart: number) {
    this.tokens = a.tokens;
    this.text = a.text;
  }

  /** The first token starting at or after `offset`. */
  private tokenAt(offset: number): number {
    let lo = 0, hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  private inQuote(offset: number): boolean {
    return this.quotes.some((q) => q.open <= offset && offset < q.end);
  }

  private isCueVerb(i: number): boolean {
    const t = this.tokens[i];
    if (t !== undefined && ONLY_WITH_THAT.has(t.lower) && this.tokens[i + 1]?.lower !== 'that') return false;
    return t !== undefined && SPEECH_VERBS.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'said' || t.lower === 'says') && !this.inQuote(t.start);
  }

  // ---- direct quotes -------------------------------------------------------------------------

  /** "A: ..." in a Q&A interview: the words after the label are the person interviewed, the one named last. */
  answer(p: { start: number; end: number }) {
    // Found once, at the first answer: a question may name someone else.
    this.interviewee ??= this.coref.lastPerson(p.start);
    const speaker = this.interviewee;
    if (!speaker) return;
    const label = /^A:\s*/.exec(this.text.slice(p.start, p.end));
    const start = p.start + (label ? label[0].length : 0);
    const end = p.end; // paragraphsOf ends a paragraph at its last non-space character
    if (end > start) this.spans.push({ start, end, speaker, confidence: 0.8 });
  }

  /** The quotes whose closing mark (or paragraph end) lies in `s` and that have a cue of their own: marked now. */
  directQuotesEndingIn(s: Sentence, quotes: Quotation[], found: (Resolved | undefined)[]) {
    quotes.forEach((q, i) => {
      const last = this.tokens[this.tokenAt(q.end) - 1];
      if (!last || last.sentence !== this.tokens[s.first].sentence || found[i]) return;
      const r = this.attributeQuotation(q);
      if (!r || q.words < 1) return;
      found[i] = r;
      this.spans.push({ start: q.open, end: q.end, speaker: r.speaker, confidence: r.confidence, alternative: r.alternative });
      this.coref.touch(r.speaker, q.open);
    });
  }

  /** The paragraph's quotes without a cue of their own, given the speaker around them; `found` holds those marked already. */
  directQuotes(quotes: Quotation[], found: (Resolved | undefined)[], previousOpen: Speaker | undefined, colonSpeaker: Speaker | undefined, previousLast: Speaker | undefined) {
    // A quote without its own cue takes the speaker of the paragraph's other quotes (a split
    // quote), or of the last paragraph's open quote (a continuation), or of "X said:" before it.
    const paragraphSpeaker = found.find((r) => r)?.speaker;
    let openSpeaker: Speaker | undefined;
    let lastSpeaker: Speaker | undefined;
    quotes.forEach((q, i) => {
      let r = found[i];
      if (r) {
        // Marked by directQuotesEndingIn already.
        lastSpeaker = r.speaker;
        if (!q.closed) openSpeaker = r.speaker;
        return;
      }
      const opensParagraph = i === 0 && this.onlySpaceBefore(q.open);
      if (opensParagraph && previousOpen) r = { speaker: previousOpen, confidence: 0.85 };
      else if (opensParagraph && colonSpeaker) r = { speaker: colonSpeaker, confidence: 0.8 };
      // 'Roofline called the change “a small step”. Its chief executive, NAME, said: “...”': a
      // naming verb's fragment is its subject's (namedFragments), not the paragraph's speaker's.
      else if (paragraphSpeaker && q.words >= 2 && !this.afterNamingVerb(q)) r = { speaker: paragraphSpeaker, confidence: 0.8 };
      else if (opensParagraph && previousLast && q.words >= 6 && !q.closed) r = { speaker: previousLast, confidence: 0.6 };
      else if (!opensParagraph) r = this.reporterBefore(q);
      // A whole quoted sentence that no rule gives to anyone is still someone's words: the person
      // the copy referred to last, under review, rather than a quote left unattributed.
      // So is a paragraph that opens a quotation and leaves it open: speech that goes on below.
      if (!r && q.words >= 5 && (this.isQuotedSentence(q) || opensParagraph && !q.closed && /^\P{L}*\p{Lu}/u.test(this.text.slice(q.open, q.open + 3)))) r = this.lastPersonUnsure(q);
      if (!r) return;
      if (q.words < 1) return;
      this.spans.push({ start: q.open, end: q.end, speaker: r.speaker, confidence: r.confidence, alternative: r.alternative });
      this.coref.touch(r.speaker, q.open);
      lastSpeaker = r.speaker;
      if (!q.closed) openSpeaker = r.speaker;
    });
    return { openSpeaker, lastSpeaker };
  }

  /**
   * The person referred to last before the quotation (coreference.lastPerson), as a speaker to
   * review; none when a span already holds the quotation: exactly (a chant, "quoted Y as saying"),
   * or a report around it, whose speaker's words it is ('Police said the man shouted "Get out!"').
   */
  private lastPersonUnsure(q: Quotation): Resolved | undefined {
    if (this.spans.some((x) => x.start <= q.open && q.end <= x.end)) return undefined;
    const speaker = this.coref.lastPerson(q.open);
    return speaker ? { speaker, confidence: 0.5 } : undefined;
  }

  /** Whether a naming verb ("called", "described ... as") stands within seven words before the quote, in its sentence, no punctuation between. */
  private afterNamingVerb(q: Quotation): boolean {
    const open = this.tokenAt(q.open);
    const s = this.sentenceOf(open);
    for (let c = open - 1; c >= Math.max(s.first, open - 7); c--) {
      if (this.tokens[c].pos === 'PUNCT') return false;
      if (FRAGMENT_VERBS.has(this.tokens[c].lower)) return true;
    }
    return false;
  }

  /** The paragraph's quotes when nothing but them (and the dateline) stands in it and none has a speaker. */
  quotesAlone(p: { start: number; end: number }, quotes: Quotation[]): Quotation[] {
    if (quotes.length === 0 || this.spans.some((x) => quotes.some((q) => x.start <= q.open && q.open < x.end))) return [];
    let rest = '';
    let at = Math.max(p.start, this.contentStart);
    for (const q of quotes) {
      rest += this.text.slice(at, Math.max(at, q.open));
      at = Math.max(at, q.end);
    }
    rest += this.text.slice(at, p.end);
    return rest.trim() === '' ? quotes : [];
  }

  /**
   * A feature's lead quote named by the next paragraph: '"We had 20 minutes to get out." / That
   * is how Maria Delgado remembers the night ...'. The name after "That is how"/"That is what" is
   * the speaker of the quotes that made up the paragraph before (under review: no cue names it).
   */
  claimedAfter(p: { start: number; end: number }, quotes: Quotation[]) {
    const opener = /^(?:That is|That's|That was|This is|Those are|Those were) (?:how|what) /.exec(this.text.slice(p.start, p.end));
    if (!opener) return;
    const k = this.tokenAt(p.start + opener[0].length);
    const s = this.sentenceOf(k);
    const ph = phraseStartingAt(this.tokens, k, s.last);
    // "That is how Tuesday began": a day is no one who remembers.
    if (!ph || this.tokens[ph.first].pos !== 'PROPN' || TIME_WORDS.has(this.tokens[ph.first].lower)) return;
    const r = this.coref.resolve(ph.first, ph.last, s.last);
    if (!r || r.speaker.kind !== 'person' && r.speaker.kind !== 'organization') return;
    for (const q of quotes) this.spans.push({ start: q.open, end: q.end, speaker: r.speaker, confidence: 0.65 });
  }

  /**
   * 'Price says she turned down an offer. "Where am I going to go?"': a quoted sentence with no
   * cue of its own, after a sentence of the same paragraph that reports one speaker's words, is
   * that speaker's. Only a whole sentence of four words or more, closed, so that titles and scare
   * quotes inside a sentence stay unmarked.
   */
  private reporterBefore(q: Quotation): Resolved | undefined {
    if (!q.closed || q.words < 4) return undefined;
    const before = this.text.slice(0, q.open).trimEnd();
    const p = this.a.paragraphs.find((x) => x.start <= q.open && q.open < x.end);
    if (!p || !/[.!?]$/.test(before) || before.length <= p.start) return undefined;
    if (!/[.!?]["”’]?$/.test(this.text.slice(q.open, q.end).trimEnd())) return undefined;
    const reports = this.spans.filter((x) => x.start >= p.start && x.end <= q.open);
    const speakers = new Set(reports.map((x) => x.speaker));
    if (speakers.size !== 1) return undefined; // none, or more than one
    return { speaker: reports[0].speaker, confidence: 0.75 };
  }

  private onlySpaceBefore(offset: number): boolean {
    const p = this.a.paragraphs.find((x) => x.start <= offset && offset < x.end);
    return p !== undefined && p.start === offset;
  }

  /** `"...," NAME said`, `"...," said NAME`, `NAME said: "..."`, `NAME told him, "..."`. */
  private attributeQuotation(q: Quotation): Resolved | undefined {
    if (!q.closed && q.words < 2) return undefined;
    const after = this.tokenAt(q.end);
    const sentenceOfAfter = this.tokens[after]?.sentence;
    // The sentence of the closing mark: a quote of several sentences ends in the cue's one.
    const quoteSentence = this.tokens[this.tokenAt(q.end) - 1]?.sentence;
    if (q.closed && this.tokens[after] && (sentenceOfAfter === quoteSentence || this.lowerStart(after) || this.shortCueSentenceAfter(q, after)) && this.text.slice(q.end, this.tokens[after].start).trim() === '') {
      const r = this.cueAfterQuote(after);
      if (r) return r;
    }
    return this.cueBeforeQuote(q);
  }

  /**
   * '"... dry?" Ilse Maranga said by phone.': a quote that ends in ? or ! ends the model's sentence,
   * and its cue stands alone after it; only a short sentence is taken for one. Its cue verb is
   * cueAfterQuote's to find: without one there it gives up, as for any sentence.
   */
  private shortCueSentenceAfter(q: Quotation, after: number): boolean {
    const mark = this.text[q.end - 2];
    if (mark !== '?' && mark !== '!') return false;
    const s = this.sentenceOf(after);
    return s.first === after && s.last - s.first <= 10;
  }

  private lowerStart(i: number): boolean {
    const c = this.tokens[i].text.charCodeAt(0);
    return c >= 97 && c <= 122;
  }

  /**
   * 'wrote one user, Marisol Fenn of Tucson, on Threads', 'said a neighbour, Tom Reyes': an
   * indefinite description after an inverted cue with a proper name of two to five words in
   * apposition to it; the name is the speaker (the description says who they are). The name's
   * token range, or undefined.
   */
  private nameInAppositionAfter(ph: { first: number; last: number }, limit: number): { first: number; last: number } | undefined {
    const tokens = this.tokens;
    if (!INDEFINITES.has(tokens[ph.first].lower) || tokens[ph.last + 1]?.text !== ',') return undefined;
    const first = ph.last + 2;
    let last = first;
    while (last + 1 <= limit && this.isNameWord(tokens[last + 1].text) && tokens[last + 1].pos === 'PROPN') last++;
    if (last === first || !this.isNameBetween(first, last)) return undefined;
    return { first, last };
  }

  private cueAfterQuote(k: number): Resolved | undefined {
    const tokens = this.tokens;
    if (tokens[k].text === ',') k++;
    const t = tokens[k];
    if (!t) return undefined;
    const limit = this.sentenceOf(k).last;
    // Inverted: `"...," said NAME`.
    if (this.isCueVerb(k)) {
      const ph = phraseStartingAt(tokens, k + 1, limit);
      if (!ph) return undefined;
      const named = this.nameInAppositionAfter(ph, limit);
      if (named) return this.coref.resolve(named.first, named.last, limit);
      return this.coref.resolve(ph.first, this.trimPhraseEnd(ph.first, ph.last), limit);
    }
    // `"...," NAME [has] said`.
    for (let c = k + 1; c <= Math.min(limit, k + 12); c++) {
      if (!this.isCueVerb(c)) continue;
      const j = skipAuxiliariesBack(tokens, c - 1, k);
      const end = tokens[j]?.text === ',' ? this.appositiveStart(j, k) : j;
      if (end < k) return undefined;
      const ph = phraseEndingAt(tokens, end, k);
      if (!ph || ph.first !== k && this.descriptionStart(ph.first, k) !== k) return undefined;
      return this.withRole(this.coref.resolve(ph.first, ph.last, limit));
    }
    return undefined;
  }

  /** `NAME said: "`, `NAME said, "`, `NAME told him, "`, `as NAME puts it, "`. */
  private cueBeforeQuote(q: Quotation): Resolved | undefined {
    const tokens = this.tokens;
    let b = this.tokenAt(q.open) - 1;
    if (b < 0) return undefined;
    const sentence = this.sentenceOf(b);
    if (tokens[b].text === ':' || tokens[b].text === ',') b--;
    for (let c = b; c >= Math.max(sentence.first, b - 5); c--) {
      if (!this.isCueVerb(c) && !(tokens[c].lower === 'puts' || tokens[c].lower === 'put')) continue;
      // Between the cue and the quote: nothing, or the object of "told" ("told him"), or "it" of
      // "puts it", or the time and place ("said after the hearing:").
      if (c < b && this.trailerEnd(c, sentence) !== b) {
        const ph = OBJECT_VERBS.has(tokens[c].lower) || tokens[c].lower.startsWith('put') ? phraseStartingAt(tokens, c + 1, b) : undefined;
        if (!ph || ph.last !== b) return undefined;
      }
      const mark = tokens[this.tokenAt(q.open) - 1].text;
      if (mark !== ':' && mark !== ',' && !this.quoteEndsSentence(q)) return undefined;
      const j = skipAuxiliariesBack(tokens, c - 1, sentence.first);
      const end = tokens[j]?.text === ',' ? this.appositiveStart(j, sentence.first) : j;
      const ph = end >= sentence.first ? phraseEndingAt(tokens, end, sentence.first) : undefined;
      if (!ph) return undefined;
      return this.withRole(this.coref.resolve(ph.first, ph.last, sentence.last));
    }
    return undefined;
  }

  /** Gives a speaker without a role the appositive of its first reference ("a member of ..."). */
  private withRole(r: Resolved | undefined): Resolved | undefined {
    const ap = this.lastAppositive;
    this.lastAppositive = undefined;
    if (!r || !ap || r.speaker.kind !== 'person') return r;
    if (this.namesABody(r.speaker, ap.first, ap.last)) return r;
    const first = this.tokens[ap.first];
    // A relative clause, an age or a past participle ("known on tour for ...") is no role; British
    // court copy's "prosecuting", "defending" are.
    if (!first || first.lower === 'who' || first.lower === 'which' || first.pos === 'NUM' || first.pos === 'VERB' && !first.lower.endsWith('ing')) return r;
    if (first.lower === 'of') {
      const from = this.tokens[ap.first + 1]?.lower === 'the' ? ap.first + 2 : ap.first + 1;
      if (!r.speaker.org && from <= ap.last) r.speaker.org = this.text.slice(this.tokens[from].start, this.tokens[ap.last].end);
      return r;
    }
    // An aside of manner, medium or time ("NAME, however, said", "NAME, in a statement, said") is no
    // role either: it says how the words came ("with the Red Cross" is a role).
    if (first.pos === 'ADV' && ap.first === ap.last || first.pos === 'ADP' && this.tokens.slice(ap.first, ap.last + 1).some((t) => SPEECH_NOUNS.has(t.lower) || TIME_WORDS.has(t.lower))) return r;
    const skip = first.lower === 'a' || first.lower === 'an' || first.lower === 'also' ? 1 : 0;
    if (ap.first + skip > ap.last) return r;
    const appositive = this.text.slice(this.tokens[ap.first + skip].start, this.tokens[ap.last].end);
    // "Sen. Walter Crane, a New Mexico Republican": the title is the role, and the appositive's
    // words still tell who "the New Mexico Republican" is.
    for (const w of appositive.toLowerCase().split(/\s+/)) r.speaker.words.add(w);
    if (!r.speaker.role) r.speaker.role = appositive;
    return r;
  }

  /**
   * "Harbour Watch, a Dutch charity that counts departures": a name whose appositive's head noun
   * is a body's ("charity", "group", "agency") is a body. Only for a speaker made from this name
   * (no role, no alias yet); the head is the last noun before "that", "of" or the comma, past a
   * possessive ("a nonprofit group's director" is a director).
   */
  private namesABody(speaker: Speaker, first: number, last: number): boolean {
    if (speaker.role || speaker.aliases.length > 0 || !APPOSITIVE_STARTS.has(this.tokens[first]?.lower) || this.tokens[first].lower === 'who') return false;
    let head: Token | undefined;
    for (let k = first + 1; k <= last; k++) {
      const t = this.tokens[k];
      if (APPOSITIVE_ENDS.has(t.lower) || t.pos === 'PUNCT' && t.text !== '-') break;
      head = t;
    }
    if (!head || !ORG_NOUNS.has(head.lower)) return false;
    speaker.kind = 'organization';
    return true;
  }

  private quoteEndsSentence(q: Quotation): boolean {
    const next = this.tokens[this.tokenAt(q.end)];
    return !next || SENTENCE_END.has(next.text) || next.sentence !== this.tokens[this.tokenAt(q.open)].sentence;
  }

  /**
   * `NAME called it "a historic step"`, `described the plan as "..."`: a quoted fragment that is
   * the whole complement of a naming verb is the subject's words (direct, by the marks).
   */
  namedFragments(quotes: Quotation[]) {
    const tokens = this.tokens;
    for (const q of quotes) {
      if (!q.closed || q.words > 12 || this.spans.some((x) => x.start <= q.open && x.end >= q.end)) continue;
      const open = this.tokenAt(q.open);
      const s = this.sentenceOf(open);
      for (let c = open - 1; c >= Math.max(s.first, open - 7); c--) {
        const w = tokens[c].lower;
        if (tokens[c].pos === 'PUNCT' || this.isCueVerb(c)) break;
        if (!FRAGMENT_VERBS.has(w)) continue;
        const j = skipAuxiliariesBack(tokens, c - 1, s.first);
        const end = tokens[j]?.text === ',' ? this.appositiveStart(j, s.first) : j;
        const ph = end >= s.first ? phraseEndingAt(tokens, end, s.first) : undefined;
        const r = ph ? this.withRole(this.coref.resolve(ph.first, ph.last, s.last)) : undefined;
        if (r) this.spans.push({ start: q.open, end: q.end, speaker: r.speaker, confidence: Math.min(r.confidence, 0.8) });
        break;
      }
    }
  }

  private sentenceOf(i: number): Sentence {
    return this.a.sentences[this.tokens[i].sentence];
  }

  /** Drops a trailing appositive's comma from an inverted subject ("said Wang, who ..."). */
  private trimPhraseEnd(first: number, last: number): number {
    return Math.max(first, last);
  }

  /**
   * Given the comma that ends an appositive (`NAME, a member of ..., has said`), the token that ends
   * the name before it, or -1. Appositives open with an article, a relative pronoun, an age or a role.
   */
  private appositiveStart(comma: number, limit: number): number {
    this.lastAppositive = undefined;
    this.descriptionComma = undefined;
    let j = comma;
    for (let round = 0; round < 3; round++) {
      let m = j - 1;
      while (m >= limit && this.tokens[m].text !== ',') m--;
      if (m < limit) return -1;
      const opener = this.tokens[m + 1];
      // "The mine's operator, Minera Andina del Sur, said": the name stands in apposition after the
      // description, and it is the name that speaks.
      if (this.isNameBetween(m + 1, j - 1) && (this.tokens[m - 1]?.pos === 'NOUN' && !/^\p{Lu}/u.test(this.tokens[m - 1].text) || this.definiteDescriptionOpens(limit, m - 1))) {
        this.descriptionComma = m;
        return j - 1;
      }
      // "Another analyst, Priya Raman of Bernstein, wrote": a role, then a name placed by its body.
      const placedName = round === 0 ? this.nameOfBodyBetween(m + 1, j - 1) : -1;
      if (placedName >= 0 && ROLE_NOUNS.has(this.tokens[m - 1]?.lower) && !/^\p{Lu}/u.test(this.tokens[m - 1].text)) {
        this.descriptionComma = m;
        this.lastAppositive = { first: placedName + 1, last: j - 1 };
        return placedName;
      }
      // "ISPA's secretary-general": an organisation's possessive opens a role too.
      const possessive = opener !== undefined && (this.tokens[m + 2]?.lower === "'s" || this.tokens[m + 2]?.lower === '’s');
      // "permanent secretary at the health ministry": a role word in its first words makes it a role.
      const role = this.tokens.slice(m + 1, Math.min(j, m + 4)).some((t) => ROLE_NOUNS.has(t.lower));
      // "An EU diplomat, speaking on condition of anonymity because ..., said": a participle opens one too.
      // So does a past participle: "The Spaniard, known on tour as ..., saved", "NAME, a petty officer stationed in ...".
      const participle = opener !== undefined && opener.pos === 'VERB' && /(?:ing|ed|wn|en)$/.test(opener.lower) && m - 1 > limit;
      // "stationed in Kodiak, Alaska, said": the state after a place's comma goes on with the place.
      // Whatever the case of the word after "in": "based in eThekwini, KwaZulu-Natal", "grew up in town,
      // Kodiak's main port, said" (the words after the comma describe the place, and the person speaks).
      if (/\p{Lu}/u.test(opener.text) && ['in', 'at', 'from', 'near'].includes(this.tokens[m - 2]?.lower) && round < 2) { j = m; continue; }
      // "Sarah Collins, of Wiltshire Police, said", "of the Harbour Trust": British copy places a person by a body so.
      const bodyAt = this.tokens[m + 2]?.lower === 'the' ? m + 3 : m + 2;
      const placed = opener !== undefined && opener.lower === 'of' && /^\p{Lu}/u.test(this.tokens[bodyAt]?.text ?? '');
      // "The Transport Ministry, in a statement, said", "The ministry, however, said": an aside of
      // medium, time or manner (a preposition's phrase or one adverb, no verb) between the commas.
      const aside = opener !== undefined && (opener.pos === 'ADP' && opener.lower !== 'of' || opener.pos === 'ADV' && j - 1 === m + 1)
        && this.tokens.slice(m + 1, j).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
      if (!opener || !(APPOSITIVE_STARTS.has(opener.lower) || aside || placed || opener.pos === 'NUM' || opener.pos === 'NOUN' || possessive || role || participle || /^[RDI]-/.test(this.text.slice(opener.start, opener.start + 2)))) return -1;
      const before = this.tokens[m - 1];
      // An age between commas ("Pierre Dumont, 52, a dairy farmer, said"): step over it too.
      if (before?.pos === 'NUM' && this.tokens[m - 2]?.text === ',') {
        // "Walt Haskell, 78, who served on her crew, recalled": the name stands before the age.
        const name = this.tokens[m - 3];
        if (m - 3 >= limit && /^\p{Lu}/u.test(name.text)) {
          this.lastAppositive = { first: m + 1, last: j - 1 };
          return m - 3;
        }
        j = m - 2;
        continue;
      }
      // "NAME, director of Dune Watch, a volunteer group ..., said": the body before this
      // appositive is the object of the one before it ("of", "at"), not the subject.
      const inner = before && m - 2 > limit ? phraseEndingAt(this.tokens, m - 1, limit) : undefined;
      const object = inner && inner.first - 1 > limit && OBJECT_PREPOSITIONS.has(this.tokens[inner.first - 1].lower);
      if (object && round < 2 && this.commaBetween(limit, inner.first - 1)) { j = m; continue; }
      if (before && (before.pos !== 'PUNCT' || this.bracketedAcronymBefore(m - 1, limit))) {
        this.lastAppositive = { first: m + 1, last: j - 1 };
        return m - 1;
      }
      j = m;
    }
    return -1;
  }

  /**
   * "The Conservative MP for Wensley and Swaledale, Ken Marsden, called": tokens [from, last] are
   * one definite description without a verb, opening the clause; the name after it is its apposition.
   */
  private definiteDescriptionOpens(from: number, last: number): boolean {
    if (last - from < 1 || !['the', 'its', 'his', 'her', 'their'].includes(this.tokens[from]?.lower)) return false;
    for (let k = from + 1; k <= last; k++) {
      const t = this.tokens[k];
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' && t.text !== '-' || t.pos === 'PRON') return false;
    }
    return true;
  }

  /**
   * "The researchers, who followed 48,000 adults in Britain, Denmark and Japan, wrote": given the
   * comma that closes a relative clause opened by ", who", ", which" (or ", from"), the token that ends the
   * subject before it, or -1. The clause may hold commas of its own; a cue inside it ends the search.
   */
  private relativeClauseBefore(comma: number, limit: number): number {
    for (let w = comma - 1; w > Math.max(limit, comma - 40); w--) {
      const t = this.tokens[w];
      // "The researchers, from universities in Norway, Spain and Switzerland, wrote": "from" opens one too.
      // "Gemma Lowther, whose father, Ray, was ill, said": "whose" opens one, commas of its own inside.
      if ((t.lower === 'who' || t.lower === 'whose' || t.lower === 'which' || t.lower === 'from') && this.tokens[w - 1]?.text === ',') return w - 2 >= limit ? w - 2 : -1;
      if (this.isCueVerb(w) && !this.asksForItself(w) || this.inQuote(t.start)) return -1;
    }
    return -1;
  }

  /**
   * Where the subject begins when the name at `nameFirst` stands in apposition to a description
   * before it (appositiveStart found one): the description's first word; else `nameFirst`.
   */
  private descriptionStart(nameFirst: number, limit: number): number {
    const comma = this.descriptionComma;
    this.descriptionComma = undefined;
    if (comma === undefined || comma + 1 !== nameFirst) return nameFirst;
    const d = phraseEndingAt(this.tokens, comma - 1, limit);
    return d ? d.first : nameFirst;
  }

  /** A word that can open or end a name: a capital, then a lower-case letter ("Ruiz") or an apostrophe and a capitalised rest ("O'Connor"). */
  private isNameWord(text: string): boolean {
    return /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll})/u.test(text);
  }

  /** Whether tokens [first, last] are one proper name: capitalised words, with particles ("del", "de la") inside. */
  private isNameBetween(first: number, last: number): boolean {
    if (last < first || last - first > 4 || !this.isNameWord(this.tokens[first].text) || !this.isNameWord(this.tokens[last].text)) return false;
    for (let k = first; k <= last; k++) {
      const t = this.tokens[k];
      if (!(/^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT' || NAME_PARTICLES_IN_NAME.has(t.text))) return false;
    }
    return true;
  }

  /**
   * The proper name before ", " when `ph` is a description in lower case that stands in apposition to it, else undefined.
   * Its head need not be tagged a noun: the tagger reads "deputy chief" as an adjective. */
  private nameBeforeDescription(ph: { first: number; last: number }, limit: number): { first: number; last: number } | undefined {
    const head = this.tokens[ph.last];
    if (this.tokens[ph.first - 1]?.text !== ',' || /^\p{Lu}/u.test(head.text)) return undefined;
    const name = phraseEndingAt(this.tokens, ph.first - 2, limit);
    // "In Greenvale, the farmer, who lost his barn, said": a place a preposition opens is no name.
    if (name && this.tokens[name.first].pos === 'ADP') return undefined;
    if (!name || !this.isNameBetween(name.first, name.last) && !(name.first === name.last && /^\p{Lu}/u.test(this.tokens[name.first].text) && this.tokens[name.first].pos === 'PROPN')) return undefined;
    return name;
  }

  /** "Priya Raman of Bernstein" as tokens [first, last]: the name's last token, before "of" and a capitalised body; else -1. */
  private nameOfBodyBetween(first: number, last: number): number {
    for (let k = first + 1; k < last; k++) {
      if (this.tokens[k].lower !== 'of') continue;
      if (!this.isNameBetween(first, k - 1)) return -1;
      for (let b = k + 1; b <= last; b++) if (!/^\p{Lu}/u.test(this.tokens[b].text) && !['of', 'for', 'and', '&', 'the'].includes(this.tokens[b].lower)) return -1;
      return /^\p{Lu}/u.test(this.tokens[k + 1].text) ? k - 1 : -1;
    }
    return -1;
  }

  private commaBetween(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (this.tokens[k].text === ',') return true;
    return false;
  }

  // ---- reported speech -------------------------------------------------------------------------

  reportedSpeech(s: Sentence) {
    const cues = this.cuesIn(s);
    if (cues.length === 0) return;
    let clauseStart = s.first;
    const startOffset = Math.max(s.start, this.contentStart);
    while (clauseStart <= s.last && this.tokens[clauseStart].start < startOffset) clauseStart++;
    let sentenceSpeaker: Resolved | undefined;
    const pendingParticiple: Cue[] = [];
    const pendingEnds: number[] = [];
    const sentenceStart = clauseStart;
    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci];
      const nextBoundary = ci + 1 < cues.length ? this.boundaryOf(cues[ci + 1], s) : s.last + 1;
      if (cue.sort === 'participle' || cue.sort === 'demand' && this.isParticipleDemand(cue)) {
        if (sentenceSpeaker) this.content(cue, cue.last + 1, nextBoundary, s, sentenceSpeaker, cue.sort === 'demand');
        else { pendingParticiple.push(cue); pendingEnds.push(nextBoundary); }
        continue;
      }
      if (cue.sort === 'fragment') {
        // "said A but called the scheme "calculated and sustained"": the fragment is the same speaker's.
        const q = this.quoteAfter(cue.last);
        if (sentenceSpeaker && q && !this.spans.some((x) => x.start <= q.open && x.end >= q.end)) {
          this.spans.push({ start: q.open, end: q.end, speaker: sentenceSpeaker.speaker, confidence: Math.min(sentenceSpeaker.confidence, 0.8) });
        }
        clauseStart = nextBoundary;
        continue;
      }
      if (cue.sort === 'according') {
        const r = this.according(cue, s, clauseStart, nextBoundary);
        if (r) sentenceSpeaker = r;
        continue;
      }
      const subject = this.subjectOf(cue, s, clauseStart) ?? this.coordinatedSubject(cue, s, sentenceStart, sentenceSpeaker);
      if (!subject) continue;
      sentenceSpeaker = subject.resolved;
      pendingEnds.length = 0;
      for (const p of pendingParticiple.splice(0)) {
        // "Calling for X, Chen said Y": the participle's words run to its comma.
        // "Calling for A, B and C, Chen said ...": the words run to the comma before the subject.
        const end = this.tokens[subject.first - 1]?.text === ',' ? subject.first - 1 : subject.first;
        this.content(p, p.last + 1, end, s, subject.resolved, true);
      }
      if (subject.side === 'after') {
        // `CLAUSE, said NAME` / `CLAUSE, NAME said`: the words before, from the clause start.
        const end = subject.boundary;
        if (end > clauseStart) this.pushRange(clauseStart, end - 1, subject.resolved, s);
        // `A, she said, but B`: the report goes on after the attribution.
        const tail = this.afterTrailer(subject.trailerEnd, s);
        if (tail >= 0 && tail < nextBoundary) this.pushRange(tail, nextBoundary - 1, subject.resolved, s);
      } else {
        this.content(cue, cue.last + 1, nextBoundary, s, subject.resolved, cue.sort === 'demand');
      }
      clauseStart = nextBoundary;
    }
    // "Sisavath thanked China for its support, saying that ...": a participle with no cue before
    // it speaks for the sentence's subject, when that is a speaker's name, a body or a pronoun.
    if (pendingParticiple.length > 0) {
      const r = this.openingSubject(s, sentenceStart, pendingParticiple[0].first);
      // Surer than a pronoun, less than a cue next to the name.
      const weaker = r ? { ...r, confidence: Math.min(r.confidence, 0.8) } : undefined;
      if (weaker) pendingParticiple.forEach((p, k) => this.content(p, p.last + 1, pendingEnds[k], s, weaker, p.sort === 'demand'));
    }
  }

  /**
   * "Dragović called the loss "painful" and said her side ...", "Kim said A, and expressed the hope
   * that B": a cue joined by "and" (or "but") to an earlier verb has that verb's subject: the
   * sentence's last speaker, or the name, body or group that opens the sentence.
   */
  private coordinatedSubject(cue: Cue, s: Sentence, sentenceStart: number, sentenceSpeaker: Resolved | undefined): { resolved: Resolved; first: number; side: 'before'; boundary: number; trailerEnd: number } | undefined {
    let j = skipAuxiliariesBack(this.tokens, cue.first - 1, sentenceStart);
    if (j < sentenceStart || (this.tokens[j].lower !== 'and' && this.tokens[j].lower !== 'but')) return undefined;
    if (this.tokens[j - 1]?.text === ',') j--;
    const r = sentenceSpeaker ?? this.openingSubject(s, sentenceStart, j) ?? this.subjectOfFirstVerb(s, sentenceStart, j);
    if (!r) return undefined;
    return { resolved: { ...r, confidence: Math.min(r.confidence, 0.85) }, first: cue.first, side: 'before', boundary: cue.first, trailerEnd: this.trailerEnd(cue.last, s) };
  }

  /**
   * "Mirela Dragović, a former Serbian international, called the loss ... and said": the subject of
   * the sentence's first verb (outside quotes, before `before`), read as a cue's subject is, so
   * that an appositive between the subject and the verb is stepped over. Read as a cue whose words
   * follow it: "..., saved two match points" after a comma is no inverted "..., said NAME". */
  private subjectOfFirstVerb(s: Sentence, sentenceStart: number, before: number): Resolved | undefined {
    // The first verb may be an appositive's participle ("The Spaniard, known on tour as ..., saved
    // ... and said"), whose subject is not found; then the next one, and no further.
    let tried = 0;
    for (let v = sentenceStart + 1; v < before && tried < 2; v++) {
      const t = this.tokens[v];
      if (t.pos !== 'VERB' || this.inQuote(t.start)) continue;
      tried++;
      const r = this.subjectOf({ first: v, last: v, sort: 'hope' }, s, sentenceStart)?.resolved;
      if (r) return r;
    }
    return undefined;
  }

  /**
   * "The Ruritanian navy stopped two boats overnight, it said": a pronoun that no speaker before it
   * fits, after a comma, stands for the body or group that opens the clause it reports (a lead
   * names its speaker inside the report itself). Less sure than a name next to the cue.
   */
  private pronounForOpeningSubject(first: number, last: number, clauseStart: number, s: Sentence): Resolved | undefined {
    const pronoun = this.tokens[first];
    if (first !== last || (pronoun.lower !== 'it' && pronoun.lower !== 'they') || this.tokens[first - 1]?.text !== ',' || first - 1 <= clauseStart) return undefined;
    const ph = phraseStartingAt(this.tokens, clauseStart, first - 2);
    if (!ph) return undefined;
    const sort = describePhrase(this.tokens, ph.first, ph.last, this.text)?.sort;
    if (sort !== 'organization' && !(sort === 'group' && pronoun.lower === 'they')) return undefined;
    const r = this.openingSubject(s, clauseStart, first - 1);
    return r && { ...r, confidence: Math.min(r.confidence, 0.8) };
  }

  /** "(ISPA)", "(WFP)" after a body's name: the short form is that body's alias. */
  private aliasAcronym(r: Resolved, acronym: { acronym: number } | undefined): void {
    if (acronym && r.speaker.kind === 'organization') this.coref.registry.addAlias(r.speaker, this.tokens[acronym.acronym].text);
  }

  /** "... Association (ISPA)" ending at `j`: the acronym's token and the last token of the name before it. */
  private bracketedAcronymBefore(j: number, limit: number): { acronym: number; nameLast: number } | undefined {
    const t = this.tokens;
    if (t[j]?.text !== ')' || t[j - 2]?.text !== '(' || j - 3 < limit) return undefined;
    const short = t[j - 1].text;
    if (short.length < 2 || short !== short.toUpperCase() || !/[A-Z]/.test(short)) return undefined;
    return { acronym: j - 1, nameLast: j - 3 };
  }

  /** The speaker named by the phrase that opens the sentence and is the subject of its first verb (before `before`). */
  private openingSubject(s: Sentence, first: number, before: number): Resolved | undefined {
    // "Hundreds of farmers and herders blocked ...": the group is what the quantity counts.
    if (QUANTITY_NOUNS.has(this.tokens[first]?.lower) && this.tokens[first + 1]?.lower === 'of') first += 2;
    const ph = phraseStartingAt(this.tokens, first, before - 1);
    if (!ph) return undefined;
    // "farmers and herders": two plural nouns joined are one group.
    const joined = this.tokens[ph.last + 1]?.lower === 'and' ? this.tokens[ph.last + 2] : undefined;
    const plural = (t: Token) => t.pos === 'NOUN' && (t.lower.endsWith('s') || t.lower.endsWith('men'));
    if (joined && plural(joined) && plural(this.tokens[ph.last]) && joined.index < before) ph.last = joined.index;
    // "The founder of a popular budgeting app apologized ...": the phrase's own prepositional
    // phrase stands between it and its verb.
    let past = ph.last + 1;
    // A relative "that" is a pronoun and ends the phrase by its tag; "of that plant" is a determiner's.
    if (this.tokens[past].pos === 'ADP') {
      while (past < before && PHRASE_TAGS.has(this.tokens[past].pos)) past++;
    }
    const verb = this.tokens[skipAuxiliariesForward(this.tokens, past, before)];
    if (!verb || verb.pos !== 'VERB' || verb.index >= before) return undefined;
    const described = describePhrase(this.tokens, ph.first, ph.last, this.text);
    const sort = described?.sort;
    // A role described ("The founder", "A senior official") is someone the copy names or keeps unnamed: coreference decides.
    const role = (sort === 'epithet' || sort === 'description') && ROLE_NOUNS.has(described!.head);
    if (sort !== 'name' && sort !== 'organization' && sort !== 'pronoun' && sort !== 'group' && !role) return undefined;
    return this.coref.resolve(ph.first, ph.last, s.last);
  }

  private isParticipleDemand(cue: Cue): boolean {
    return this.tokens[cue.first].lower.endsWith('ing');
  }

  /** Where the words of the clause a cue opens begin: its comma or "and" before a participle. */
  private boundaryOf(cue: Cue, s: Sentence): number {
    let b = cue.first;
    // "the Daily Post quoted her as saying": the paper that quotes is a subject as a speaker is.
    if (cue.sort === 'speech' || cue.sort === 'hope' || cue.sort === 'quoted' || cue.sort === 'demand' && !this.isParticipleDemand(cue)) {
      // The subject before the verb belongs to the new clause: back to the comma or conjunction.
      let j = skipAuxiliariesBack(this.tokens, b - 1, s.first);
      const ph = j >= s.first ? phraseEndingAt(this.tokens, j, s.first) : undefined;
      if (ph) j = ph.first - 1;
      b = j + 1;
    }
    while (b - 1 >= s.first && (this.tokens[b - 1].text === ',' || this.tokens[b - 1].lower === 'and' || this.tokens[b - 1].lower === 'but')) b--;
    return b;
  }

  private cuesIn(s: Sentence): Cue[] {
    const out: Cue[] = [];
    const lowers = this.tokens.slice(s.first, s.last + 1).map((t) => t.lower);
    for (let i = s.first; i <= s.last; i++) {
      const t = this.tokens[i];
      if (this.inQuote(t.start)) continue;
      const k = i - s.first;
      if (phraseAt(lowers, k, ['according', 'to'])) { out.push({ first: i, last: i + 1, sort: 'according' }); i++; continue; }
      if (phraseAt(lowers, k, ['quoted'])) { out.push({ first: i, last: i, sort: 'quoted' }); continue; }
      if (out.length > 0 && FRAGMENT_VERBS.has(t.lower) && (this.tokens[i - 1]?.lower === 'but' || this.tokens[i - 1]?.lower === 'and') && this.quoteAfter(i)) {
        out.push({ first: i, last: i, sort: 'fragment' });
        continue;
      }
      const charge = this.accusationOf(i, s);
      // Read as a demand is: the words start after the cue, and a gerund needs no verb tag.
      if (charge > 0) { out.push({ first: i, last: charge, sort: 'demand' }); i = charge; continue; }
      const hope = firstPhraseAt(lowers, k, HOPE_PHRASES);
      if (hope) { out.push({ first: i, last: i + hope.length - 1, sort: 'hope' }); i += hope.length - 1; continue; }
      const demand = firstPhraseAt(lowers, k, DEMAND_PHRASES);
      // "asked that ..." reports a clause, as a verb of speech does (a demand phrase's second word is "for", never "that").
      if (demand && this.tokens[i + 1]?.lower !== 'that' && !this.asksForItself(i)) {
        if (demand.length > 1 || this.demandObject(i)) { out.push({ first: i, last: i + demand.length - 1, sort: 'demand' }); i += demand.length - 1; continue; }
      }
      const part = firstPhraseAt(lowers, k, PARTICIPLE_PHRASES);
      if (part && i > s.first && (this.tokens[i - 1].text === ',' || this.tokens[i - 1].lower === 'and')) {
        out.push({ first: i, last: i + part.length - 1, sort: 'participle' }); i += part.length - 1; continue;
      }
      // "said that A and that she hoped B": a cue whose pronoun subject follows "that" is inside the report.
      const insideReport = out.length > 0 && this.tokens[i - 1]?.pos === 'PRON' && this.tokens[i - 2]?.lower === 'that';
      if (this.isCueVerb(i) && !this.negated(i) && !this.passiveOrAttributive(i) && !insideReport && !this.asksForItself(i) && !this.reportsAnAct(i, s)) out.push({ first: i, last: i, sort: 'speech' });
    }
    return out;
  }

  /**
   * 'accused the governor of giving in to "the public health bureaucracy"': the charge after "of"
   * is the speaker's words when it quotes them; the person accused is not. Without a quotation the
   * charge is the writer's summary ("accused the company of giving passengers little notice", the
   * gold's convention) and stays unmarked. The index of that "of", else -1.
   */
  private accusationOf(i: number, s: Sentence): number {
    if (!ACCUSING.has(this.tokens[i].lower) || this.negated(i) || this.passiveOrAttributive(i)) return -1;
    const object = phraseStartingAt(this.tokens, i + 1, s.last);
    const of = object ? object.last + 1 : -1;
    if (of < 0 || of >= s.last || this.tokens[of].lower !== 'of') return -1;
    const quoted = this.quotes.some((q) => q.open > this.tokens[of].start && q.open < this.tokens[s.last].end);
    return quoted ? of : -1;
  }

  /** A closed quotation of a few words opening within four words after token `i` (a naming verb's fragment). */
  private quoteAfter(i: number): Quotation | undefined {
    const t = this.tokens[i];
    return this.quotes.find((q) => q.closed && q.words <= 12 && q.open > t.start && this.tokenAt(q.open) - i <= 4 && this.tokens[this.tokenAt(q.open)]?.sentence === t.sentence);
  }

  /** "urged the Senate to ...", "asked beachgoers to ...": a demand with its object and infinitive. */
  private demandObject(i: number): boolean {
    for (let k = i + 1; k <= i + 6 && k < this.tokens.length; k++) {
      if (this.tokens[k].lower === 'to') return k > i + 1;
      if (this.tokens[k].pos === 'PUNCT' || this.tokens[k].pos === 'VERB') return false;
    }
    return false;
  }

  /**
   * "Lumora reported a 38% drop in profit", "The two sides agreed on Tuesday to resume talks": a
   * verb of speech other than say, tell, add and write whose object is a thing (a noun phrase that
   * no verb follows) or an infinitive reports an act, not words. "reported that ...", "noted the
   * plant was ..." (a clause) and "..., announced the company." (inverted) stay cues.
   */
  private reportsAnAct(i: number, s: Sentence): boolean {
    const next = this.tokens[i + 1];
    // "the House had added $140 million in spending": an amount is what was added, never words.
    if (ADDING.has(this.tokens[i].lower) && (next?.text === '$' || next?.text === '€' || next?.text === '£' || next?.pos === 'NUM')) return true;
    if (WORDS_VERBS.has(this.tokens[i].lower)) return false;
    // A verb that ends its sentence (or the text) falls through: the loop below is empty, and no phrase after it ends inside the sentence.
    if (next?.lower === 'that' || next?.pos === 'PUNCT') return false;
    for (let k = i + 1; k <= Math.min(s.last - 1, i + 4); k++) {
      const t = this.tokens[k];
      if (t.lower === 'to' && this.tokens[k + 1]?.pos === 'VERB') return true;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
    }
    const ph = phraseStartingAt(this.tokens, i + 1, s.last);
    if (!ph || this.tokens[ph.first].pos === 'PRON') return false;
    const after = this.tokens[ph.last + 1];
    return after !== undefined && ph.last < s.last && after.pos !== 'VERB' && after.pos !== 'AUX' && after.pos !== 'PUNCT' && after.pos !== 'CCONJ';
  }

  /** "The official asked not to be identified": a request about the speaker's own name, with nothing reported. */
  private asksForItself(i: number): boolean {
    const next = this.tokens[i + 1], after = this.tokens[i + 2];
    return next !== undefined && after !== undefined && (next.lower === 'not' && after.lower === 'to' || next.lower === 'to' && after.lower === 'be');
  }

  private negated(i: number): boolean {
    const p = this.tokens[i - 1], pp = this.tokens[i - 2];
    return p?.lower === 'not' || p?.lower === "n't" || p?.lower === 'never' || pp?.lower === 'not' || pp?.lower === 'never' || p?.lower === 'to' || p?.lower === 'if';
  }

  /** "was told", "the said company", "as noted above": not a speaker's cue. */
  private passiveOrAttributive(i: number): boolean {
    const p = this.tokens[i - 1];
    if (!p) return false;
    // "a statement posted on its website": a participle after the medium's noun describes it.
    if (p.pos === 'NOUN' && (SPEECH_NOUNS.has(p.lower) || NOT_SPEAKERS.has(p.lower)) && this.tokens[i].lower.endsWith('ed')) return true;
    return ['was', 'were', 'been', 'being', 'be', 'is', 'are', 'the', 'as', 'when', 'who'].includes(p.lower) && this.tokens[i].lower !== 'says';
  }

  /**
   * Who an inverted cue names in the phrase after it ("..., said a farmer, Ana Ruiz"): the name in
   * apposition after an indefinite description, else the phrase itself, read up to `last`.
   */
  private invertedSpeaker(ph: { first: number; last: number }, last: number, s: Sentence): Resolved | undefined {
    const named = this.nameInAppositionAfter(ph, s.last);
    return named ? this.coref.resolve(named.first, named.last, s.last) : this.coref.resolve(ph.first, last, s.last);
  }

  /** The speaker of a speech, hope or demand cue, and on which side of it the words are. */
  private subjectOf(cue: Cue, s: Sentence, clauseStart: number): { resolved: Resolved; first: number; side: 'before' | 'after'; boundary: number; trailerEnd: number } | undefined {
    const tokens = this.tokens;
    const c = cue.first;
    // The phrase right after the cue and the token after that: an inverted cue's speaker, if any.
    const inverted = phraseStartingAt(tokens, c + 1, s.last);
    const next = inverted ? tokens[inverted.last + 1] : undefined;
    // Inverted: `..., said NAME` (a comma before, a phrase after).
    // What stands before the comma must be words said (a clause, or a quotation), not the subject's
    // own appositive ("Ida Maes, a pig farmer, said new rules on ...").
    // "told Reuters" names the audience: a verb with an object is never inverted.
    if (cue.sort === 'speech' && tokens[c - 1]?.text === ',' && !OBJECT_VERBS.has(tokens[c].lower) && this.holdsClause(clauseStart, c - 2)) {
      // Inversion ends the clause: "..., said Whitlock." / "..., said Wang, who ..."; not "said the bridge was".
      if (inverted && (!next || SENTENCE_END.has(next.text) || next.text === ',' || next.lower === 'on' || next.lower === 'in')) {
        const r = this.invertedSpeaker(inverted, inverted.last, s);
        if (r) return { resolved: r, first: c, side: 'after', boundary: c - 1, trailerEnd: this.trailerEnd(inverted.last, s) };
      }
    }
    // '"...," said NAME, adding that ...', '"...," said NAME and called ...', '"...," urged NAME,
    // asking ...': after a quotation (the direct rules' own) the inverted cue's speaker is the
    // sentence's, for the participles, fragments and demands that follow it. Any verb right after
    // the quotation is inverted so ('"We are ready," beamed the coach, and said ...'), and no verb
    // names its audience there ("told Reuters" needs a subject before it). The name ends the
    // clause: '"the Bull" said Mara Velk had ...' is no inversion.
    if (c - 1 > clauseStart && this.quotes.some((q) => q.closed && q.end === tokens[c - 1].end)) {
      if (inverted && (next?.text === ',' || next?.lower === 'and' || next?.lower === 'on' || next?.lower === 'in')) {
        const r = this.invertedSpeaker(inverted, this.trimPhraseEnd(inverted.first, inverted.last), s);
        if (r) return { resolved: r, first: c, side: 'after', boundary: clauseStart, trailerEnd: this.trailerEnd(inverted.last, s) };
      }
    }
    let j = this.skipTimeBack(skipAuxiliariesBack(tokens, c - 1, clauseStart), clauseStart);
    if (j < clauseStart) return undefined;
    // "The Indonesian Smelter Producers Association (ISPA) said": the short form in brackets is the
    // body's alias, between its name and the cue.
    let acronym = this.bracketedAcronymBefore(j, clauseStart);
    if (acronym) j = acronym.nameLast;
    let end = j;
    if (tokens[j].text === ',') {
      end = this.appositiveStart(j, clauseStart);
      const relative = this.relativeClauseBefore(j, clauseStart);
      // "Hana Lisle, whose mother, Rosa, waited a year, said": an appositive inside a "whose"
      // clause is the clause's own; the subject stands before the clause.
      if (relative >= 0 && relative < end && tokens[relative + 2]?.lower === 'whose') end = relative;
      if (end < 0) end = relative;
      if (end < 0) return undefined;
      // "The ... Directorate (NVE), which monitors ..., said": the short form before the appositive.
      acronym ??= this.bracketedAcronymBefore(end, clauseStart);
      if (acronym && end === acronym.nameLast + 3) end = acronym.nameLast;
    } else {
      // A relative clause between the subject and the cue: "A Republican aide who spoke ... said".
      // Up to 24 words: an anonymity clause with its reason is long ("who did not want to be named
      // because she did not want to be involved").
      for (let w = j; w > Math.max(clauseStart, j - 24); w--) {
        if (tokens[w].lower === 'who' || tokens[w].lower === 'which') { end = tokens[w - 1]?.text === ',' ? w - 2 : w - 1; break; }
        // "A neighbour who said she heard shots told police": a cue with a clause of its own before
        // this one is the relative clause's; "The nurse who treated him said Tom Reyes told" stops.
        if (tokens[w].text === ',' || this.isCueVerb(w) && !this.asksForItself(w) && !tokens.slice(w + 1, j + 1).some((t) => t.pos === 'VERB')) break;
      }
    }
    if (end < clauseStart) return undefined;
    let ph = phraseEndingAt(tokens, end, clauseStart);
    if (!ph) return undefined;
    // "Senapred, Chile's disaster prevention agency, which said": the relative clause is about the
    // name its description stands in apposition to.
    if (tokens[end + 1]?.text === ',' && (tokens[end + 2]?.lower === 'which' || tokens[end + 2]?.lower === 'who')) ph = this.nameBeforeDescription(ph, clauseStart) ?? ph;
    // "a provision Democrats said would let ...": a relative clause without "that" whose verb
    // follows the cue; the speakers are the capitalised words after the noun it describes
    // (a capital inside the word too: "a clause iPhone makers said would ...").
    if (MODALS_AFTER_CUE.has(tokens[cue.last + 1]?.lower ?? '')) {
      for (let k = ph.first + 1; k <= ph.last; k++) {
        if (tokens[k - 1].pos === 'NOUN' && !/^\p{Lu}/u.test(tokens[k - 1].text) && /\p{Lu}/u.test(tokens[k].text)) { ph.first = k; break; }
      }
    }
    const r = this.withRole(this.coref.resolve(ph.first, ph.last, s.last)) ?? this.pronounForOpeningSubject(ph.first, ph.last, clauseStart, s);
    if (!r) return undefined;
    this.aliasAcronym(r, acronym);
    // `CLAUSE, NAME said.`: the words are before when the subject follows a comma and nothing but
    // a trailer (time, place, medium, "told reporters") follows the cue; so for any cue ("hoped",
    // "demanded", "expressed confidence"), not only a verb of speech.
    const trailerEnd = this.trailerEnd(cue.last, s);
    // "The mine's operator, Minera ..., said", '"...," Kestrel's chief executive, Angela Dorsey,
    // said': the subject begins with the description the name stands in apposition to.
    const subjectFirst = this.descriptionStart(ph.first, clauseStart);
    const commaBefore = subjectFirst - 1 > clauseStart && tokens[subjectFirst - 1].text === ',';
    const wordsAfter = trailerEnd < s.last && !SENTENCE_END.has(tokens[trailerEnd + 1].text) && tokens[trailerEnd + 1].text !== ',';
    if (commaBefore && !wordsAfter) {
      return { resolved: r, first: subjectFirst, side: 'after', boundary: subjectFirst - 1, trailerEnd };
    }
    return { resolved: r, first: subjectFirst, side: 'before', boundary: subjectFirst, trailerEnd };
  }

  /**
   * '..., Brussels police said. There had been no arrests.': a short last sentence of a paragraph,
   * right after a report attributed at its end, with no cue, no quotation and a backshifted verb
   * (had, would, could: the tense of reported speech) carries the report on. Under review.
   */
  carriedOn(s: Sentence, previous: Sentence) {
    const tokens = this.tokens;
    if (s.last - s.first > 12 || this.quotes.some((q) => q.open >= s.start && q.open < s.end)) return;
    const report = this.spans.find((x) => x.start >= previous.start && x.end <= previous.end && x.start === this.startOfClause(previous));
    if (!report || !SENTENCE_END.has(tokens[previous.last].text) || tokens[this.tokenAt(report.end)]?.text !== ',') return;
    const verb = tokens.slice(s.first, s.last + 1).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (!verb || !BACKSHIFT.has(verb.lower)) return;
    this.pushRange(s.first, s.last, { speaker: report.speaker, confidence: 0.6 }, s);
  }

  private startOfClause(s: Sentence): number {
    let i = s.first;
    while (i <= s.last && this.tokens[i].start < this.contentStart) i++;
    return this.tokens[i]?.start ?? s.start;
  }

  /** "senators on Wednesday urged": steps back over a time phrase between the subject and the cue. */
  private skipTimeBack(j: number, limit: number): number {
    const t = this.tokens[j];
    if (!t || j <= limit || !TIME_WORDS.has(t.lower) || t.lower === 'too') return j;
    let k = j - 1;
    if (['on', 'last', 'this', 'late', 'early'].includes(this.tokens[k].lower)) k--;
    return skipAuxiliariesBack(this.tokens, k, limit);
  }

  private holdsClause(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) {
      const t = this.tokens[k];
      // Not verbs, for all their tags: "the managing director", "Dales & Moor" inside a name.
      const modifier = t.pos === 'VERB' && this.tokens[k - 1]?.pos === 'DET' && this.tokens[k + 1]?.pos === 'NOUN';
      const inName = k > first && /^\p{Lu}/u.test(t.text);
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !modifier && !inName || this.quotes.some((q) => q.open === t.start)) return true;
    }
    return false;
  }

  /** The last token of what may follow a cue without being content: time, place, medium, object of "told". */
  private trailerEnd(from: number, s: Sentence): number {
    const tokens = this.tokens;
    let i = from;
    for (;;) {
      const t = tokens[i + 1];
      if (!t || i + 1 > s.last) return i;
      if (TIME_WORDS.has(t.lower)) { i++; continue; }
      // "said from her daughter's home in Traverse City that", "in an interview with CNBC that",
      // "on condition of anonymity that": any place, medium or manner, a run of prepositional
      // phrases with no verb, ends at the "that" after it.
      const toThat = this.prepositionsBeforeThat(i + 1, s);
      if (toThat > i) { i = toThat; continue; }
      if ((t.lower === 'on' || t.lower === 'in' || t.lower === 'at' || t.lower === 'after' || t.lower === 'during' || t.lower === 'before') && i + 2 <= s.last) {
        // "on Tuesday", "in a statement", "in a telephone interview", "at a news conference", "after the vote"
        let k = i + 2;
        // "that" ends it even where the tagger reads it as a determiner ("said on Friday that tickets ...").
        // A determiner after a noun opens the words ("said on Tuesday the plant would ...").
        while (k <= s.last && k <= i + 6 && tokens[k].lower !== 'that' && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NUM')) {
          if (k > i + 2 && tokens[k].pos === 'DET' && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) break;
          k++;
        }
        if (k === i + 2) return i;
        const last = tokens[k - 1];
        if (TIME_WORDS.has(last.lower) || SPEECH_NOUNS.has(last.lower) || last.pos === 'PROPN' || CLOCK_TIME.test(last.lower) || ['vote', 'meeting', 'hearing', 'ceremony', 'talks', 'session', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'day'].includes(last.lower)) { i = k - 1; continue; }
        return i;
      }
      if (t.lower === 'to') {
        // "wrote in a note to clients that", "said to Dales & Moor that": the audience, when "that" follows it.
        const ph = phraseStartingAt(tokens, i + 2, s.last);
        if (ph && tokens[ph.last + 1]?.lower === 'that') { i = ph.last; continue; }
      }
      // "in a statement posted on its website that", "sent from Lisbon that": the medium's participle, of any
      // form, and its place; "in a statement released by their lawyer." at the sentence's end: not words.
      if (t.pos === 'VERB' && SPEECH_NOUNS.has(tokens[i].lower)) {
        const placed = this.prepositionsBeforeThat(i + 2, s);
        if (placed > i) { i = placed; continue; }
        const phraseEnd = this.phraseToEnd(i + 2, s);
        if (phraseEnd > i) return phraseEnd;
      }
      if (OBJECT_VERBS.has(tokens[from]?.lower) && i === from) {
        // "told reporters", "told Reuters", "told the committee"
        const ph = phraseStartingAt(tokens, i + 1, s.last);
        if (ph && !(tokens[ph.last + 1]?.lower === 'to')) { i = ph.last; continue; }
      }
      return i;
    }
  }

  /**
   * The last token before "that" when a run of prepositional phrases (a preposition, then nouns,
   * adjectives, numbers, names, possessives and further prepositions, no verb and no punctuation)
   * starts at `k` and ends right before "that"; else -1.
   */
  private prepositionsBeforeThat(k: number, s: Sentence): number {
    const tokens = this.tokens;
    if (tokens[k]?.pos !== 'ADP' || tokens[k].lower === 'that' || tokens[k].lower === 'of') return -1;
    for (let j = k + 1; j <= s.last && j <= k + 12; j++) {
      const t = tokens[j];
      if (t.lower === 'that') return j - 1 > k ? j - 1 : -1;
      if (!this.inPrepositionalPhrase(j)) return -1;
    }
    return -1; // no "that" within twelve words, or the sentence ends first
  }

  /** Whether token `j` can stand inside a prepositional phrase of place or medium: "a televised speech", "her daughter's home". */
  private inPrepositionalPhrase(j: number): boolean {
    const t = this.tokens[j];
    if (PHRASE_TAGS.has(t.pos) || t.lower === "'s" || t.lower === '’s' || POSSESSIVE_DETERMINERS.has(t.lower)) return true;
    // "a televised speech", "a prepared statement": a participle between an article and its noun.
    return t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && this.tokens[j - 1]?.pos === 'DET' && this.tokens[j + 1]?.pos === 'NOUN';
  }

  /**
   * Where a prepositional phrase starting at `k` ends when it runs to the sentence's closing
   * punctuation (the sentence's last token) or to a comma (the token before it: "released by her
   * lawyer, but ..."); else -1.
   */
  private phraseToEnd(k: number, s: Sentence): number {
    const tokens = this.tokens;
    if (tokens[k]?.pos !== 'ADP' || k > s.last) return -1;
    let j = k + 1;
    while (j <= s.last && this.inPrepositionalPhrase(j)) j++;
    if (tokens.slice(j, s.last + 1).every((t) => t.pos === 'PUNCT')) return s.last;
    return tokens[j].text === ',' ? j - 1 : -1;
  }

  /**
   * The start of the words after an attribution that ends in a comma (`..., she said, but B`), or
   * -1. A contrast goes on with the report; after "and" only a clause in the report's own tense
   * does ("..., she said, and the road will stay open"): in the narrative past the copy is back to
   * the writer's own facts ("..., traders said, and shares rose 3% in Amsterdam").
   */
  private afterTrailer(trailerEnd: number, s: Sentence): number {
    const t = this.tokens[trailerEnd + 1];
    if (!t || t.text !== ',' || trailerEnd + 2 > s.last) return -1;
    const next = this.tokens[trailerEnd + 2];
    if (next.lower === 'and') return this.inReportTense(trailerEnd + 3, s.last) ? trailerEnd + 2 : -1;
    return next.lower === 'but' || next.lower === 'though' || next.lower === 'although' ? trailerEnd + 2 : -1;
  }

  /** Whether the first verb from `first` is a modal or in the present tense: "will stay", "would", "is". */
  private inReportTense(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) {
      const t = this.tokens[k];
      if (t.pos === 'AUX' || t.pos === 'VERB') return REPORT_TENSE.has(t.lower);
    }
    return false; // no verb after "and": no clause of the report's
  }

  /** `according to NAME, CLAUSE` and `CLAUSE, according to NAME`. */
  private according(cue: Cue, s: Sentence, clauseStart: number, nextBoundary: number): Resolved | undefined {
    const tokens = this.tokens;
    let ph = phraseStartingAt(tokens, cue.last + 1, s.last);
    if (!ph) return undefined;
    // "according to a statement from the Transport Ministry": the body that issued the medium
    // speaks; a document by itself ("according to court documents") does not.
    const head = tokens[ph.last];
    if ((SPEECH_NOUNS.has(head.lower) || NOT_SPEAKERS.has(head.lower)) && ['from', 'by', 'of'].includes(tokens[ph.last + 1]?.lower ?? '')) {
      const issuer = phraseStartingAt(tokens, ph.last + 2, s.last);
      if (issuer && /^\p{Lu}/u.test(tokens[issuer.first + (tokens[issuer.first].lower === 'the' ? 1 : 0)]?.text ?? '')) ph = issuer;
    }
    // "according to a statement" with no body named: a medium speaks for no one ("the Washington Post" is a name).
    if (tokens[ph.last] === head && SPEECH_NOUNS.has(head.lower) && head.text === head.lower) return undefined;
    const r = this.coref.resolve(ph.first, ph.last, s.last);
    if (!r) return undefined;
    // "According to the World Food Programme (WFP), ...": the short form in brackets is the body's
    // alias, and the words start after it.
    const acronym = this.bracketedAcronymBefore(ph.last + 3, ph.first);
    const nameEnd = acronym ? ph.last + 3 : ph.last;
    this.aliasAcronym(r, acronym);
    if (tokens[nameEnd + 1]?.text === ',' && r.speaker.kind === 'person') this.namesABody(r.speaker, nameEnd + 2, s.last);
    // `CLAUSE, according to NAME` and `CLAUSE according to NAME`: pushRange drops the comma.
    if (cue.first > clauseStart) this.pushRange(clauseStart, cue.first - 1, r, s);
    else if (tokens[nameEnd + 1]?.text === ',') this.pushRange(nameEnd + 2, nextBoundary - 1, r, s);
    return r;
  }

  /** The words after a cue: past "that", the medium and time, the object of "told". */
  private content(cue: Cue, from: number, to: number, s: Sentence, r: Resolved, demand: boolean) {
    const tokens = this.tokens;
    let i = demand ? from : this.trailerEnd(cue.last, s) + 1;
    // "his daughter said Monday of Karim Mansour, the musician who ...": whom the words are about, not words.
    if (!demand && tokens[i]?.lower === 'of') return;
    // '"...," Lindgren told Vickers before announcing the sentence': a time clause is the writer's.
    if (!demand && TIME_CLAUSE_OPENERS.has(tokens[i]?.lower ?? '')) return;
    if (tokens[i]?.lower === 'that') i++;
    if (tokens[i]?.text === ':') i++;
    if (tokens[i]?.text === ',') {
      // '"...," she said, pointing to a photograph': after "said," only a quotation is the speaker's.
      if (!demand && !this.quotes.some((q) => q.open === tokens[i + 1]?.start)) return;
      i++;
    }
    if (i >= to) return;
    // A direct quote right after the cue was marked by the direct rules.
    const q = this.quotes.find((x) => x.open === tokens[i].start);
    if (q) {
      if (q.end >= tokens[Math.min(to, s.last + 1) - 1].end - 1) return;
      // 'chanted "Ports are for people!" as police closed the road': a whole quoted sentence is
      // the words; what follows it is the writer's. pushRange marks it once (the direct rules may
      // have marked it).
      if (cue.sort !== 'quoted' && this.isQuotedSentence(q)) return this.pushRange(i, this.tokenAt(q.end) - 1, r, s, false);
    }
    if (cue.sort === 'quoted') return this.quotedAs(cue, i, to, s, r);
    this.pushRange(i, demand ? to - 1 : this.reportEnd(i, to) - 1, r, s, !demand);
  }

  /**
   * Where the report that starts at `from` ends, before `to`: at a writer's gloss after a quoted
   * phrase ('what she called "fire borrowing," the practice of ...': a noun phrase after the
   * closing mark and its comma), or at ", and" before a verb in the past with no subject of its
   * own ('said A, and accused the company of ...': a second predicate of the cue's subject).
   */
  private reportEnd(from: number, to: number): number {
    const tokens = this.tokens;
    for (let k = from; k < to - 2; k++) {
      const t = tokens[k];
      // A closing single mark after a comma closes a quotation (no apostrophe follows a comma); a
      // straight or curly double mark does when a quotation inside the report ends at it (an
      // opening mark after a comma, 'the agency, "the bank of last resort," had', does not).
      if (QUOTE_CLOSERS.has(t.text) && tokens[k - 1].text === ',' && (t.text === '’' || this.quotes.some((q) => q.closed && q.end === t.end && q.open >= tokens[from].start))) {
        const next = tokens[k + 1];
        if (next !== undefined && (next.lower === 'the' || next.lower === 'a' || next.lower === 'an') && tokens[k + 2]?.pos === 'NOUN') return k + 1;
      }
      if (t.text === ',' && tokens[k + 1].lower === 'and' && tokens[k + 2].pos === 'VERB' && /ed$/.test(tokens[k + 2].lower) && !this.inQuote(t.start)) return k;
    }
    return to;
  }

  /**
   * '"A buyer said to me last week, ‘I can wait.’ That is new," she said': a quote in single marks
   * after its own cue ("said", "told me", with only a time or an audience between) is its
   * speaker's, nested in the quote around it. Lower confidence: the writer's nesting is subtle.
   */
  innerQuotes(inner: Quotation[]) {
    const tokens = this.tokens;
    for (const q of inner) {
      let b = this.tokenAt(q.open) - 1;
      if (!tokens[b] || tokens[b].text !== ',' && tokens[b].text !== ':') continue;
      const outer = this.quotes.find((x) => x.open < q.open && q.end <= x.end);
      const limit = Math.max(this.sentenceOf(b).first, outer ? this.tokenAt(outer.open + 1) : 0);
      b--;
      for (let c = b; c >= Math.max(limit, b - 7); c--) {
        const t = tokens[c];
        if (t.pos === 'VERB' && !SPEECH_VERBS.has(t.lower) || t.pos === 'AUX') break;
        if (!SPEECH_VERBS.has(t.lower) || t.pos !== 'VERB') continue;
        const j = skipAuxiliariesBack(tokens, c - 1, limit);
        const ph = j >= limit ? phraseEndingAt(tokens, j, limit) : undefined;
        const r = ph ? this.coref.resolveAside(ph.first, ph.last, this.sentenceOf(c).last) : undefined;
        if (r && !this.spans.some((x) => x.start === q.open && x.end === q.end)) {
          this.spans.push({ start: q.open, end: q.end, speaker: r.speaker, confidence: Math.min(r.confidence, 0.6), alternative: r.alternative });
        }
        break;
      }
    }
  }

  /** A closed quotation that opens with a capital and ends with . ! or ? inside its marks. */
  private isQuotedSentence(q: Quotation): boolean {
    if (!q.closed) return false;
    const first = this.text[q.open + 1] ?? '';
    return first !== first.toLowerCase() && '.!?'.includes(this.text[q.end - 2]);
  }

  /** `X quoted Y as saying C`: X's span is "Y as saying C", with Y's span C nested in it. */
  private quotedAs(cue: Cue, from: number, to: number, s: Sentence, r: Resolved) {
    const tokens = this.tokens;
    const ph = phraseStartingAt(tokens, from, s.last);
    if (!ph) return;
    // "quoted Ri Chol Ho, vice director of the academy, as saying": step over the appositive.
    let asAt = ph.last + 1;
    if (tokens[asAt]?.text === ',') {
      let k = asAt + 1;
      while (k <= s.last && k < asAt + 16 && tokens[k].text !== ',') k++;
      if (tokens[k]?.text === ',') asAt = k + 1;
    }
    if (tokens[asAt]?.lower !== 'as' || tokens[asAt + 1]?.lower !== 'saying') return;
    // "quoted Ana Ferreira as saying" and nothing after it (a cut line): no words to give anyone.
    if (asAt + 2 >= to) return;
    const inner = this.coref.resolve(ph.first, ph.last, s.last);
    this.pushRange(from, to - 1, r, s);
    if (inner) {
      let c = asAt + 2;
      if (tokens[c]?.lower === 'that') c++;
      this.pushRange(c, to - 1, inner, s);
    }
  }

  /** Marks tokens [first, last] (a final full stop dropped) as a quote of `r`, if they hold a clause. */
  private pushRange(first: number, last: number, r: Resolved, s: Sentence, needVerb = true) {
    const tokens = this.tokens;
    while (last >= first && (tokens[last].text === '.' || tokens[last].text === ',' || tokens[last].text === ';' || tokens[last].text === ':')) last--;
    while (first <= last && (tokens[first].text === ',' || tokens[first].text === ':')) first++;
    if (last - first < (needVerb ? 2 : 0)) return;
    if (needVerb && !tokens.slice(first, last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return;
    const start = tokens[first].start, end = tokens[last].end;
    // A span never crosses a quotation: it holds it whole, or the quotation is the span.
    for (const q of this.quotes) {
      if (q.open < start && q.end > start || q.open < end && q.end > end) return;
    }
    if (this.spans.some((x) => x.start === start && x.end === end || x.start < start && x.end > start && x.end < end || start < x.start && end > x.start && end < x.end)) return;
    this.spans.push({ start, end, speaker: r.speaker, confidence: r.confidence, alternative: r.alternative });
    void s;
  }

  /** "X delivered a speech", "X addressed the meeting": a speaker without quoted words. */
  speechActs(s: Sentence) {
    const lowers = this.tokens.slice(s.first, s.last + 1).map((t) => t.lower);
    for (let k = 0; k < lowers.length; k++) {
      if (!SPEECH_ACTS.some((act) => phraseAt(lowers, k, act))) continue;
      const c = s.first + k;
      // "X ... also attended the opening and delivered a speech": the subject opens the sentence,
      // after a setting in front of it ("At the opening, X delivered a speech": not a speaker).
      const first = this.subjectStart(s, c);
      let end = first;
      while (end < c && this.tokens[end + 1] && this.tokens[end + 1].text !== ',' && this.tokens[end + 1].pos !== 'VERB' && this.tokens[end + 1].pos !== 'AUX') end++;
      const ph = phraseEndingAt(this.tokens, end, first);
      const r = ph && ph.first === first ? this.coref.resolve(ph.first, ph.last, s.last) : undefined;
      if (r) r.speaker.spoke = true;
    }
  }

  /** Where a sentence's subject starts before token `c`: past an opening "At the opening," or "On Monday,". */
  private subjectStart(s: Sentence, c: number): number {
    if (this.tokens[s.first].pos !== 'ADP') return s.first;
    for (let k = s.first + 1; k < c; k++) if (this.tokens[k].text === ',') return k + 1;
    return s.first;
  }

  /** The speaker of a paragraph that ends "NAME said:", whose quote is the next paragraph. */
  colonAtEnd(lastSentence: number): Speaker | undefined {
    const s = this.a.sentences[lastSentence];
    if (!s || this.tokens[s.last].text !== ':') return undefined;
    for (let c = s.last - 1; c >= Math.max(s.first, s.last - 3); c--) {
      if (!this.isCueVerb(c)) continue;
      const j = skipAuxiliariesBack(this.tokens, c - 1, s.first);
      const ph = phraseEndingAt(this.tokens, j, s.first);
      return ph ? this.coref.resolve(ph.first, ph.last, s.last)?.speaker : undefined;
    }
    return undefined;
  }
}
