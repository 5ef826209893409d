// Code actions: quick fixes for the diagnostics the editor shows, fix-all, and "mark as quote" on a
// selection. The quick fixes come from this version's own diagnostics (cached per parse by
// DocumentProblems), not from the `data` the client sends back, which may be a version old;
// fix-all runs the checks again.

import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Finding, OffsetEdit } from '../diagnostics/finding';
import { FIX_ALL_KIND, MARK_AS_QUOTE_KIND } from '../../protocol';
import type { Cancellation } from '../cancellation';
import { DIAGNOSTIC_SOURCE, fixesOf } from '../diagnostics/toLsp';
import { addSpeakerEdit } from '../edits/addSpeaker';
import type { ServiceOptions } from '../options';
import { paragraphAt } from '../query';
import { walkQuotes, type Paragraph, type ParsedArticle, type SpeakerDefinition } from '../syntax';
import { speakerIndex } from '../context/articleContext';
import { isWhitespace } from '../text/characters';
import { isEscaped } from '../text/scan';
import { appendAll } from '../text/listEdits';
import { fixAllEdits } from './fixAll';
import type { DocumentProblems } from './problems';
import { speakerLabel } from '../labels';

const FIX_ALL_TITLE = 'Fix all auto-fixable NewsMark problems';
/** The id the "new speaker" variant of mark-as-quote gives its speaker (numbered if taken). */
const NEW_SPEAKER_ID = 'new-speaker';

/** `problems`: the document's problems, whose diagnostics of this parse are usually cached already. */
export function getCodeActions(article: ParsedArticle, range: Range, context: CodeActionContext, options: ServiceOptions, problems: DocumentProblems, token: Cancellation): CodeAction[] {
  const only = context.only?.length ? context.only : undefined;
  const wanted = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  // appendAll, not push(...): a selection can carry more diagnostics than V8 takes arguments.
  if (wanted(CodeActionKind.QuickFix)) appendAll(actions, quickFixes(article, context, problems.diagnostics(article, options, token)));
  // Fix-all is a source action: offered only when the client asks for source actions
  // (on save, or the Source Action menu), never in the light bulb.
  if (only && wanted(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(article, problems.findings(article, options, token));
    if (fixAll) actions.push(fixAll);
  }
  if (wanted(MARK_AS_QUOTE_KIND)) appendAll(actions, markAsQuoteActions(article, range));
  return actions;
}

/**
 * The editor sends back the diagnostics it shows, with the fixes computed for the version they
 * were published for. After an edit and before the next publish those positions are stale, so a
 * fix is only offered for a diagnostic that this version still has, at the same place, and its
 * edits are taken from this version.
 */
function quickFixes(article: ParsedArticle, context: CodeActionContext, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const sent = (context.diagnostics ?? []).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (!sent.length) return actions;
  const current = new Map<string, Diagnostic>();
  for (const d of diagnostics) current.set(diagnosticKey(d), d);
  for (const d of sent) {
    const now = current.get(diagnosticKey(d));
    if (!now) continue;
    for (const fix of fixesOf(now)) {
      const elsewhere = fix.elsewhere ?? {};
      if (!Array.isArray(fix.edits) || (!fix.edits.length && !Object.keys(elsewhere).length)) continue;
      const edit = workspaceEdit(article, fix.edits);
      // An article's edits and another file's (the registry) in one workspace edit.
      for (const [uri, edits] of Object.entries(elsewhere)) if (uri !== article.uri) edit.changes![uri] = edits;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: !!fix.preferred,
        edit,
      });
    }
  }
  return actions;
}

function fixAllAction(article: ParsedArticle, findings: readonly Finding[]): CodeAction | undefined {
  const edits = fixAllEdits(findings);
  if (!edits.length) return undefined;
  return { title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: workspaceEdit(article, toTextEdits(article, edits)) };
}

// ---------------------------------------------------------------------------------------------
// Mark as quote

function markAsQuoteActions(article: ParsedArticle, range: Range): CodeAction[] {
  const span = quotableSelection(article, range);
  if (!span) return [];
  const wrap = (id: string): OffsetEdit[] => [
    { start: span.start, end: span.start, newText: '[' },
    { start: span.end, end: span.end, newText: `]{@${id}}` },
  ];
  const actions: CodeAction[] = [];
  for (const s of speakersToOffer(article)) {
    actions.push({
      title: `Mark as quote by ${speakerLabel(article, s.id)}`,
      kind: MARK_AS_QUOTE_KIND,
      edit: workspaceEdit(article, toTextEdits(article, wrap(s.id))),
    });
  }
  const id = freeSpeakerId(article);
  const name = id === NEW_SPEAKER_ID ? 'New Speaker' : `New Speaker ${id.slice(NEW_SPEAKER_ID.length + 1)}`;
  actions.push({
    title: 'Mark as quote by new speaker…',
    kind: MARK_AS_QUOTE_KIND,
    edit: workspaceEdit(article, toTextEdits(article, [addSpeakerEdit(article, id, name), ...wrap(id)])),
  });
  return actions;
}

/**
 * The selection, trimmed of surrounding whitespace, when wrapping it in `[...]{@id}` gives valid
 * markup: non-empty, inside one paragraph, and neither cutting a quote span or a comment nor
 * holding an unbalanced bracket. A selection may hold whole quotes (it then reports them
 * second-hand) or lie inside a quote's words (it then becomes a nested quote).
 *
 * Offered only for a real selection of words (issue 13, item 17): some clients send the range of
 * the diagnostic at the cursor (eglot, a `dateline-date` problem on `Feb`), and one keystroke
 * must not turn a dateline date into a quote. So the selection must hold a letter or digit outside
 * comments, cut no word at either end, and touch neither the dateline nor a stray `{@id}`.
 */
function quotableSelection(article: ParsedArticle, range: Range): { start: number; end: number } | undefined {
  const t = article.text;
  let start = article.lines.offset(range.start);
  let end = article.lines.offset(range.end);
  if (end < start) [start, end] = [end, start];
  while (start < end && isWhitespace(t.charCodeAt(start))) start++;
  while (end > start && isWhitespace(t.charCodeAt(end - 1))) end--;
  if (!isSelectionOfWords(article, start, end)) return undefined;
  if (article.dateline && touches(article.dateline, start, end)) return undefined;
  if (!canWrapInQuote(article, start, end)) return undefined;
  const orphanReference = paragraphAt(article, start)?.problems.some((p) => p.code === 'quote-orphan' && touches(p, start, end));
  return orphanReference ? undefined : { start, end };
}

/** A letter or digit outside comments, and no word cut in two at either end. */
function isSelectionOfWords(article: ParsedArticle, start: number, end: number): boolean {
  const t = article.text;
  if (isWordChar(t, start - 1) && isWordChar(t, start)) return false;
  if (isWordChar(t, end - 1) && isWordChar(t, end)) return false;
  const comments = article.comments.filter((c) => touches(c, start, end));
  for (let i = start; i < end; i++) {
    const comment = comments.find((c) => i >= c.start && i < c.end);
    if (comment) i = comment.end - 1;
    else if (isWordChar(t, i)) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (t: string, i: number) => i >= 0 && i < t.length && WORD_CHAR.test(t[i]);
/** Whether [start, end) and the span share a character. */
const touches = (span: { start: number; end: number }, start: number, end: number) => start < span.end && span.start < end;

/**
 * Whether `[` at `start` and `]{@id}` at `end` give valid markup: a non-empty stretch of one
 * paragraph that cuts no quote span or comment and holds no unbalanced bracket (the markup
 * suggestions wrap the engine's spans only when this holds).
 */
export function canWrapInQuote(article: ParsedArticle, start: number, end: number): boolean {
  const t = article.text;
  if (start >= end || start < article.bodyStart) return false;
  const block = paragraphAt(article, start);
  if (!block || end > block.end) return false;
  if (/\r?\n[ \t]*\r?\n/.test(t.slice(start, end))) return false;
  if (crossesQuote(block, start, end)) return false;
  if (article.comments.some((c) => cuts(c, start, end))) return false;
  return safeToWrap(t, start, end);
}

/**
 * Whether [start, end) overlaps a comment without holding all of it. Words inside a comment are
 * no quote (the comment is stripped), and a selection ending at `-->` would put `[` inside it.
 */
function cuts(span: { start: number; end: number }, start: number, end: number): boolean {
  const overlaps = start < span.end && span.start < end;
  const holdsSpan = start <= span.start && end >= span.end;
  return overlaps && !holdsSpan;
}

function crossesQuote(p: Paragraph, start: number, end: number): boolean {
  for (const q of walkQuotes(p.quotes)) {
    if (end <= q.start || start >= q.end) continue; // apart
    if (start <= q.start && end >= q.end) continue; // holds the whole quote
    if (start >= q.content.start && end <= q.content.end) continue; // inside its words
    return true;
  }
  return false;
}

/** Brackets balance and no backslash escapes the brackets the wrap adds. */
function safeToWrap(t: string, start: number, end: number): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = t[i];
    if (ch === '\\') {
      if (i + 1 >= end) return false; // `[` + `\` + `]` would escape the closing bracket
      i++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']' && --depth < 0) return false;
  }
  // A backslash just before the selection would escape the opening bracket.
  return depth === 0 && !isEscaped(t, start);
}

/**
 * The speakers "mark as quote" offers: the article's own, then the registry's that the article
 * quotes or mentions already (a registry may hold hundreds).
 */
function speakersToOffer(article: ParsedArticle): SpeakerDefinition[] {
  const { definitions, fromRegistry, quotes, mentions } = speakerIndex(article);
  return [...definitions.values()].filter((s) => !fromRegistry(s.id) || quotes.has(s.id) || mentions.has(s.id));
}

function freeSpeakerId(article: ParsedArticle): string {
  const taken = speakerIndex(article).definitions;
  if (!taken.has(NEW_SPEAKER_ID)) return NEW_SPEAKER_ID;
  let n = 2;
  while (taken.has(`${NEW_SPEAKER_ID}-${n}`)) n++;
  return `${NEW_SPEAKER_ID}-${n}`;
}

// ---------------------------------------------------------------------------------------------

export function toTextEdits(article: ParsedArticle, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: article.lines.range(e), newText: e.newText }));
}

function diagnosticKey(d: Diagnostic): string {
  const r = d.range;
  return `${String(d.code)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function workspaceEdit(article: ParsedArticle, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [article.uri]: edits } };
}
