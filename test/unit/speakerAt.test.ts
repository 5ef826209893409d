// The service's speakerAt (what the client's "show the speaker's quotes" and registry commands ask):
// the speaker id under the cursor in an article (a quote's `@id`, a front matter entry, a mention)
// or in the registry document (any line of an entry), and whether the registry defines it; null
// everywhere else (a quote's words, the dateline, the headline, an empty `{@}`, a blank line).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED, type ServiceOptions } from '../../server/src/service';
import { doc } from '../support/documents';
import { testService } from '../support/service';

const REGISTRY_URI = 'file:///ws/speakers.yaml';
const REGISTRY = 'chen:\n  name: Chen Wenqing\n\nzhou:\n  name: Zhou Li\n';
const withRegistry: Partial<ServiceOptions> = { registry: { uri: REGISTRY_URI, text: REGISTRY } };
const TEXT = '---\nheadline: T\ndate: 2023-09-28\nspeakers:\n  zed:\n    name: Zed Quill\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met Zed Quill. ["A,"]{@chen} Chen said. ["B"]{@zed}. ["C"]{@} ["D"]{@nobody}\n';

type Answer = { speakerId: string; inRegistry: boolean } | null;

/** The position of the first `needle` in `text`, `delta` characters in. */
function at(text: string, needle: string, delta = 0) {
  const i = text.indexOf(needle) + delta;
  assert.ok(i >= delta, `"${needle}" not found`);
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return { line: text.slice(0, lineStart).split('\n').length - 1, character: i - lineStart };
}

describe('speakerAt', () => {
  test('in an article: references, entries and mentions, with and without a registry', () => {
    const service = testService();
    const article = doc(TEXT);
    const cases: [needle: string, delta: number, registry: Answer, none: Answer][] = [
      ['headline', 0, null, null],
      ['zed:', 0, { speakerId: 'zed', inRegistry: false }, { speakerId: 'zed', inRegistry: false }],
      ['BERLIN', 0, null, null],
      // A registry name is a mention only when the registry applies.
      ['Chen Wenqing', 2, { speakerId: 'chen', inRegistry: true }, null],
      ['Zed Quill', 0, { speakerId: 'zed', inRegistry: false }, { speakerId: 'zed', inRegistry: false }],
      ['@chen', 0, { speakerId: 'chen', inRegistry: true }, { speakerId: 'chen', inRegistry: false }],
      ['@chen', 4, { speakerId: 'chen', inRegistry: true }, { speakerId: 'chen', inRegistry: false }],
      ['@zed', 1, { speakerId: 'zed', inRegistry: false }, { speakerId: 'zed', inRegistry: false }],
      ['{@}', 1, null, null],
      ['@nobody', 0, { speakerId: 'nobody', inRegistry: false }, { speakerId: 'nobody', inRegistry: false }],
      ['"A,', 1, null, null],
    ];
    for (const [needle, delta, registry, none] of cases) {
      const params = { position: at(TEXT, needle, delta) };
      assert.deepEqual(service.speakerAt(article, params, withRegistry, NEVER_CANCELLED), registry, `${needle}+${delta}, registry`);
      assert.deepEqual(service.speakerAt(article, params, {}, NEVER_CANCELLED), none, `${needle}+${delta}, no registry`);
    }
  });

  test('in the registry document: any line of an entry names it; a blank line or the end, nothing', () => {
    const service = testService();
    const registry = doc(REGISTRY, REGISTRY_URI);
    const cases: [line: number, character: number, answer: Answer][] = [
      [0, 0, { speakerId: 'chen', inRegistry: true }],
      [0, 3, { speakerId: 'chen', inRegistry: true }],
      [1, 4, { speakerId: 'chen', inRegistry: true }],
      [2, 0, null],
      [3, 1, { speakerId: 'zhou', inRegistry: true }],
      [4, 8, { speakerId: 'zhou', inRegistry: true }],
      [5, 0, null],
    ];
    for (const [line, character, answer] of cases) {
      assert.deepEqual(service.speakerAt(registry, { position: { line, character } }, withRegistry, NEVER_CANCELLED), answer, `${line}:${character}`);
    }
    // The same text under another uri is read as an article (with no speakers at all).
    assert.equal(service.speakerAt(doc(REGISTRY, 'file:///ws/other.yaml'), { position: { line: 0, character: 0 } }, withRegistry, NEVER_CANCELLED), null);
  });
});
