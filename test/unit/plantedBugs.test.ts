// Bugs a reviewer planted in the service, one at a time, that no test caught. Each test here
// fails with its bug planted and passes without it: they pin exact results (code, range, message,
// text), not "something came back", so that a crash or an empty answer can never pass for one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { article, toCrlf } from '../support/documents';
import { diagnosticsOf, outlineOf, parseOf, stripOf, textAfterFirstFix } from '../support/serviceCalls';

const DATELINE = 'BERLIN, Sept. 27 (Xinhua) -- ';
const chen = { chen: 'Chen Wenqing' };
const quoteKinds = (text: string) => parseOf(text).blocks.flatMap((b) => (b.type === 'paragraph' ? b.quotes : [])).map((q) => q.kind);
const brief = (text: string) => diagnosticsOf(text).map((d) => ({ code: d.code, line: d.range.start.line, from: d.range.start.character, to: d.range.end.character, message: d.message }));

describe('planted bug: a stray closing quotation mark is reported', () => {
  test('in a partial quote: quote-marks on the whole quote, naming the mark', () => {
    const text = article(`${DATELINE}[We are ready,” Chen said]{@chen} today.`, chen);
    assert.deepEqual(brief(text), [{ code: 'quote-marks', line: 9, from: 29, to: 62, message: 'The closing quotation mark ” in this quote has no opening mark' }]);
  });

  test('in a direct quote whose own marks balance', () => {
    const text = article(`${DATELINE}["We are ready,” Chen said,"]{@chen} today.`, chen);
    assert.deepEqual(brief(text), [{ code: 'quote-marks', line: 9, from: 29, to: 65, message: 'The closing quotation mark ” in this quote has no opening mark' }]);
  });

  test('not for a possessive apostrophe, nor for balanced marks', () => {
    assert.deepEqual(brief(article(`${DATELINE}[the residents’ homes were safe]{@chen}, Chen Wenqing said.`, chen)), []);
    assert.deepEqual(brief(article(`${DATELINE}[“We are ready,” he said]{@chen}, Chen Wenqing said.`, chen)), []);
    // The same quote with one mark more is reported: the empty answers above come from the check.
    assert.deepEqual(brief(article(`${DATELINE}[“We are ready,” he said”]{@chen}, Chen Wenqing said.`, chen)).map((d) => d.code), ['quote-marks']);
  });
});

describe('planted bug: strip() keeps the line break after a closing comment', () => {
  for (const eol of ['\n', '\r\n']) {
    const name = eol === '\n' ? 'LF' : 'CRLF';
    test(`${name}: the final line break stays, the comment goes`, () => {
      assert.equal(stripOf(`Para one.${eol}${eol}<!-- note -->${eol}`), `Para one.${eol}`);
      assert.equal(stripOf(`Para one.${eol}${eol}Para two.${eol}${eol}<!-- a -->${eol}<!-- b -->${eol}`), `Para one.${eol}${eol}Para two.${eol}`);
    });
  }
});

describe('planted bug: a quote that starts with a line break is still direct', () => {
  for (const lead of ['\n', '\r\n', ' \n ', '\t']) {
    test(`words starting with ${JSON.stringify(lead)}`, () => {
      const text = article(`${DATELINE}Chen Wenqing said: [${lead}"We are ready,"]{@chen}`, chen);
      assert.deepEqual(quoteKinds(text), ['direct']);
      const chenSymbol = outlineOf(text).find((s) => s.name === 'Chen Wenqing');
      assert.deepEqual(chenSymbol?.children?.map((c) => c.detail), ['direct']);
    });
  }
  test('a partial quote that starts with a line break stays partial', () => {
    assert.deepEqual(quoteKinds(article(`${DATELINE}Chen said [\nready "to act" now]{@chen}`, chen)), ['partial']);
  });
});

describe('planted bug: mentions match the case of every word of a name', () => {
  test('"Chen wenqing" is not a mention of Chen Wenqing; "Chen Wenqing" is', () => {
    const a = parseOf(article(`${DATELINE}Chen wenqing said, and Chen Wenqing agreed, as did CHEN WENQING.`, chen));
    assert.deepEqual(a.mentions.map((m) => m.text), ['Chen Wenqing']);
  });

  test('the same for an alias of several words', () => {
    const text = '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  un:\n    name: United Nations\n    aliases: [the UN Agency]\n---\n\nthe UN agency met. the UN Agency met. The UN Agency met.';
    assert.deepEqual(parseOf(text).mentions.map((m) => m.text), ['the UN Agency']);
  });
});

describe('planted bug: "close the front matter" inserts --- where the front matter ends', () => {
  const unclosed = '---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n';
  test('LF: right after the last key, before the blank line', () => {
    assert.equal(textAfterFirstFix(unclosed, 'front-matter-unclosed'), '---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n');
  });
  test('CRLF: the same, with CRLF', () => {
    assert.equal(textAfterFirstFix(toCrlf(unclosed), 'front-matter-unclosed'), toCrlf('---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n'));
  });
  test('the fixed text has no front matter problem left', () => {
    const fixed = textAfterFirstFix(unclosed, 'front-matter-unclosed');
    assert.deepEqual(diagnosticsOf(fixed).map((d) => d.code), []);
  });
});

describe('found reviewing the golden files: removing an empty quote keeps single spacing', () => {
  const fixed = (body: string) => textAfterFirstFix(article(`${DATELINE}${body}`, chen), 'quote-empty').split('\n').pop();
  test('between words, before punctuation, after the dateline, at the very start', () => {
    assert.equal(fixed('Chen Wenqing said []{@chen} the talks went well.'), `${DATELINE}Chen Wenqing said the talks went well.`);
    assert.equal(fixed('Chen Wenqing said []{@chen}.'), `${DATELINE}Chen Wenqing said.`);
    assert.equal(fixed('[ ]{@chen} Chen Wenqing said no more.'), `${DATELINE}Chen Wenqing said no more.`);
    assert.equal(textAfterFirstFix('[]{@chen} Words.', 'quote-empty'), 'Words.');
  });
});
