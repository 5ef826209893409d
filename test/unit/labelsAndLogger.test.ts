// How the features name things (server/src/service/labels.ts: a quote's opening words, a speaker,
// a dateline, an id made a name) and how the service's reports become log lines (logger.ts).
// The limits are what is pinned: exactly 80 characters, a space at exactly half, an emoji cut at
// the limit, a dateline with no parts, an error with and without a stack.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { datelineLabelEnd, datelineText, openingWords, speakerLabel, titleCase } from '../../server/src/service/labels';
import { errorText, lineLogger } from '../../server/src/service/logger';
import type { Dateline } from '../../server/src/service/syntax';
import { article, parse } from '../support/documents';

describe('openingWords', () => {
  test('a name of 80 characters is kept whole; one more is cut with "…"', () => {
    const eighty = 'x'.repeat(80);
    assert.equal(openingWords(eighty), eighty);
    assert.equal(openingWords(`${eighty}y`), `${eighty}…`);
  });
  test('cut at the last space when it keeps more than half, else at the limit', () => {
    const atHalf = `${'a'.repeat(40)} ${'b'.repeat(60)}`; // the space at 40: exactly half
    assert.equal(openingWords(atHalf), `${atHalf.slice(0, 80)}…`);
    const pastHalf = `${'a'.repeat(41)} ${'b'.repeat(60)}`;
    assert.equal(openingWords(pastHalf), `${'a'.repeat(41)}…`);
  });
  test('never between the two halves of a surrogate pair', () => {
    for (const emoji of ['\u{10000}', '\u{10FFFF}', '😀']) {
      const long = `${'a'.repeat(79)}${emoji}${'b'.repeat(10)}`; // the pair at 79-80
      assert.equal(openingWords(long), `${'a'.repeat(79)}…`, emoji);
    }
    const wide = `${'a'.repeat(79)}\uff41${'b'.repeat(10)}`; // one unit above the surrogates
    assert.equal(openingWords(wide), `${'a'.repeat(79)}\uff41…`);
  });
  test('words beyond the limit add "…"; invisible words make no name', () => {
    assert.equal(openingWords('one two three', 2), 'one two…');
    assert.equal(openingWords('  one two  ', 2), 'one two');
    assert.equal(openingWords('\u200b \ufeff'), '(empty quote)');
  });
});

describe('speakerLabel and titleCase', () => {
  const a = parse(article('Text.', { chen: 'Chen\n      Wenqing' }));
  test('the name on one line, else @id, else a placeholder for a missing id', () => {
    assert.equal(speakerLabel(a, 'chen'), 'Chen Wenqing');
    assert.equal(speakerLabel(a, 'li'), '@li');
    assert.equal(speakerLabel(a, ''), '(no speaker id)');
  });
  test('an id made a name: runs of - and _ are one space, no empty words', () => {
    assert.equal(titleCase('wolfgang-schmidt'), 'Wolfgang Schmidt');
    assert.equal(titleCase('-ann__lee-'), 'Ann Lee');
  });
});

describe('datelineLabelEnd and datelineText', () => {
  const a = parse('BERLIN, Sept. 27 (Xinhua) -- Text.');
  test('up to the agency, without the separator', () => {
    assert.equal(datelineText(a, a.dateline!), 'BERLIN, Sept. 27 (Xinhua)');
  });
  test('a dateline with no parts ends where it ends; a blank one is called "Dateline"', () => {
    const bare: Dateline = { start: 2, end: 9, bodyStart: 10 };
    assert.equal(datelineLabelEnd(bare), 9);
    const blank = parse('  \u00a0   -- Text.');
    assert.equal(datelineText(blank, { start: 0, end: 5, bodyStart: 6 }), 'Dateline');
  });
});

describe('lineLogger and errorText', () => {
  const logged = (debug?: boolean) => {
    const lines: string[] = [];
    const logger = lineLogger((l) => lines.push(l), debug);
    const e = new Error('boom');
    logger.error('parse failed', e);
    logger.error('plain');
    logger.warn('careful');
    logger.info('fyi');
    logger.debug('detail');
    return { lines, e };
  };
  test('each report one line; an error with its stack; debug only when asked', () => {
    const { lines, e } = logged();
    assert.deepEqual(lines, [`parse failed: ${e.stack}`, 'plain', 'careful', 'fyi']);
    assert.deepEqual(logged(true).lines.slice(2), ['careful', 'fyi', 'detail']);
  });
  test('errorText: the stack, the message when there is none, anything else as a string', () => {
    const noStack = new Error('no stack');
    noStack.stack = undefined;
    assert.equal(errorText(noStack), 'no stack');
    assert.match(errorText(new Error('with stack')), /^Error: with stack\n\s+at /);
    assert.equal(errorText('text'), 'text');
    assert.equal(errorText(42), '42');
  });
});
