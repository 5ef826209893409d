// The markup engine in the editor (issue 10): the draft of a whole document ("NewsMark: Mark Up
// Plain Article", `newsmark/markUp`), "Suggest markup for this paragraph" on a paragraph without
// markup, and "Mark as quote by NAME" on `quote-unattributed`.
//
// A plain document becomes the engine's draft as `newsmark markup` writes it. In an article
// already in NewsMark the engine reads the whole body (so that "he said" and "Chen said" find
// the speakers named earlier) with the markup masked out: every bracket, speaker id, comment and
// escape becomes spaces (line breaks stay), so that the engine's offsets are the document's.
// Only spans that wrap into valid markup are kept; the text outside the paragraphs marked never
// changes, and the front matter only gains the speakers that are new, in one edit.

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
import { allQuotes, type ParsedArticle } from '../syntax';
import { canWrapInQuote, toTextEdits, workspaceEdit } from './codeActions';

/** How the engine runs for a request: its review threshold, and where its survived errors go. */
export type MarkupRun = Partial<MarkupOptions>;

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
  const planned = plan(article, run, (s) => !paragraphAt(article, s.start)?.quotes.length);
  const text = applyEdits(article.text, planned.edits);
  return { text, quotes: planned.quotes, speakers: planned.speakers, reviewNotes: countNotes(text) - countNotes(article.text) };
}

/** "Suggest markup for this paragraph": offered on a paragraph without quote spans where the engine finds one. */
function suggestMarkupActions(article: ParsedArticle, range: Range, run: MarkupRun): CodeAction[] {
  const p = paragraphAt(article, article.lines.offset(range.start));
  if (!p || p.quotes.length) return [];
  const planned = plan(article, run, (s) => s.start >= p.start && s.end <= p.end);
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
    const { suggestion } = articleSuggestion(article, run);
    const span = suggestion.spans.find((s) => s.start < end && start < s.end && s.start >= p.start && s.end <= p.end && canWrapInQuote(article, s.start, s.end));
    if (!span) continue;
    const planned = plan(article, run, (s) => s === span);
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

/** The edits that mark the engine's spans that `wanted` keeps (in document offsets) and add their new speakers. */
function plan(article: ParsedArticle, run: MarkupRun, wanted: (span: SuggestedSpan) => boolean): Planned {
  const { suggestion } = articleSuggestion(article, run);
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

/** The engine's suggestion for the article's body with its markup masked, once per tree and threshold. */
const suggestions = new WeakMap<ParsedArticle, { text: string; threshold: number | undefined; suggestion: MarkupSuggestion }>();

function articleSuggestion(article: ParsedArticle, run: MarkupRun): { suggestion: MarkupSuggestion } {
  const cached = suggestions.get(article);
  if (cached && cached.text === article.text && cached.threshold === run.reviewThreshold) return cached;
  const fm = article.frontMatter;
  const body = maskedText(article);
  const input: PlainArticleInput = { body };
  if (fm?.headline) input.headline = fm.headline.value;
  if (fm?.date) input.date = fm.date.value;
  if (fm?.agency) input.agency = fm.agency.value;
  // The masked text is as long as the document: the engine's offsets are the document's.
  const suggestion = suggestMarkup(input, run);
  const entry = { text: article.text, threshold: run.reviewThreshold, suggestion };
  suggestions.set(article, entry);
  return entry;
}

/**
 * The document with everything but the body's words blanked to spaces (line breaks kept): the
 * front matter, quote brackets and speaker ids, comments and escape backslashes. Same length as
 * the document, so that offsets carry over.
 */
function maskedText(article: ParsedArticle): string {
  const t = article.text;
  const mask = new Uint8Array(t.length);
  const blank = (start: number, end: number) => mask.fill(1, start, end);
  blank(0, article.bodyStart);
  for (const q of allQuotes(article)) {
    blank(q.start, q.content.start);
    blank(q.content.end, q.end);
  }
  for (const c of article.comments) blank(c.start, c.end);
  for (const b of article.blocks) {
    if (b.type !== 'paragraph') continue;
    for (let i = b.start; i < b.end - 1; i++) {
      if (mask[i] || t[i] !== '\\') continue;
      mask[i] = 1;
      i++; // the escaped character stays
    }
  }
  let out = '';
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && !mask[i]) continue;
    out += t.slice(from, i);
    if (i === t.length) break;
    const c = t[i];
    out += c === '\n' || c === '\r' ? c : ' ';
    from = i + 1;
  }
  return out;
}
