// Edits of the registry file that article features propose: "add to the registry" (a quick fix of
// `quote-unknown-speaker`) writes a new entry after the registry's last one, in the file's own
// indentation and line endings. Returned in the registry's positions, for a workspace edit.

import type { TextEdit } from 'vscode-languageserver-types';
import { speakerEntryLines, type SpeakerEntry } from '../edits/addSpeaker';
import type { SpeakerRegistry } from '../syntax';
import { detectEol, lineEndAt, nextLineStart } from '../text/scan';

export function addToRegistryEdit(registry: SpeakerRegistry, speaker: SpeakerEntry): TextEdit {
  const { text } = registry;
  const eol = detectEol(text);
  const keyIndent = registry.speakers.length ? registry.speakerIndent : '';
  const last = registry.speakers[registry.speakers.length - 1];
  if (registry.map && text[registry.map.start] === '{') {
    // A flow map, `{chen: Chen Wenqing}`: a flow entry after the last one, or inside an empty `{}`
    // (a block entry after the braces would make a second root, which YAML refuses).
    const entry = `${speaker.id}: {name: ${JSON.stringify(speaker.name)}}`;
    const at = last ? last.end : registry.map.end - 1;
    return { range: registry.lines.range({ start: at, end: at }), newText: last ? `, ${entry}` : entry };
  }
  const fieldIndent = `${keyIndent}  `;
  const at = last ? nextLineStart(text, lineEndAt(text, Math.max(last.end - 1, last.start))) : text.length;
  const code = at > 0 ? text.charCodeAt(at - 1) : 0x0a;
  const pad = code !== 0x0a && code !== 0x0d ? eol : '';
  return { range: registry.lines.range({ start: at, end: at }), newText: pad + speakerEntryLines(speaker, keyIndent, fieldIndent, eol) };
}
