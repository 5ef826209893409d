// A source read once per text: its words (markup blanked, offsets kept), an index from each word
// to where it stands, and its line index for locations. Quotes are looked up through the index
// (matching.ts votes for the stretch where most of a quote's words stand) and aligned only there,
// so a 200 KB transcript costs one pass to index and a few small alignments per quote.
// Indexes are kept per uri while the text is the same: every request carries the sources' texts.

import { LineIndex } from '../text/lineIndex';
import { blankMarkup, sourceKind, wordsOf, type Word } from './words';

/** A source file as the embedder hands it to the service: read, or why not. */
export interface SourceFile {
  /** The path as the front matter writes it (the service matches entries by it). */
  path: string;
  uri: string;
  text?: string;
  /** Why the file could not be used, naming the path tried: set when `text` is absent. */
  problem?: string;
}

export interface SourceIndex {
  uri: string;
  text: string;
  lines: LineIndex;
  words: Word[];
  /** Word key → the indexes in `words` where it stands, in order. */
  positions: Map<string, number[]>;
}

function indexSource(file: SourceFile & { text: string }): SourceIndex {
  const words = wordsOf(blankMarkup(file.text, sourceKind(file.path)));
  const positions = new Map<string, number[]>();
  for (let k = 0; k < words.length; k++) {
    const at = positions.get(words[k].key);
    if (at) at.push(k);
    else positions.set(words[k].key, [k]);
  }
  return { uri: file.uri, text: file.text, lines: LineIndex.of(file.text), words, positions };
}

/** The indexes of the sources, by uri, each kept while its text is the same. */
export class SourceIndexCache {
  private readonly byUri = new Map<string, SourceIndex>();

  get(file: SourceFile & { text: string }): SourceIndex {
    const known = this.byUri.get(file.uri);
    if (known && known.text === file.text) return known;
    const index = indexSource(file);
    // An article cites a handful of sources, the open articles a few dozen; each index holds its source's words.
    if (this.byUri.size >= 32) this.byUri.delete(this.byUri.keys().next().value!);
    this.byUri.set(file.uri, index);
    return index;
  }
}
