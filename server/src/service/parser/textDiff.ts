// The unchanged start and end of a text after an edit, found with native string comparisons on
// large chunks first (slice + === compares natively; startsWith is many times slower here):
// well under a millisecond for megabytes.

const CHUNK = 1 << 14;

/**
 * What an embedder that knows the change (the server, from the editor's change ranges) tells the
 * parse instead: from version `fromVersion` to `toVersion`, the first `prefix` and the last
 * `suffix` characters stayed as they were.
 */
export interface EditExtent {
  fromVersion: number;
  toVersion: number;
  prefix: number;
  suffix: number;
}

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Common suffix length, never overlapping the first `prefix` characters of either text. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let k = 0;
  while (k + CHUNK <= n && a.slice(a.length - k - CHUNK, a.length - k) === b.slice(b.length - k - CHUNK, b.length - k)) k += CHUNK;
  while (k < n && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}
