// Quote diagnostics: markup problems found by the parser, unknown speakers, unbalanced quotation
// marks, quotations without a speaker, and loaded attribution verbs.

import cueVerbs from '../data/cue-verbs.json';
import type { Finding, FixProposal } from '../diagnostics/finding';
import { addSpeakerEdit } from '../edits/addSpeaker';
import { allQuotes, paragraphsOf, quotesBySpeaker, walkQuotes, type Paragraph, type ParsedArticle, type Quote, type TextSpan } from '../syntax';
import { oneLine, OPENING_MARKS, QUOTE_PAIRS, isQuotationMarkAt, isWhitespace, isWordChar, mayBeTrailingApostrophe } from '../text/characters';
import { nearest } from '../text/editDistance';
import { titleCase } from '../labels';
import { trimEnd } from '../text/scan';
import { moveFinding } from './moveFinding';
import { paragraphContextKey, type ParagraphFindings } from './paragraphFindings';
import { speakerIndex } from '../context/articleContext';
import { addToRegistryEdit } from '../registry/registryEdits';

const LOADED_VERBS = new Map(Object.entries(cueVerbs).filter(([k]) => !k.startsWith('$')) as [string, string][]);
/** Neutral attribution: the search for a loaded verb stops at one (`said Grady, who admitted ...`). */
const NEUTRAL_VERBS = new Set([...LOADED_VERBS.values(), 'told', 'tells', 'tell', 'added', 'adds', 'asked', 'asks']);
/** How many words before or after a quote span the attribution verb is looked for. */
const CUE_WINDOW_WORDS = 4;
const PARAGRAPHS_PER_STEP = 512;

/** The quote checks, in steps of PARAGRAPHS_PER_STEP paragraphs (a very large article is checked in slices: ../steps.ts). */
export function* checkQuotesSteps(article: ParsedArticle, unattributedMinWords: number, cache: ParagraphFindings): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  const paragraphs = paragraphsOf(article);
  const contextKey = paragraphContextKey(unattributedMinWords, article.frontMatter?.speakers ?? []);
  // Only the paragraphs around an edit are visited; the others' findings are the last check's.
  const { from, to } = cache.align(paragraphs, contextKey);
  cache.keptBefore(findings);
  for (let i = from; i < to; i++) {
    if ((i - from) % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    const p = paragraphs[i];
    const next = i + 1;
    const nextOpensWithMark = next < paragraphs.length && cache.opensWithMark(next, () => opensWithMark(article.text, paragraphs[next]));
    const key = cache.keyFor(contextKey, nextOpensWithMark);
    // Findings of an unchanged paragraph are re-used after an edit elsewhere, moved into place.
    const known = cache.get(article.text, p, i, key);
    if (known) {
      if (known.length) cache.hasFindings(i);
      for (const f of known) findings.push(moveFinding(f, p.start));
      continue;
    }
    const local: Finding[] = [];
    for (const problem of p.problems) local.push(markupFinding(article, problem));
    checkLoose(article, p, unattributedMinWords, local);
    checkCueVerbs(article, p, local);
    for (const q of walkQuotes(p.quotes)) checkMarks(article, p, q, nextOpensWithMark, local);
    cache.set(article.text, p, i, key, local.map((f) => moveFinding(f, -p.start)));
    if (local.length) cache.hasFindings(i);
    for (const f of local) findings.push(f);
  }
  cache.keptAfter(findings);
  cache.completed(contextKey);
  checkUnknownSpeakers(article, findings);
  return findings;
}

function markupFinding(article: ParsedArticle, problem: Paragraph['problems'][number]): Finding {
  const f: Finding = { code: problem.code, start: problem.start, end: problem.end, message: problem.message };
  const t = article.text;
  if (problem.code === 'quote-unclosed' && t[problem.start] === '{' && t[problem.start + 1] === '@') {
    f.fixes = [{ title: 'Close the speaker with "}"', preferred: true, edits: [{ start: problem.end, end: problem.end, newText: '}' }] }];
  }
  if (problem.code === 'quote-empty') {
    // One space next to it goes too, or "said []{@x} the" would become "said  the".
    let { start, end } = problem;
    if (t[end] === ' ' && (start === 0 || t[start - 1] === ' ' || t[start - 1] === '\n')) end++;
    else if (t[start - 1] === ' ' && (end === t.length || ' \r\n.,;:!?'.includes(t[end]))) start--;
    f.fixes = [{ title: 'Remove the empty quote', preferred: true, edits: [{ start, end, newText: '' }] }];
  }
  if (problem.code === 'quote-orphan') {
    f.fixes = [{ title: `Remove the stray "${t.slice(problem.start, problem.end)}"`, edits: [{ start: problem.start, end: problem.end, newText: '' }] }];
  }
  return f;
}

function checkUnknownSpeakers(article: ParsedArticle, findings: Finding[]) {
  // The speakers in force: the front matter's and the registry's (context/articleContext.ts).
  const { definitions, registry } = speakerIndex(article);
  // The counts by speaker say how many quotes name a speaker not in force, so the search stops
  // after the last of them (none: no search); quotes that name none are each looked at (issue 9).
  let unknown = 0, anyWithoutId = false;
  for (const [id, count] of quotesBySpeaker(article)) {
    if (!id) anyWithoutId = true;
    else if (!definitions.has(id)) unknown += count;
  }
  const ids = [...definitions.keys()];
  for (const q of unknown || anyWithoutId ? allQuotes(article) : []) {
    if (!unknown && !anyWithoutId) break;
    if (!q.speakerId && article.text[q.speakerSpan.end] === '}') {
      // `[words]{@}`: closed, but no id. The article's own speakers only: a registry may hold hundreds.
      const fixes: FixProposal[] = [...article.speakersById.keys()].map((id) => ({
        title: `Attribute to "@${id}" (${article.speakersById.get(id)?.name?.value ?? id})`,
        edits: [{ start: q.speakerSpan.start, end: q.speakerSpan.end, newText: id }],
      }));
      findings.push({ code: 'quote-unknown-speaker', start: q.content.end + 1, end: q.end, message: 'The quote names no speaker: write the speaker id after "{@"', fixes });
      continue;
    }
    if (!q.speakerId || definitions.has(q.speakerId)) continue;
    unknown--;
    const span = q.speakerSpan;
    const candidates = nearest(q.speakerId.slice(0, 64), ids);
    const fixes: FixProposal[] = candidates.map((id) => ({
      title: `Change to "@${id}" (${oneLine(definitions.get(id)?.name?.value ?? '') || id})`,
      // Fix-all may only pick a speaker when the choice is unambiguous.
      preferred: candidates.length === 1,
      edits: [{ start: span.start, end: span.end, newText: id }],
    }));
    const name = titleCase(q.speakerId);
    fixes.push({ title: `Add speaker "${q.speakerId}" to the front matter`, edits: [addSpeakerEdit(article, q.speakerId, name)] });
    if (registry) {
      fixes.push({ title: `Add speaker "${q.speakerId}" to the registry`, edits: [], elsewhere: { [registry.uri]: [addToRegistryEdit(registry, { id: q.speakerId, name })] } });
    }
    const where = registry ? 'in the front matter nor in the speaker registry' : 'in the front matter';
    const suggestion = candidates.length ? `: did you mean "@${candidates[0]}"?` : `: add it to "speakers" in the front matter${registry ? ' or to the registry' : ''}`;
    findings.push({ code: 'quote-unknown-speaker', ...span, message: `No speaker "${q.speakerId}" ${where}${suggestion}`, fixes });
  }
}

/** Does the paragraph open (after `[` of a quote span) with an opening quotation mark? */
function opensWithMark(text: string, p: Paragraph): boolean {
  let i = p.start;
  let c = text.charCodeAt(i);
  while (i < p.end && (isWhitespace(c) || c === 91 /* [ */)) c = text.charCodeAt(++i);
  // Asked of every paragraph after every keystroke: a code test first, a string only for a mark.
  return (c === 34 || c === 0xab || (c >= 0x2018 && c <= 0x201e)) && OPENING_MARKS.has(text[i]);
}

/**
 * Balance of quotation marks in the words of a direct or partial quote. A direct quote that opens
 * and is never closed is wire style for a quote running on into the next paragraph: allowed when
 * the quote ends its paragraph and the next paragraph opens with a quotation mark.
 */
function checkMarks(article: ParsedArticle, p: Paragraph, q: Quote, nextOpensWithMark: boolean, findings: Finding[]) {
  if (q.kind === 'indirect') return;
  const words = q.text;
  const stack: { mark: string; closers: readonly string[] }[] = [];
  let strayCloser = -1;
  for (let i = 0; i < words.length; i++) {
    if (!isQuotationMarkAt(words, i)) continue;
    const ch = words[i];
    const top = stack[stack.length - 1];
    if (top && top.closers.includes(ch)) { stack.pop(); continue; }
    if (QUOTE_PAIRS.has(ch)) { stack.push({ mark: ch, closers: QUOTE_PAIRS.get(ch)! }); continue; }
    if (mayBeTrailingApostrophe(words, i)) continue; // residents’ homes
    if (strayCloser < 0) strayCloser = i;
  }
  if (stack.length === 0 && strayCloser < 0) return;
  const endsParagraph = article.text.slice(q.end, p.end).trim().replace(/^[.,;:!?]+/, '') === '';
  if (strayCloser < 0 && stack.length === 1 && q.kind === 'direct' && q.depth === 0 && endsParagraph && nextOpensWithMark) return;

  const contentEnd = trimEnd(article.text, q.content.start, q.content.end);
  const f: Finding = { code: 'quote-marks', start: q.start, end: q.end, message: '' };
  if (stack.length) {
    const open = stack[0];
    f.message = `The quotation mark ${open.mark} in this quote is never closed${q.kind === 'direct' ? ' (a quote that runs on into the next paragraph ends its paragraph, and the next one opens with a quotation mark)' : ''}`;
    if (q.kind === 'direct' && stack.length === 1) {
      f.fixes = [{ title: `Close the quote with ${open.closers[0]}`, preferred: true, edits: [{ start: contentEnd, end: contentEnd, newText: open.closers[0] }] }];
    }
  } else {
    f.message = `The closing quotation mark ${words[strayCloser]} in this quote has no opening mark`;
  }
  findings.push(f);
}


function checkLoose(article: ParsedArticle, p: Paragraph, minWords: number, findings: Finding[]) {
  const fm = article.frontMatter;
  for (const loose of p.looseQuotations) {
    if (loose.wordCount < minWords) continue;
    const fixes: FixProposal[] = (fm?.speakers ?? []).filter((s) => s.name).map((s) => ({
      title: `Mark as quote by ${oneLine(s.name!.value) || `@${s.id}`}`,
      edits: [{ start: loose.start, end: loose.start, newText: '[' }, { start: loose.end, end: loose.end, newText: `]{@${s.id}}` }],
    }));
    findings.push({
      code: 'quote-unattributed', start: loose.start, end: loose.end,
      message: `${loose.wordCount} words in quotation marks are not attributed to a speaker: mark them as a quote, "[...]{@id}"`,
      fixes,
    });
  }
}

/**
 * Cue verbs next to every quote, a nested one within its parent's words (issue 13: nested quotes
 * were skipped); a verb between two quotes is found from both and reported once.
 */
function checkCueVerbs(article: ParsedArticle, p: Paragraph, findings: Finding[]) {
  const found: Finding[] = [];
  const pending: { quotes: Quote[]; within: TextSpan }[] = [{ quotes: p.quotes, within: p }];
  while (pending.length) {
    const { quotes, within } = pending.pop()!;
    for (const q of quotes) {
      checkCueVerb(article, within, q, found);
      if (q.children.length) pending.push({ quotes: q.children, within: q.content });
    }
  }
  const reported = new Set<number>();
  for (const f of found) {
    if (!reported.has(f.start)) findings.push(f);
    reported.add(f.start);
  }
}

/** A loaded verb within a few words after the quote (`..., Chen claimed`) or just before it, inside `p`. */
function checkCueVerb(article: ParsedArticle, p: TextSpan, q: Quote, findings: Finding[]) {
  const t = article.text;
  // True when the search ends here: a loaded verb (reported) or a neutral one.
  const check = (start: number, end: number) => {
    const word = t.slice(start, end);
    const replacement = LOADED_VERBS.get(word.toLowerCase());
    if (!replacement) return NEUTRAL_VERBS.has(word.toLowerCase());
    findings.push({
      code: 'quote-cue-verb', start, end,
      message: `"${word}" judges the speaker: neutral attribution ("${replacement}") lets the quote speak for itself`,
      fixes: [{ title: `Replace "${word}" with "${replacement}"`, edits: [{ start, end, newText: matchCase(word, replacement) }] }],
    });
    return true;
  };
  // After the quote.
  let i = q.end, words = 0;
  while (i < p.end && words < CUE_WINDOW_WORDS) {
    // A line break inside a paragraph is a space: hard-wrapped copy has them anywhere.
    while (i < p.end && !isWordChar(t[i])) { if (t[i] === '[' || t[i] === '.') return afterFailed(); i++; }
    const s = i;
    while (i < p.end && isWordChar(t[i])) i++;
    if (i > s && check(s, i)) return;
    words++;
  }
  afterFailed();

  function afterFailed() {
    // Before the quote.
    let j = q.start, n = 0;
    while (j > p.start && n < CUE_WINDOW_WORDS) {
      while (j > p.start && !isWordChar(t[j - 1])) { if (t[j - 1] === ']' || t[j - 1] === '.' || t[j - 1] === '}') return; j--; }
      const e = j;
      while (j > p.start && isWordChar(t[j - 1])) j--;
      if (e > j && check(j, e)) return;
      n++;
    }
  }
}

function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  return original[0] === original[0].toUpperCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}
