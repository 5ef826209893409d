// One plain article to one NewsMark draft: read it (plain, with the agencies' header, or NITF),
// fill what it lacks from the command line, run the markup engine, and write the draft (or hand
// it back for standard output). Plain data in and out, so that it runs in worker threads too;
// like check's analyse(), it is the per-file error boundary.

import { readPlainArticle, renderDraft, suggestMarkup, type PlainArticleInput } from '../../service';
import { reason } from '../files';
import { readRegularFileSync } from '../../workspace/regularFiles';
import { writeAtomically } from '../atomicWrite';
import { looksLikeXml, NotNitfError, readNitf } from './nitf';

/** What the command line gives for articles that lack it (`--headline`, `--date`, `--agency`). */
type Fill = Pick<PlainArticleInput, 'headline' | 'date' | 'agency'>;

export interface MarkupTask {
  file: string;
  /** The path as messages show it. */
  display: string;
  /** Where to write the draft; undefined: return it (standard output). */
  output?: string;
  fill: Fill;
  reviewThreshold?: number;
}

export interface MarkupResult {
  display: string;
  /** One line, when the file could not be read, understood or written. */
  error?: string;
  /** The draft, when it was not written to a file. */
  draft?: string;
  /** Review notes in the draft: spans the editor should look at. */
  reviewNotes: number;
}

/** The article in a file's text: NITF when it is XML, else plain (with or without a header). */
function readInput(text: string): PlainArticleInput {
  return looksLikeXml(text) ? readNitf(text) : readPlainArticle(text);
}

/** `read`: the text of the input (standard input hands its text over; files are read here). */
export function markupFile(task: MarkupTask, read: () => string = () => readRegularFileSync(task.file).toString('utf8')): MarkupResult {
  const base = { display: task.display, reviewNotes: 0 };
  let text: string | undefined;
  let draft: string;
  let reviewNotes: number;
  try {
    text = read();
    const input = readInput(text);
    for (const key of ['headline', 'date', 'agency'] as const) if (input[key] === undefined && task.fill[key] !== undefined) input[key] = task.fill[key];
    const errors: unknown[] = [];
    const options = { onError: (e: unknown) => errors.push(e), ...(task.reviewThreshold !== undefined ? { reviewThreshold: task.reviewThreshold } : {}) };
    const suggestion = suggestMarkup(input, options);
    if (errors.length) return { ...base, error: `cannot mark up "${task.display}": ${reason(errors[0])}` };
    draft = renderDraft(input, suggestion, options);
    reviewNotes = countReviewNotes(draft);
  } catch (e) {
    // Unreadable, or XML that is not NITF: a read error; anything else is the engine's bug.
    const what = text === undefined || e instanceof NotNitfError ? 'cannot read' : 'cannot mark up';
    return { ...base, error: `${what} "${task.display}": ${reason(e)}` };
  }
  if (task.output === undefined) return { ...base, draft, reviewNotes };
  try {
    writeAtomically(task.output, draft);
  } catch (e) {
    return { ...base, error: `cannot write the draft to "${task.output}": ${reason(e)}` };
  }
  return { ...base, reviewNotes };
}

function countReviewNotes(draft: string): number {
  let n = 0;
  for (let i = draft.indexOf('<!-- newsmark-review:'); i >= 0; i = draft.indexOf('<!-- newsmark-review:', i + 1)) n++;
  return n;
}
