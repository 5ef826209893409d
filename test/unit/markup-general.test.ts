// Constructions of copy the first gold articles lacked (issue 10, the held-out gap): British quotes
// in single curly marks, titles written without a full stop, and a pronoun whose person the prose
// names without quoting them first. Names and sentences are made up for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));

describe('markup: British copy', () => {
  test('a quote in single curly marks is a direct quote, split around its attribution', () => {
    const body = 'Council leader Ann Boyd said the buses would run.\n\n‘We will not give up,’ she said. ‘Not this year.’';
    assert.deepEqual(marks(body), ['Ann Boyd: the buses would run', 'Ann Boyd: ‘We will not give up,’', 'Ann Boyd: ‘Not this year.’']);
  });

  test('a closing ’ after a letter closes the quote; don’t inside it does not', () => {
    const body = 'Ann Boyd said the council would use ‘every lever it has’ to keep them.\n\n‘I don’t drive,’ said Ray Mills.';
    assert.deepEqual(marks(body), ['Ann Boyd: the council would use ‘every lever it has’ to keep them', 'Ray Mills: ‘I don’t drive,’']);
  });

  test('"Mr Aydin" without a full stop is Mehmet Aydin', () => {
    const body = 'The owner, Mehmet Aydin, fled with his family.\n\nMr Aydin said his children could not sleep.';
    const s = markUp(body);
    assert.deepEqual(s.speakers.map((x) => x.name), ['Mehmet Aydin']);
  });
});

describe('markup: a pronoun for a person named but not yet quoted', () => {
  test('"She says" goes to the person the prose named, not to nobody', () => {
    const body = 'That is how Maria Lopez remembers the flood.\n\nShe says the repairs took eight months.';
    assert.deepEqual(marks(body), ['Maria Lopez: the repairs took eight months']);
  });

  test('"He says" after "Her husband, Luis Lopez," is the husband, though Maria spoke last', () => {
    const body = 'Maria Lopez says the house is safe.\n\nHer husband, Luis Lopez, a driver, is less sure. He says he would sell tomorrow.';
    assert.deepEqual(marks(body), ['Maria Lopez: the house is safe', 'Luis Lopez: he would sell tomorrow']);
  });

  test('a street is not a person: "on Cedar Bayou Lane"', () => {
    const body = 'Maria Lopez says the house is safe.\n\nShe is back on Cedar Bayou Lane. She says it rains less.';
    assert.deepEqual(marks(body), ['Maria Lopez: the house is safe', 'Maria Lopez: it rains less']);
  });
});
