// A small glob matcher: `*`, `?`, `[abc]`/`[!a-z]`, `{a,b}` and `**` across folders.
// No regular expressions are built from user input (no catastrophic backtracking): a segment is
// matched with the two-pointer wildcard algorithm and `**` with a table over path segments, so
// matching costs O(pattern × path) at worst. Node 20's path.matchesGlob prints an experimental
// warning on every run, hence our own.

type Token = { type: 'char'; ch: string } | { type: 'any' } | { type: 'star' } | { type: 'class'; negated: boolean; items: [string, string][] };
type Segment = { type: 'globstar' } | { type: 'tokens'; tokens: Token[] };

const GLOB_CHARS = /[*?[\]{}]/;
const MAX_BRACE_EXPANSIONS = 256;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** The leading folders of a glob that contain no wildcard: where a walk must start. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const base: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) {
    if (isGlob(parts[i])) break;
    base.push(parts[i]);
  }
  return base.length === 0 ? '.' : base.join('/') || '/';
}

/** A predicate over `/`-separated paths. */
export function globMatcher(pattern: string): (path: string) => boolean {
  const compiled = expandBraces(pattern).map(compile);
  return (path) => {
    const parts = path.split('/').filter((p, i) => p !== '' || i === 0);
    return compiled.some((segments) => matchSegments(segments, parts));
  };
}

/** `{a,b}c` → `ac`, `bc` (nested braces too), capped so that a hostile pattern stays cheap. */
export function expandBraces(pattern: string): string[] {
  const open = findUnescaped(pattern, '{', 0);
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') { i++; continue; }
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) { close = i; break; }
    else if (ch === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) {
    // Not a brace list: keep the `{` literal and look further on.
    const rest = expandBraces(pattern.slice(open + 1));
    return rest.map((r) => pattern.slice(0, open) + '\\{' + r).slice(0, MAX_BRACE_EXPANSIONS);
  }
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const alt of expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1]))) {
      for (const tail of tails) {
        if (out.length >= MAX_BRACE_EXPANSIONS) return out;
        out.push(head + alt + tail);
      }
    }
  }
  return out;
}

function findUnescaped(s: string, ch: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === ch) return i;
  }
  return -1;
}

function compile(pattern: string): Segment[] {
  return pattern.split('/').filter((p, i) => p !== '' || i === 0).map((part): Segment => (part === '**' ? { type: 'globstar' } : { type: 'tokens', tokens: tokenize(part) }));
}

function tokenize(part: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const ch = part[i];
    if (ch === '\\' && i + 1 < part.length) { tokens.push({ type: 'char', ch: part[++i] }); continue; }
    if (ch === '*') { if (tokens[tokens.length - 1]?.type !== 'star') tokens.push({ type: 'star' }); continue; }
    if (ch === '?') { tokens.push({ type: 'any' }); continue; }
    if (ch === '[') {
      const cls = readClass(part, i);
      if (cls) { tokens.push(cls.token); i = cls.end; continue; }
    }
    tokens.push({ type: 'char', ch });
  }
  return tokens;
}

function readClass(part: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const negated = part[i] === '!' || part[i] === '^';
  if (negated) i++;
  const items: [string, string][] = [];
  let first = true;
  for (; i < part.length; i++) {
    let ch = part[i];
    if (ch === ']' && !first) return { token: { type: 'class', negated, items }, end: i };
    first = false;
    if (ch === '\\' && i + 1 < part.length) ch = part[++i];
    if (part[i + 1] === '-' && i + 2 < part.length && part[i + 2] !== ']') {
      items.push([ch, part[i + 2]]);
      i += 2;
    } else items.push([ch, ch]);
  }
  return undefined; // no closing `]`: a literal `[`
}

function tokenMatches(t: Token, ch: string): boolean {
  if (t.type === 'char') return t.ch === ch;
  if (t.type === 'any') return true;
  if (t.type === 'class') return t.items.some(([lo, hi]) => ch >= lo && ch <= hi) !== t.negated;
  return false;
}

/** Wildcard match of one path segment: the classic greedy algorithm, backing up to the last `*`. */
function matchSegment(tokens: Token[], s: string): boolean {
  // Dot files are only matched by a pattern that spells the dot, as in shells.
  if (s.startsWith('.') && !(tokens[0]?.type === 'char' && tokens[0].ch === '.')) return false;
  let ti = 0, si = 0, starTi = -1, starSi = 0;
  while (si < s.length) {
    const t = tokens[ti];
    if (t && t.type !== 'star' && tokenMatches(t, s[si])) { ti++; si++; }
    else if (t?.type === 'star') { starTi = ti++; starSi = si; }
    else if (starTi >= 0) { ti = starTi + 1; si = ++starSi; }
    else return false;
  }
  while (tokens[ti]?.type === 'star') ti++;
  return ti === tokens.length;
}

/** Segments against path parts; `**` matches zero or more whole parts (not dot folders). */
function matchSegments(segments: Segment[], parts: string[]): boolean {
  // can[j]: the segments so far can consume exactly parts[0..j).
  let can = new Array<boolean>(parts.length + 1).fill(false);
  can[0] = true;
  for (const seg of segments) {
    const next = new Array<boolean>(parts.length + 1).fill(false);
    if (seg.type === 'globstar') {
      for (let j = 0; j <= parts.length; j++) {
        if (can[j]) next[j] = true;
        else if (j > 0 && next[j - 1] && !parts[j - 1].startsWith('.')) next[j] = true;
      }
    } else {
      for (let j = 0; j < parts.length; j++) if (can[j] && matchSegment(seg.tokens, parts[j])) next[j + 1] = true;
    }
    can = next;
  }
  return can[parts.length];
}
