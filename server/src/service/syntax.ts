// The NewsMark syntax tree.
//
// Every node carries `start`/`end`: offsets into the document's text, in UTF-16 code units (the
// unit of JavaScript strings and of LSP positions). `ParsedArticle.lines.range(node)` turns them into
// LSP line/character ranges; offsets are kept in the tree because they stay valid when a paragraph
// is re-used after an edit elsewhere (parser/parseArticle.ts moves unchanged paragraphs) and make
// every check cheap.

import type { LineIndex } from './text/lineIndex';
import type { TextSpan } from './text/span';

export type { TextSpan };

/** A span together with the source text it covers. */
export interface TextPart extends TextSpan {
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Front matter

export type SpeakerKind = 'person' | 'organization' | 'group' | 'anonymous';
export const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'group', 'anonymous'];

/** The top-level front matter keys of the spec, in their usual order (the parser and completion read them). */
export const FRONT_MATTER_KEYS = ['headline', 'date', 'agency', 'byline', 'lang', 'slug', 'speakers', 'sources'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];
/** The keys of a speaker's map. */
export const SPEAKER_KEYS = ['name', 'role', 'org', 'aliases', 'kind', 'reason'] as const;
export type SpeakerKey = (typeof SPEAKER_KEYS)[number];

/** The speaker id rule of the spec: `[a-z][a-z0-9_-]*`. */
export function isSpeakerId(id: string): boolean {
  return /^[a-z][a-z0-9_-]*$/.test(id);
}

/** A scalar value read from the front matter, with the span of the value and of its key. */
export interface Field<T> extends TextSpan {
  value: T;
  /** The key's span (`headline` in `headline: ...`). */
  key: TextSpan;
}

export interface SpeakerDefinition extends TextSpan {
  /** The id as written (it may be invalid: checks report that). */
  id: string;
  /** Span of the id key in the front matter. */
  idSpan: TextSpan;
  name?: Field<string>;
  role?: Field<string>;
  org?: Field<string>;
  aliases: TextPart[];
  /** True when `aliases` was given; otherwise `aliases` holds the default (last word of the name). */
  aliasesGiven: boolean;
  kind: SpeakerKind;
  /** The `kind` field as written, present only when given. */
  kindField?: Field<string>;
  reason?: Field<string>;
  /** Keys of the speaker map that the spec does not know. */
  unknownKeys: TextPart[];
}

/** A problem the front matter parser found while reading (YAML syntax, wrong types). */
export interface FrontMatterProblem extends TextSpan {
  code: 'front-matter-yaml' | 'front-matter-date' | 'speaker-invalid' | 'front-matter-unclosed' | 'front-matter-key';
  message: string;
  /** For YAML errors caused by an unquoted `: ` in a plain scalar: the span of that scalar. */
  quotableValue?: TextSpan;
}

export interface PublicationDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface FrontMatter extends TextSpan {
  /** Span of the YAML text between the fences. */
  content: TextSpan;
  /** False when the opening `---` has no closing fence: the front matter then runs to the end. */
  closed: boolean;
  headline?: Field<string>;
  date?: Field<string> & { parsed?: PublicationDate };
  agency?: Field<string>;
  byline: TextPart[];
  lang?: Field<string>;
  /** The wire slug or keyword line (`BC-US--Bridge Collapse`): never published. */
  slug?: Field<string>;
  speakers: SpeakerDefinition[];
  /** Span of the `speakers:` key, for inserting new speakers. */
  speakersKey?: TextSpan;
  /** Span of the whole `speakers` map value (to append entries at its end). */
  speakersValue?: TextSpan;
  /** Indentation used for speaker entries (`  ` by default). */
  speakerIndent: string;
  /** The material the article quotes from (`sources`, read by sources/sourceList.ts). */
  sources?: SourceReference[];
  problems: FrontMatterProblem[];
}

/** One entry of the front matter's `sources`: a path relative to the article, whose words it holds, its title and date. */
export interface SourceReference extends TextSpan {
  /** The path as written. */
  path: TextPart;
  /** The speaker ids whose words the source holds; empty: every speaker's. */
  speakers: TextPart[];
  title?: string;
  date?: string;
}

/**
 * A workspace speaker registry (`speakers.yaml`): a map from speaker id to speaker, read with the
 * front matter's speaker rules. Its spans are offsets into the registry file's text.
 */
export interface SpeakerRegistry {
  uri: string;
  text: string;
  lines: LineIndex;
  speakers: SpeakerDefinition[];
  /** The first definition of each id. */
  byId: Map<string, SpeakerDefinition>;
  /** Span of the top-level map (to append entries after its last one); absent when the file holds no map. */
  map?: TextSpan;
  /** Indentation of the entries' keys (`''` at the top level of the file). */
  speakerIndent: string;
  problems: FrontMatterProblem[];
}

// ---------------------------------------------------------------------------------------------
// Dateline

export interface DatelineDate extends TextSpan {
  text: string;
  month: number; // 1-12
  monthPart: TextPart;
  day: number;
  dayPart: TextPart;
  /** A year written in the dateline (`30 April 2009`); usually absent. */
  year?: number;
  /** True for day-first forms (`30 April`). */
  dayFirst: boolean;
}

export interface Dateline extends TextSpan {
  /** A byline glued in front (`By Bedah Mengo NAIROBI, ...`). */
  byline?: TextPart;
  place?: TextPart;
  region?: TextPart;
  date?: DatelineDate;
  /** The agency's name, without the parentheses. */
  agency?: TextPart;
  /** The agency with its parentheses. */
  agencyParens?: TextSpan;
  /** `--`, `—`, `–` or `-` (its span excludes the spaces around it). */
  separator?: TextPart;
  /** Offset where the article's text proper starts after the dateline. */
  bodyStart: number;
  /**
   * True when the dateline is the whole of its paragraph, as republished copy prints it
   * (`BEIJING, China, 30 April 2009`, a blank line, the text): `bodyStart` is then the
   * paragraph's end, and the text is in the next paragraph.
   */
  standalone?: true;
}

// ---------------------------------------------------------------------------------------------
// Body

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends TextSpan {
  /** `[` ... `]` content span (without the brackets). */
  content: TextSpan;
  /** Span of the speaker id after `{@` (may be empty when missing). */
  speakerSpan: TextSpan;
  speakerId: string;
  kind: QuoteKind;
  /** The quoted words with escapes resolved and nested markup removed, as published. */
  text: string;
  /** Quotes nested inside this one (second-hand speech). */
  children: Quote[];
  /** Depth of nesting: 0 for a top-level quote. */
  depth: number;
}

export interface Mention extends TextSpan {
  speakerId: string;
  text: string;
  /** True when the words matched an alias, false when they matched the full name. */
  viaAlias: boolean;
}

export interface Comment extends TextSpan {
  /** The text between `<!--` and `-->`. */
  body: TextSpan;
  closed: boolean;
}

/** Problems found while reading inline markup. */
export interface MarkupProblem extends TextSpan {
  code: 'quote-unclosed' | 'quote-orphan' | 'quote-empty' | 'quote-depth';
  message: string;
}

/** A run of quotation-mark-delimited words outside any quote span. */
export interface LooseQuotation extends TextSpan {
  wordCount: number;
}

export interface Paragraph extends TextSpan {
  type: 'paragraph';
  /** Top-level quotes in reading order (nested ones are in `children`). */
  quotes: Quote[];
  problems: MarkupProblem[];
  /** Quotation-mark runs that are not inside a quote span. */
  looseQuotations: LooseQuotation[];
}

export interface Heading extends TextSpan {
  type: 'heading';
  level: 1 | 2 | 3;
  title: TextPart;
}

/** A block made of nothing but comments (and whitespace). */
interface CommentBlock extends TextSpan {
  type: 'comment';
}

export type Block = Paragraph | Heading | CommentBlock;

/**
 * One version of an article, parsed. Valid until the next parse of the same document: the parser
 * moves the nodes after an edit in place rather than copying them, so use a tree, don't keep it.
 */
export interface ParsedArticle {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  /** Offset where the body starts (after the BOM and the front matter). */
  bodyStart: number;
  frontMatter?: FrontMatter;
  blocks: Block[];
  /** Every comment of the body, in order (also those inside paragraphs). */
  comments: Comment[];
  dateline?: Dateline;
  /**
   * The paragraph where the dateline belongs: the first paragraph, or the one after a slug line
   * (parser/dateline/lead.ts), if any.
   */
  firstParagraph?: Paragraph;
  /** A wire slug or keyword line standing as the first paragraph, before the dateline's. */
  slug?: TextPart;
  /** Mentions of speakers in the body, in order. */
  mentions: Mention[];
  /** The front matter's speakers by id (the article context merges the registry's in). */
  speakersById: Map<string, SpeakerDefinition>;
  /** The workspace's speaker registry the article was read against (its speakers' names are found as mentions too). */
  registry?: SpeakerRegistry;
}

/**
 * Every quote of the article in reading order, nested ones right after their parent. A flat list
 * made once per tree (per blocks array): the document-wide checks walk it after every keystroke,
 * and nested generators cost more than all those checks together in a very large article.
 */
export function allQuotes(article: ParsedArticle): IterableIterator<Quote> {
  return quoteList(article)[Symbol.iterator]();
}

const quoteLists = new WeakMap<readonly Block[], { blocks: number; quotes: Quote[]; bySpeaker?: Map<string, number> }>();

/** `allQuotes` as an array, memoised per blocks array (and its length, should a caller add blocks). */
function quoteList(article: ParsedArticle): readonly Quote[] {
  const known = quoteLists.get(article.blocks);
  if (known && known.blocks === article.blocks.length) return known.quotes;
  const quotes: Quote[] = [];
  for (const block of article.blocks) if (block.type === 'paragraph') collectQuotes(block.quotes, quotes);
  quoteLists.set(article.blocks, { blocks: article.blocks.length, quotes });
  return quotes;
}

/**
 * How many quotes (nested ones included) each speaker id has, '' for none: memoised with the quote
 * list, so that the speaker checks need not read every quote after a keystroke (issue 9).
 */
export function quotesBySpeaker(article: ParsedArticle): ReadonlyMap<string, number> {
  quoteList(article);
  const entry = quoteLists.get(article.blocks)!;
  if (!entry.bySpeaker) {
    entry.bySpeaker = new Map();
    for (const q of entry.quotes) entry.bySpeaker.set(q.speakerId, (entry.bySpeaker.get(q.speakerId) ?? 0) + 1);
  }
  return entry.bySpeaker;
}

/** The quote list of a tree and its counts by speaker, if made already: the parser joins the next tree's from them. */
export function knownQuoteList(article: ParsedArticle): { quotes: readonly Quote[]; bySpeaker?: ReadonlyMap<string, number> } | undefined {
  const known = quoteLists.get(article.blocks);
  return known && known.blocks === article.blocks.length ? known : undefined;
}

/**
 * Gives a tree the quote list (and counts) the parser joined from the last tree's (its kept
 * quotes, moved in place, around those of the blocks read again), so that no check walks every
 * block for it after a keystroke (issue 9).
 */
export function rememberQuoteList(article: ParsedArticle, quotes: Quote[], bySpeaker?: Map<string, number>): void {
  quoteLists.set(article.blocks, { blocks: article.blocks.length, quotes, bySpeaker });
}

const paragraphLists = new WeakMap<readonly Block[], { blocks: number; paragraphs: Paragraph[] }>();

/**
 * The article's paragraphs in order, memoised per blocks array (and its length) like the quote
 * list; after an edit the parser joins it from the last tree's (`rememberParagraphs`), so that the
 * quote checks do not filter every block after a keystroke (issue 9).
 */
export function paragraphsOf(article: ParsedArticle): readonly Paragraph[] {
  const known = knownParagraphs(article);
  if (known) return known;
  const paragraphs = article.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
  rememberParagraphs(article, paragraphs);
  return paragraphs;
}

/** The paragraph list of a tree, if made already. */
export function knownParagraphs(article: ParsedArticle): readonly Paragraph[] | undefined {
  const known = paragraphLists.get(article.blocks);
  return known && known.blocks === article.blocks.length ? known.paragraphs : undefined;
}

export function rememberParagraphs(article: ParsedArticle, paragraphs: Paragraph[]): void {
  paragraphLists.set(article.blocks, { blocks: article.blocks.length, paragraphs });
}

/** The quotes and their nested quotes, in reading order. */
export function walkQuotes(quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  collectQuotes(quotes, out);
  return out;
}

function collectQuotes(quotes: readonly Quote[], out: Quote[]): void {
  for (const q of quotes) {
    out.push(q);
    if (q.children.length) collectQuotes(q.children, out); // at most 32 deep (quote-depth)
  }
}
