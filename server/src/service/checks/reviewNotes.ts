// Review notes: what `newsmark markup` and the editor's markup suggestions write after a quote
// span they were unsure of (spec section 8), and their check, `markup-uncertain`. The grammar is
// `<!-- newsmark-review: WHAT -->` with WHAT `speaker`, `end` or `kind`, and for a speaker with a
// second candidate `<!-- newsmark-review: speaker, or @id -->`. Each note is a hint with two
// quick fixes, never preferred (fix-all must not accept a review nobody made): "Accept" removes
// the note; "Use @id instead" gives the quote to the second candidate.

import { speakerIndex } from '../context/articleContext';
import type { Finding, FixProposal, OffsetEdit } from '../diagnostics/finding';
import { addSpeakerEdit } from '../edits/addSpeaker';
import { titleCase } from '../labels';
import { allQuotes, type Comment, type ParsedArticle, type Quote } from '../syntax';

const PREFIX = 'newsmark-review:';
export type ReviewWhat = 'speaker' | 'end' | 'kind';

interface ReviewNote {
  what: ReviewWhat;
  /** The second candidate's id (`or @id`), if any. */
  alternative?: string;
}

const WHAT_MESSAGES: Record<ReviewWhat, string> = {
  speaker: 'The markup tool was unsure who said this',
  end: 'The markup tool was unsure where this quote ends',
  kind: 'The markup tool was unsure this is a quote',
};

/** The text of a review note, as the markup writes it after `]{@id}`. */
export function reviewNoteText(what: ReviewWhat, alternative?: string): string {
  return `<!-- ${PREFIX} ${what}${what === 'speaker' && alternative ? `, or @${alternative}` : ''} -->`;
}

/** The note in a comment's text (between `<!--` and `-->`), or undefined when it is no review note. */
function readReviewNote(body: string): ReviewNote | undefined {
  const text = body.trim();
  if (!text.startsWith(PREFIX)) return undefined;
  const [whatPart, ...rest] = text.slice(PREFIX.length).split(',');
  const word = whatPart.trim();
  const what: ReviewWhat = word === 'end' || word === 'kind' ? word : 'speaker';
  const or = /^\s*or\s+@([a-z][a-z0-9_-]*)\s*$/.exec(rest.join(','));
  return or ? { what, alternative: or[1] } : { what };
}

export function checkReviewNotes(article: ParsedArticle): Finding[] {
  const findings: Finding[] = [];
  // The quotes are indexed only when a note is found: most articles have none, and indexing every
  // quote of a very large article after each keystroke cost more than the rest of the check.
  let reviewed: Map<number, Quote> | undefined;
  for (const c of article.comments) {
    if (!c.closed) continue;
    const note = readReviewNote(article.text.slice(c.body.start, c.body.end));
    if (!note) continue;
    reviewed ??= reviewedQuotes(article);
    const quote = reviewed.get(c.start);
    const fixes: FixProposal[] = [{ title: 'Accept (remove the review note)', edits: [removal(article.text, c)] }];
    if (quote && note.alternative && note.alternative !== quote.speakerId) fixes.push(useAlternative(article, c, quote, note.alternative));
    const who = quote ? ` (${quote.speakerId ? `@${quote.speakerId}` : 'no speaker'}${note.alternative ? `, or @${note.alternative}` : ''})` : '';
    findings.push({
      code: 'markup-uncertain', start: c.start, end: c.end,
      message: `${WHAT_MESSAGES[note.what]}${who}: check it, then accept or change it`,
      fixes,
      ...(quote ? { related: [{ start: quote.start, end: quote.end, message: 'The quote under review' }] } : {}),
    });
  }
  return findings;
}

/** Quotes by where a note right after them would start (spaces and tabs between are allowed). */
function reviewedQuotes(article: ParsedArticle): Map<number, Quote> {
  const byEnd = new Map<number, Quote>();
  const t = article.text;
  for (const q of allQuotes(article)) {
    let at = q.end;
    while (t[at] === ' ' || t[at] === '\t') at++;
    byEnd.set(at, q);
  }
  return byEnd;
}

function useAlternative(article: ParsedArticle, c: Comment, quote: Quote, id: string): FixProposal {
  const edits: OffsetEdit[] = [{ start: quote.speakerSpan.start, end: quote.speakerSpan.end, newText: id }, removal(article.text, c)];
  // The draft lists the speakers it found, so the candidate is usually there; if the writer removed
  // it, it comes back with a name made from its id, for the writer to complete.
  if (!speakerIndex(article).definitions.has(id)) edits.unshift(addSpeakerEdit(article, id, titleCase(id)));
  return { title: `Use @${id} instead`, edits };
}

/** The note, and spaces before it that would be left at a line's end. */
function removal(t: string, c: Comment): OffsetEdit {
  let start = c.start;
  const after = t[c.end];
  if (after === undefined || after === '\n' || after === '\r') while (start > 0 && (t[start - 1] === ' ' || t[start - 1] === '\t')) start--;
  return { start, end: c.end, newText: '' };
}
