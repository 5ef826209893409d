// The gold side of the evaluation: quote offsets carried from the .news source into the plain
// body (through front matter, comments, escapes and nested markup), and the plain file's header.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { goldSuggestion } from './gold';

const NEWS = `---
headline: Test
date: 2023-09-28
agency: Xinhua
speakers:
  chen:
    name: Chen Wenqing
    aliases: [Chen]
  org:
    name: the ministry
    kind: organization
---

BERLIN, Sept. 27 (Xinhua) -- [China is ready \\[to act\\]]{@chen}, Chen Wenqing said.

<!-- a note for the desk -->
Chen said [the ministry had told him, ["We are ready,"]{@org} and he agreed]{@chen}. <!-- x --> The end.
`;

describe('gold spans in plain-body offsets', () => {
  test('each span covers exactly its words in the published text, nested ones too', () => {
    const body = 'BERLIN, Sept. 27 (Xinhua) -- China is ready [to act], Chen Wenqing said.\n\n'
      + 'Chen said the ministry had told him, "We are ready," and he agreed. The end.\n';
    const gold = goldSuggestion(NEWS, body);
    assert.deepEqual(gold.spans.map((s) => [body.slice(s.start, s.end), s.speakerId, s.kind]), [
      ['China is ready [to act]', 'chen', 'indirect'],
      ['the ministry had told him, "We are ready," and he agreed', 'chen', 'partial'],
      ['"We are ready,"', 'org', 'direct'],
    ]);
    assert.deepEqual(gold.speakers.map((s) => [s.id, s.name, s.aliases, s.kind]), [
      ['chen', 'Chen Wenqing', ['Chen'], 'person'],
      ['org', 'the ministry', ['ministry'], 'organization'],
    ]);
  });

  test('a plain body that is not the published text of the gold is refused', () => {
    assert.throws(() => goldSuggestion(NEWS, 'something else\n'), /not the published text/);
  });
});
