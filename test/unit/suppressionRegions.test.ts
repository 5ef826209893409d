// Inline switches (server/src/service/diagnostics/suppressions.ts) on a table of small bodies:
// which of the marked quotations still get `quote-unattributed` when comments switch checks off
// for the next line, for a region, for every code with holes re-enabled, on the comment's own
// line, twice, with codes separated by commas, two switches on one line, and
// with directives that are not switches.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { article, diagnostics } from '../support/documents';

/** A quotation no speaker is attributed to, marked so its line can be told apart. */
const q = (mark: string) => `He said "we will go there tomorrow night" (${mark}).`;
const c = (directive: string) => `<!-- ${directive} -->`;

/** The marks of the quotations still reported as unattributed. */
function reported(...lines: string[]): string[] {
  const text = article(`BERLIN, Sept. 27 (Xinhua) -- Text.\n\n${lines.join('\n')}\n`);
  const all = text.split('\n');
  return diagnostics(text).filter((d) => d.code === 'quote-unattributed').map((d) => /\((\w+)\)/.exec(all[d.range.start.line])?.[1] ?? '?');
}

describe('suppressions', () => {
  test('disable-next-line: the line after the comment, for the codes named or all', () => {
    assert.deepEqual(reported(c('newsmark-disable-next-line quote-unattributed'), q('a'), q('b')), ['b']);
    assert.deepEqual(reported(c('newsmark-disable-next-line'), q('a'), q('b')), ['b']);
    assert.deepEqual(reported(c('newsmark-disable-next-line dateline-missing'), q('a')), ['a']);
    assert.deepEqual(reported(c('newsmark-disable-next-line dateline-missing, quote-unattributed'), q('a')), []);
    assert.deepEqual(reported(c('newsmark-disable-next-line quote-unattributed, dateline-missing'), q('a')), []);
    // `--` separates a reason, it is no code: the switch covers every code.
    assert.deepEqual(reported(c('newsmark-disable-next-line --'), q('a')), []);
  });
  test('codes are separated by spaces, commas or both, as in ESLint', () => {
    assert.deepEqual(reported(c('newsmark-disable-next-line quote-unattributed,'), q('a')), []);
    assert.deepEqual(reported(c('newsmark-disable-next-line dateline-missing ,quote-unattributed'), q('a')), []);
    assert.deepEqual(reported(c('newsmark-disable-next-line dateline-missing,quote-unattributed'), q('a')), []);
    assert.deepEqual(reported(c('newsmark-disable-next-line ,,quote-unattributed,,'), q('a')), []);
    // A comma inside a code splits it into two words that name no code.
    assert.deepEqual(reported(c('newsmark-disable-next-line quote-unattri,buted'), q('a')), ['a']);
    // Commas alone name no code: the switch covers every code, as with no code at all.
    assert.deepEqual(reported(c('newsmark-disable-next-line , ,'), q('a')), []);
  });
  test('two disable-next-line comments on one line: the next line is off for the codes of both', () => {
    assert.deepEqual(reported(`${c('newsmark-disable-next-line quote-unattributed')} ${c('newsmark-disable-next-line dateline-missing')}`, q('a'), q('b')), ['b']);
    assert.deepEqual(reported(`${c('newsmark-disable-next-line dateline-missing')} ${c('newsmark-disable-next-line quote-unattributed')}`, q('a'), q('b')), ['b']);
  });
  test('a region covers the lines of its comments, from the disable to the enable', () => {
    assert.deepEqual(reported(q('a'), `${q('b')} ${c('newsmark-disable quote-unattributed')}`, q('c'), `${q('d')} ${c('newsmark-enable quote-unattributed')}`, q('e')), ['a', 'e']);
  });
  test('a second disable of the same code does not move the region start', () => {
    assert.deepEqual(reported(c('newsmark-disable quote-unattributed'), q('a'), c('newsmark-disable quote-unattributed'), q('b'), c('newsmark-enable quote-unattributed'), q('c')), ['c']);
  });
  test('a region of another code, or of all codes elsewhere, does not cover the line', () => {
    assert.deepEqual(reported(c('newsmark-disable dateline-missing'), q('a'), c('newsmark-enable dateline-missing'), q('b')), ['a', 'b']);
    assert.deepEqual(reported(c('newsmark-disable'), c('newsmark-enable'), q('a')), ['a']);
  });
  test('a newsmark- comment that is no switch neither opens nor closes a region', () => {
    assert.deepEqual(reported(c('newsmark-disable quote-unattributed'), c('newsmark-ignore quote-unattributed'), q('a'), c('newsmark-enable quote-unattributed'), q('b')), ['b']);
    assert.deepEqual(reported(c('other-tool disable'), q('a')), ['a']);
  });
  test('holes: a code enabled again inside a region of all codes, until that region ends', () => {
    // The hole starts at the first enable of the code; enabling it again does not move it.
    assert.deepEqual(reported(c('newsmark-disable'), q('a'), c('newsmark-enable quote-unattributed'), q('b'), c('newsmark-enable quote-unattributed'), q('c'), c('newsmark-enable'), q('d')), ['b', 'c', 'd']);
    // Ending the region of all codes ends its holes: a later region of all codes has none.
    assert.deepEqual(reported(c('newsmark-disable'), c('newsmark-enable quote-unattributed'), q('a'), c('newsmark-enable'), c('newsmark-disable'), q('b'), c('newsmark-enable'), q('c')), ['a', 'c']);
    // Ending another code's region inside it does not end the hole.
    assert.deepEqual(reported(c('newsmark-disable'), c('newsmark-disable dateline-missing'), c('newsmark-enable quote-unattributed'), q('a'), c('newsmark-enable dateline-missing'), q('b'), c('newsmark-enable'), q('c')), ['a', 'b', 'c']);
    // An enable with no region of all codes open makes no hole in a later one.
    assert.deepEqual(reported(c('newsmark-enable quote-unattributed'), c('newsmark-disable'), q('a'), c('newsmark-enable'), q('b')), ['b']);
  });
});
