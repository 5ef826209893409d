// The markup engine's done-when (issue 10): the reference article's plain text becomes a draft
// with both speakers of the reference markup, at least 7 of its 8 quote spans (by overlap), each
// given to Chen, no other span, and a draft that checks with no error and strips to the body.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, example } from '../support/documents';
import { draftErrors, draftOfPlain, goldSpans, overlap, stripped } from '../support/markup';

describe('markup: the reference article', () => {
  const plain = readFileSync(path.join(ROOT, 'test/fixtures/seed-xinhua-berlin.txt'), 'utf8');
  const { input, suggestion, draft } = draftOfPlain(plain);
  const gold = goldSpans(example('berlin-security-dialogue.news'), input.body);

  test('reads the header: date, headline, and the body from the dateline on', () => {
    assert.equal(input.date, '2023-09-28');
    assert.match(input.headline ?? '', /^China ready to further enhance/);
    assert.ok(input.body.startsWith('BERLIN, Sept. 27 (Xinhua) -- China is ready'));
  });

  test('finds both speakers: Chen Wenqing (alias Chen) and Wolfgang Schmidt', () => {
    const chen = suggestion.speakers.find((s) => s.name === 'Chen Wenqing');
    assert.ok(chen, JSON.stringify(suggestion.speakers));
    assert.deepEqual(chen.aliases, ['Chen']);
    assert.equal(chen.kind, 'person');
    assert.ok(suggestion.speakers.some((s) => s.name === 'Wolfgang Schmidt'));
    assert.equal(suggestion.speakers.length, 2);
  });

  test('marks at least 7 of the 8 reference quotes, each for Chen, and nothing else', () => {
    assert.equal(gold.length, 8);
    const chenId = suggestion.speakers.find((s) => s.name === 'Chen Wenqing')!.id;
    const matched = gold.filter((g) => suggestion.spans.some((s) => overlap(s, g) >= 0.5 && s.speakerId === chenId));
    assert.ok(matched.length >= 7, `${matched.length} of 8 matched`);
    for (const s of suggestion.spans) {
      assert.ok(gold.some((g) => overlap(s, g) >= 0.5), `extra span: ${input.body.slice(s.start, s.end)}`);
      assert.equal(s.speakerId, chenId);
    }
  });

  test('the draft checks with no error and strips to the body', () => {
    assert.deepEqual(draftErrors(draft), []);
    assert.equal(stripped(draft), input.body);
    assert.match(draft, /^---\nheadline: "China ready[^\n]*\ndate: 2023-09-28\nagency: Xinhua\nspeakers:\n/);
  });
});
