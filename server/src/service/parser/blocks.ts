// Splits the body into blocks: paragraphs (separated by blank lines), subheadings (`#`, `##`,
// `###` + space, a block of their own) and blocks made only of comments. Comments may span lines,
// blank ones included, so a blank line inside a comment does not end a block.
//
// One pass over the lines. Comment delimiters and CRs are found with a bounded indexOf
// (text/forwardSearch.ts), each result kept until the scan passes it, so the whole split stays
// linear however many lines there are, and a split that stops early reads only what it split.
// `splitBlocksSteps` is the same split in steps of LINES_PER_STEP lines (../steps.ts).

import type { Comment, TextSpan } from '../syntax';
import { isWhitespace } from '../text/characters';
import { ForwardSearch } from '../text/forwardSearch';
import { trimEnd } from '../text/scan';
import { drain } from '../steps';

const LINES_PER_STEP = 8192;

export interface RawBlock extends TextSpan {
  type: 'paragraph' | 'heading' | 'comment';
}

export interface BlockSplit {
  blocks: RawBlock[];
  comments: Comment[];
  /** Where the split stopped because `stopAt` said so (a block starts there), or -1. */
  stoppedAt: number;
}

/**
 * Splits from `bodyStart` (a line start outside any comment). `stopAt`, asked at each block's
 * first line, lets an incremental parse stop where the old blocks can be re-used.
 */
export function splitBlocks(text: string, bodyStart: number, stopAt?: (blockStart: number) => boolean): BlockSplit {
  return drain(splitBlocksSteps(text, bodyStart, stopAt));
}

export function* splitBlocksSteps(text: string, bodyStart: number, stopAt?: (blockStart: number) => boolean): Generator<void, BlockSplit> {
  const blocks: RawBlock[] = [];
  const comments: Comment[] = [];
  const len = text.length;

  // Searched no further than the line being read (a keystroke splits a few lines of a long text).
  const opens = new ForwardSearch(text, '<!--');
  const closes = new ForwardSearch(text, '-->');
  const crs = new ForwardSearch(text, '\r');

  let openComment: Comment | undefined;
  let blockStart = -1;
  let blockEnd = -1;
  let blockHasText = false; // text outside comments

  const closeBlock = () => {
    if (blockStart >= 0) blocks.push({ type: blockHasText ? 'paragraph' : 'comment', start: blockStart, end: blockEnd });
    blockStart = -1;
    blockHasText = false;
  };

  let nextLf = text.indexOf('\n', bodyStart);
  let pos = bodyStart;
  let lines = 0;
  while (pos < len) {
    if (++lines % LINES_PER_STEP === 0) yield;
    // Find the end of this line (indexOf results are kept until the scan passes them).
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    const lfOrEnd = nextLf === -1 ? len : nextLf;
    const cr = crs.before(pos, lfOrEnd);
    const lineEnd = cr === -1 ? lfOrEnd : cr;
    // The next line starts after this one's break: a CR, an LF or a CRLF (past the end for the
    // last line; charCodeAt there is NaN).
    let next = lineEnd + 1;
    if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(next) === 10) next++;

    if (!openComment) {
      let first = pos;
      while (first < lineEnd && isWhitespace(text.charCodeAt(first))) first++;
      if (first === lineEnd) { // blank line
        closeBlock();
        pos = next;
        continue;
      }
      if (isHeadingLine(text, pos)) {
        closeBlock();
        if (stopAt?.(pos)) return { blocks, comments, stoppedAt: pos };
        blocks.push({ type: 'heading', start: pos, end: trimEnd(text, pos, lineEnd) });
        scanComments(pos, lineEnd);
        blockHasText = false; // the heading's words belong to the heading, not to the next block
        pos = next;
        continue;
      }
    }
    if (blockStart < 0) {
      if (!openComment && stopAt?.(pos)) return { blocks, comments, stoppedAt: pos };
      blockStart = pos;
    }
    scanComments(pos, lineEnd);
    blockEnd = openComment ? lineEnd : trimEnd(text, pos, lineEnd);
    pos = next;
  }
  if (openComment) {
    openComment.end = len;
    openComment.body.end = len;
  }
  closeBlock();
  return { blocks, comments, stoppedAt: -1 };

  // Records comments that open or close on [from, lineEnd), and whether the line has text
  // outside comments.
  function scanComments(from: number, lineEnd: number) {
    let i = from;
    while (i < lineEnd) {
      if (openComment) {
        const close = closes.before(i, lineEnd - 2);
        if (close === -1) return; // still open at the end of the line (no `-->` ends before it)
        openComment.end = close + 3;
        openComment.body.end = close;
        openComment.closed = true;
        openComment = undefined;
        i = close + 3;
      } else {
        const open = opens.before(i, lineEnd);
        const stop = open === -1 ? lineEnd : open;
        if (!blockHasText) {
          for (let k = i; k < stop; k++) if (!isWhitespace(text.charCodeAt(k))) { blockHasText = true; break; }
        }
        if (stop === lineEnd) return;
        openComment = { start: open, end: lineEnd, body: { start: open + 4, end: lineEnd }, closed: false };
        comments.push(openComment);
        i = open + 4;
      }
    }
  }
}

/**
 * `#`, `##` or `###` at the start of a line, then a space or tab. The run of `#` needs no bound:
 * it stops at the line's end (a line break, or NaN past the text), and a longer run is no heading.
 */
function isHeadingLine(text: string, start: number): boolean {
  let i = start;
  while (text.charCodeAt(i) === 35 /* # */) i++;
  const level = i - start;
  return level >= 1 && level <= 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9);
}

