// Reads the front matter's `sources` (issue 14): the material an article quotes from, a list whose
// items are a path relative to the article (`statement.txt`) or a map `{file, speaker, title,
// date}`, `speaker` naming whose words the source holds (an id or a list of ids). Shapes that are
// not these are `front-matter-key` problems pointing at the item. The parser calls it for the
// key; the spans are computed here from the YAML nodes' ranges (offsets into the document).

import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { FrontMatterProblem, SourceReference, TextPart, TextSpan } from '../syntax';

const SOURCE_KEYS = ['file', 'speaker', 'title', 'date'];

const spanAt = (node: YamlNode | null | undefined, base: number, fallback: TextSpan): TextSpan =>
  node?.range ? { start: base + node.range[0], end: base + Math.max(node.range[0], node.range[1]) } : { ...fallback };

const scalarText = (node: unknown): string | undefined =>
  isScalar(node) && node.value != null ? (node.value instanceof Date ? node.value.toISOString().slice(0, 10) : String(node.value)) : undefined;

/** The entries of `sources`; problems go to `problems`. */
export function readSourceList(problems: FrontMatterProblem[], keySpan: TextSpan, value: YamlNode | null, base: number): SourceReference[] {
  if (value == null || (isScalar(value) && value.value == null)) return [];
  const items = isSeq(value) ? (value.items as YamlNode[]) : [value];
  const sources: SourceReference[] = [];
  for (const item of items) {
    const span = spanAt(item, base, keySpan);
    const source = isMap(item) ? readSourceMap(problems, item, span, base) : readPath(item, span);
    if (source) sources.push(source);
    else if (!isMap(item)) problems.push({ code: 'front-matter-key', ...span, message: 'Each source must be a path relative to the article, or a map with "file", "speaker", "title", "date"' });
  }
  return sources;
}

function readPath(node: YamlNode, span: TextSpan): SourceReference | undefined {
  const text = scalarText(node);
  return text?.trim() ? { ...span, path: { ...span, text: text.trim() }, speakers: [] } : undefined;
}

function readSourceMap(problems: FrontMatterProblem[], map: YamlNode, span: TextSpan, base: number): SourceReference | undefined {
  let path: TextPart | undefined;
  const speakers: TextPart[] = [];
  const source: Partial<SourceReference> = {};
  for (const pair of (map as unknown as { items: { key: YamlNode | null; value: YamlNode | null }[] }).items) {
    const name = scalarText(pair.key) ?? '';
    const keySpan = spanAt(pair.key, base, span);
    const valueSpan = spanAt(pair.value, base, keySpan);
    const text = scalarText(pair.value)?.trim();
    if (name === 'speaker' && isSeq(pair.value)) {
      for (const id of pair.value.items as YamlNode[]) {
        const idText = scalarText(id)?.trim();
        if (idText) speakers.push({ ...spanAt(id, base, valueSpan), text: idText });
      }
    } else if (!SOURCE_KEYS.includes(name)) {
      problems.push({ code: 'front-matter-key', ...keySpan, message: `Unknown source key "${name}": a source has ${SOURCE_KEYS.join(', ')}` });
    } else if (!text) {
      problems.push({ code: 'front-matter-key', ...keySpan, message: `The source's "${name}" must be a single line of text` });
    } else if (name === 'file') path = { ...valueSpan, text };
    else if (name === 'speaker') speakers.push({ ...valueSpan, text });
    else if (name === 'title') source.title = text;
    else source.date = text;
  }
  if (!path) {
    problems.push({ code: 'front-matter-key', ...span, message: 'This source has no "file": give the path of the transcript, statement or article, relative to this one' });
    return undefined;
  }
  return { ...span, ...source, path, speakers };
}
