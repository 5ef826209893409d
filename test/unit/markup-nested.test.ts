// Quotes inside other speech (issue 10: nested spans, direct recall): a chanted sentence after its
// cue, "X quoted Y, TITLE, as saying "..."", "but called it "..."" after a report, and a quote in
// single curly marks inside a quote. Names and sentences are made up for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));

describe('markup: quotes inside other speech', () => {
  test('a full quoted sentence right after the cue is the span, not the clause after it', () => {
    assert.deepEqual(marks('Outside the hall, dock workers chanted "Ports are for people!" as police closed the road.'),
      ['dock workers: "Ports are for people!"']);
  });

  test('"X quoted Y, TITLE, as saying "..."": Y\'s quote nested in X\'s report', () => {
    assert.deepEqual(marks('The state news agency quoted Han Seol, director of the Rocket Institute, as saying "The engine worked as designed."'),
      ['state news agency: Han Seol, director of the Rocket Institute, as saying "The engine worked as designed."', 'Han Seol: "The engine worked as designed."']);
  });

  test('"said A but called it "..."": the fragment is a span of its own', () => {
    assert.deepEqual(marks('Judge Mara Voss said she had weighed his remorse but called the scheme "cold and deliberate".'),
      ['Mara Voss: she had weighed his remorse', 'Mara Voss: "cold and deliberate"']);
  });

  test('a quote in single curly marks inside a quote, after its own cue, is nested', () => {
    const body = '"A buyer said to me last week, ‘I can wait for the price to fall.’ That is new," Lea Brun said.';
    assert.deepEqual(marks(body), ['Lea Brun: "A buyer said to me last week, ‘I can wait for the price to fall.’ That is new,"', 'buyer: ‘I can wait for the price to fall.’']);
  });
});

describe('markup: a speaker quoted inside a quote is not who "she" is next', () => {
  test('after "... ‘...’ ...," Lea Brun said, "she said" is still Lea Brun', () => {
    const body = '"A buyer said to me last week, ‘I can wait for the price to fall.’ That is new," Lea Brun said.\n\nShe said the company would cut prices in March.';
    const s = markUp(body);
    const lea = s.speakers.find((x) => x.name === 'Lea Brun')!;
    assert.equal(s.spans[s.spans.length - 1].speakerId, lea.id);
  });
});
