// What the front matter does around the `yaml` package so that no front matter can make it slow,
// deep or noisy (issue 13, items 10 and 11):
// - nesting is measured before parsing: the package composes nested collections recursively, and
//   some 800 nested `[` overflowed the stack, with an error whose position depended on how deep
//   the caller's stack already was (an edited and a freshly opened document disagreed);
// - duplicate keys are found here with one Set per map: the package's own `uniqueKeys` compares
//   each key with every earlier one, and 1,000,000 keys did not finish in 300 s;
// - the package's errors are capped per line and in all, the rest summed up in one finding: a
//   35 KB front matter of `"` and `[` gave 22,492 findings.
// Every scan here reads char codes once, left to right.

import { isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml';
import type { TextSpan } from '../syntax';

/** Lists and maps nested deeper than this are not handed to the YAML parser (a front matter nests 3). */
export const MAX_YAML_DEPTH = 64;
/** YAML problems reported on one line, and in the whole front matter; the rest are summed up. */
export const MAX_YAML_PROBLEMS_PER_LINE = 3;
export const MAX_YAML_PROBLEMS = 30;

const TAB = 9, LF = 10, CR = 13, SPACE = 32, DQUOTE = 34, HASH = 35, SQUOTE = 39, COMMA = 44, DASH = 45, COLON = 58, QUESTION = 63;
const OPEN_SEQ = 91, BACKSLASH = 92, CLOSE_SEQ = 93, OPEN_MAP = 123, CLOSE_MAP = 125;

const isBlank = (c: number) => c === SPACE || c === TAB;
const isBreak = (c: number) => c === LF || c === CR;

/**
 * The offset in `src` of the bracket or indicator that nests collections more than MAX_YAML_DEPTH
 * deep, or -1. An upper bound of YAML's nesting, never below it: indentation levels (kept on a
 * stack, as YAML reads them), `- ` and `? ` opening a line, and every `[` and `{` outside quotes
 * and comments count. A quoted scalar is taken to end with its line (it may go on, and then its
 * brackets count too): so a quotation mark that YAML reads as text cannot hide the lines after it.
 */
export function yamlNestingTooDeep(src: string): number {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = src.length;
  while (i < n) {
    let j = i;
    while (j < n && isBlank(src.charCodeAt(j))) j++;
    const c0 = j < n ? src.charCodeAt(j) : LF;
    if (flow === 0 && !isBreak(c0) && c0 !== HASH) {
      while (indents.length && indents[indents.length - 1] >= j - i) indents.pop();
      indents.push(j - i);
      if (indents.length > MAX_YAML_DEPTH) return j;
    }
    let depth = indents.length;
    let quote = 0; // the quotation mark of a quoted scalar open on this line
    let leading = true; // only blanks and `- ` or `? ` so far on this line
    let prev = SPACE;
    for (; j < n; j++) {
      const c = src.charCodeAt(j);
      if (isBreak(c)) break;
      if (quote) {
        if (c === BACKSLASH && quote === DQUOTE) j++;
        else if (c === quote && quote === SQUOTE && src.charCodeAt(j + 1) === SQUOTE) j++; // '' is one '
        else if (c === quote) quote = 0;
        prev = c;
        continue;
      }
      if (c === HASH && isBlank(prev)) { // a comment runs to the line's end
        while (j < n && !isBreak(src.charCodeAt(j))) j++;
        break;
      }
      const scalarStart = isBlank(prev) || prev === COMMA || prev === COLON || prev === OPEN_SEQ || prev === OPEN_MAP;
      if ((c === DQUOTE || c === SQUOTE) && scalarStart) quote = c;
      else if (c === OPEN_SEQ || c === OPEN_MAP) {
        if (depth + ++flow > MAX_YAML_DEPTH) return j;
      } else if ((c === CLOSE_SEQ || c === CLOSE_MAP) && flow > 0) flow--;
      else if (leading && flow === 0 && (c === DASH || c === QUESTION) && (j + 1 === n || isBlank(src.charCodeAt(j + 1)) || isBreak(src.charCodeAt(j + 1)))) {
        if (++depth > MAX_YAML_DEPTH) return j;
      }
      if (!isBlank(c) && c !== DASH && c !== QUESTION) leading = false;
      prev = c;
    }
    i = j;
    if (src.charCodeAt(i) === CR) i++;
    if (src.charCodeAt(i) === LF) i++;
  }
  return -1;
}

/** A key given twice in one map: the later one, as a span of the YAML source and its text. */
export interface DuplicateKey extends TextSpan {
  text: string;
}

/**
 * Every key given again in the same map, anywhere in the document (what `uniqueKeys` reported):
 * scalar keys are equal when their values are (`1` and `1.0` too, `"a"` and `a` too, as in YAML).
 * Walks the tree with a stack, so a deep tree costs no call stack.
 */
export function duplicateKeys(root: unknown, src: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const pending: unknown[] = [root];
  while (pending.length) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const id = isScalar(pair.key) ? keyIdentity(pair.key) : undefined;
        if (id !== undefined) {
          if (seen.has(id)) found.push(keySpan(pair.key as Scalar, src));
          else seen.add(id);
        }
        pending.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isPair(node)) {
      pending.push(node.key, node.value);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A scalar key's value as a string that is equal exactly when the values are `===`; undefined when never equal. */
function keyIdentity(key: Scalar): string | undefined {
  const v: unknown = key.value;
  if (v === null) return 'null';
  if (typeof v === 'object' || Number.isNaN(v)) return undefined; // Number.isNaN is true of the number NaN only
  return `${typeof v}:${String(v)}`;
}

function keySpan(key: Scalar, src: string): DuplicateKey {
  const [start, end] = key.range ?? [0, 0];
  let text = src.slice(start, end);
  const q = text[0];
  if ((q === '"' || q === "'") && text.length >= 2 && text[text.length - 1] === q) text = text.slice(1, -1);
  return { start, end: Math.max(end, start + 1), text };
}

/** A YAML problem in offsets of the YAML source. */
export interface YamlError extends TextSpan {
  message: string;
}

/**
 * At most MAX_YAML_PROBLEMS_PER_LINE problems a line and MAX_YAML_PROBLEMS in all, in source
 * order, and how many were left out with the first of them. Lines are counted by one forward
 * scan over the sorted problems.
 */
export function capYamlErrors<E extends YamlError>(errors: readonly E[], src: string): { shown: E[]; hidden: number; firstHidden?: E } {
  const sorted = [...errors].sort((a, b) => a.start - b.start);
  const shown: E[] = [];
  let hidden = 0;
  let firstHidden: E | undefined;
  let line = 0, scanned = 0, lastLine = -1, onLine = 0;
  for (const e of sorted) {
    for (; scanned < e.start && scanned < src.length; scanned++) {
      const c = src.charCodeAt(scanned);
      if (c === LF || (c === CR && src.charCodeAt(scanned + 1) !== LF)) line++;
    }
    if (line !== lastLine) { lastLine = line; onLine = 0; }
    if (shown.length < MAX_YAML_PROBLEMS && onLine < MAX_YAML_PROBLEMS_PER_LINE) {
      shown.push(e);
      onLine++;
    } else {
      hidden++;
      firstHidden ??= e;
    }
  }
  return { shown, hidden, firstHidden };
}
