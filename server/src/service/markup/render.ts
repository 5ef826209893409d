// The NewsMark draft of a plain article: a front matter with the speakers found, then the body
// with quote spans and review notes. The body stays verbatim: every character of the input is
// written so that strip() publishes it unchanged (docs/markup.md, "The body is verbatim"):
//  - `[`, `]`, `{` and `\` are escaped (`\[`, `\]`, `\{`, `\\`), which strip resolves;
//  - `<!--` would open a comment: an empty comment `<!---->` after its `<` breaks it up;
//  - a line opening with one to three `#` and a space would be a subheading: an empty comment
//    before it keeps it a line of text.
// Comments are never published, so the notes and these breakers leave the published text alone.

import { yamlString } from '../edits/addSpeaker';
import { recogniseDateline } from '../parser/dateline/recognise';
import { paragraphsOf } from './text';
import type { MarkupOptions, MarkupSuggestion, PlainArticleInput, SuggestedSpan, SuggestedSpeaker } from './types';
import { DEFAULT_REVIEW_THRESHOLD } from './types';

const BREAK = '<!---->';

export function renderDraft(input: PlainArticleInput, suggestion: MarkupSuggestion, options: Partial<MarkupOptions> = {}): string {
  const threshold = options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const body = input.body;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  return frontMatter(input, suggestion.speakers, eol) + eol + markBody(body, validSpans(body, suggestion.spans), threshold);
}

function frontMatter(input: PlainArticleInput, speakers: SuggestedSpeaker[], eol: string): string {
  const lines = ['---'];
  if (input.headline !== undefined) lines.push(`headline: ${JSON.stringify(input.headline)}`);
  if (input.date !== undefined) lines.push(`date: ${/^\d{4}-\d\d-\d\d$/.test(input.date) ? input.date : JSON.stringify(input.date)}`);
  const agency = input.agency ?? datelineAgency(input.body);
  if (agency !== undefined) lines.push(`agency: ${yamlString(agency)}`);
  if (speakers.length) {
    lines.push('speakers:');
    for (const s of speakers) {
      lines.push(`  ${s.id}:`, `    name: ${yamlString(s.name)}`);
      if (s.role) lines.push(`    role: ${yamlString(s.role)}`);
      if (s.org) lines.push(`    org: ${yamlString(s.org)}`);
      lines.push(`    aliases: [${s.aliases.map((a) => JSON.stringify(a)).join(', ')}]`);
      if (s.kind !== 'person') lines.push(`    kind: ${s.kind}`);
      if (s.reason) lines.push(`    reason: ${yamlString(s.reason)}`);
    }
  }
  lines.push('---', '');
  return lines.join(eol);
}

/** The agency in the dateline's parentheses, for a front matter when the input names none. */
function datelineAgency(body: string): string | undefined {
  const first = paragraphsOf(body)[0];
  const d = first ? recogniseDateline(body, first.start, first.end) : undefined;
  return d?.agency?.text;
}

/** Spans that fit the body: inside it, not empty, not crossing a blank line or one another. */
function validSpans(body: string, spans: SuggestedSpan[]): SuggestedSpan[] {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= body.length && s.start < s.end && !crossesBlankLine(body, s.start, s.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SuggestedSpan[] = [];
  const open: SuggestedSpan[] = [];
  for (const s of sorted) {
    while (open.length && open[open.length - 1].end <= s.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && (s.end > parent.end || (s.start === parent.start && s.end === parent.end))) continue; // crossing or duplicate
    kept.push(s);
    open.push(s);
  }
  return kept;
}

function crossesBlankLine(body: string, start: number, end: number): boolean {
  let lineBlank = false;
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (lineBlank) return true;
      lineBlank = true;
    } else if (c !== 32 && c !== 9) lineBlank = false;
  }
  return false;
}

function markBody(body: string, spans: SuggestedSpan[], threshold: number): string {
  // Openings and closings by offset; at one offset closings come first (inner spans end first).
  const opens = new Map<number, number>();
  const closes = new Map<number, SuggestedSpan[]>();
  for (const s of spans) {
    opens.set(s.start, (opens.get(s.start) ?? 0) + 1);
    const list = closes.get(s.end) ?? [];
    list.push(s);
    closes.set(s.end, list);
  }
  for (const list of closes.values()) list.sort((a, b) => b.start - a.start);
  let out = '';
  let lineStart = true;
  for (let i = 0; i <= body.length; i++) {
    const closing = closes.get(i);
    if (closing) for (const s of closing) out += `]{@${s.speakerId}}${reviewNote(s, threshold)}`;
    if (i === body.length) break;
    const opening = opens.get(i);
    if (lineStart && headingAhead(body, i)) out += BREAK;
    if (opening) out += '['.repeat(opening);
    const ch = body[i];
    if (ch === '[' || ch === ']' || ch === '{' || ch === '\\') out += `\\${ch}`;
    else if (ch === '<' && body.startsWith('<!--', i)) out += `<${BREAK}`;
    else out += ch;
    lineStart = ch === '\n' || ch === '\r';
  }
  return out;
}

/** `#`, `##` or `###` then a space or tab: what the parser takes for a subheading. */
function headingAhead(body: string, i: number): boolean {
  let k = i;
  while (body[k] === '#') k++;
  return k - i >= 1 && k - i <= 3 && (body[k] === ' ' || body[k] === '\t');
}

function reviewNote(s: SuggestedSpan, threshold: number): string {
  if (s.confidence >= threshold && !s.review) return '';
  const what = s.review ?? 'speaker';
  const alt = what === 'speaker' && s.alternativeSpeakerId ? `, or @${s.alternativeSpeakerId}` : '';
  return `<!-- newsmark-review: ${what}${alt} -->`;
}
