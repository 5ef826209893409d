// A stretch of a document's text by offsets: the one shape the tree (syntax.ts) and the line
// index (lineIndex.ts) both speak. It lives below both so that neither depends on the other.

export interface TextSpan {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}
