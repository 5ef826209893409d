// Generates syntaxes/newsmark.tmLanguage.json: `npm run grammar`. The long dateline and quote
// patterns are composed here from named parts, so edit this file, not the JSON, and commit both.
import { writeFileSync } from 'node:fs';

const OPEN = '"“‘«„';            // opening quotation marks
const OPEN_DOUBLE = '"“«„';
// Balanced bracket content on the rest of the line; named group q is re-entered for nesting.
// Every repetition is atomic, and a character is taken by exactly one alternative: no backtracking.
const BAL = String.raw`(?<q>(?>(?:[^\[\]\\]|\\(?:.|$)|\[\g<q>(?:\]|$))*))`;
// A span opens at "[" when its balanced content ends in "]{" on this line, or runs to the line's end
// (the span continues on the next line of the paragraph).
const SPAN_AHEAD = String.raw`(?=${BAL}(?:\]\{|$))`;
// Direct, partial or indirect, as the language server decides (quoteKind): a quote whose words open
// with a quotation mark is direct unless that mark closes early with more words after it; otherwise
// one quotation mark anywhere in the words (nested quotes included) makes it partial.
// ’ and ‘ between letters or digits (don’t, Xinhua’s) and ‘ before a digit (‘90s) are apostrophes.
const APOS = String.raw`(?<=[\p{L}\p{N}])[‘’](?=[\p{L}\p{N}])|‘(?=\p{N})`;
const MARK = String.raw`(?:["“”«»„]|(?!${APOS})[‘’])`;
// nm: balanced content free of quotation marks; pm: such content, then a mark here or in a nested group.
const NO_MARKS = String.raw`(?<nm>(?>(?:[^\[\]\\"“”«»„‘’]|\\(?:.|$)|${APOS}|\[\g<nm>\])*))`;
const HAS_MARK_AHEAD = String.raw`(?=(?<pm>${NO_MARKS}(?:${MARK}|\[\g<pm>)))`;
// The opening mark's partner comes before the end and more than punctuation follows it.
const AFTER_CLOSE = String.raw`[,.;:!?\s]*[^\],.;:!?\s]`;
const closesEarly = (open, closers, apostrophes = false) => {
  const alts = [`[^\\[\\]\\\\${closers}]`, String.raw`\\(?:.|$)`, String.raw`\[\g<q>\]`];
  if (apostrophes) alts.push(String.raw`(?<=[\p{L}\p{N}])’(?=[\p{L}\p{N}])`);
  return `${open}(?>(?:${alts.join('|')})*)[${closers}]${AFTER_CLOSE}`;
};
const OPENS_CLOSES_EARLY = `(?:${[
  closesEarly('"', '"'),
  closesEarly('“', '”'),
  closesEarly('‘', '’', true),
  closesEarly('«', '»'),
  closesEarly('„', '“”'),
].join('|')})`;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![\p{L}\p{M}])`;
const DATE = String.raw`(?:${MONTH}[ ]+\d{1,2}(?!\d)(?:,?[ ]+\d{4})?|\d{1,2}[ ]+${MONTH}(?:,?[ ]+\d{4})?)(?![\p{L}\p{N}])`;
const PFX = String.raw`(?:Ma?c|De|La|Le|Du)?`;   // McALLEN, DeKALB
const PLACE_REST = String.raw`(?:[\p{Lu}\p{M}.]|['’\-]\p{Lu})*`;
const PLACE = String.raw`${PFX}\p{Lu}\p{M}*['’\-]?\p{Lu}${PLACE_REST}(?:[ ]${PFX}\p{Lu}${PLACE_REST})*`;
const RWORD = String.raw`\p{Lu}[\p{L}\p{M}.'’\-]*`;
const REGION = String.raw`(?!${DATE})${RWORD}(?:[ ](?:${RWORD}|of|and|de|del|da|do|du|la|le|y)){0,4}`;
const AGENCY = String.raw`(?:[ ]*((\()([^()]*)(\))))`;
const SEP = String.raw`(--(?!-)|—|–|(?<=[ ])-(?=[ ]|$))(?![ \t]*\p{Ll})`;   // the text after it does not start in lower case
const AFTER_NO_SEP = String.raw`(?<=[)\d])(?=[ ]+[\p{Lu}\[${OPEN}]|[ ]*$)`;

const datelineCaptures = {
  1: { name: 'entity.name.section.dateline.place.newsmark' },
  2: { name: 'punctuation.separator.comma.dateline.newsmark' },
  3: { name: 'entity.name.section.dateline.region.newsmark' },
  4: { name: 'punctuation.separator.comma.dateline.newsmark' },
  5: { name: 'constant.numeric.date.dateline.newsmark' },
  6: { name: 'punctuation.separator.comma.dateline.newsmark' },
  7: { name: 'meta.agency.dateline.newsmark' },
  8: { name: 'punctuation.definition.agency.begin.newsmark' },
  9: { name: 'entity.name.type.agency.dateline.newsmark' },
  10: { name: 'punctuation.definition.agency.end.newsmark' },
  11: { name: 'punctuation.separator.dateline.newsmark' },
};

// A span ends at its "]" (with the attribution), or, unclosed, where its paragraph does: a blank line or a subheading.
const PARA_END = String.raw`^(?=[ \t]*$|#{1,3}[ \t])`;
const spanEnd = String.raw`(\])(?:((\{)(?:((@)([a-z][a-z0-9_-]*)))?([^}\s\[\]]*)(\})?))?|` + PARA_END;
const spanEndCaptures = {
  1: { name: 'punctuation.definition.quote.end.newsmark' },
  2: { name: 'meta.attribution.newsmark' },
  3: { name: 'punctuation.definition.attribution.begin.newsmark' },
  4: { name: 'variable.other.speaker.newsmark' },
  5: { name: 'punctuation.definition.variable.newsmark' },
  7: { name: 'invalid.illegal.speaker-id.newsmark' },
  8: { name: 'punctuation.definition.attribution.end.newsmark' },
};
const spanBeginCaptures = { 1: { name: 'punctuation.definition.quote.begin.newsmark' } };

function span(kind, ahead, contentName, patterns, comment) {
  return {
    comment,
    name: `meta.quote.${kind}.newsmark`,
    contentName,
    begin: String.raw`(\[)` + ahead,
    beginCaptures: spanBeginCaptures,
    end: spanEnd,
    endCaptures: spanEndCaptures,
    patterns,
  };
}

function quotedPiece(open, close, kind) {
  return {
    name: `string.quoted.${kind}.newsmark`,
    match: `(${open})[^${close}\\[\\]]*(${close})`,
    captures: {
      1: { name: 'punctuation.definition.string.begin.newsmark' },
      2: { name: 'punctuation.definition.string.end.newsmark' },
    },
  };
}

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'NewsMark',
  scopeName: 'text.news.newsmark',
  fileTypes: ['news'],
  comment: 'NewsMark 0.1: YAML front matter, dateline, quote spans [words]{@speaker}, subheadings, <!-- editor notes -->. The language server does the exact analysis; this grammar colours.',
  patterns: [
    { include: '#front-matter' },
    { include: '#comment' },
    { include: '#heading' },
    { include: '#dateline' },
    { include: '#quote' },
    { include: '#orphan-attribution' },
    { include: '#escape' },
  ],
  repository: {
    'front-matter': {
      comment: 'YAML between a first line --- and the next line --- or ... , embedded as source.yaml. As in VS Code\'s Markdown grammar, the YAML sits in a begin/while rule, so that no YAML construct left open (a block scalar, an unclosed flow map) can run past the closing fence.',
      name: 'meta.frontmatter.newsmark',
      begin: String.raw`\A(?=(?:\x{FEFF})?-{3}[ \t]*$)`,
      end: String.raw`^(-{3}|\.{3})[ \t]*$`,
      endCaptures: { 1: { name: 'punctuation.definition.tag.end.frontmatter.newsmark' } },
      applyEndPatternLast: 1,
      patterns: [
        {
          begin: String.raw`\A(?:\x{FEFF})?(-{3})[ \t]*$`,
          beginCaptures: { 1: { name: 'punctuation.definition.tag.begin.frontmatter.newsmark' } },
          while: String.raw`^(?!(?:-{3}|\.{3})[ \t]*$)`,
          contentName: 'meta.embedded.block.frontmatter.newsmark',
          patterns: [
            { include: 'source.yaml' },
            {
              comment: 'Never matches. It keeps this rule alive where no source.yaml grammar is installed: vscode-textmate drops a rule none of whose patterns resolve, and the YAML would then be read as body text.',
              match: '(?!)',
            },
          ],
        },
      ],
    },
    comment: {
      name: 'comment.block.newsmark',
      begin: '<!--',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.newsmark' } },
      end: '-->',
      endCaptures: { 0: { name: 'punctuation.definition.comment.end.newsmark' } },
    },
    heading: {
      patterns: [1, 2, 3].map((n) => ({
        name: `markup.heading.${n}.newsmark`,
        match: `^(#{${n}})[ \\t]+(.*)$`,
        captures: {
          1: { name: 'punctuation.definition.heading.newsmark' },
          2: { name: 'entity.name.section.newsmark', patterns: [{ include: '#escape' }] },
        },
      })),
    },
    dateline: {
      comment: 'PLACE[, REGION][, DATE] [(AGENCY)] SEPARATOR at the start of a line, PLACE in capitals (the language server also accepts a title-case place and flags it; this grammar does not colour that form). Only the first paragraph has a dateline; a grammar cannot know which that is, so any line that opens with the pattern is taken. Without a separator, the dateline must end in the agency or the date and be followed by a capital, an opening mark or a quote span (NewsMark diagnoses the missing separator).',
      patterns: [
        {
          name: 'meta.dateline.newsmark',
          match: String.raw`^(${PLACE})(?:(,)[ ]*(${REGION}))?(?:(,)[ ]*(${DATE}))?(?:(,)(?=[ ]*\())?${AGENCY}?(?:[ ]*${SEP}|${AFTER_NO_SEP})`,
          captures: datelineCaptures,
        },
        {
          comment: 'No place: "Nov. 28 (UPI) -- ". Date, agency and separator are all required here.',
          name: 'meta.dateline.newsmark',
          match: String.raw`^(${DATE})${AGENCY}[ ]*${SEP}`,
          captures: {
            1: datelineCaptures[5],
            2: datelineCaptures[7],
            3: datelineCaptures[8],
            4: datelineCaptures[9],
            5: datelineCaptures[10],
            6: datelineCaptures[11],
          },
        },
      ],
    },
    quote: {
      comment: 'A quote span [words]{@speaker}. Direct: the words open with a quotation mark that does not close before their end (a continuing paragraph may lack the closing mark). Partial: quotation marks around only some of the words, nested quotes included. Indirect: no quotation marks. Decided on the line where the span opens. A bracket pair whose "]" is not followed by "{" is plain text.',
      patterns: [
        span('direct', `(?=[${OPEN_DOUBLE}])(?!${OPENS_CLOSES_EARLY})` + SPAN_AHEAD, 'string.quoted.double.direct.newsmark', [{ include: '#direct-content' }]),
        span('direct', `(?=‘)(?!${OPENS_CLOSES_EARLY})` + SPAN_AHEAD, 'string.quoted.single.direct.newsmark', [{ include: '#direct-content' }]),
        span('partial', `(?:(?=${OPENS_CLOSES_EARLY})|(?![${OPEN}])${HAS_MARK_AHEAD})` + SPAN_AHEAD, 'markup.quote.partial.newsmark', [{ include: '#reported-content' }]),
        span('indirect', SPAN_AHEAD, 'markup.quote.indirect.newsmark', [{ include: '#reported-content' }]),
      ],
    },
    'direct-content': {
      patterns: [
        { name: 'punctuation.definition.string.begin.newsmark', match: `\\G[${OPEN}]` },
        { name: 'punctuation.definition.string.end.newsmark', match: '["”’»“](?=\\])' },
        { include: '#span-content' },
      ],
    },
    'reported-content': {
      patterns: [
        { include: '#span-content' },
        { include: '#quoted-piece' },
      ],
    },
    'span-content': {
      patterns: [
        { include: '#escape' },
        { include: '#comment' },
        { include: '#quote' },
        { include: '#brackets' },
      ],
    },
    brackets: {
      comment: 'A plain bracket pair inside a quote ([sic], [the agreement]): balanced, not a span.',
      begin: String.raw`\[`,
      end: String.raw`\]|` + PARA_END,
      patterns: [{ include: '#span-content' }],
    },
    'quoted-piece': {
      comment: 'The quoted words of a partial quote.',
      patterns: [
        quotedPiece('"', '"', 'double'),
        quotedPiece('“', '”', 'double'),
        quotedPiece('„', '“', 'double'),
        quotedPiece('«', '»', 'double'),
        {
          name: 'string.quoted.single.newsmark',
          match: String.raw`(‘)(?:[^’\[\]]|(?<=[\p{L}\p{N}])’(?=[\p{L}\p{N}]))*(’)`,
          captures: {
            1: { name: 'punctuation.definition.string.begin.newsmark' },
            2: { name: 'punctuation.definition.string.end.newsmark' },
          },
        },
      ],
    },
    'orphan-attribution': {
      comment: '"]{@id}" with no opening "[" (the server reports quote-orphan); the speaker is still coloured.',
      match: String.raw`(\])((\{)((@)([a-z][a-z0-9_-]*))(\}))`,
      captures: {
        1: { name: 'punctuation.definition.quote.end.newsmark' },
        2: { name: 'meta.attribution.newsmark' },
        3: { name: 'punctuation.definition.attribution.begin.newsmark' },
        4: { name: 'variable.other.speaker.newsmark' },
        5: { name: 'punctuation.definition.variable.newsmark' },
        7: { name: 'punctuation.definition.attribution.end.newsmark' },
      },
    },
    escape: {
      name: 'constant.character.escape.newsmark',
      match: String.raw`\\[\[\]{\\]`,
    },
  },
};

writeFileSync(new URL('../../syntaxes/newsmark.tmLanguage.json', import.meta.url), JSON.stringify(grammar, null, 2) + '\n');
console.log('written');
