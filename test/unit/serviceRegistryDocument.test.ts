// The registry document (the file the options name as the speaker registry) answers as a registry
// in every request, never as an article, even when its text would read as one: no article
// diagnostics (in one go or in steps), no semantic tokens for the words of its values, and its
// code lenses count nothing when the request names no articles.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED, type ServiceOptions } from '../../server/src/service';
import { doc } from '../support/documents';
import { testService } from '../support/service';

const REGISTRY_URI = 'file:///ws/speakers.yaml';
// Read as an article, the role would be a quote span (a semantic token), and the text would lack front matter and dateline.
const QUOTING = 'chen:\n  name: Chen Wenqing\n  role: said ["Talks will go on"]{@chen}\n';
const BROKEN = 'chen:\n  name: Chen Wenqing\nli: First Li\nli: Second Li\n';
const optionsOf = (text: string): Partial<ServiceOptions> => ({ registry: { uri: REGISTRY_URI, text } });

describe('the registry document answers as a registry', () => {
  test('diagnostics in steps are the registry\'s, as in one go', () => {
    const service = testService();
    const registry = doc(BROKEN, REGISTRY_URI);
    const codes = service.diagnostics(registry, {}, optionsOf(BROKEN), NEVER_CANCELLED).map((d) => d.code);
    assert.deepEqual(codes, ['front-matter-yaml', 'speaker-invalid']);
    const steps = service.diagnosticsSteps(registry, {}, optionsOf(BROKEN), NEVER_CANCELLED);
    assert.equal(steps.step(), true, 'finished at once');
    assert.deepEqual(steps.result?.map((d) => d.code), codes);
    // The same text as an article is something else entirely.
    assert.deepEqual(service.diagnostics(doc(BROKEN), {}, optionsOf(BROKEN), NEVER_CANCELLED).map((d) => d.code), ['dateline-missing', 'front-matter-missing']);
  });

  test('no semantic tokens, though the text read as an article has a quote span', () => {
    const service = testService();
    for (const colorBy of ['speaker', 'kind'] as const) {
      assert.deepEqual(service.semanticTokens(doc(QUOTING, REGISTRY_URI), { colorBy }, optionsOf(QUOTING), NEVER_CANCELLED), { data: [] });
      assert.notDeepEqual(service.semanticTokens(doc(QUOTING), { colorBy }, optionsOf(QUOTING), NEVER_CANCELLED), { data: [] });
    }
  });

  test('code lenses with no articles named: each entry, nothing counted', () => {
    const service = testService();
    const lenses = service.codeLenses(doc(BROKEN, REGISTRY_URI), {}, optionsOf(BROKEN), NEVER_CANCELLED);
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.arguments?.[2]]), [
      [0, '0 quotes in 0 articles', []],
      [2, '0 quotes in 0 articles', []],
      [3, '0 quotes in 0 articles', []],
    ]);
  });
});
