// The registry `newsmark registry extract` writes, as YAML a person edits: one entry per id, ids
// sorted, fields in the order of the spec (name, role, org, aliases, kind), aliases on one line
// (`aliases: [Chen]`), no line folded. An extended registry is edited as a YAML document, so its
// entries keep their comments and their values; only their order changes (ids sorted).

import { isMap, isScalar, parseDocument, YAMLMap, YAMLSeq, type Document, type Pair } from 'yaml';
import type { NewEntry } from './merge';

const OUTPUT = { lineWidth: 0, indent: 2, flowCollectionPadding: false } as const;

/** The registry's text: `existing` (the registry extended, if any) with `entries` added. */
export function registryText(existing: string | undefined, entries: readonly NewEntry[]): string {
  const start = existing?.charCodeAt(0) === 0xfeff ? 1 : 0;
  const doc: Document = parseDocument(existing?.slice(start) ?? '');
  if (!isMap(doc.contents)) doc.contents = new YAMLMap(doc.schema);
  const map = doc.contents as YAMLMap<unknown, unknown>;
  for (const entry of entries) map.items.push(doc.createPair(entry.id, entryNode(doc, entry)) as Pair<unknown, unknown>);
  map.items.sort((a, b) => compare(keyText(a.key), keyText(b.key)));
  const text = map.items.length ? doc.toString(OUTPUT) : '';
  return start ? `\ufeff${text}` : text;
}

function entryNode(doc: Document, entry: NewEntry): YAMLMap {
  const node = new YAMLMap(doc.schema);
  node.add(doc.createPair('name', entry.name));
  if (entry.role !== undefined) node.add(doc.createPair('role', entry.role));
  if (entry.org !== undefined) node.add(doc.createPair('org', entry.org));
  if (entry.aliases.length) {
    const aliases = doc.createNode(entry.aliases) as YAMLSeq;
    aliases.flow = true;
    node.add(doc.createPair('aliases', aliases));
  }
  if (entry.kind !== undefined) node.add(doc.createPair('kind', entry.kind));
  return node;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** By code unit, as the ids are ASCII: the same order on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
