// A lead attributed to a description that the next paragraph names (issue 10's gold rule 20,
// "cataphora"): the lead's words belong to the person or body named, not to a speaker of its own.
// Names and sentences are made up for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));

describe('markup: a lead attributed to a description, named later', () => {
  test('"..., a senior official said." then "NAME, ..., said ..."', () => {
    const body = 'LUSAKA, May 2 (Xinhua) -- A new clinic in Chongwe has treated more than 9,000 patients since it opened, a senior Zambian official said on Tuesday.\n\nEsther Banda, permanent secretary at the health ministry, said the clinic would add a maternity ward next year.';
    assert.deepEqual(marks(body), [
      'Esther Banda: A new clinic in Chongwe has treated more than 9,000 patients since it opened',
      'Esther Banda: the clinic would add a maternity ward next year',
    ]);
  });

  test('"NAME ... made the remarks" names the lead\'s speaker too', () => {
    const body = 'LUSAKA, May 2 (Xinhua) -- A new clinic in Chongwe has treated more than 9,000 patients since it opened, a senior Zambian official said on Tuesday.\n\nEsther Banda, permanent secretary at the health ministry, made the remarks at a ceremony at the clinic.';
    assert.deepEqual(marks(body), ['Esther Banda: A new clinic in Chongwe has treated more than 9,000 patients since it opened']);
  });

  test('an unnamed source with a reason stays anonymous', () => {
    const body = 'The plant will close in June, a company official said on condition of anonymity because the plan is not public.\n\nMaria Lind, the plant manager, said she had not been told.';
    const s = markUp(body);
    assert.equal(s.speakers.find((x) => x.id === s.spans[0].speakerId)?.kind, 'anonymous');
  });
});
