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

describe('markup: what carries on a report', () => {
  test('a short backshifted sentence after "..., police said." ends the paragraph in their voice', () => {
    assert.deepEqual(marks('About 300 people had gathered by noon and two roads were closed, Leeds police said. There had been no arrests.'),
      ['Leeds police: About 300 people had gathered by noon and two roads were closed', 'Leeds police: There had been no arrests']);
  });

  test('a background sentence without backshift is the writer\'s', () => {
    assert.deepEqual(marks('About 300 people had gathered by noon, Leeds police said. The march began at the station.'),
      ['Leeds police: About 300 people had gathered by noon']);
  });

  test('"the second source" is one of "two government sources"', () => {
    const body = 'The company will be sold, two government sources said on condition of anonymity because the talks are private.\n\nA decision could come within days, the second source told Reuters.';
    const s = markUp(body);
    assert.equal(s.speakers.length, 1);
    assert.equal(s.spans.length, 2);
  });
});

describe('markup: "the sources" and "one of the sources" are the sources named before', () => {
  test('one speaker for "two government sources", "one of the sources" and "the second source"', () => {
    const body = 'The rescue failed, two government sources said on Friday.\n\nOfficials have drawn up plans, one of the sources said. A decision could come within days, the second source told Reuters.';
    const s = markUp(body);
    assert.deepEqual(s.speakers.map((x) => x.name), ['two government sources']);
    assert.equal(s.spans.length, 3);
  });
});
