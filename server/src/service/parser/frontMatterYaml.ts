// Reads the YAML of a front matter into the `yaml` package's nodes (issue 9): the package's full
// document model (lexer, CST parser, composer) was a fifth of `newsmark check`'s CPU profile on
// 4 KB articles, for front matter that is nearly always a map of one-line scalars, the `speakers` map
// of maps and short lists. Those shapes are read here by one scan of the lines and built as the
// package's own Scalar/YAMLMap/YAMLSeq/Pair with the ranges its composer gives, so everything
// downstream (frontMatter.ts, sourceList.ts, yamlGuards.ts) reads them unchanged. Anything this
// reader is not sure of (comments, tabs, CR, anchors, tags, flow maps, block scalars, multi-line
// or escaped scalars, values that the core schema reads as numbers, booleans or null, any YAML
// error) makes it give up, and the full document model reads the text instead; the property test
// test/property/frontMatterYaml.property.test.ts holds both readers to the same trees and problems.

import { Pair, Scalar, YAMLMap, YAMLSeq, isPair, parseDocument, type Node as YamlNode } from 'yaml';

/** What the front matter needs of a parsed YAML document: its root and its errors. */
export interface YamlReading {
  contents: YamlNode | null;
  errors: readonly { pos: [number, number]; message: string }[];
}

/** The document read by the quick reader when it is sure, by the full document model otherwise. */
export function readFrontMatterYaml(src: string): YamlReading {
  return quickYaml(src) ?? fullYaml(src);
}

/** The `yaml` package's full document model, with the options the front matter reads it with. */
export function fullYaml(src: string): YamlReading {
  // uniqueKeys off: it compares every key with every earlier one; duplicateKeys() uses a Set.
  return parseDocument(src, { prettyErrors: false, uniqueKeys: false, strict: false });
}

const LF = 10, SPACE = 32, DQUOTE = 34, HASH = 35, SQUOTE = 39, COMMA = 44, DASH = 45, DOT = 46, COLON = 58, OPEN_SEQ = 91, CLOSE_SEQ = 93;
/**
 * YAML allows implicit keys of at most 1,024 characters, an error only in strict mode, which the
 * full model does not use: a longer key (rare) is left to it, so that this reader would stay
 * right if strict mode were turned on.
 */
const MAX_KEY = 1000;

// The package's node constructors each define a symbol-keyed property on the instance (the node's
// kind, read by isMap, isScalar...), which was 40 % of this reader's time. The nodes here are made
// from a prototype that holds the kind once and inherits from the package's own class, so they are
// still `instanceof Scalar`, YAMLMap, YAMLSeq, Pair and pass the package's type guards. The kinds
// are registered symbols (`Symbol.for`), the package's own way of recognising nodes across copies.
const NODE_TYPE = Symbol.for('yaml.node.type');
const kindOf = <T extends object>(cls: { prototype: T }, kind: string): T => Object.create(cls.prototype, { [NODE_TYPE]: { value: Symbol.for(kind) } }) as T;
const SCALAR = kindOf(Scalar, 'yaml.scalar');
const MAP = kindOf(YAMLMap, 'yaml.map');
const SEQ = kindOf(YAMLSeq, 'yaml.seq');
const PAIR = kindOf(Pair, 'yaml.pair');

function newMap(): YAMLMap {
  const map = Object.create(MAP) as YAMLMap;
  map.items = [];
  return map;
}

function newSeq(flow: boolean): YAMLSeq {
  const seq = Object.create(SEQ) as YAMLSeq;
  seq.items = [];
  if (flow) seq.flow = true;
  return seq;
}

function newPair(key: Scalar, value: YamlNode): Pair {
  const pair = Object.create(PAIR) as Pair;
  pair.key = key;
  pair.value = value;
  return pair;
}

function scalar(value: string | null, type: Scalar.Type, start: number, valueEnd: number, nodeEnd: number): Scalar {
  const node = Object.create(SCALAR) as Scalar;
  node.value = value;
  node.type = type;
  node.range = [start, valueEnd, nodeEnd];
  return node;
}

/** Thrown inside the quick reader when it is not sure; caught in quickYaml. */
class Unsure extends Error {}
const unsure = (): never => { throw new Unsure(); };

/** One line of the source: where it starts, its first non-space character, its end (before the LF). */
interface Line {
  start: number;
  first: number;
  end: number;
}

/** The document as the composer would build it, or undefined when the text needs the full model. */
export function quickYaml(src: string): YamlReading | undefined {
  const lines = splitLines(src);
  if (!lines || lines.length === 0) return undefined;
  try {
    // The root map's loop reads every line, or refuses one (an indented first line, a list item).
    return { contents: new QuickReader(src, lines).map(0), errors: [] };
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
}

/**
 * The non-blank lines, or undefined when a character asks for the full model: a tab, CR, `#`,
 * control characters, the byte order mark, U+2028/9, U+FFFE/F and surrogates. (A line that opens
 * with `---` or `...`, a document marker, is refused as a key: keys start with a letter or `_`.)
 */
function splitLines(src: string): Line[] | undefined {
  const lines: Line[] = [];
  let start = 0, first = -1;
  for (let i = 0; i <= src.length; i++) {
    const c = i < src.length ? src.charCodeAt(i) : LF;
    if (c === LF) {
      if (first >= 0) lines.push({ start, first, end: i });
      start = i + 1;
      first = -1;
    } else if (c === SPACE) {
      continue;
    } else if (c < SPACE || c === HASH || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0x2028 || c === 0x2029 || c >= 0xfffe || (c >= 0xd800 && c <= 0xdfff)) {
      return undefined;
    } else if (first < 0) first = i;
  }
  return lines;
}

/** Reads block maps and sequences line by line; `at` is the next line to read. */
class QuickReader {
  at = 0;
  constructor(private readonly src: string, private readonly lines: readonly Line[]) {}

  /** A block map whose keys stand at column `indent`, from the current line. */
  map(indent: number): YAMLMap {
    const map = newMap();
    const from = this.lines[this.at].first;
    this.keysAt(map, indent);
    return finish(map, from);
  }

  /** The entries of `map` on the lines whose keys stand at column `indent`, up to a line less indented. */
  private keysAt(map: YAMLMap, indent: number) {
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      const column = line.first - line.start;
      if (column < indent) break;
      if (column > indent) unsure(); // deeper (a list item where a key belongs is refused by keyEnd: a key starts with a letter or `_`)
      this.entry(map, line.first, line, indent);
    }
  }

  /** One `key: value` entry whose key starts at `keyStart` on `line` (a line of its own, or after `- `). */
  private entry(map: YAMLMap, keyStart: number, line: Line, indent: number) {
    const colon = keyEnd(this.src, keyStart, line.end);
    const key = scalar(this.src.slice(keyStart, colon), 'PLAIN', keyStart, colon, colon);
    if (!isSurelyText(key.value as string)) unsure();
    this.at++;
    let v = colon + 1;
    while (v < line.end && this.src.charCodeAt(v) === SPACE) v++;
    if (v < line.end) {
      map.items.push(newPair(key, this.inlineValue(v, line)));
      return;
    }
    const next = this.lines[this.at];
    const column = next ? next.first - next.start : -1;
    const item = next && this.src.charCodeAt(next.first) === DASH;
    if (next && column > indent) map.items.push(newPair(key, item ? this.seq(column) : this.map(column)));
    else if (next && column === indent && item) map.items.push(newPair(key, this.seq(column)));
    else map.items.push(newPair(key, scalar(null, 'PLAIN', v, v, v))); // no value: null, after the spaces
  }

  /** A block sequence whose `-` stand at column `indent`. */
  private seq(indent: number): YAMLSeq {
    const seq = newSeq(false);
    const from = this.lines[this.at].first;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      const column = line.first - line.start;
      if (column < indent || (column === indent && this.src.charCodeAt(line.first) !== DASH)) break;
      if (column > indent) unsure();
      if (this.src.charCodeAt(line.first + 1) !== SPACE) unsure(); // `-` alone, or `-x`
      let v = line.first + 2;
      while (v < line.end && this.src.charCodeAt(v) === SPACE) v++; // an empty item is refused as an empty plain scalar
      if (hasKeyIndicator(this.src, v, line.end)) {
        seq.items.push(this.compactMap(v, line));
      } else {
        this.at++;
        seq.items.push(this.inlineValue(v, line));
      }
    }
    return finish(seq, from);
  }

  /** A map that opens on a list item's line (`- file: a.txt`), its further keys below at the same column. */
  private compactMap(keyStart: number, line: Line): YAMLMap {
    const map = newMap();
    const column = keyStart - line.start;
    this.entry(map, keyStart, line, column);
    this.keysAt(map, column);
    return finish(map, keyStart);
  }

  /**
   * A value on the line of its key or dash: a one-line scalar or a flow list. A line below it that
   * is more indented (a continued scalar, a nested block) is refused by the loop that reads on.
   */
  private inlineValue(v: number, line: Line): YamlNode {
    const after = line.end + (line.end < this.src.length ? 1 : 0);
    const c = this.src.charCodeAt(v);
    if (c === OPEN_SEQ) return this.flowSeq(v, line.end, after);
    const end = trimSpaces(this.src, v, line.end);
    if (c === DQUOTE || c === SQUOTE) {
      const close = closingQuote(this.src, v, end);
      if (close !== end - 1) unsure();
      return scalar(unquote(this.src, v, end), c === DQUOTE ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', v, end, after);
    }
    const text = this.src.slice(v, end);
    if (!isPlainInBlock(text)) unsure();
    return scalar(text, 'PLAIN', v, end, after);
  }

  /** `[a, "b c", 'd']` on one line: plain or quoted items, nothing nested. */
  private flowSeq(open: number, lineEnd: number, after: number): YAMLSeq {
    const seq = newSeq(true);
    let i = open + 1;
    for (;;) {
      while (i < lineEnd && this.src.charCodeAt(i) === SPACE) i++;
      if (i >= lineEnd) unsure();
      const c = this.src.charCodeAt(i);
      if (c === CLOSE_SEQ) break; // `[]`, or after a trailing comma, which YAML allows
      let itemEnd: number;
      if (c === DQUOTE || c === SQUOTE) {
        itemEnd = closingQuote(this.src, i, lineEnd) + 1;
        const trailing = skipSpaces(this.src, itemEnd, lineEnd);
        seq.items.push(scalar(unquote(this.src, i, itemEnd), c === DQUOTE ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', i, itemEnd, trailing));
        i = trailing;
      } else {
        itemEnd = i;
        while (itemEnd < lineEnd && !isFlowStop(this.src.charCodeAt(itemEnd))) itemEnd++;
        const end = trimSpaces(this.src, i, itemEnd);
        const text = this.src.slice(i, end);
        if (!isPlainInFlow(text)) unsure();
        seq.items.push(scalar(text, 'PLAIN', i, end, itemEnd));
        i = itemEnd;
      }
      const sep = this.src.charCodeAt(i);
      if (sep === CLOSE_SEQ) break;
      if (sep !== COMMA) unsure();
      i++;
    }
    if (skipSpaces(this.src, i + 1, lineEnd) !== lineEnd) unsure();
    seq.range = [open, i + 1, after];
    return seq;
  }
}

/** A collection's range as the composer gives it: from its first key or dash to the end of its last value. */
function finish<T extends YAMLMap | YAMLSeq>(node: T, from: number): T {
  const items = node.items as unknown[];
  const last = items[items.length - 1];
  const lastNode = (isPair(last) ? last.value : last) as YamlNode;
  const end = lastNode.range![2];
  node.range = [from, end, end];
  return node;
}

/** The colon after a plain key from `start`: a key of letters, digits, `_`, `-` and `.`, then `: ` or `:` at the line's end. */
function keyEnd(src: string, start: number, lineEnd: number): number {
  let i = start;
  const c0 = src.charCodeAt(i);
  if (!isLetter(c0) && c0 !== 95) unsure();
  while (i < lineEnd && isKeyChar(src.charCodeAt(i))) i++;
  if (src.charCodeAt(i) !== COLON || i - start > MAX_KEY) unsure();
  if (i + 1 < lineEnd && src.charCodeAt(i + 1) !== SPACE) unsure();
  return i;
}

/** Whether the list item from `v` is a `key: value` (or `key:`), i.e. a map. */
function hasKeyIndicator(src: string, v: number, lineEnd: number): boolean {
  for (let i = v; i < lineEnd; i++) {
    if (src.charCodeAt(i) === COLON && (i + 1 === lineEnd || src.charCodeAt(i + 1) === SPACE)) return true;
  }
  return false;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isKeyChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === DASH || c === DOT;
const isFlowStop = (c: number) => c === COMMA || c === CLOSE_SEQ;

function skipSpaces(src: string, i: number, end: number): number {
  while (i < end && src.charCodeAt(i) === SPACE) i++;
  return i;
}

function trimSpaces(src: string, start: number, end: number): number {
  while (end > start && src.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** The offset of the quotation mark closing the one at `open`, before `end`; one that does not close there, or holds a `\` escape, is left to the full model. */
function closingQuote(src: string, open: number, end: number): number {
  const q = src.charCodeAt(open);
  for (let i = open + 1; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === 92 && q === DQUOTE) unsure();
    if (c !== q) continue;
    if (q === SQUOTE && src.charCodeAt(i + 1) === SQUOTE) { i++; continue; }
    return i;
  }
  return unsure();
}

function unquote(src: string, open: number, end: number): string {
  const inner = src.slice(open + 1, end - 1);
  return src.charCodeAt(open) === SQUOTE ? inner.replaceAll("''", "'") : inner;
}

/** Characters that may not open a plain scalar (or open one only in ways this reader leaves to the full model). */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

/** A plain scalar on one line in a block (brackets inside are text there): no `: `, no trailing `:`, and text in the core schema. */
function isPlainInBlock(text: string): boolean {
  return !INDICATORS.includes(text[0]) && !text.endsWith(':') && !text.includes(': ') && isSurelyText(text);
}

/** A plain scalar inside `[...]`: no flow indicator or colon at all. */
function isPlainInFlow(text: string): boolean {
  if (!text || INDICATORS.includes(text[0])) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON || c === OPEN_SEQ || c === CLOSE_SEQ || c === 123 || c === 125 || c === DQUOTE || c === SQUOTE) return false;
  }
  return isSurelyText(text);
}

// The YAML 1.2 core schema's plain scalars that are not strings (yaml/dist/schema/core): null,
// booleans, integers (decimal, octal, hex) and floats (with exponent, fixed, .inf, .nan).
const NOT_TEXT = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^[-+]?(?:\.(?:inf|Inf|INF)|[0-9]+|\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^(?:\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
];

/** Whether the core schema reads this plain scalar as a string (only a few first characters can make it anything else). */
function isSurelyText(text: string): boolean {
  if (!'~nNtTfF+-.0123456789'.includes(text.charAt(0))) return true;
  return !NOT_TEXT.some((re) => re.test(text));
}
