// The gold set as the evaluation compares against it: each hand-marked article of test/markup/gold/
// turned into the same shape a system answers in (a MarkupSuggestion, every confidence 1), with its
// spans in offsets of the *plain body*, the text the systems are given. The gold's quote offsets
// are offsets into the .news source (front matter and markup included); they are carried into the
// published text by strip() itself, so no second notion of "published" exists to drift from it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// The plain file is read by the service's own reader, as `newsmark markup` and the editor read it,
// so the evaluation's input is exactly what the front ends give the engine.
import { strip, allQuotes, readPlainArticle, type ParsedArticle, type Quote } from '../../server/src/service';
import { testService } from '../support/service';
import type { MarkupSuggestion, PlainArticle, SuggestedSpeaker } from './suggestion';

/** `gold`: the development set the engine was tuned against; `heldout`: written later, never tuned against. */
export type GoldSet = 'gold' | 'heldout';

export interface GoldArticle {
  /** "03-xinhua-pakistan-hydropower". */
  name: string;
  input: PlainArticle;
  gold: MarkupSuggestion;
}

/** The articles of a set in their numbered order, or only those whose number is in `numbers`. */
export function loadGold(numbers?: readonly number[], set: GoldSet = 'gold'): GoldArticle[] {
  const GOLD_DIR = path.resolve(__dirname, set);
  if (set === 'heldout' && !existsSync(GOLD_DIR)) return [];
  return readdirSync(GOLD_DIR)
    .filter((f) => /^\d\d-[a-z0-9-]+\.news$/.test(f))
    .sort()
    .filter((f) => !numbers || numbers.includes(Number(f.slice(0, 2))))
    .map((f) => {
      const name = f.replace(/\.news$/, '');
      const input = readPlainArticle(readFileSync(path.join(GOLD_DIR, `${name}.txt`), 'utf8'));
      const gold = goldSuggestion(readFileSync(path.join(GOLD_DIR, f), 'utf8'), input.body, name);
      return { name, input, gold };
    });
}

const OPENS = '\uE000';
const CLOSES = '\uE001';

/** The gold article's speakers and spans, the spans in offsets of its published text `body`. */
export function goldSuggestion(newsText: string, body: string, label = 'gold'): MarkupSuggestion {
  const service = testService();
  const article = service.parse({ uri: `file:///gold/${label}.news`, version: 1, getText: () => newsText }) as ParsedArticle;
  const published = strip(article);
  if (published !== body) throw new Error(`${label}: the plain body is not the published text of the gold (run make-plain.mjs)`);
  const quotes = [...allQuotes(article)];
  const offsets = publishedOffsets(service, newsText, quotes, published, label);
  const speakers: SuggestedSpeaker[] = (article.frontMatter?.speakers ?? []).map((s) => ({
    id: s.id,
    name: s.name?.value ?? s.id,
    aliases: s.aliases.map((a) => a.text),
    kind: s.kind,
    confidence: 1,
  }));
  const spans = quotes.map((q, i) => ({ ...offsets[i], speakerId: q.speakerId, kind: q.kind, confidence: 1 }));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { speakers, spans };
}

/**
 * Where each quote's words start and end in the published text. A private-use character is put
 * just inside each quote's brackets in the source; strip() carries the characters along with the
 * words, in source order, and their places in its output (less the characters before them) are
 * the offsets. The result is checked: the output without the characters must be `published`.
 */
function publishedOffsets(service: ReturnType<typeof testService>, text: string, quotes: Quote[], published: string, label: string): { start: number; end: number }[] {
  const marks = quotes.flatMap((q, quote) => [
    { at: q.content.start, mark: OPENS, quote },
    { at: q.content.end, mark: CLOSES, quote },
  ]);
  // At one place a closing mark comes before an opening one (a span closing where the next opens).
  marks.sort((a, b) => a.at - b.at || (a.mark === CLOSES ? -1 : 1) - (b.mark === CLOSES ? -1 : 1));
  let marked = '';
  let from = 0;
  for (const m of marks) {
    marked += text.slice(from, m.at) + m.mark;
    from = m.at;
  }
  marked += text.slice(from);
  const out = strip(service.parse({ uri: `file:///gold/${label}.marked.news`, version: 1, getText: () => marked }) as ParsedArticle);
  const result = quotes.map(() => ({ start: -1, end: -1 }));
  let plain = '';
  let next = 0;
  for (const ch of out) {
    if (ch !== OPENS && ch !== CLOSES) { plain += ch; continue; }
    const m = marks[next++];
    if (!m || m.mark !== ch) throw new Error(`${label}: the quote marks came out of strip() out of order`);
    if (ch === OPENS) result[m.quote].start = plain.length;
    else result[m.quote].end = plain.length;
  }
  if (next !== marks.length || plain !== published) throw new Error(`${label}: marking the quotes changed the published text`);
  return result;
}
