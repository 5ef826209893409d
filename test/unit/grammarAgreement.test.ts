// The TextMate grammar (syntaxes/newsmark.tmLanguage.json) against the language server's parser,
// on the example articles. test/grammar/*.test.news pin the grammar's scopes on hand-written lines;
// this test takes what the parser finds in real articles (examples/**/*.news) and asserts that the
// grammar colours the same thing in the same place:
//
//   quote spans (nested ones too): `[` and `]` carry the quote punctuation, the speaker id the
//     speaker scope, and every character of the words (those of nested spans aside) the kind the
//     parser decided, as the innermost meta.quote.{direct,partial,indirect} scope with its content
//     scope, nested as deep as the parser nests it; no character outside the parser's spans is in
//     a meta.quote scope;
//   the dateline: place, region, date, agency (and its parentheses) and separator carry their
//     scopes; nothing outside the parser's dateline is meta.dateline;
//   subheadings: the `#`s and the title; nothing else is markup.heading;
//   comments: every character is comment.block, with the `<!--`/`-->` punctuation; nothing else is;
//   the front matter: fences and every YAML line carry the front matter (embedding) scopes; nothing
//     after it does.
//
// The grammar is loaded as test/grammar/run.mjs loads it: vscode-textmate and vscode-oniguruma as
// vscode-tmgrammar-test resolves them, and no grammar for the embedded `source.yaml` (the YAML lines
// then carry only NewsMark's embedding scope). VS Code tokenizes line by line, so line endings do
// not matter here and the files are tokenized as they are.
//
// Where the grammar cannot agree with the parser by design, the case is listed in KNOWN_DIFFERENCES
// with the reason; those are all in the articles meant to be broken (every-diagnostic.news and
// examples/broken/). The clean examples must agree fully.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { allQuotes, type Heading, type ParsedArticle, type Quote } from '../../server/src/service';
import { ROOT, doc } from '../support/documents';
import { testService } from '../support/service';

const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/newsmark.tmLanguage.json');
const EXAMPLES = path.join(ROOT, 'examples');

/** Articles meant to be broken: the grammar may differ from the parser there, as listed below. */
const BROKEN = (rel: string) => rel === 'examples/every-diagnostic.news' || rel.startsWith('examples/broken/');

interface KnownDifference {
  file: string;
  construct: 'dateline' | 'unclosed attribution' | 'body' | 'deep nesting';
  why: string;
}

const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    file: 'examples/every-diagnostic.news',
    construct: 'dateline',
    why: '`Springfield, Aug 3 (UPI) --` has its place in title case. The parser still finds the dateline '
      + '(to report dateline-place-case); the grammar colours only a place in capitals (see its dateline '
      + 'comment), so the line is plain text to it. Its parts are not compared; that no other text is '
      + 'taken for a dateline still is, and so is that the grammar leaves this one plain.',
  },
  {
    file: 'examples/every-diagnostic.news',
    construct: 'unclosed attribution',
    why: '`[...]{@chief, and gave ...`: the attribution is never closed (quote-unclosed). The parser ends '
      + 'the quote after the id; the grammar keeps what follows the id up to a space in the attribution, '
      + 'as invalid.illegal.speaker-id, so as to show the error. Those characters must carry that scope '
      + 'instead of none.',
  },
  {
    file: 'examples/broken/front-matter-unclosed.news',
    construct: 'body',
    why: 'The front matter has no closing fence. The parser ends it at the first blank line so as to '
      + 'read the body; the grammar keeps the YAML embedded up to a closing fence, which never comes, '
      + 'so the whole file is front matter to it. Only the front matter itself is compared, and that '
      + 'the grammar runs it on to the end.',
  },
  {
    file: 'examples/broken/quote-depth.news',
    construct: 'deep nesting',
    why: 'Quotes nested 33 deep (quote-depth). The parser reads 32 levels and takes the innermost for '
      + 'text; the grammar\'s balanced-bracket lookahead cannot recurse that deep, so it colours the line '
      + 'its own way. The quotes of that paragraph are not compared; everything else in the file is.',
  },
];

// ---------------------------------------------------------------------------------------------
// The grammar

interface Token { startIndex: number; endIndex: number; scopes: string[] }
interface Grammar { tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown } }

async function loadGrammar(): Promise<{ grammar: Grammar; initial: unknown }> {
  const requireHere = createRequire(path.join(ROOT, 'package.json'));
  const toolDir = path.dirname(requireHere.resolve('vscode-tmgrammar-test/package.json'));
  const requireTool = createRequire(path.join(toolDir, 'package.json'));
  const tm = requireTool('vscode-textmate');
  const oniguruma = requireTool('vscode-oniguruma');
  const wasm = readFileSync(path.join(path.dirname(requireTool.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const raw = tm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    // `source.yaml` (embedded in the front matter) is not available: answer "no grammar", as run.mjs does.
    loadGrammar: async (scopeName: string) => (scopeName === raw.scopeName ? raw : null),
  });
  const grammar: Grammar | null = await registry.loadGrammar(raw.scopeName);
  assert.ok(grammar, `${GRAMMAR_PATH}: the grammar did not load`);
  return { grammar, initial: tm.INITIAL };
}

/** The scopes of every character of `text`, by offset (line breaks get none). */
function scopesByOffset(grammar: Grammar, initial: unknown, text: string): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = new Array(text.length);
  let state = initial;
  const lineBreak = /\r\n|\r|\n/g; // the line breaks of LineIndex (and of LSP)
  let start = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const result = grammar.tokenizeLine(text.slice(start, end), state);
    for (const t of result.tokens) {
      for (let i = t.startIndex; i < Math.min(t.endIndex, end - start); i++) out[start + i] = t.scopes;
    }
    state = result.ruleStack;
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparing

const QUOTE_SCOPE = /^meta\.quote\.(direct|partial|indirect)\.newsmark$/;
const quoteScopes = (scopes: string[]) => scopes.filter((s) => QUOTE_SCOPE.test(s));

/** What one check wants of a character's scopes: undefined when satisfied, else what is wrong. */
type Want = (scopes: string[]) => string | undefined;

const has = (...names: string[]): Want => (scopes) => {
  const missing = names.filter((n) => !scopes.includes(n));
  return missing.length ? `expected ${missing.join(' ')}` : undefined;
};
const lacks = (pattern: RegExp, label: string): Want => (scopes) =>
  scopes.some((s) => pattern.test(s)) ? `expected no ${label} scope, the parser finds none here` : undefined;
const all = (...wants: Want[]): Want => (scopes) => {
  const problems = wants.map((w) => w(scopes)).filter((p): p is string => !!p);
  return problems.length ? problems.join('; ') : undefined;
};

/** A character of `q` (not inside one of its children): its innermost quote is `q`'s kind, nested as the parser nests it. */
function inQuote(q: Quote): Want {
  const kind = `meta.quote.${q.kind}.newsmark`;
  return (scopes) => {
    const quotes = quoteScopes(scopes);
    if (quotes.length === q.depth + 1 && quotes[quotes.length - 1] === kind) return undefined;
    return `expected ${kind} innermost of ${q.depth + 1} meta.quote scope(s), found [${quotes.join(' ')}]`;
  };
}

/** The content scope of a quote's words (the contentName of the grammar's span rule). */
function contentScope(article: ParsedArticle, q: Quote): string {
  if (q.kind !== 'direct') return `markup.quote.${q.kind}.newsmark`;
  return article.text[q.content.start] === '‘' ? 'string.quoted.single.direct.newsmark' : 'string.quoted.double.direct.newsmark';
}

interface Span { start: number; end: number }

class Comparison {
  readonly failures: string[] = [];
  /** Spans compared, by construct. */
  readonly counts = new Map<string, number>();
  /** Quote spans compared, by kind (and how many of them nested). */
  readonly kinds = new Map<string, number>();
  /** The KNOWN_DIFFERENCES that applied, as "file construct". */
  readonly used = new Set<string>();
  characters = 0;

  constructor(readonly file: string, readonly article: ParsedArticle, readonly scopes: (string[] | undefined)[]) {}

  /**
   * Every character of [start, end) but line breaks (and those in `holes`) must satisfy `want`.
   * A failure names the first character that does not, with the scopes found there.
   */
  span(construct: string, start: number, end: number, want: Want, opts: { detail?: string; holes?: Span[] } = {}) {
    this.counts.set(construct, (this.counts.get(construct) ?? 0) + 1);
    let bad = 0;
    let first: { at: number; problem: string; scopes: string[] } | undefined;
    for (let i = start; i < end; i++) {
      const scopes = this.scopes[i];
      if (!scopes || opts.holes?.some((h) => i >= h.start && i < h.end)) continue;
      this.characters++;
      const problem = want(scopes);
      if (!problem) continue;
      bad++;
      first ??= { at: i, problem, scopes };
    }
    if (first) this.fail(construct, start, end, first.at, `${bad > 1 ? `${bad} characters: ` : ''}${first.problem}`, first.scopes, opts.detail);
  }

  fail(construct: string, start: number, end: number, at: number, problem: string, scopes: string[] | undefined, detail?: string) {
    const pos = this.article.lines.position(at);
    const text = this.article.text.slice(start, end);
    const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
    this.failures.push(`${this.file}:${pos.line + 1}:${pos.character + 1} ${construct}${detail ? ` (${detail})` : ''} ${JSON.stringify(shown)}: `
      + `${problem}; scopes at ${JSON.stringify(this.article.text[at])}: [${(scopes ?? []).join(' ')}]`);
  }

  /** No character of [from, to) outside `inside` may have a scope matching `pattern`. */
  nowhereElse(construct: string, pattern: RegExp, label: string, inside: Span[], from = 0, to = this.article.text.length) {
    let at = from;
    for (const s of [...inside].sort((x, y) => x.start - y.start)) {
      if (s.start > at) this.span(construct, at, Math.min(s.start, to), lacks(pattern, label));
      at = Math.max(at, s.end);
    }
    if (at < to) this.span(construct, at, to, lacks(pattern, label));
  }
}

function compare(file: string, article: ParsedArticle, scopes: (string[] | undefined)[]): Comparison {
  const c = new Comparison(file, article, scopes);
  const known = (construct: KnownDifference['construct']) => KNOWN_DIFFERENCES.some((k) => k.file === file && k.construct === construct);
  const text = article.text;
  const use = (construct: KnownDifference['construct']) => c.used.add(`${file} ${construct}`);
  /** The detail of a check that a known difference still is what KNOWN_DIFFERENCES says. */
  const stale = (construct: KnownDifference['construct']) =>
    `KNOWN_DIFFERENCES: ${KNOWN_DIFFERENCES.find((k) => k.file === file && k.construct === construct)?.why} If the grammar changed here, update or remove the entry`;

  // Front matter: the fences and the YAML between them.
  const fm = article.frontMatter;
  const inFm = 'meta.frontmatter.newsmark';
  if (fm) {
    c.span('front matter opening fence', fm.start, fm.start + 3, has(inFm, 'punctuation.definition.tag.begin.frontmatter.newsmark'));
    c.span('front matter YAML', fm.content.start, fm.content.end, has(inFm, 'meta.embedded.block.frontmatter.newsmark'));
    if (fm.closed) {
      c.span('front matter closing fence', fm.content.end, fm.content.end + 3,
        all(has(inFm, 'punctuation.definition.tag.end.frontmatter.newsmark'), lacks(/^meta\.embedded\./, 'meta.embedded')));
    }
  }
  // The body: all of the text, but to the grammar the body of an unclosed front matter is YAML (KNOWN_DIFFERENCES).
  let bodyEnd = text.length;
  if (known('body') && fm && !fm.closed) {
    use('body');
    bodyEnd = fm.end;
    c.span('known difference: text after an unclosed front matter', bodyEnd, text.length, has(inFm),
      { detail: stale('body') });
  } else {
    c.nowhereElse('text after the front matter', /^meta\.frontmatter\./, 'meta.frontmatter', fm ? [fm] : []);
  }

  // Quote spans, nested ones too (but not in a paragraph nested too deep, KNOWN_DIFFERENCES).
  const tooDeep: Span[] = known('deep nesting') ? article.blocks.filter((b) => b.type === 'paragraph' && b.problems.some((p) => p.code === 'quote-depth')) : [];
  if (tooDeep.length) use('deep nesting');
  const quotes = [...allQuotes(article)].filter((q) => q.start < bodyEnd && !tooDeep.some((p) => p.start <= q.start && q.end <= p.end));
  for (const q of quotes) for (const k of [q.kind, ...(q.depth ? ['nested'] : [])]) c.kinds.set(k, (c.kinds.get(k) ?? 0) + 1);
  const outsideQuotes: Span[] = [...quotes.filter((q) => q.depth === 0).map((q) => ({ start: q.start, end: q.end })), ...tooDeep];
  for (const q of quotes) {
    const kind = `meta.quote.${q.kind}.newsmark`;
    const detail = `${q.kind}${q.depth ? `, nested at depth ${q.depth}` : ''}, by @${q.speakerId}`;
    c.span('quote "["', q.start, q.start + 1, all(inQuote(q), has(kind, 'punctuation.definition.quote.begin.newsmark')), { detail });
    c.span('quote "]"', q.content.end, q.content.end + 1, all(inQuote(q), has(kind, 'punctuation.definition.quote.end.newsmark')), { detail });
    c.span('quote speaker id', q.speakerSpan.start, q.speakerSpan.end, all(inQuote(q), has('meta.attribution.newsmark', 'variable.other.speaker.newsmark')), { detail });
    c.span('quote words', q.content.start, q.content.end, all(inQuote(q), has(contentScope(article, q))), { detail, holes: q.children });
    if (text[q.end - 1] !== '}' && known('unclosed attribution')) {
      // The grammar's attribution runs on over `[^}\s\[\]]*` after the id (KNOWN_DIFFERENCES).
      let end = q.end;
      while (end < text.length && !/[}\s[\]]/.test(text[end])) end++;
      use('unclosed attribution');
      c.span('known difference: text after an unclosed attribution', q.end, end, all(inQuote(q), has('invalid.illegal.speaker-id.newsmark')), { detail: stale('unclosed attribution') });
      const top = outsideQuotes.find((s) => s.start <= q.start && q.start < s.end);
      if (top) top.end = Math.max(top.end, end);
    }
  }
  c.nowhereElse('text outside quote spans', QUOTE_SCOPE, 'meta.quote', outsideQuotes, 0, bodyEnd);

  // The dateline and its parts.
  const d = article.dateline;
  const inDateline = 'meta.dateline.newsmark';
  if (d && d.start < bodyEnd && known('dateline')) {
    use('dateline');
    c.span('known difference: dateline the grammar leaves plain', d.start, d.end, lacks(/^meta\.dateline\./, 'meta.dateline'),
      { detail: stale('dateline') });
  } else if (d && d.start < bodyEnd) {
    c.span('dateline', d.start, d.end, has(inDateline));
    if (d.place) c.span('dateline place', d.place.start, d.place.end, has(inDateline, 'entity.name.section.dateline.place.newsmark'));
    if (d.region) c.span('dateline region', d.region.start, d.region.end, has(inDateline, 'entity.name.section.dateline.region.newsmark'));
    if (d.date) c.span('dateline date', d.date.start, d.date.end, has(inDateline, 'constant.numeric.date.dateline.newsmark'));
    if (d.agencyParens) {
      const agency = 'meta.agency.dateline.newsmark';
      c.span('dateline agency "("', d.agencyParens.start, d.agencyParens.start + 1, has(inDateline, agency, 'punctuation.definition.agency.begin.newsmark'));
      c.span('dateline agency ")"', d.agencyParens.end - 1, d.agencyParens.end, has(inDateline, agency, 'punctuation.definition.agency.end.newsmark'));
    }
    if (d.agency) c.span('dateline agency', d.agency.start, d.agency.end, has(inDateline, 'meta.agency.dateline.newsmark', 'entity.name.type.agency.dateline.newsmark'));
    if (d.separator) c.span('dateline separator', d.separator.start, d.separator.end, has(inDateline, 'punctuation.separator.dateline.newsmark'));
  }
  c.nowhereElse('text outside the dateline', /^meta\.dateline\./, 'meta.dateline', d ? [d] : [], 0, bodyEnd);

  // Subheadings.
  const headings: Heading[] = article.blocks.filter((b): b is Heading => b.type === 'heading' && b.start < bodyEnd);
  for (const h of headings) {
    const heading = `markup.heading.${h.level}.newsmark`;
    c.span('heading marks', h.start, h.start + h.level, has(heading, 'punctuation.definition.heading.newsmark'), { detail: `level ${h.level}` });
    c.span('heading title', h.title.start, h.title.end, has(heading, 'entity.name.section.newsmark'), { detail: `level ${h.level}` });
  }
  c.nowhereElse('text outside subheadings', /^markup\.heading\./, 'markup.heading', headings, 0, bodyEnd);

  // Comments.
  const comments = article.comments.filter((m) => m.start < bodyEnd);
  const comment = 'comment.block.newsmark';
  for (const m of comments) {
    c.span('comment', m.start, m.end, has(comment));
    c.span('comment "<!--"', m.start, m.start + 4, has(comment, 'punctuation.definition.comment.begin.newsmark'));
    if (m.closed) c.span('comment "-->"', m.end - 3, m.end, has(comment, 'punctuation.definition.comment.end.newsmark'));
  }
  c.nowhereElse('text outside comments', /^comment\./, 'comment', comments, 0, bodyEnd);

  return c;
}

// ---------------------------------------------------------------------------------------------

function exampleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...exampleFiles(p));
    else if (name.endsWith('.news')) out.push(p);
  }
  return out;
}

test('the TextMate grammar colours what the parser finds in the example articles', async (t) => {
  const { grammar, initial } = await loadGrammar();
  const files = exampleFiles(EXAMPLES).map((p) => path.relative(ROOT, p).split(path.sep).join('/'));
  assert.ok(files.length >= 5, 'the examples were not found');
  for (const k of KNOWN_DIFFERENCES) {
    assert.ok(files.includes(k.file), `KNOWN_DIFFERENCES names ${k.file}, which is not an example`);
    assert.ok(BROKEN(k.file), `${k.file} is a clean example: the grammar must agree with the parser there fully`);
  }

  const service = testService();
  const totals = new Map<string, number>();
  const kinds = new Map<string, number>();
  const used = new Set<string>();
  let characters = 0;
  for (const file of files) {
    await t.test(file, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const article = service.parse(doc(text, `file:///${file}`));
      const c = compare(file, article, scopesByOffset(grammar, initial, text));
      for (const [k, n] of c.counts) totals.set(k, (totals.get(k) ?? 0) + n);
      c.used.forEach((u) => used.add(u));
      characters += c.characters;
      for (const [k, n] of c.kinds) kinds.set(k, (kinds.get(k) ?? 0) + n);
      const quotes = [...allQuotes(article)];
      if (!BROKEN(file)) {
        // A clean example that lost its constructs would make this test vacuous.
        assert.ok(quotes.length > 0 && article.dateline && article.frontMatter, `${file}: expected quotes, a dateline and front matter`);
      }
      assert.equal(c.failures.length, 0,
        `The grammar and the parser disagree on ${c.failures.length} span(s) of ${file}:\n  ${c.failures.slice(0, 25).join('\n  ')}`);
    });
  }
  for (const k of KNOWN_DIFFERENCES) {
    assert.ok(used.has(`${k.file} ${k.construct}`), `KNOWN_DIFFERENCES: ${k.file} no longer has a ${k.construct} of this kind: remove the entry`);
  }
  t.diagnostic(`quote spans compared: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  t.diagnostic(`spans compared: ${[...totals].map(([k, n]) => `${n} ${k}`).join(', ')}; ${characters} characters`);
});
