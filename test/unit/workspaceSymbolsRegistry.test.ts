// Workspace symbols of articles read against a speaker registry (features/workspaceSymbols.ts over
// the summaries of archive/articleSummary.ts, which keep the registry each article was read
// against): the registry's speakers are listed once, pointing into the registry file, however
// many articles quote them; an article's own speakers are listed as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind } from 'vscode-languageserver-types';
import { NEVER_CANCELLED } from '../../server/src/service';
import { doc } from '../support/documents';
import { testService } from '../support/service';

const REGISTRY_URI = 'file:///ws/speakers.yaml';
const options = { registry: { uri: REGISTRY_URI, text: 'zed:\n  name: Zed Quill\nchen:\n  name: Chen Wenqing\n' } };
const body = (speakers: string, quote: string) => `---\nheadline: T\ndate: 2023-09-28\n${speakers}---\n\nBERLIN, Sept. 27 (Xinhua) -- Text. ${quote}\n`;

test('the registry\'s speakers once, in the registry file; an article\'s own speakers in the article', () => {
  const service = testService();
  const articles = [
    service.parse(doc(body('', '["A"]{@chen} Chen said.'), 'file:///ws/a.news'), options),
    service.parse(doc(body('speakers:\n  mo:\n    name: Mo Mayor\n', '["B"]{@chen} ["C"]{@mo}'), 'file:///ws/b.news'), options),
  ];
  const found = service.workspaceSymbols(articles, { query: '' }, {}, NEVER_CANCELLED).filter((s) => s.kind === SymbolKind.Class);
  const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  assert.deepEqual(found, [
    { name: 'Zed Quill', kind: SymbolKind.Class, containerName: 'speaker registry', location: { uri: REGISTRY_URI, range: range(0, 0, 3) } },
    { name: 'Chen Wenqing', kind: SymbolKind.Class, containerName: 'speaker registry', location: { uri: REGISTRY_URI, range: range(2, 0, 4) } },
    { name: 'Mo Mayor', kind: SymbolKind.Class, containerName: 'T', location: { uri: 'file:///ws/b.news', range: range(4, 2, 4) } },
  ]);
});

test('a registry speaker without a name is listed by its id', () => {
  const service = testService();
  const nameless = { registry: { uri: REGISTRY_URI, text: 'zed:\n  role: spokesman\nchen:\n  name: Chen Wenqing\n' } };
  const articles = [service.parse(doc(body('', '["A"]{@zed} he said.'), 'file:///ws/a.news'), nameless)];
  const found = service.workspaceSymbols(articles, { query: '' }, {}, NEVER_CANCELLED).filter((s) => s.kind === SymbolKind.Class);
  assert.deepEqual(found.map((s) => [s.name, s.containerName, s.location.uri]), [
    ['zed', 'speaker registry', REGISTRY_URI],
    ['Chen Wenqing', 'speaker registry', REGISTRY_URI],
  ]);
});
