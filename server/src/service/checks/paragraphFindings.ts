// The findings of the paragraph-local quote checks, cached per document by the check pipeline
// (not by the parser): after a keystroke only the edited paragraph is checked again.
//
// An entry is found by the paragraph's text and is valid for one context key, which must list
// everything besides the paragraph's own text that paragraph-local checks read (see
// `paragraphContextKey`). Findings are stored relative to the paragraph's start, so they stay valid
// wherever the paragraph moves. Lookup by text costs a slice and a hash of every paragraph; a
// block object the parser re-used (moved, never changed: see parser/parseArticle.ts) is found by
// position instead: `align` matches the paragraph list with the last one by object identity from
// both ends (the parser keeps the blocks before and after an edit), so that a keystroke in a very
// large article costs an array read per paragraph, not a hash lookup (issue 9: a WeakMap by block
// cost 3 ms a keystroke in a 10 MB article). The same alignment keeps each paragraph's "opens with
// a quotation mark", which the check of the paragraph before it reads.

import type { Finding } from '../diagnostics/finding';
import type { Paragraph, SpeakerDefinition } from '../syntax';
import { detach } from '../text/detach';

interface Entry {
  text: string;
  key: string;
  /** Relative to the paragraph's start. */
  findings: Finding[];
}

/**
 * What paragraph-local findings depend on besides the paragraph's text: the unattributed-quotation
 * threshold and the speakers' ids and names. Whether the next paragraph opens with a quotation
 * mark is added per paragraph by `keyFor`.
 */
export function paragraphContextKey(unattributedMinWords: number, speakers: readonly SpeakerDefinition[]): string {
  return `${unattributedMinWords}\u0001${speakers.map((s) => `${s.id}\u0000${s.name?.value ?? ''}`).join('\u0001')}`;
}

export class ParagraphFindings {
  private byText = new Map<string, Entry>();
  private contextKey = '';
  /** Two keys made once per context: comparing the same string objects is cheap. */
  private keys: [string, string] = ['0', '1'];
  /** The paragraphs of the last check, and per index their entry and whether they open with a mark. */
  private paragraphs: readonly Paragraph[] = [];
  private entries: (Entry | undefined)[] = [];
  private opens: (boolean | undefined)[] = [];

  /** Starts a check of `paragraphs`: what is known of the same paragraph objects in the last check is kept by index. */
  align(paragraphs: readonly Paragraph[]): void {
    const old = this.paragraphs;
    const entries = new Array<Entry | undefined>(paragraphs.length);
    const opens = new Array<boolean | undefined>(paragraphs.length);
    let front = 0;
    const both = Math.min(old.length, paragraphs.length);
    while (front < both && old[front] === paragraphs[front]) {
      entries[front] = this.entries[front];
      opens[front] = this.opens[front];
      front++;
    }
    for (let back = 1; back <= both - front && old[old.length - back] === paragraphs[paragraphs.length - back]; back++) {
      entries[paragraphs.length - back] = this.entries[old.length - back];
      opens[paragraphs.length - back] = this.opens[old.length - back];
    }
    this.paragraphs = paragraphs;
    this.entries = entries;
    this.opens = opens;
  }

  /** Whether paragraph `index` opens with a quotation mark, read once per paragraph object. */
  opensWithMark(index: number, read: () => boolean): boolean {
    return (this.opens[index] ??= read());
  }

  /** The key of a paragraph under `contextKey`, given whether the next paragraph opens with a mark. */
  keyFor(contextKey: string, nextOpensWithMark: boolean): string {
    if (contextKey !== this.contextKey) {
      this.contextKey = contextKey;
      this.keys = [`0${contextKey}`, `1${contextKey}`];
    }
    return this.keys[nextOpensWithMark ? 1 : 0];
  }

  /** The cached findings of paragraph `index`, `p` (relative to its start) under `key`, if any. */
  get(text: string, p: Paragraph, index: number, key: string): readonly Finding[] | undefined {
    const entry = this.entries[index] ?? this.byText.get(text.slice(p.start, p.end));
    if (!entry || entry.key !== key) return undefined;
    this.entries[index] = entry;
    return entry.findings;
  }

  /** Remembers `findings` (relative to the paragraph's start) of paragraph `index`, `p`, under `key`. */
  set(text: string, p: Paragraph, index: number, key: string, findings: Finding[]): void {
    // Detached: the entry outlives this version of the text (text/detach.ts).
    const entry: Entry = { text: detach(text.slice(p.start, p.end)), key, findings };
    // Every edited version of a paragraph adds an entry: start afresh when the cache holds far
    // more than the article (the current paragraphs are found again by index or checked anew).
    if (this.byText.size > 2 * this.paragraphs.length + 64) this.byText = new Map();
    this.byText.set(entry.text, entry);
    this.entries[index] = entry;
  }
}
