// Reads a workspace speaker registry (`speakers.yaml`, spec section 7): a YAML map from speaker id
// to speaker, with the fields of the front matter's speakers. The entries are read by the front
// matter's own reader (parser/frontMatter.ts `readSpeakers`), so both follow one set of rules and
// report the same problems (`speaker-invalid`, `front-matter-key`), here with offsets into the
// registry file. Pure: the caller supplies the file's uri and text.

import { isMap, isScalar, parseDocument } from 'yaml';
import { firstLine, readSpeakers, spanOf, trimmedSpan } from '../parser/frontMatter';
import type { SpeakerRegistry } from '../syntax';
import { LineIndex } from '../text/lineIndex';

/** What the embedder hands the service: the registry file as it is (saved or being edited). */
export interface RegistrySource {
  uri: string;
  text: string;
}

function parseRegistry(source: RegistrySource): SpeakerRegistry {
  const { uri } = source;
  // A BOM is no part of the YAML; offsets stay those of the text.
  const start = source.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = source.text;
  const registry: SpeakerRegistry = { uri, text, lines: LineIndex.of(text), speakers: [], byId: new Map(), speakerIndent: '', problems: [] };
  const src = text.slice(start);
  const doc = parseDocument(src, { prettyErrors: false, uniqueKeys: true, strict: false });
  for (const err of doc.errors) {
    const at = start + Math.min(err.pos[0], src.length);
    registry.problems.push({ code: 'front-matter-yaml', start: at, end: Math.max(at + 1, start + Math.min(err.pos[1], src.length)), message: `Speaker registry YAML: ${firstLine(err.message)}` });
  }
  const root = doc.contents;
  if (!root || (isScalar(root) && root.value == null)) return registry;
  if (!isMap(root)) {
    registry.problems.push({ code: 'speaker-invalid', ...spanOf(root, start), message: 'The speaker registry must be a map from speaker id to speaker, e.g. "chen: { name: Chen Wenqing }"' });
    return registry;
  }
  registry.map = trimmedSpan(text, spanOf(root, start));
  readSpeakers(registry, root, start, text);
  for (const s of registry.speakers) if (!registry.byId.has(s.id)) registry.byId.set(s.id, s);
  return registry;
}

/**
 * Parsed registries by uri, each kept while its text is the same: every request carries the
 * registry's text, and it is read once per change, not once per request.
 */
export class RegistryCache {
  private readonly byUri = new Map<string, SpeakerRegistry>();

  get(source: RegistrySource | undefined): SpeakerRegistry | undefined {
    if (!source) return undefined;
    const known = this.byUri.get(source.uri);
    if (known && known.text === source.text) return known;
    const registry = parseRegistry(source);
    // A workspace has one registry per folder: a handful of entries at most.
    if (this.byUri.size > 16) this.byUri.clear();
    this.byUri.set(source.uri, registry);
    return registry;
  }
}
