// The findings of the paragraph-local quote checks, cached per document by the check pipeline
// (not by the parser): after a keystroke only the edited paragraph is checked again.
//
// An entry is found by the paragraph's text and is valid for one context key, which must list
// everything besides the paragraph's own text that paragraph-local checks read (see
// `paragraphContextKey`). Findings are stored relative to the paragraph's start, so they stay valid
// wherever the paragraph moves. Lookup by text costs a slice and a hash of every paragraph; a
// block object the parser re-used (moved, never changed: see parser/parseArticle.ts) is found by
// identity first, which keeps a keystroke in a very large article cheap.

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
  private byBlock = new WeakMap<Paragraph, Entry>();
  private contextKey = '';
  /** Two keys made once per context: comparing the same string objects is cheap. */
  private keys: [string, string] = ['0', '1'];

  /** The key of a paragraph under `contextKey`, given whether the next paragraph opens with a mark. */
  keyFor(contextKey: string, nextOpensWithMark: boolean): string {
    if (contextKey !== this.contextKey) {
      this.contextKey = contextKey;
      this.keys = [`0${contextKey}`, `1${contextKey}`];
    }
    return this.keys[nextOpensWithMark ? 1 : 0];
  }

  /** The cached findings of `p` (relative to its start) under `key`, if any. */
  get(text: string, p: Paragraph, key: string): readonly Finding[] | undefined {
    const entry = this.byBlock.get(p) ?? this.byText.get(text.slice(p.start, p.end));
    if (!entry || entry.key !== key) return undefined;
    this.byBlock.set(p, entry);
    return entry.findings;
  }

  /** Remembers `findings` (relative to the paragraph's start) of `p` under `key`. */
  set(text: string, p: Paragraph, key: string, findings: Finding[], paragraphs: number): void {
    // Detached: the entry outlives this version of the text (text/detach.ts).
    const entry: Entry = { text: detach(text.slice(p.start, p.end)), key, findings };
    // Every edited version of a paragraph adds an entry: start afresh when the cache holds far
    // more than the article (the current paragraphs are found again by identity or checked anew).
    if (this.byText.size > 2 * paragraphs + 64) this.byText = new Map();
    this.byText.set(entry.text, entry);
    this.byBlock.set(p, entry);
  }
}
