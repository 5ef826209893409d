import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseQuoteSpans, quoteKind } from '../../server/src/service/parser/quoteSpans';

describe('parseQuoteSpans', () => {
  test('reads a quote span with its speaker and words', () => {
    const t = 'BERLIN -- [China is ready]{@chen}, Chen said.';
    const { quotes, problems } = parseQuoteSpans(t);
    assert.deepEqual(problems, []);
    assert.equal(quotes.length, 1);
    const q = quotes[0];
    assert.equal(t.slice(q.start, q.end), '[China is ready]{@chen}');
    assert.equal(t.slice(q.content.start, q.content.end), 'China is ready');
    assert.equal(t.slice(q.speakerSpan.start, q.speakerSpan.end), 'chen');
    assert.equal(q.speakerId, 'chen');
    assert.equal(q.kind, 'indirect');
  });

  test('brackets inside the words balance, and a pair not followed by { is plain text', () => {
    const { quotes } = parseQuoteSpans('[He signed [the agreement] today]{@a} and [sic] more.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'He signed [the agreement] today');
  });

  test('nested quotes are children of their quote, one speaker each', () => {
    const t = 'McClure said [senators told him, ["There is no doubt dumping is going on,"]{@senators}]{@mcclure}.';
    const { quotes } = parseQuoteSpans(t);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speakerId, 'mcclure');
    assert.equal(quotes[0].kind, 'partial');
    assert.equal(quotes[0].text, 'senators told him, "There is no doubt dumping is going on,"');
    assert.equal(quotes[0].children.length, 1);
    assert.equal(quotes[0].children[0].speakerId, 'senators');
    assert.equal(quotes[0].children[0].kind, 'direct');
    assert.equal(quotes[0].children[0].depth, 1);
  });

  test('escapes are resolved in the words and never open or close spans', () => {
    const { quotes, problems } = parseQuoteSpans('[a \\[b\\] \\{c \\\\ d]{@x}');
    assert.deepEqual(problems, []);
    assert.equal(quotes[0].text, 'a [b] {c \\ d');
  });

  test('an orphan closer is reported', () => {
    const { quotes, problems } = parseQuoteSpans('words]{@chen} more');
    assert.equal(quotes.length, 0);
    assert.deepEqual(problems.map((p) => [p.code, p.start, p.end]), [['quote-orphan', 5, 13]]);
  });

  test('an unclosed attribution is reported and the quote still read', () => {
    const { quotes, problems } = parseQuoteSpans('[words]{@chen and more');
    assert.equal(quotes[0].speakerId, 'chen');
    assert.deepEqual(problems.map((p) => p.code), ['quote-unclosed']);
    const r2 = parseQuoteSpans('[words]{ more');
    assert.deepEqual(r2.problems.map((p) => p.code), ['quote-unclosed']);
  });

  test('an empty quote is reported', () => {
    assert.deepEqual(parseQuoteSpans('[ ]{@a}').problems.map((p) => p.code), ['quote-empty']);
  });

  test('comments inside a paragraph are skipped', () => {
    const { quotes } = parseQuoteSpans('<!-- [not]{@q} --> [yes]{@a}');
    assert.deepEqual(quotes.map((q) => q.speakerId), ['a']);
  });
});

describe('quoteKind', () => {
  test('direct, partial, indirect', () => {
    assert.equal(quoteKind('"We are ready,"'), 'direct');
    assert.equal(quoteKind('“We are ready.”'), 'direct');
    assert.equal(quoteKind('« Nous sommes prêts »'), 'direct');
    assert.equal(quoteKind('„Wir sind bereit“'), 'direct');
    assert.equal(quoteKind('"We are ready'), 'direct'); // continuing paragraph
    assert.equal(quoteKind('the deal was "historic" for both'), 'partial');
    assert.equal(quoteKind('"Historic," he called the deal'), 'partial');
    assert.equal(quoteKind('both sides should talk'), 'indirect');
    assert.equal(quoteKind('the minister’s view'), 'indirect'); // apostrophe, not a mark
  });
});
