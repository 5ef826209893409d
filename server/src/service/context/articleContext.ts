// The article context: what the features and checks derive from one parse and the options before
// they answer, computed once and shared, so that the dateline check, hover, completion, the outline
// and the command line's export cannot disagree (they once resolved the house style three ways).
// Like md-ls's table of contents: one derived model, injected into every consumer.
//
// Memoised per parse (a WeakMap keyed by the article object, so a context dies with its tree) and
// per value of the one option it reads, `style`.

import type { HouseStyle, StyleSetting } from '../domain/data';
import { referenceDate, resolveDatelineDate, type ReferenceDate, type ResolvedDate } from '../domain/resolve';
import { resolveHouseStyle } from '../domain/styles';
import type { ServiceOptions } from '../options';
import { mergeSpeakers } from '../registry/speakersInForce';
import { allQuotes, type Mention, type Paragraph, type ParsedArticle, type PublicationDate, type Quote, type SpeakerDefinition, type SpeakerRegistry } from '../syntax';

/** How many paragraphs from the top make the lead (searched for weekdays such as "on Tuesday"). */
export const LEAD_PARAGRAPHS = 3;

/**
 * Why a house style applies, in the order the rule tries them: a style forced in the settings,
 * else (`auto`) the front matter `agency`, else the agency in the dateline's parentheses, else
 * none. A front matter agency without a house style (AFP) gives `none`, whatever the dateline says.
 */
export type HouseStyleReason = 'setting' | 'front-matter-agency' | 'dateline-agency' | 'no-agency';

export interface HouseStyleChoice {
  style: HouseStyle;
  reason: HouseStyleReason;
  /** The agency the style was read from (for the two agency reasons), as written. */
  agency?: string;
}

/** The speakers in force and where each is quoted and mentioned. */
export interface SpeakerIndex {
  /**
   * The definitions in force, by id: the front matter's, then the registry's for the ids the front
   * matter does not declare (an article's own entry overrides the registry's). A registry
   * definition's spans are offsets into the registry's text, not the article's.
   */
  definitions: ReadonlyMap<string, SpeakerDefinition>;
  /** The registry the article was read against, if any. */
  registry?: SpeakerRegistry;
  /** True when the definition in force for `id` is the registry's. */
  fromRegistry(id: string): boolean;
  /** Quotes (nested ones included) by speaker id, ids in order of first quote; `''` for quotes without one. */
  quotes: ReadonlyMap<string, readonly Quote[]>;
  /** Mentions by speaker id, in document order. */
  mentions: ReadonlyMap<string, readonly Mention[]>;
}

export interface ArticleContext {
  houseStyle: HouseStyleChoice;
  /** The front matter `date`, when it is a real date. */
  publication?: PublicationDate;
  /** The dateline's own date with its year resolved against publication (valid or not). */
  datelineDate?: ResolvedDate;
  /**
   * The date weekdays are counted from (see domain/resolve.ts `referenceDate`): the dateline's
   * date, else (no date written, or no dateline) the publication date.
   */
  reference?: ReferenceDate;
  /** The first LEAD_PARAGRAPHS body paragraphs, from the dateline's (after any slug line). */
  leadParagraphs: readonly Paragraph[];
  /** Computed on first use: hover and the checks of the dateline do not need it. */
  readonly speakers: SpeakerIndex;
}

const contexts = new WeakMap<ParsedArticle, Map<StyleSetting, ArticleContext>>();

export function articleContext(article: ParsedArticle, options: Pick<ServiceOptions, 'style'>): ArticleContext {
  let byStyle = contexts.get(article);
  if (!byStyle) {
    byStyle = new Map();
    contexts.set(article, byStyle);
  }
  let context = byStyle.get(options.style);
  if (!context) {
    // The parts that do not depend on the style are shared with a context already built.
    const known: ArticleContext | undefined = byStyle.values().next().value;
    context = known
      ? withStyle(known, chooseHouseStyle(article, options.style))
      : buildContext(article, chooseHouseStyle(article, options.style));
    byStyle.set(options.style, context);
  }
  return context;
}

/** The house style rule (docs/syntax.md, "House styles"). */
function chooseHouseStyle(article: ParsedArticle, setting: StyleSetting): HouseStyleChoice {
  if (setting !== 'auto') return { style: resolveHouseStyle(setting, undefined), reason: 'setting' };
  const fromFrontMatter = article.frontMatter?.agency?.value;
  if (fromFrontMatter?.trim()) return { style: resolveHouseStyle('auto', fromFrontMatter), reason: 'front-matter-agency', agency: fromFrontMatter.trim() };
  const fromDateline = article.dateline?.agency?.text;
  if (fromDateline) return { style: resolveHouseStyle('auto', fromDateline), reason: 'dateline-agency', agency: fromDateline };
  return { style: 'none', reason: 'no-agency' };
}

function buildContext(article: ParsedArticle, houseStyle: HouseStyleChoice): ArticleContext {
  const publication = article.frontMatter?.date?.parsed;
  const written = article.dateline?.date;
  const leadParagraphs: Paragraph[] = [];
  // From the dateline's paragraph: a slug line before it is no part of the lead.
  const from = article.firstParagraph ? article.blocks.indexOf(article.firstParagraph) : 0;
  for (const b of article.blocks.slice(Math.max(0, from))) {
    if (leadParagraphs.length === LEAD_PARAGRAPHS) break;
    if (b.type === 'paragraph') leadParagraphs.push(b);
  }
  let speakers: SpeakerIndex | undefined;
  return {
    houseStyle,
    publication,
    datelineDate: written && resolveDatelineDate(written, publication),
    reference: referenceDate(written, publication),
    leadParagraphs,
    get speakers() {
      return (speakers ??= speakerIndex(article));
    },
  };
}

function withStyle(known: ArticleContext, houseStyle: HouseStyleChoice): ArticleContext {
  return {
    houseStyle,
    publication: known.publication,
    datelineDate: known.datelineDate,
    reference: known.reference,
    leadParagraphs: known.leadParagraphs,
    get speakers() {
      return known.speakers;
    },
  };
}

const speakerIndexes = new WeakMap<ParsedArticle, SpeakerIndex>();

/**
 * The speakers part of the context, which reads no option: for the features that have no options
 * at hand (labels, navigation). Memoised per tree.
 */
export function speakerIndex(article: ParsedArticle): SpeakerIndex {
  let index = speakerIndexes.get(article);
  if (!index) {
    const definitions = mergeSpeakers(article.speakersById, article.registry);
    // The groups are made when first read: the checks after each keystroke read only the
    // definitions, and grouping every quote of a very large article cost them 3 ms (issue 9).
    let quotes: Map<string, Quote[]> | undefined;
    let mentions: Map<string, Mention[]> | undefined;
    index = {
      definitions,
      registry: article.registry,
      fromRegistry: (id) => !!article.registry && definitions.get(id) !== undefined && definitions.get(id) === article.registry.byId.get(id),
      get quotes() {
        return (quotes ??= groupBy(allQuotes(article), (q) => q.speakerId));
      },
      get mentions() {
        return (mentions ??= groupBy(article.mentions, (m) => m.speakerId));
      },
    };
    speakerIndexes.set(article, index);
  }
  return index;
}

/** Items by key, keys in order of first appearance. */
function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
