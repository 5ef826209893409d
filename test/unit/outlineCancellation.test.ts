// The outline under a request cancelled part-way (features/symbols.ts): whenever the editor
// cancels, the outline answers nothing rather than a part of the sections or speakers. The token
// here turns cancelled after it has been asked a given number of times, so that every check
// point is reached once. Written for mutants `npm run mutate` left alive there.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Cancellation } from '../../server/src/service';
import { parse } from '../support/documents';
import { documentSymbols } from '../support/features';

/** A token cancelled from its (n+1)th question on; `asked` counts the questions. */
function cancelledAfter(n: number): Cancellation & { asked: number } {
  return { asked: 0, get isCancellationRequested() { return ++this.asked > n; } };
}

const TEXT = [
  '---', 'headline: Talks', 'speakers:', '  chen:', '    name: Chen Wenqing', '  ma:', '    name: Ma Hui', '---', '',
  'BERLIN, Sept. 27 (Xinhua) -- [We will win]{@chen}, Chen Wenqing said.', '',
  '## Reactions', '', '[It went well]{@ma}, Ma Hui said. [So it did]{@x}.', '',
  '### Later', '', '[More to come]{@chen}, he said.', '',
].join('\n');

describe('outline under cancellation', () => {
  test('by section: at every check point, nothing or the whole outline', () => {
    const a = parse(TEXT);
    const full = documentSymbols(a, 'section');
    assert.ok(full.length >= 3);
    const probe = cancelledAfter(Infinity);
    documentSymbols(a, 'section', probe);
    for (let n = 0; n <= probe.asked; n++) {
      const got = documentSymbols(a, 'section', cancelledAfter(n));
      assert.ok(got.length === 0 || JSON.stringify(got) === JSON.stringify(full), `cancelled after ${n} questions: ${got.length} symbols`);
    }
    assert.deepEqual(documentSymbols(a, 'section', cancelledAfter(probe.asked)), full, 'never cancelled: the whole outline');
  });

  test('by speaker: cancelled before or while the speakers are listed, nothing', () => {
    const a = parse(TEXT);
    assert.ok(documentSymbols(a, 'speaker').length > 0);
    for (const n of [0, 1, 2]) assert.deepEqual(documentSymbols(a, 'speaker', cancelledAfter(n)), [], `cancelled after ${n} questions`);
    const noSpeakers = parse(TEXT.replace(/speakers:\n(?: {2}.*\n)+/, ''));
    assert.deepEqual(documentSymbols(noSpeakers, 'speaker', cancelledAfter(0)), []);
  });
});
