// The attribution rules of lines 583-774 of server/src/service/markup/attribute.ts, each on a
// table of made-up wire sentences: a definite description before a name in apposition ("The
// Chancellor, Ken Marsden, said"), a relative clause between a subject and its cue, a name placed
// by its body ("Priya Raman of Bernstein"), the reported-speech loop over a sentence's cues
// (participles, fragments, "according to", words on both sides of an inverted cue), a cue joined
// by "and" to an earlier verb, and "..., it said" for the body that opens the clause. Each row
// holds the whole result, every span with its speaker and confidence; the rows with nothing
// marked are the rules' refusals. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';

/** "Speaker Name 0.9: the words" for every span the engine marks in `body`. */
function spans(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)} ${x.confidence}: ${body.slice(x.start, x.end)}`);
}

function table(cases: [string, string[]][]) {
  for (const [body, expected] of cases) assert.deepEqual(spans(body), expected, body);
}

describe('markup: a definite description, then the name in apposition to it', () => {
  test('"The/Its/His/Her/Their DESCRIPTION, NAME, said": the name speaks; a verb, pronoun or stop inside refuses', () => table([
    ["The Conservative MP for Wensley and Swaledale, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Chancellor, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["Its Chairman, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["His Excellency, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["Her Majesty's Inspector of Prisons, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["Their Director General, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Vice-Chancellor, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Vice - Chancellor, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Man Who Knew, Ken Marsden, said the road would close.", []],
    ["The Mayor of Aldbury Is Here, Ken Marsden, said the road would close.", []],
    ["The Mayor (Aldbury), Ken Marsden, said the road would close.", []],
    ["A Chancellor, Ken Marsden, said the road would close.", []],
    ["Chancellor, Ken Marsden, said the road would close.", []],
    ["The Mayor Said, Ken Marsden, said the road would close.", []],
    ["The Mayor and Her, Ken Marsden, said the road would close.", []],
    ["The Mayor of Aldbury and Eastfield, Ken Marsden, said the road would close.", ["Ken Marsden 0.9: the road would close"]],
    ["The Mayor: Ken Marsden, said the road would close.", []],
  ]));
});
