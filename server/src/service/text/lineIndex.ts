// Offsets <-> LSP positions (line, UTF-16 character). Line breaks are LF, CRLF or a lone CR, as
// in the LSP specification; the line break belongs to the line it ends.
//
// Line starts are found with indexOf (native, fast), and after an edit only the edited stretch is
// scanned again: the starts before it are kept and those after it are moved.

import type { Position, Range } from 'vscode-languageserver-types';
import { ForwardSearch } from './forwardSearch';
import { replaced } from './listEdits';
import type { TextSpan } from './span';

export class LineIndex {
  private constructor(readonly text: string, readonly lineStarts: number[]) {}

  static of(text: string): LineIndex {
    const starts = [0];
    scanLineStarts(text, 0, text.length, starts);
    return new LineIndex(text, starts);
  }

  /**
   * The index of `text`, made from `prev` (the index of the text before an edit that kept the
   * first `prefix` characters and the last `suffix` characters).
   */
  static afterEdit(prev: LineIndex, text: string, prefix: number, suffix: number): LineIndex {
    const old = prev.lineStarts;
    const oldChangedEnd = prev.text.length - suffix;
    const newChangedEnd = text.length - suffix;
    const delta = text.length - prev.text.length;
    // Keep the starts whose preceding line break lies before the edit (with a margin of one
    // character for a CRLF pair cut by the edit).
    // At least the first start (0) is kept: it is <= any value the bound is asked about.
    const keep = upperBound(old, Math.max(0, prefix - 1)); // starts <= prefix - 1
    const resume = upperBound(old, oldChangedEnd + 2);
    const rescanned: number[] = [];
    scanLineStarts(text, old[keep - 1], Math.min(text.length, newChangedEnd + 2), rescanned);
    // One copy of the starts, edited (text/listEdits.ts), then those after the edit moved in place:
    // pushing them one by one cost a millisecond a keystroke in a 10 MB article (issue 9).
    const starts = replaced(old, keep, resume, rescanned);
    if (delta) for (let i = keep + rescanned.length; i < starts.length; i++) starts[i] += delta;
    return new LineIndex(text, starts);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = upperBound(this.lineStarts, o) - 1;
    // An offset between the CR and LF of a line break is not a position: it maps to the line's end.
    return { line, character: Math.min(o, this.lineEnd(line)) - this.lineStarts[line] };
  }

  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  range(span: TextSpan): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1]; // >= 1: every start but the first follows a line break
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.lineStarts[line]);
  }

  lineOf(offset: number): number {
    return this.position(offset).line;
  }
}

/** Pushes the line starts s with from < s <= limit, looking at the characters in [from, limit). */
function scanLineStarts(text: string, from: number, limit: number, starts: number[]) {
  // CRs are searched no further than the next LF or the limit: a text without any is not read to its end.
  const crs = new ForwardSearch(text, '\r');
  let lf = text.indexOf('\n', from);
  let at = from;
  for (;;) {
    const cr = crs.before(at, lf === -1 ? limit : Math.min(lf, limit));
    const next = cr === -1 ? lf : cr;
    if (next === -1) return;
    let start = next + 1;
    if (next === cr && text.charCodeAt(next + 1) === 10) start = next + 2; // CRLF
    if (start > limit) return; // a break at or past the limit, or a CRLF the limit cuts
    starts.push(start);
    at = start;
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
  }
}

/** The number of elements <= value in a sorted array. */
function upperBound(a: number[], value: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= value) lo = mid + 1; else hi = mid;
  }
  return lo;
}
