// The markup engine in the editor (issue 10): the draft of a whole document ("NewsMark: Mark Up
// Plain Article", `newsmark/markUp`), "Suggest markup for this paragraph" on a paragraph without
// markup, and "Mark as quote by NAME" on `quote-unattributed`.
//
// A plain document becomes the engine's draft as `newsmark markup` writes it. In an article
// already in NewsMark the engine reads the whole body (so that "he said" and "Chen said" find
// the speakers named earlier) as it is published: every bracket, speaker id, comment, heading
// mark and escaping backslash becomes a space, so that the engine's offsets are the document's.
// Only spans that wrap into valid markup are kept; the text outside the paragraphs marked never
// changes, and the front matter only gains the speakers that are new, in one edit.
//
// A code action is about one paragraph, and the engine costs about 3 µs a character: over a
// 475,000-character article that is a second and more on the one thread, at every cursor move
// after an edit, and every other document waits (issue 13, item 12). So in an article longer than
// WHOLE_ARTICLE_CHARS a code action's engine reads only what the paragraph usually depends on: the
// article's lead (where people and bodies are named in full), the paragraphs before it up to
// CONTEXT_BEFORE_CHARS, the paragraph, and the PARAGRAPHS_AFTER after it (a quote claimed by the
// next paragraph). The draft of the whole document still reads the whole article. What a bounded
// suggestion can miss, by design (docs/robustness.md): a speaker or body named only between the
// lead and the neighbourhood ("Chen" is then added as "Chen", not "Chen Wenqing").

import { CodeActionKind, type CodeAction, type CodeActionContext, type Range } from 'vscode-languageserver-types';
import { SUGGEST_MARKUP_KIND, type MarkUpResult } from '../../protocol';
import { reviewNoteText } from '../checks/reviewNotes';
import type { OffsetEdit } from '../diagnostics/finding';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/toLsp';
import { addSpeakersEdit, type SpeakerEntry } from '../edits/addSpeaker';
import { applyEdits } from '../edits/applyEdits';
import { readPlainArticle, renderDraft, suggestMarkup, type MarkupOptions, type MarkupSuggestion, type PlainArticleInput, type SuggestedSpan, type SuggestedSpeaker } from '../markup';
import { DEFAULT_REVIEW_THRESHOLD } from '../markup/types';
import { paragraphAt } from '../query';
import { allQuotes, walkQuotes, type Block, type Paragraph, type ParsedArticle } from '../syntax';
import { canWrapInQuote, toTextEdits, workspaceEdit } from './codeActions';

/** How the engine runs for a request: its review threshold, and where its survived errors go. */
export type MarkupRun = Partial<MarkupOptions>;

/** Up to this many characters of text after the front matter, a code action's engine reads the whole article (about 30 ms). */
export const WHOLE_ARTICLE_CHARS = 12_000;
/** Beyond it, the text before the paragraph that the engine reads too (whole paragraphs, at most this much). */
export const CONTEXT_BEFORE_CHARS = 4_000;
/** And the paragraphs after it that the engine reads, while the neighbourhood stays within WHOLE_ARTICLE_CHARS. */
const PARAGRAPHS_AFTER = 2;
/** The article's lead, read first: its opening paragraphs, within LEAD_CHARS. */
const LEAD_PARAGRAPHS = 3;
const LEAD_CHARS = 3_000;

const SUGGEST_TITLE = 'Suggest markup for this paragraph';
const NOTE_MARK = '<!-- newsmark-review:';

/** The markup code actions the client asked for (`context.only`): the quick fixes and the refactoring. */
export function getMarkupActions(article: ParsedArticle, range: Range, context: CodeActionContext, run: MarkupRun): CodeAction[] {
  const only = context.only?.length ? context.only : undefined;
  const wanted = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  return [
    ...(wanted(CodeActionKind.QuickFix) ? markAsQuoteBySpeakerActions(article, context, run) : []),
    ...(wanted(SUGGEST_MARKUP_KIND) ? suggestMarkupActions(article, range, run) : []),
  ];
}

/** The whole document's draft. */
export function markUpDocument(article: ParsedArticle, run: MarkupRun): MarkUpResult {
  if (isPlain(article)) {
    const input = readPlainArticle(article.text);
    const suggestion = suggestMarkup(input, run);
    const text = renderDraft(input, suggestion, run);
    return { text, quotes: suggestion.spans.length, speakers: suggestion.speakers.length, reviewNotes: countNotes(text) };
  }
  const planned = plan(article, articleSuggestion(article, run), run, (s) => !paragraphAt(article, s.start)?.quotes.length);
  const text = applyEdits(article.text, planned.edits);
  return { text, quotes: planned.quotes, speakers: planned.speakers, reviewNotes: countNotes(text) - countNotes(article.text) };
}

/** "Suggest markup for this paragraph": offered on a paragraph without quote spans where the engine finds one. */
function suggestMarkupActions(article: ParsedArticle, range: Range, run: MarkupRun): CodeAction[] {
  const p = paragraphAt(article, article.lines.offset(range.start));
  if (!p || p.quotes.length) return [];
  const suggestion = neighbourhoodSuggestion(article, p, run);
  if (!suggestion) return [];
  const planned = plan(article, suggestion, run, (s) => s.start >= p.start && s.end <= p.end);
  if (!planned.quotes) return [];
  return [{ title: SUGGEST_TITLE, kind: SUGGEST_MARKUP_KIND, edit: workspaceEdit(article, toTextEdits(article, planned.edits)) }];
}

/** "Mark as quote by NAME" for each `quote-unattributed` the client sent whose words the engine gives to a speaker. */
function markAsQuoteBySpeakerActions(article: ParsedArticle, context: CodeActionContext, run: MarkupRun): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of context.diagnostics ?? []) {
    if (d.source !== DIAGNOSTIC_SOURCE || d.code !== 'quote-unattributed') continue;
    const start = article.lines.offset(d.range.start);
    const end = article.lines.offset(d.range.end);
    const p = paragraphAt(article, start);
    // Only for a quotation this version still has unattributed (the client may send a stale one).
    if (!p || !p.looseQuotations.some((l) => l.start < end && start < l.end)) continue;
    const suggestion = neighbourhoodSuggestion(article, p, run);
    const span = suggestion?.spans.find((s) => s.start < end && start < s.end && s.start >= p.start && s.end <= p.end && canWrapInQuote(article, s.start, s.end));
    if (!suggestion || !span) continue;
    const planned = plan(article, suggestion, run, (s) => s === span);
    if (!planned.quotes) continue;
    actions.push({ title: `Mark as quote by ${planned.names[0]}`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(article, toTextEdits(article, planned.edits)) });
  }
  return actions;
}

/** No front matter and no quote span: copy as it came, which the draft keeps verbatim. */
function isPlain(article: ParsedArticle): boolean {
  return !article.frontMatter && allQuotes(article).next().done === true;
}

function countNotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf(NOTE_MARK); i >= 0; i = text.indexOf(NOTE_MARK, i + 1)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// The engine on an article in NewsMark

interface Planned {
  edits: OffsetEdit[];
  quotes: number;
  /** Speakers added to the front matter. */
  speakers: number;
  /** The speakers' names of the spans, in order. */
  names: string[];
}

/** The edits that mark the `suggestion`'s spans that `wanted` keeps (in document offsets) and add their new speakers. */
function plan(article: ParsedArticle, suggestion: MarkupSuggestion, run: MarkupRun, wanted: (span: SuggestedSpan) => boolean): Planned {
  const threshold = run.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const speakers = new SpeakerIds(article, suggestion.speakers);
  const inserts = new Map<number, { opens: number; closes: { start: number; text: string }[] }>();
  const at = (offset: number) => {
    let entry = inserts.get(offset);
    if (!entry) inserts.set(offset, (entry = { opens: 0, closes: [] }));
    return entry;
  };
  const open: SuggestedSpan[] = [];
  const names: string[] = [];
  let quotes = 0;
  for (const s of suggestion.spans) {
    if (!wanted(s) || !canWrapInQuote(article, s.start, s.end)) continue;
    while (open.length && open[open.length - 1].end <= s.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && (s.end > parent.end || (s.start === parent.start && s.end === parent.end))) continue; // crossing or twice
    open.push(s);
    const id = speakers.idOf(s.speakerId);
    const uncertain = s.confidence < threshold || s.review !== undefined;
    const note = uncertain ? reviewNoteText(s.review ?? 'speaker', s.alternativeSpeakerId && speakers.idOf(s.alternativeSpeakerId)) : '';
    at(s.start).opens++;
    at(s.end).closes.push({ start: s.start, text: `]{@${id}}${note}` });
    names.push(speakers.nameOf(id));
    quotes++;
  }
  const edits: OffsetEdit[] = [];
  const added = speakers.added();
  if (added.length) edits.push(addSpeakersEdit(article, added));
  for (const [offset, { opens, closes }] of [...inserts].sort((a, b) => a[0] - b[0])) {
    // Inner spans close first; then the spans that start here open.
    const closing = closes.sort((a, b) => b.start - a.start).map((c) => c.text).join('');
    edits.push({ start: offset, end: offset, newText: closing + '['.repeat(opens) });
  }
  return { edits, quotes, speakers: added.length, names };
}

/** Engine speaker ids to the document's: a speaker the front matter has by name or alias keeps its id; others are added. */
class SpeakerIds {
  private readonly engine: Map<string, SuggestedSpeaker>;
  private readonly ids = new Map<string, string>();
  private readonly entries: SpeakerEntry[] = [];
  private readonly taken: Set<string>;

  constructor(private readonly article: ParsedArticle, speakers: readonly SuggestedSpeaker[]) {
    this.engine = new Map(speakers.map((s) => [s.id, s]));
    this.taken = new Set(article.speakersById.keys());
  }

  idOf(engineId: string): string {
    const known = this.ids.get(engineId);
    if (known) return known;
    const s = this.engine.get(engineId);
    const id = s ? this.existing(s) ?? this.add(s) : engineId;
    this.ids.set(engineId, id);
    return id;
  }

  nameOf(id: string): string {
    return this.article.speakersById.get(id)?.name?.value ?? this.entries.find((e) => e.id === id)?.name ?? id;
  }

  added(): SpeakerEntry[] {
    return this.entries;
  }

  private existing(s: SuggestedSpeaker): string | undefined {
    const names = new Set([s.name, ...s.aliases].map((n) => n.toLowerCase()));
    for (const d of this.article.speakersById.values()) {
      const own = [d.name?.value ?? '', ...d.aliases.map((a) => a.text)].map((n) => n.toLowerCase());
      if (d.name && names.has(d.name.value.toLowerCase())) return d.id;
      if (own.includes(s.name.toLowerCase())) return d.id;
    }
    return undefined;
  }

  private add(s: SuggestedSpeaker): string {
    let id = s.id;
    for (let n = 2; this.taken.has(id); n++) id = `${s.id}-${n}`;
    this.taken.add(id);
    this.entries.push({
      id, name: s.name, aliases: s.aliases, kind: s.kind,
      ...(s.role ? { role: s.role } : {}), ...(s.org ? { org: s.org } : {}), ...(s.reason ? { reason: s.reason } : {}),
    });
    return id;
  }
}

/** The engine's suggestion for the article's body with its markup masked, once per tree (whose text never changes) and threshold. */
const suggestions = new WeakMap<ParsedArticle, { threshold: number | undefined; suggestion: MarkupSuggestion }>();

function articleSuggestion(article: ParsedArticle, run: MarkupRun): MarkupSuggestion {
  const cached = suggestions.get(article);
  if (cached && cached.threshold === run.reviewThreshold) return cached.suggestion;
  // The masked text is as long as the document: the engine's offsets are the document's.
  const suggestion = suggestMarkup(engineInput(article, maskedText(article, 0, article.text.length)), run);
  suggestions.set(article, { threshold: run.reviewThreshold, suggestion });
  return suggestion;
}

/** The last neighbourhood's suggestion per tree: the editor asks for code actions at every cursor move. */
const neighbourhoods = new WeakMap<ParsedArticle, { threshold: number | undefined; from: number; to: number; suggestion: MarkupSuggestion }>();

/**
 * The engine's suggestion for what paragraph `p` depends on, in document offsets: the whole
 * article's when it is short, else its neighbourhood's (see the top of this file); undefined for a
 * paragraph longer than WHOLE_ARTICLE_CHARS on its own, which no newsroom writes and which would
 * hold the thread.
 */
function neighbourhoodSuggestion(article: ParsedArticle, p: Paragraph, run: MarkupRun): MarkupSuggestion | undefined {
  if (article.text.length - article.bodyStart <= WHOLE_ARTICLE_CHARS) return articleSuggestion(article, run);
  if (p.end - p.start > WHOLE_ARTICLE_CHARS) return undefined;
  const { from, to } = neighbourhoodOf(article.blocks, article.blocks.indexOf(p));
  const cached = neighbourhoods.get(article);
  if (cached && cached.threshold === run.reviewThreshold && cached.from === from && cached.to === to) return cached.suggestion;
  // The lead goes first, as in the article, apart or (when the neighbourhood reaches it) joined.
  const leadEnd = leadEndOf(article.blocks);
  const start = leadEnd < from ? from : article.blocks[0].start;
  const lead = leadEnd < from ? maskedText(article, article.blocks[0].start, leadEnd) + '\n\n' : '';
  const local = suggestMarkup(engineInput(article, lead + maskedText(article, start, to)), run);
  const shift = start - lead.length;
  const spans = local.spans.filter((s) => s.start >= lead.length).map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }));
  const suggestion = { speakers: local.speakers, spans };
  neighbourhoods.set(article, { threshold: run.reviewThreshold, from, to, suggestion });
  return suggestion;
}

/** Where the article's lead ends: its first LEAD_PARAGRAPHS paragraphs, within LEAD_CHARS. */
function leadEndOf(blocks: readonly Block[]): number {
  let end = blocks[0].start;
  for (let k = 0, paragraphs = 0; k < blocks.length && paragraphs < LEAD_PARAGRAPHS && blocks[k].end - blocks[0].start <= LEAD_CHARS; k++) {
    end = blocks[k].end;
    if (blocks[k].type === 'paragraph') paragraphs++;
  }
  return end;
}

/** The stretch of whole blocks around block `k`: back up to CONTEXT_BEFORE_CHARS, then up to PARAGRAPHS_AFTER paragraphs on within WHOLE_ARTICLE_CHARS. */
export function neighbourhoodOf(blocks: readonly Block[], k: number): { from: number; to: number } {
  let first = k;
  while (first > 0 && blocks[k].start - blocks[first - 1].start <= CONTEXT_BEFORE_CHARS) first--;
  let last = k;
  for (let after = 0, next = k + 1; after < PARAGRAPHS_AFTER && next < blocks.length && blocks[next].end - blocks[first].start <= WHOLE_ARTICLE_CHARS; next++) {
    last = next;
    if (blocks[next].type === 'paragraph') after++;
  }
  return { from: blocks[first].start, to: blocks[last].end };
}

/** What the engine reads besides the body: the front matter's headline, date and agency. */
function engineInput(article: ParsedArticle, body: string): PlainArticleInput {
  const fm = article.frontMatter;
  const input: PlainArticleInput = { body };
  if (fm?.headline) input.headline = fm.headline.value;
  if (fm?.date) input.date = fm.date.value;
  if (fm?.agency) input.agency = fm.agency.value;
  return input;
}

/**
 * The document's text from `from` to `to` as the engine reads it: the words strip() publishes,
 * everything else blanked to spaces: the front matter, quote brackets and speaker ids, comments,
 * heading marks, and every backslash before a character (the checks read `\"` as no quotation
 * mark, and so must the engine). As long as that stretch, so that offsets carry over (shifted by
 * `from`). Line breaks are blanked too: a blank line inside a comment ends no paragraph, and the
 * engine's paragraphs skip the white space the front matter leaves.
 */
export function maskedText(article: ParsedArticle, from: number, to: number): string {
  const t = article.text;
  const mask = new Uint8Array(to - from);
  const blank = (start: number, end: number) => mask.fill(1, Math.max(start, from) - from, Math.max(Math.min(end, to), from) - from);
  const blocks = article.blocks.filter((b) => b.end > from && b.start < to);
  blank(0, article.bodyStart);
  for (const b of blocks) {
    if (b.type === 'heading') blank(b.start, b.title.start);
    if (b.type !== 'paragraph') continue;
    for (const q of walkQuotes(b.quotes)) {
      blank(q.start, q.content.start);
      blank(q.content.end, q.end);
    }
  }
  for (const c of article.comments) if (c.end > from && c.start < to) blank(c.start, c.end);
  // A backslash makes the next character plain text, as the checks read quotation marks
  // (`\"` opens no quotation): the engine reads the character without the backslash.
  for (const b of blocks) {
    const end = Math.min(b.end, to);
    for (let i = Math.max(b.start, from); i < end - 1; i++) {
      if (mask[i - from] || t[i] !== '\\') continue;
      mask[i - from] = 1;
      i++; // the escaped character stays
    }
  }
  let out = '';
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !mask[i - from]) continue;
    out += t.slice(start, i);
    if (i === to) break;
    out += ' ';
    start = i + 1;
  }
  return out;
}
