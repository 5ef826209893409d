// The speaker registry in the language service, in memory: read with the front matter's speaker
// rules, merged into every article feature (the article's own entry wins), and as a document.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED, type ServiceOptions } from '../../server/src/service';
import { doc } from '../support/documents';
import { testService } from '../support/service';

const REGISTRY_URI = 'file:///ws/speakers.yaml';
const REGISTRY = `chen:
  name: Chen Wenqing
  role: member of the Political Bureau
  aliases: [Chen]
schmidt:
  name: Wolfgang Schmidt
  role: head of Germany's Federal Chancellery
`;
const withRegistry = (text = REGISTRY): Partial<ServiceOptions> => ({ registry: { uri: REGISTRY_URI, text } });

const ARTICLE = `---
headline: Talks
date: 2023-09-28
---

BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met officials. ["We are ready,"]{@chen} Chen said.
`;

function positionOf(text: string, needle: string, delta = 0) {
  const offset = text.indexOf(needle) + delta;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

describe('speaker registry: articles', () => {
  test('a registry speaker may be quoted without being declared; without the registry it is unknown', () => {
    const service = testService();
    const without = service.diagnostics(doc(ARTICLE), {}, {}, NEVER_CANCELLED).map((d) => d.code);
    assert.ok(without.includes('quote-unknown-speaker'));
    const withIt = service.diagnostics(doc(ARTICLE), {}, withRegistry(), NEVER_CANCELLED).map((d) => d.code);
    assert.deepEqual(withIt.filter((c) => String(c).startsWith('quote-unknown') || String(c).startsWith('speaker-')), []);
  });

  test('mentions use the registry names and aliases (first reference by alias is reported)', () => {
    const text = ARTICLE.replace('Chen Wenqing met officials', 'Officials met');
    const d = testService().diagnostics(doc(text), {}, withRegistry(), NEVER_CANCELLED);
    const first = d.find((x) => x.code === 'speaker-first-reference');
    assert.ok(first, 'the alias "Chen" before the full name');
    assert.match(first.message, /Chen Wenqing/);
  });

  test('unknown speaker: the nearest id, add to this article, add to the registry (an edit of speakers.yaml)', () => {
    const text = ARTICLE.replace('{@chen}', '{@schmit}');
    const service = testService();
    const document = doc(text);
    const diagnostic = service.diagnostics(document, {}, withRegistry(), NEVER_CANCELLED).find((x) => x.code === 'quote-unknown-speaker')!;
    assert.match(diagnostic.message, /nor in the speaker registry: did you mean "@schmidt"/);
    const actions = service.codeActions(document, { range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } }, withRegistry(), NEVER_CANCELLED);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to "@schmidt" (Wolfgang Schmidt)'));
    assert.ok(titles.includes('Add speaker "schmit" to the front matter'));
    const toRegistry = actions.find((a) => a.title === 'Add speaker "schmit" to the registry')!;
    assert.deepEqual(toRegistry.edit!.changes![document.uri], [], 'the article keeps its quote as it is');
    assert.deepEqual(toRegistry.edit!.changes![REGISTRY_URI], [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, newText: 'schmit:\n  name: Schmit\n' }]);
  });

  test('hover on @id shows the registry entry and says where it comes from; completion offers registry speakers', () => {
    const service = testService();
    const document = doc(ARTICLE);
    const hover = service.hover(document, { position: positionOf(ARTICLE, '{@chen}', 3) }, withRegistry(), NEVER_CANCELLED);
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /\*\*Chen Wenqing\*\*/);
    assert.match(value, /Role: member of the Political Bureau/);
    assert.match(value, /From the speaker registry\* \(speakers\.yaml\)/);
    const typing = ARTICLE.replace('{@chen}', '{@');
    const list = service.completions(doc(typing), { position: positionOf(typing, '{@', 2) }, withRegistry(), NEVER_CANCELLED);
    assert.deepEqual(list.items.map((i) => i.label), ['chen', 'schmidt']);
  });

  test('go to definition of a registry speaker points into the registry', () => {
    const loc = testService().definition(doc(ARTICLE), { position: positionOf(ARTICLE, '{@chen}', 3) }, withRegistry(), NEVER_CANCELLED);
    assert.deepEqual(loc, { uri: REGISTRY_URI, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } });
  });

  test('an article entry overrides the registry: a hint when they differ, none when they agree', () => {
    const own = (role: string) => ARTICLE.replace('date: 2023-09-28\n', `date: 2023-09-28\nspeakers:\n  chen:\n    name: Chen Wenqing\n    role: ${role}\n    aliases: [Chen]\n`);
    const differing = testService().diagnostics(doc(own('minister of state security')), {}, withRegistry(), NEVER_CANCELLED).filter((d) => d.code === 'speaker-registry-override');
    assert.equal(differing.length, 1);
    assert.equal(differing[0].severity, 4);
    assert.match(differing[0].message, /\(role differs\)/);
    const same = testService().diagnostics(doc(own('member of the Political Bureau')), {}, withRegistry(), NEVER_CANCELLED);
    assert.deepEqual(same.filter((d) => d.code === 'speaker-registry-override'), []);
    // The article's own definition is the one in force: go to definition stays in the article.
    const text = own('minister');
    const loc = testService().definition(doc(text, 'file:///ws/a.news'), { position: positionOf(text, '{@chen}', 3) }, withRegistry(), NEVER_CANCELLED);
    assert.equal(loc?.uri, 'file:///ws/a.news');
  });

  test('a changed registry is read anew for the same document version', () => {
    const service = testService();
    const document = doc(ARTICLE);
    assert.ok(!service.diagnostics(document, {}, withRegistry(), NEVER_CANCELLED).some((d) => d.code === 'quote-unknown-speaker'));
    const changed = withRegistry(REGISTRY.replace('chen:', 'chen-w:'));
    assert.ok(service.diagnostics(document, {}, changed, NEVER_CANCELLED).some((d) => d.code === 'quote-unknown-speaker'));
  });
});

describe('speaker registry: the registry file as a document', () => {
  const broken = `chen:
  name: Chen Wenqing
  kind: robot
Bad_Id:
  name: X
anon:
  name: a source
  kind: anonymous
nameless:
  role: spokesman
`;
  const options = { registry: { uri: REGISTRY_URI, text: broken } };
  const registryDoc = () => doc(broken, REGISTRY_URI);

  test('validated with the speaker rules; no speaker-unused', () => {
    const d = testService().diagnostics(registryDoc(), {}, options, NEVER_CANCELLED);
    assert.deepEqual(d.map((x) => [x.code, x.range.start.line]), [
      ['speaker-invalid', 2], ['speaker-invalid', 3], ['speaker-anonymous-reason', 7], ['speaker-invalid', 8],
    ]);
  });

  test('outline, hover, completion of field names and kinds', () => {
    const service = testService();
    const symbols = service.documentSymbols(registryDoc(), { groupBy: 'speaker' }, options, NEVER_CANCELLED);
    assert.deepEqual(symbols.map((s) => s.name), ['Chen Wenqing', 'X', 'a source', '@nameless']);
    const hover = service.hover(registryDoc(), { position: { line: 1, character: 4 } }, options, NEVER_CANCELLED);
    assert.match((hover!.contents as { value: string }).value, /Chen Wenqing/);
    const fields = service.completions(registryDoc(), { position: { line: 9, character: 2 } }, { registry: { uri: REGISTRY_URI, text: broken } }, NEVER_CANCELLED);
    assert.deepEqual(fields.items.map((i) => i.label), ['name', 'org', 'aliases', 'kind', 'reason']);
    const withKind = broken.replace('kind: robot', 'kind: ');
    const kinds = service.completions(doc(withKind, REGISTRY_URI), { position: { line: 2, character: 8 } }, { registry: { uri: REGISTRY_URI, text: withKind } }, NEVER_CANCELLED);
    assert.deepEqual(kinds.items.map((i) => i.label), ['person', 'organization', 'group', 'anonymous']);
  });

  test('a code lens per speaker counts its quotes across articles', () => {
    const service = testService();
    const articles = [ARTICLE, ARTICLE.replace('Chen said.', 'Chen said. [Both sides agreed]{@chen}.')].map((t) => service.parse(doc(t), withRegistry()));
    const lenses = service.codeLenses(doc(REGISTRY, REGISTRY_URI), { articles }, withRegistry(), NEVER_CANCELLED);
    assert.deepEqual(lenses.map((l) => l.command?.title), ['3 quotes in 2 articles', '0 quotes in 0 articles']);
  });
});
