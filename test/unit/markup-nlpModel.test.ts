// markup/nlpModel.ts: the NLP pipeline the engine reads. text.ts creates it once per process and
// keeps it, so the markup tests only ever see the first instance; this test makes a fresh one and
// checks that it does the two stages the engine relies on: sentence boundaries and parts of speech.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNlp } from '../../server/src/service/markup/nlpModel';

test('markup: a fresh NLP pipeline splits sentences and tags parts of speech', () => {
  const nlp = createNlp();
  const doc = nlp.readDoc('Ana Ruiz said the dam would hold. The farmers left at noon.');
  assert.deepEqual(doc.sentences().out(), ['Ana Ruiz said the dam would hold.', 'The farmers left at noon.']);
  assert.deepEqual(doc.tokens().out(nlp.its.pos),
    ['PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT', 'DET', 'NOUN', 'VERB', 'ADP', 'NOUN', 'PUNCT']);
});
