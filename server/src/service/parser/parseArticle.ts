// Parses a whole article: BOM, front matter, blocks, then each paragraph's inline markup.
//
// Incremental: the parser keeps the last version's text and tree. For a new version it finds the
// edited stretch (common prefix and suffix), splits blocks again only from the block before the
// edit until the split lines up with an old block after it, and re-uses every other block: those
// before the edit as they are, those after it moved by the edit's length. Paragraphs that were
// split again are looked up by their text in a cache before being parsed, so undo and
// front-matter edits re-parse nothing either.
//
// The blocks after the edit are moved IN PLACE (as tree-sitter edits its trees): allocating a copy
// of half a very large article on every keystroke cost more than everything else together. So a
// ParsedArticle is valid until the next parse of the same document: use it, don't keep it. A block
// object found again in a later tree covers the same text (only its offsets moved), so derived
// results may be cached per block object (checks/paragraphFindings.ts does).
//
// The lists the checks walk after every keystroke (the paragraphs, the quotes and their counts per
// speaker: syntax.ts memoises them per tree) are joined from the last tree's when it made them,
// as the mentions are: found by binary search, never rebuilt from every block (issue 9).
//
// Resumable: `parseSteps` yields between bounded pieces of work (every BLOCKS_PER_STEP blocks), so
// that the server can parse a very large article in slices and answer other documents in between
// (issue 13, item 12); `parse` runs the same steps at once. Nothing the parser keeps changes before
// the last step (blocks are moved in place only there), so steps abandoned half-way leave the
// parser as it was.

import type { Block, Comment, Heading, LooseQuotation, Mention, MarkupProblem, Paragraph, ParsedArticle, Quote, SpeakerDefinition, SpeakerRegistry } from '../syntax';
import { knownParagraphs, knownQuoteList, rememberParagraphs, rememberQuoteList, walkQuotes } from '../syntax';
import { registrySpeakersBeyond } from '../registry/speakersInForce';
import type { Logger } from '../logger';
import { detach } from '../text/detach';
import { LineIndex } from '../text/lineIndex';
import { replaced, replaceInPlace } from '../text/listEdits';
import { lineEndAt, nextLineStart } from '../text/scan';
import { findLead } from './dateline/lead';
import { splitBlocksSteps, type RawBlock } from './blocks';
import { parseFrontMatter } from './frontMatter';
import { findLooseQuotations } from './looseQuotations';
import { buildSpeakerMatcher, findMentions, type SpeakerMatcher } from './mentions';
import { parseQuoteSpans } from './quoteSpans';
import { commonPrefix, commonSuffix, type EditExtent } from './textDiff';
import { drain } from '../steps';

/** Paragraphs read per step of a resumable parse: a few milliseconds of work. */
const BLOCKS_PER_STEP = 256;

/**
 * The inline parse of a paragraph or heading (a heading has only mentions) in offsets relative to
 * the block: valid wherever the block moves.
 */
interface CachedInline {
  quotes: Quote[];
  problems: MarkupProblem[];
  loose: LooseQuotation[];
  mentionsKey?: string;
  mentions?: Mention[];
}

export interface ParseStats {
  paragraphs: number;
  /** Blocks that were split again after the last edit. */
  resplit: number;
  /** Paragraphs whose inline markup had to be read (not found in the cache). */
  reparsed: number;
  /** Paragraph parses held in the text cache. */
  cached: number;
}

interface ParseState {
  article: ParsedArticle;
  /** The speakers' names and aliases of this version's front matter (an edit below it keeps them). */
  matcher: SpeakerMatcher;
  /** Per block: its cache entry (comment blocks have none) and its mentions (absolute). */
  entries: (CachedInline | undefined)[];
  blockMentions: Mention[][];
}

export class ArticleParser {
  private state?: ParseState;
  private textCache = new Map<string, CachedInline>();
  lastStats: ParseStats = { paragraphs: 0, resplit: 0, reparsed: 0, cached: 0 };

  /** `logger` hears of a failed incremental parse (the whole parse that replaces it is the answer). */
  constructor(private readonly logger: Logger) {}

  /** `registry`: the workspace's speaker registry, whose speakers' names are mentions too; another registry than last time's parses the whole article. */
  parse(uri: string, version: number, text: string, registry?: SpeakerRegistry): ParsedArticle {
    return drain(this.parseSteps(uri, version, text, registry));
  }

  /** `parse` in steps: resume it until it returns the tree; drop it half-way and the parser is unchanged. */
  /** `edit`: what the change from the last version kept, if the embedder knows it (else the texts are compared). */
  *parseSteps(uri: string, version: number, text: string, registry?: SpeakerRegistry, edit?: EditExtent): Generator<void, ParsedArticle> {
    const prev = this.state;
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (prev && prev.article.frontMatter?.closed !== false && prev.article.registry === registry) {
      const known = edit && fits(edit, prev.article, version, text) ? edit : undefined;
      const prefix = known ? known.prefix : commonPrefix(prev.article.text, text);
      if (prefix === text.length && prefix === prev.article.text.length) return this.finish({ ...prev.article, uri, version }, prev.entries, prev.blockMentions, prev.matcher, 0, 0);
      // An edit of the front matter, or of the first line where one could begin, parses the
      // whole article (its blocks are still found in the text cache).
      const old = prev.article;
      let safeFrom = old.frontMatter ? old.bodyStart : lineAfter(old.text, start);
      // Without its line break, that line still grows as one types (`--` + `-` opens a front
      // matter, `---` + `x` closes none): only an edit after a line break is safe (issue 13).
      const brokenBefore = old.text.charCodeAt(safeFrom - 1);
      if (brokenBefore !== 10 && brokenBefore !== 13) safeFrom = Infinity;
      else if (brokenBefore === 13) safeFrom++; // a `\n` typed after a lone `\r` joins its break
      if (prefix >= safeFrom && prefix >= start) {
        try {
          return yield* this.parseEdit(uri, version, text, prev, prefix, known?.suffix);
        } catch (e) {
          // A bug in the incremental path must cost speed, not the tree: parse it all. What the
          // parser kept may be half edited (lists edited and blocks moved in place): forget it.
          this.logger.error(`newsmark: incremental parse of ${uri} failed, parsing it whole`, e);
          this.state = undefined;
        }
      }
    }
    return yield* this.parseWhole(uri, version, text, start, registry);
  }

  private *parseWhole(uri: string, version: number, text: string, start: number, registry: SpeakerRegistry | undefined): Generator<void, ParsedArticle> {
    const frontMatter = parseFrontMatter(text, start);
    const bodyStart = frontMatter ? lineAfter(text, frontMatter.end) : start;
    const own = frontMatter?.speakers ?? [];
    const matcher = buildSpeakerMatcher([...own, ...registrySpeakersBeyond(own, registry)]);
    this.refillTextCache();
    const split = yield* splitBlocksSteps(text, bodyStart);
    const placed = yield* this.placeAll(text, split.blocks, matcher, true);
    const lines = LineIndex.of(text);
    yield;
    const article: ParsedArticle = {
      uri, version, text, lines, bodyStart, frontMatter,
      blocks: placed.map((p) => p.block), comments: split.comments, mentions: [],
      speakersById: speakerMap(frontMatter?.speakers ?? []), registry,
    };
    return this.finish(article, placed.map((p) => p.entry), placed.map((p) => p.mentions), matcher, split.blocks.length, placed.filter((p) => p.reparsed).length);
  }

  private *parseEdit(uri: string, version: number, text: string, prev: ParseState, prefix: number, knownSuffix?: number): Generator<void, ParsedArticle> {
    const old = prev.article;
    const suffix = knownSuffix ?? commonSuffix(old.text, text, prefix);
    const delta = text.length - old.text.length;
    const oldChangedEnd = old.text.length - suffix;
    const blocks = old.blocks;

    // Re-split from the block before the first block the edit reaches.
    // Blocks are in order and disjoint, so their ends are sorted too: binary searches, not walks.
    const firstReached = firstIndexWhere(blocks, (b) => b.end >= prefix);
    let restartIdx = Math.max(0, firstReached - 1);
    // A split starts outside comments: a block that began inside a comment a heading opened
    // (`# Title <!--`, the comment running on below) is re-split from that heading (issue 13).
    while (restartIdx > 0 && restartIdx < blocks.length && insideComment(old.comments, blocks[restartIdx].start)) restartIdx--;
    const restartsAtBlock = restartIdx < blocks.length && blocks[restartIdx].start <= prefix;
    const fromPos = restartsAtBlock ? blocks[restartIdx].start : old.bodyStart;
    const keepBefore = restartsAtBlock ? restartIdx : 0;

    // Stop where a new block starts exactly where an old block after the edit now starts.
    let j = firstIndexWhere(blocks, (b) => b.start >= oldChangedEnd);
    const split = yield* splitBlocksSteps(text, fromPos, (pos) => {
      while (j < blocks.length && blocks[j].start + delta < pos) j++;
      // The old block must have begun outside comments too, as the new one does: same state.
      return j < blocks.length && blocks[j].start + delta === pos && !insideComment(old.comments, blocks[j].start);
    });
    // Paragraphs split again are looked up in the text cache but not added to it: typing into a
    // paragraph would otherwise leave one entry per keystroke behind.
    const placed = yield* this.placeAll(text, split.blocks, prev.matcher, false);

    const resumeAt = split.stoppedAt >= 0 ? j : blocks.length;
    // The lists are copied natively and edited (text/listEdits.ts), not pushed to one by one; the
    // blocks and mentions are the old tree's too (copied), the entries only the parser's (edited
    // in place: this is the last step, so a parse abandoned before it leaves them as they were).
    const outBlocks: Block[] = replaced(blocks, keepBefore, resumeAt, placed.map((p) => p.block));
    const entries = replaceInPlace(prev.entries, keepBefore, resumeAt, placed.map((p) => p.entry));
    const blockMentions = replaceInPlace(prev.blockMentions, keepBefore, resumeAt, placed.map((p) => p.mentions));
    // Old comments from the first re-used block on (read before the blocks are moved in place).
    const commentsFrom = resumeAt < blocks.length ? blocks[resumeAt].start : Infinity;
    // The mentions likewise: those of the kept blocks before and after, around the new ones (in
    // reading order, so sorted by start).
    const before = keepBefore < blocks.length ? firstIndexWhere(old.mentions, (m) => m.start >= blocks[keepBefore].start) : old.mentions.length;
    const after = resumeAt < blocks.length ? firstIndexWhere(old.mentions, (m) => m.start >= blocks[resumeAt].start) : old.mentions.length;
    const placedMentions: Mention[] = [];
    for (const p of placed) for (const m of p.mentions) placedMentions.push(m);
    const mentions = replaced(old.mentions, before, after, placedMentions);
    const quotes = joinQuotes(old, keepBefore, resumeAt, placed);
    const paragraphs = joinParagraphs(old, keepBefore, resumeAt, placed);
    if (delta) {
      // The kept blocks after the edit, at their new indices.
      for (let k = keepBefore + placed.length; k < outBlocks.length; k++) {
        moveBlock(outBlocks[k], delta);
        if (blockMentions[k].length) moveMentions(blockMentions[k], delta);
      }
    }

    // Comments lie inside blocks, so those before the re-split start are whole and unchanged.
    const comments: Comment[] = old.comments.filter((c) => c.end <= fromPos);
    for (const c of split.comments) comments.push(c);
    if (commentsFrom !== Infinity) {
      for (const c of old.comments) {
        if (c.start < commentsFrom) continue;
        moveComment(c, delta);
        comments.push(c);
      }
    }

    const article: ParsedArticle = {
      uri, version, text, lines: LineIndex.afterEdit(old.lines, text, prefix, suffix), bodyStart: old.bodyStart,
      frontMatter: old.frontMatter, blocks: outBlocks, comments, mentions: [], speakersById: old.speakersById, registry: old.registry,
    };
    if (quotes) rememberQuoteList(article, quotes.quotes, quotes.bySpeaker);
    if (paragraphs) rememberParagraphs(article, paragraphs);
    return this.finish(article, entries, blockMentions, prev.matcher, split.blocks.length, placed.filter((p) => p.reparsed).length, mentions);
  }

  /** Common end of both paths: mentions, the first paragraph and its dateline, the state. */
  /** `mentions`: all of them in order, when the caller joined them already. */
  private finish(article: ParsedArticle, entries: (CachedInline | undefined)[], blockMentions: Mention[][], matcher: SpeakerMatcher, resplit: number, reparsed: number, mentions?: Mention[]): ParsedArticle {
    if (!mentions) {
      mentions = [];
      for (const list of blockMentions) for (const m of list) mentions.push(m);
    }
    article.mentions = mentions;
    const lead = findLead(article.text, article.blocks);
    article.firstParagraph = lead.paragraph;
    article.dateline = lead.dateline;
    article.slug = lead.slug;
    this.state = { article, matcher, entries, blockMentions };
    this.lastStats = { paragraphs: article.blocks.length, resplit, reparsed, cached: this.textCache.size };
    return article;
  }

  /** `place` for each block, a step every BLOCKS_PER_STEP blocks (and one after the split that found them). */
  private *placeAll(text: string, blocks: readonly RawBlock[], matcher: SpeakerMatcher, remember: boolean): Generator<void, ReturnType<ArticleParser['place']>[]> {
    const placed: ReturnType<ArticleParser['place']>[] = [];
    for (let k = 0; k < blocks.length; k++) {
      if (k % BLOCKS_PER_STEP === 0) yield;
      placed.push(this.place(text, blocks[k], matcher, remember));
    }
    yield; // what follows (line index, dateline) is a step of its own
    return placed;
  }

  private place(text: string, raw: RawBlock, matcher: SpeakerMatcher, remember: boolean): { block: Block; entry?: CachedInline; mentions: Mention[]; reparsed: boolean } {
    if (raw.type === 'comment') return { block: { type: 'comment', start: raw.start, end: raw.end }, mentions: [], reparsed: false };
    let t = text.slice(raw.start, raw.end);
    let entry = this.textCache.get(t);
    const reparsed = !entry;
    if (!entry) {
      // What is read from a paragraph typed into outlives this version (text/detach.ts); a whole
      // parse keeps its own version alive anyway (as the text of its tree), so it copies nothing.
      if (!remember) t = detach(t);
      entry = raw.type === 'paragraph' ? readParagraph(t) : { quotes: [], problems: [], loose: [] };
      if (remember) this.textCache.set(t, entry);
    }
    if (entry.mentionsKey !== matcher.key) {
      entry.mentions = findMentions(t, matcher);
      entry.mentionsKey = matcher.key;
    }
    const block = raw.type === 'heading' ? readHeading(text, raw.start, raw.end) : placeParagraph(entry, raw.start, raw.end);
    const mentions = entry.mentions!.map((m) => placeMention(m, raw.start));
    return { block, entry, mentions, reparsed };
  }

  /**
   * The text cache holds the paragraphs of the last version that was parsed whole (refilled from
   * the current tree then), so it never outgrows the document; a whole parse re-reads paragraphs
   * by text, e.g. after an edit of the front matter.
   */
  private refillTextCache() {
    const prev = this.state;
    this.textCache = new Map();
    if (!prev) return;
    prev.article.blocks.forEach((b, k) => {
      const e = prev.entries[k];
      if (e) this.textCache.set(prev.article.text.slice(b.start, b.end), e);
    });
  }
}

function readParagraph(t: string): CachedInline {
  const markup = parseQuoteSpans(t);
  return { quotes: markup.quotes, problems: markup.problems, loose: findLooseQuotations(t, markup.quotes) };
}

function readHeading(text: string, start: number, end: number): Heading {
  let i = start;
  while (i < end && text[i] === '#') i++;
  const level = Math.min(3, Math.max(1, i - start)) as 1 | 2 | 3;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return { type: 'heading', level, start, end, title: { start: i, end, text: detach(text.slice(i, end)) } };
}

// Placing copies each cached span at the block's offset with an object literal of one shape: the
// spreads this replaced (`{ ...q, start }`) cost a fifth of a whole parse (issue 9).
function placeParagraph(c: CachedInline, start: number, end: number): Paragraph {
  return {
    type: 'paragraph', start, end,
    quotes: c.quotes.length ? c.quotes.map((q) => shiftQuote(q, start)) : [],
    problems: c.problems.length ? c.problems.map((p) => ({ start: p.start + start, end: p.end + start, code: p.code, message: p.message })) : [],
    looseQuotations: c.loose.length ? c.loose.map((l) => ({ start: l.start + start, end: l.end + start, wordCount: l.wordCount })) : [],
  };
}

/**
 * The new tree's quote list, when the old tree has one: the old list's quotes of the blocks kept
 * before and after the edit (found by binary search on their starts, which reading order sorts,
 * read before the blocks are moved) around those of the placed blocks; and the counts by speaker
 * less the quotes left out, plus the placed ones. Undefined when the old tree never made its list.
 */
function joinQuotes(old: ParsedArticle, keepBefore: number, resumeAt: number, placed: readonly { block: Block }[]): { quotes: Quote[]; bySpeaker?: Map<string, number> } | undefined {
  const known = knownQuoteList(old);
  if (!known) return undefined;
  const oldQuotes = known.quotes;
  const blocks = old.blocks;
  const before = keepBefore < blocks.length ? firstIndexWhere(oldQuotes, (q) => q.start >= blocks[keepBefore].start) : oldQuotes.length;
  const after = resumeAt < blocks.length ? firstIndexWhere(oldQuotes, (q) => q.start >= blocks[resumeAt].start) : oldQuotes.length;
  const placedQuotes: Quote[] = [];
  for (const p of placed) if (p.block.type === 'paragraph' && p.block.quotes.length) for (const q of walkQuotes(p.block.quotes)) placedQuotes.push(q);
  const quotes = replaced(oldQuotes, before, after, placedQuotes);
  if (!known.bySpeaker) return { quotes };
  const bySpeaker = new Map(known.bySpeaker);
  for (let k = before; k < after; k++) {
    const left = bySpeaker.get(oldQuotes[k].speakerId)! - 1;
    if (left) bySpeaker.set(oldQuotes[k].speakerId, left);
    else bySpeaker.delete(oldQuotes[k].speakerId); // as a fresh count has no entry
  }
  for (const q of placedQuotes) bySpeaker.set(q.speakerId, (bySpeaker.get(q.speakerId) ?? 0) + 1);
  return { quotes, bySpeaker };
}

/** The new tree's paragraph list, joined as the quote list is, when the old tree has one. */
function joinParagraphs(old: ParsedArticle, keepBefore: number, resumeAt: number, placed: readonly { block: Block }[]): Paragraph[] | undefined {
  const oldParagraphs = knownParagraphs(old);
  if (!oldParagraphs) return undefined;
  const blocks = old.blocks;
  const before = keepBefore < blocks.length ? firstIndexWhere(oldParagraphs, (p) => p.start >= blocks[keepBefore].start) : oldParagraphs.length;
  const after = resumeAt < blocks.length ? firstIndexWhere(oldParagraphs, (p) => p.start >= blocks[resumeAt].start) : oldParagraphs.length;
  const placedParagraphs: Paragraph[] = [];
  for (const p of placed) if (p.block.type === 'paragraph') placedParagraphs.push(p.block);
  return replaced(oldParagraphs, before, after, placedParagraphs);
}

/** The index of the first element of `list` for which `holds` is true, given that it holds for every element after that one too. */
function firstIndexWhere<T>(list: readonly T[], holds: (element: T) => boolean): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function placeMention(m: Mention, d: number): Mention {
  return { start: m.start + d, end: m.end + d, speakerId: m.speakerId, text: m.text, viaAlias: m.viaAlias };
}

/**
 * Moves a block of the previous version, in place, by `d` characters. Each kind of span is moved
 * by its own statement: one shared `moveSpan` saw a dozen object shapes, and its megamorphic
 * property access made moving half of a 10 MB article cost 4 ms a keystroke (now under 1 ms).
 */
function moveBlock(b: Block, d: number): Block {
  if (d === 0) return b;
  b.start += d;
  b.end += d;
  if (b.type === 'heading') {
    b.title.start += d;
    b.title.end += d;
  }
  if (b.type === 'paragraph') {
    if (b.quotes.length) moveQuotes(b.quotes, d);
    for (const p of b.problems) { p.start += d; p.end += d; }
    for (const l of b.looseQuotations) { l.start += d; l.end += d; }
  }
  return b;
}

function moveQuotes(quotes: Quote[], d: number) {
  for (const q of quotes) {
    q.start += d;
    q.end += d;
    q.content.start += d;
    q.content.end += d;
    q.speakerSpan.start += d;
    q.speakerSpan.end += d;
    if (q.children.length) moveQuotes(q.children, d);
  }
}

function moveMentions(mentions: Mention[], d: number) {
  for (const m of mentions) {
    m.start += d;
    m.end += d;
  }
}

function moveComment(c: Comment, d: number) {
  c.start += d;
  c.end += d;
  c.body.start += d;
  c.body.end += d;
}

function shiftQuote(q: Quote, d: number): Quote {
  return {
    start: q.start + d,
    end: q.end + d,
    content: { start: q.content.start + d, end: q.content.end + d },
    speakerSpan: { start: q.speakerSpan.start + d, end: q.speakerSpan.end + d },
    speakerId: q.speakerId,
    kind: q.kind,
    text: q.text,
    children: q.children.length ? q.children.map((c) => shiftQuote(c, d)) : [],
    depth: q.depth,
  };
}

function speakerMap(speakers: readonly SpeakerDefinition[]): Map<string, SpeakerDefinition> {
  const byId = new Map<string, SpeakerDefinition>();
  for (const s of speakers) if (!byId.has(s.id)) byId.set(s.id, s);
  return byId;
}

/** Whether `offset` lies inside one of `comments` (in order, disjoint) that opened before it. */
function insideComment(comments: readonly Comment[], offset: number): boolean {
  let lo = 0, hi = comments.length; // the first comment that starts at or after `offset`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && comments[lo - 1].end > offset;
}

/**
 * Whether an edit extent describes the change from the last parsed version to this one: the
 * versions match and the kept stretches fit in both texts. (Comparing 10 MB texts cost a
 * millisecond or two a keystroke; the editor's change ranges say the same for nothing.)
 */
function fits(edit: EditExtent, old: ParsedArticle, version: number, text: string): boolean {
  const kept = edit.prefix + edit.suffix;
  return edit.fromVersion === old.version && edit.toVersion === version && edit.prefix >= 0 && edit.suffix >= 0 && kept <= old.text.length && kept <= text.length;
}

/** The offset after the line break that ends the line holding `offset`. */
function lineAfter(text: string, offset: number): number {
  return nextLineStart(text, lineEndAt(text, offset));
}
