// Hover over speakers of an article read against a speaker registry (features/hover.ts): where
// each definition comes from (the registry, the article overriding the registry's entry, the
// article alone) and, for an id defined nowhere, that the registry was looked in too; with the
// aliases line, which a speaker with no aliases (a one-word name, no name) does not get.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { NEVER_CANCELLED, type ServiceOptions } from '../../server/src/service';
import { doc } from '../support/documents';
import { testService } from '../support/service';

const REGISTRY: Partial<ServiceOptions> = { registry: { uri: 'file:///ws/desk/speakers.yaml', text: 'zed:\n  name: Zed Quill\n  aliases: [Zed, Quill]\nchen:\n  name: Chen Wenqing\n' } };
const TEXT = [
  '---', 'headline: T', 'date: 2023-09-28', 'speakers:', '  chen:', '    name: Chen Wei', '  mo:', '    name: Mo', '  nn:', '    role: clerk', '---', '',
  'BERLIN, Sept. 27 (Xinhua) -- ["A"]{@chen} ["B"]{@zed} ["C"]{@mo} ["D"]{@nobody} ["E"]{@nn}', '',
].join('\n');
const QUOTED = '1 quote: 1 direct, 0 partial, 0 indirect · 0 mentions';

function hoverOn(id: string, options: Partial<ServiceOptions>): string {
  const lines = TEXT.split('\n');
  const line = lines.length - 2;
  const found = testService().hover(doc(TEXT), { position: { line, character: lines[line].indexOf(`{@${id}}`) + 3 } }, options, NEVER_CANCELLED);
  return (found?.contents as MarkupContent | undefined)?.value ?? '';
}

test('hover on a speaker: where its definition comes from, and its aliases', () => {
  const cases: [string, Partial<ServiceOptions>, string][] = [
    ['zed', REGISTRY, `**Zed Quill** \`@zed\`\n\nAliases: Zed, Quill\n\n*From the speaker registry* (speakers.yaml)\n\n${QUOTED}`],
    ['chen', REGISTRY, `**Chen Wei** \`@chen\`\n\nAliases: Wei (default: the last word of the name)\n\n*Overrides the speaker registry's entry* (speakers.yaml) in this article\n\n${QUOTED}`],
    ['mo', REGISTRY, `**Mo** \`@mo\`\n\n${QUOTED}`],
    ['nn', REGISTRY, `\`@nn\` (no name)\n\nRole: clerk\n\n${QUOTED}`],
    ['nobody', REGISTRY, `\`@nobody\` — not in the front matter \`speakers\` nor in the speaker registry\n\n${QUOTED}`],
    ['nobody', {}, `\`@nobody\` — not in the front matter \`speakers\`\n\n${QUOTED}`],
    ['chen', {}, `**Chen Wei** \`@chen\`\n\nAliases: Wei (default: the last word of the name)\n\n${QUOTED}`],
  ];
  for (const [id, options, expected] of cases) assert.equal(hoverOn(id, options), expected, `@${id}${options.registry ? ' with the registry' : ''}`);
});
