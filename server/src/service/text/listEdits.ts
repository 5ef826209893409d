// Lists edited as the text is: the items of [from, to) replaced by a few new ones. The incremental
// parse and the checks did it with `slice(0, from).concat(items, slice(to))`, three arrays of tens
// of thousands of elements per list and keystroke in a very large article; such arrays are
// allocated outside the young generation, and a dozen of them a keystroke brought the collector's
// full pauses into the keystroke's tail (issue 9). One copy, edited in place, allocates one.

/** Arrays this long or longer are spread into `splice` no more (a call's arguments are limited). */
const MAX_SPREAD = 4096;

/** `list` with [from, to) replaced by `items`, in place (in a new list when `items` is too long to spread). */
export function replaceInPlace<T>(list: T[], from: number, to: number, items: readonly T[]): T[] {
  if (items.length >= MAX_SPREAD) return list.slice(0, from).concat(items, list.slice(to));
  list.splice(from, to - from, ...items);
  return list;
}

/** A new list: `list` with [from, to) replaced by `items` (the old one unchanged). */
export function replaced<T>(list: readonly T[], from: number, to: number, items: readonly T[]): T[] {
  if (items.length >= MAX_SPREAD) return list.slice(0, from).concat(items, list.slice(to));
  const out = list.slice();
  out.splice(from, to - from, ...items);
  return out;
}

/**
 * `target.push(...items)` without passing every item as an argument: a paragraph can hold more
 * quotes than V8 takes arguments (about 120,000), and the outline threw.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
