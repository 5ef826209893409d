// Merging declarations into registry entries (`newsmark registry extract`). Declarations are the
// same person when they share a name, when one's name is an alias of another's, or (so, by the
// first rule) when they share an id and a name. Each person becomes one entry: the most frequent
// id, the fullest name (one that is no other declaration's alias), the union of the aliases, and
// the most frequent role, org and kind. What disagrees is a conflict for an editor to review,
// with the file:line of each side: two values of a field for one person, two people under one id,
// one person under two ids. An entry of the registry being extended wins over the articles and is
// never changed: any difference from it is a conflict. Pure and deterministic: the same
// declarations in the same order give the same entries and conflicts.

import type { ComparedField, Declaration } from './declarations';

/** A new registry entry (existing entries are kept as they are written). */
export interface NewEntry {
  id: string;
  name: string;
  /** Every other name the person goes by, in the order first written. */
  aliases: string[];
  role?: string;
  org?: string;
  kind?: string;
}

/** One side of a conflict: a value, the first place it is written, and how many declarations say it. */
interface ConflictSide {
  at: string;
  text: string;
  count: number;
}

export interface Conflict {
  /** What disagrees and what the registry gets, in a sentence. */
  title: string;
  sides: ConflictSide[];
}

export interface MergeResult {
  entries: NewEntry[];
  conflicts: Conflict[];
}

/** Names compare without case and with runs of spaces as one. */
const key = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function mergeDeclarations(declarations: readonly Declaration[]): MergeResult {
  const people = groupPeople(declarations);
  const conflicts: Conflict[] = [];
  const owners = new Map<string, Declaration[]>(); // id → the person who holds it in the registry
  for (const person of people.filter((p) => p.some((d) => d.existing))) {
    for (const d of person) if (d.existing) owners.set(d.id, person);
  }
  const entries: NewEntry[] = [];
  // The person with more declarations gets a disputed id first (a stable sort keeps ties in order).
  for (const person of [...people].sort((a, b) => b.length - a.length)) {
    const existing = person.find((d) => d.existing);
    conflicts.push(...fieldConflicts(person, existing));
    const ids = tally(person.map((d) => ({ value: d.id, at: d.at })));
    const id = existing?.id ?? ids.map((s) => s.text).find((candidate) => !owners.has(candidate));
    if (ids.length > 1) {
      const outcome = existing ? `the registry keeps "${id}"` : id === undefined ? 'each id is another\'s: left out' : `the registry gets "${id}"`;
      conflicts.push({ title: `${chosenName(person)}: one person under ${ids.length} ids (${outcome})`, sides: ids });
    }
    if (existing || id === undefined) continue; // an id held by someone else is told below, with the holder
    owners.set(id, person);
    entries.push(newEntry(person, id));
  }
  conflicts.push(...sharedIds(people, owners));
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, conflicts };
}

/**
 * The people among the declarations: union-find over shared names and name-is-alias links.
 * Existing entries come first in each person, then declarations in the order given; people are in
 * the order of their first declaration.
 */
function groupPeople(declarations: readonly Declaration[]): Declaration[][] {
  const parent = declarations.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => { parent[find(a)] = find(b); };
  const byName = new Map<string, number>();
  declarations.forEach((d, i) => {
    const known = byName.get(key(d.name));
    if (known === undefined) byName.set(key(d.name), i);
    else union(i, known);
  });
  declarations.forEach((d, i) => {
    for (const alias of d.aliasesInForce) {
      const named = byName.get(key(alias));
      if (named !== undefined) union(i, named);
    }
  });
  const groups = new Map<number, Declaration[]>();
  declarations.forEach((d, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), d]);
  });
  return [...groups.values()].map((group) => [...group.filter((d) => d.existing), ...group.filter((d) => !d.existing)]);
}

/** Distinct values, most frequent first (ties: the first written first), each with its first place. */
function tally(values: readonly { value: string; at: string }[]): ConflictSide[] {
  const sides = new Map<string, ConflictSide & { first: number }>();
  values.forEach(({ value, at }, first) => {
    const side = sides.get(key(value));
    if (side) side.count++;
    else sides.set(key(value), { at, text: value, count: 1, first });
  });
  return [...sides.values()].sort((a, b) => b.count - a.count || a.first - b.first).map(({ at, text, count }) => ({ at, text, count }));
}

const FIELDS: readonly ComparedField[] = ['role', 'org', 'kind'];

/** Two values of role, org or kind for one person; against an existing entry, any other value (or a value it lacks). */
function fieldConflicts(person: readonly Declaration[], existing: Declaration | undefined): Conflict[] {
  const conflicts: Conflict[] = [];
  const who = `"${existing?.id ?? person[0].id}" (${existing?.name ?? person[0].name})`;
  for (const field of FIELDS) {
    const values = tally(person.flatMap((d) => (d[field] === undefined ? [] : [{ value: d[field], at: d.fieldAt[field] }])));
    // The registry's side first: it is the one kept.
    if (existing) values.sort((a, b) => Number(b.at === existing.fieldAt[field]) - Number(a.at === existing.fieldAt[field]));
    if (existing && values.length && existing[field] === undefined) {
      conflicts.push({ title: `${who}: the registry's entry has no ${field}; the articles give one (the entry is kept as it is)`, sides: [{ at: existing.at, text: `no ${field}`, count: 1 }, ...values] });
    } else if (values.length > 1) {
      const kept = existing ? `the registry's entry keeps "${existing[field]}"` : `the registry gets "${values[0].text}"`;
      conflicts.push({ title: `${who}: ${values.length} different ${field}s (${kept})`, sides: values });
    }
  }
  if (existing) {
    const known = new Set([existing.name, ...existing.aliasesInForce].map(key));
    const added = tally(person.filter((d) => !d.existing).flatMap((d) => [d.name, ...d.aliases].filter((a) => !known.has(key(a))).map((value) => ({ value, at: d.fieldAt.name }))));
    if (added.length) conflicts.push({ title: `${who}: names or aliases the registry's entry lacks (the entry is kept as it is)`, sides: [{ at: existing.at, text: [existing.name, ...existing.aliasesInForce].join(', '), count: 1 }, ...added] });
  }
  return conflicts;
}

/** People who use an id another person holds: told once per id, with every person's name. */
function sharedIds(people: readonly Declaration[][], owners: ReadonlyMap<string, readonly Declaration[]>): Conflict[] {
  const users = new Map<string, Set<readonly Declaration[]>>();
  for (const person of people) for (const d of person) users.set(d.id, (users.get(d.id) ?? new Set()).add(person));
  const conflicts: Conflict[] = [];
  for (const [id, persons] of [...users].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (persons.size < 2) continue;
    const holder = owners.get(id);
    const sides = [...persons].map((person) => {
      const uses = person.filter((d) => d.id === id);
      return { at: uses[0].at, text: chosenName(person), count: uses.length };
    });
    const held = holder ? `the registry gives it to ${chosenName(holder)}` : 'left out of the registry';
    conflicts.push({ title: `"${id}": ${persons.size} different people under one id (${held})`, sides });
  }
  return conflicts;
}

function newEntry(person: readonly Declaration[], id: string): NewEntry {
  const name = chosenName(person);
  const aliases: string[] = [];
  const seen = new Set([key(name)]);
  for (const alias of person.flatMap((d) => [d.name, ...d.aliases])) {
    if (seen.has(key(alias))) continue;
    seen.add(key(alias));
    aliases.push(alias);
  }
  const mostFrequent = (field: ComparedField) => tally(person.flatMap((d) => (d[field] === undefined ? [] : [{ value: d[field], at: d.at }])))[0]?.text;
  const entry: NewEntry = { id, name, aliases };
  for (const field of FIELDS) {
    const value = mostFrequent(field);
    if (value !== undefined) entry[field] = value;
  }
  return entry;
}

/** The name an entry gets: the most frequent of those that are no declaration's alias (the fullest), else the most frequent. */
function chosenName(person: readonly Declaration[]): string {
  const existing = person.find((d) => d.existing);
  if (existing) return existing.name;
  const aliases = new Set(person.flatMap((d) => d.aliasesInForce.map(key)));
  const names = tally(person.map((d) => ({ value: d.name, at: d.at })));
  return (names.find((n) => !aliases.has(key(n.text))) ?? names[0]).text;
}
