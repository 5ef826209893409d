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
//
// After a completed check, the paragraphs kept before and after an edit need not be visited at all
// (`align` gives the range that must be): their findings are those of the last check, found
// through the list of paragraphs that had any, so that a keystroke in a 20,000-paragraph article
// costs the identity walk and the findings there are, not a lookup per paragraph.

import type { Finding } from '../diagnostics/finding';
import type { Paragraph, SpeakerDefinition } from '../syntax';
import { detach } from '../text/detach';
import { replaceInPlace } from '../text/listEdits';
import { moveFinding } from './moveFinding';

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

  /** The context key of the last check that ran to its end (undefined: none, or abandoned). */
  private checkedKey: string | undefined;
  /** The indices of the paragraphs that had findings in that check, in order. */
  private withFindings: number[] = [];
  /** Those of the check under way. */
  private nextWithFindings: number[] = [];

  /**
   * Starts a check of `paragraphs` under `contextKey`: what is known of the same paragraph objects
   * in the last check is kept by index. Returns the paragraphs [from, to) that must be checked; the
   * others are the same objects, in the same order around them, as in the last completed check
   * under the same key, and their next paragraphs too, so their findings are that check's
   * (`keptBefore`, `keptAfter`). The paragraph before the first new one is checked again: whether
   * its next paragraph opens with a quotation mark may have changed.
   */
  align(paragraphs: readonly Paragraph[], contextKey: string): { from: number; to: number } {
    const old = this.paragraphs;
    const both = Math.min(old.length, paragraphs.length);
    let front = 0;
    while (front < both && old[front] === paragraphs[front]) front++;
    let back = 0;
    while (back < both - front && old[old.length - 1 - back] === paragraphs[paragraphs.length - 1 - back]) back++;
    // Edited in place (text/listEdits.ts): the paragraphs between are unknown until checked.
    const middle = new Array<undefined>(paragraphs.length - front - back).fill(undefined);
    this.entries = replaceInPlace(this.entries, front, old.length - back, middle);
    this.opens = replaceInPlace(this.opens, front, old.length - back, middle);
    const reuse = this.checkedKey === contextKey;
    const from = reuse ? Math.max(0, front - 1) : 0;
    const to = reuse ? paragraphs.length - back : paragraphs.length;
    // The last check's paragraphs with findings: those kept before `from`, and those kept after
    // `to` at their new indices.
    const shift = paragraphs.length - old.length;
    this.keptFront = [];
    this.keptBack = [];
    if (reuse) {
      for (const i of this.withFindings) {
        if (i < from) this.keptFront.push(i);
        else if (i >= old.length - back) this.keptBack.push(i + shift); // new index >= to
      }
    }
    this.paragraphs = paragraphs;
    this.checkedKey = undefined; // until this check completes
    this.nextWithFindings = this.keptFront.slice();
    return { from, to };
  }

  private keptFront: number[] = [];
  private keptBack: number[] = [];

  /** Pushes the findings of the kept paragraphs before `from`, moved to where the paragraphs are now. */
  keptBefore(out: Finding[]): void {
    for (const i of this.keptFront) this.pushPlaced(i, out);
  }

  /** Pushes the findings of the kept paragraphs from `to` on, moved to where they are now. */
  keptAfter(out: Finding[]): void {
    for (const i of this.keptBack) this.pushPlaced(i, out);
  }

  private pushPlaced(index: number, out: Finding[]): void {
    const start = this.paragraphs[index].start;
    for (const f of this.entries[index]!.findings) out.push(moveFinding(f, start));
  }

  /** Notes that paragraph `index` (checked, in order) has findings. */
  hasFindings(index: number): void {
    this.nextWithFindings.push(index);
  }

  /** Ends the check that `align` started under `contextKey`: the next one may re-use it. */
  completed(contextKey: string): void {
    for (const i of this.keptBack) this.nextWithFindings.push(i);
    this.withFindings = this.nextWithFindings;
    this.nextWithFindings = [];
    this.checkedKey = contextKey;
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
