// What counts as a word when a quote is compared with its source (sources/words.ts), how a
// source's markup is blanked with its offsets kept, and which British and American spellings meet
// (sources/spelling.ts): tables of inputs, each row a behaviour the quote checks rely on.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spellingKey } from '../../server/src/service/sources/spelling';
import { blankMarkup, sourceKind, wordsOf } from '../../server/src/service/sources/words';

const texts = (text: string, start?: number, end?: number, isGap?: (at: number) => boolean) => wordsOf(text, start, end, isGap).map((w) => w.text);

describe('sources: words', () => {
  test('letters and digits make words; an apostrophe or hyphen only inside one', () => {
    const table: [string, string[]][] = [
      ['', []],
      ['  ,;  ', []],
      ['We will rebuild it.', ['We', 'will', 'rebuild', 'it']],
      ["don't stop", ["don't", 'stop']],
      ['a long-term plan', ['a', 'long-term', 'plan']],
      ['in 2024, 3.5 percent', ['in', '2024', '3', '5', 'percent']],
      ["the farmers' fields", ['the', 'farmers', 'fields']],
      ["'tis -wide- word-", ['tis', 'wide', 'word']],
      ['well--known', ['well', 'known']],
      ["rock'n'roll", ["rock'n'roll"]],
      ['“Xigaze,” he said…', ['Xigaze', 'he', 'said']],
      ['line\nbreak\r\nhere', ['line', 'break', 'here']],
      ['Zürich 東京', ['Zürich', '東京']],
    ];
    for (const [text, words] of table) assert.deepEqual(texts(text), words, text);
  });

  test('typographic apostrophes and hyphens are read as plain ones; the key is in lower case; offsets are the text\'s', () => {
    const table: [string, string][] = [
      ['don\u2019t', "don't"], ['don\u2018t', "don't"], ['don\u02bct', "don't"], ['don\u2032t', "don't"],
      ['long\u2010term', 'long-term'], ['long\u2011term', 'long-term'], ['Don\u2019t-Stop', "Don't-Stop"],
    ];
    for (const [text, plain] of table) {
      const [w, ...rest] = wordsOf(`(${text})`);
      assert.deepEqual(rest, [], text);
      assert.deepEqual(w, { start: 1, end: 1 + text.length, text: plain, key: plain.toLowerCase() }, text);
    }
    // The modifier letter apostrophe is a letter to Unicode, but only inside a word an apostrophe here, like the others.
    assert.deepEqual(texts('the farmers\u02bc fields, \u02bctis'), ['the', 'farmers', 'fields', 'tis']);
    // A dash that is no hyphen separates.
    assert.deepEqual(texts('long\u2013term long\u2014term'), ['long', 'term', 'long', 'term']);
  });

  test('only [start, end) is read, a word cut at its end; a joiner at the end is no part of the word', () => {
    const text = "say don't-stop now";
    assert.deepEqual(texts(text, 4, 9), ["don't"]);
    assert.deepEqual(texts(text, 4, 10), ["don't"]);
    assert.deepEqual(texts(text, 4, 11), ["don't-s"]);
    assert.deepEqual(texts(text, 5, 7), ['on']);
    assert.deepEqual(wordsOf(text, 4, 9).map((w) => [w.start, w.end]), [[4, 9]]);
  });

  test('an offset marked as a gap separates words, also inside one and after a joiner', () => {
    const text = "don't long-term";
    const gapAt = (...at: number[]) => (k: number) => at.includes(k);
    assert.deepEqual(texts(text, 0, text.length, gapAt(2)), ['do', 't', 'long-term']);
    assert.deepEqual(texts(text, 0, text.length, gapAt(4)), ['don', 'long-term']);
    assert.deepEqual(texts(text, 0, text.length, gapAt(10)), ["don't", 'long', 'term']);
    assert.deepEqual(texts(text, 0, text.length, gapAt(11)), ["don't", 'long', 'erm']);
    assert.deepEqual(texts(text, 0, text.length, gapAt(0, 1, 2, 3, 4)), ['long-term']);
  });
});

describe('sources: how a source file is read', () => {
  test('the kind of a source by its name', () => {
    const table: [string, string][] = [
      ['wire.news', 'news'], ['WIRE.NEWS', 'news'], ['wire.xml', 'xml'], ['Wire.Xml', 'xml'], ['wire.nitf', 'xml'], ['w.NITF', 'xml'],
      ['statement.txt', 'plain'], ['statement', 'plain'], ['news.txt', 'plain'], ['xml.md', 'plain'], ['a.news.txt', 'plain'],
    ];
    for (const [path, kind] of table) assert.equal(sourceKind(path), kind, path);
  });

  /** The words left once the markup is blanked; the length and line breaks are always kept. */
  const readAs = (text: string, kind: 'news' | 'xml' | 'plain') => {
    const blanked = blankMarkup(text, kind);
    assert.equal(blanked.length, text.length);
    for (let k = 0; k < text.length; k++) if (text[k] === '\n' || text[k] === '\r') assert.equal(blanked[k], text[k], `line break at ${k}`);
    return wordsOf(blanked).map((w) => w.text);
  };

  test('plain text is read as it is', () => {
    assert.deepEqual(readAs('<b>bold</b> &amp; <!-- c --> {@x}', 'plain'), ['b', 'bold', 'b', 'amp', 'c', 'x']);
  });

  test('an XML (NITF) source without its tags and entities; a long run after & is text', () => {
    assert.deepEqual(readAs('<p class="x">We <em>will</em>\nrebuild&#160;it&amp;more</p>', 'xml'), ['We', 'will', 'rebuild', 'it', 'more']);
    assert.deepEqual(readAs('<p\nlang="en">Text</p>', 'xml'), ['Text']);
    assert.deepEqual(readAs('salt & pepper and more; end', 'xml'), ['salt', 'pepper', 'and', 'more', 'end']);
    assert.deepEqual(readAs('a &b; c & d', 'xml'), ['a', 'c', 'd']);
    assert.deepEqual(readAs('a &b c d e f g h; i', 'xml'), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    // An entity is at most ten characters from & to ;.
    assert.deepEqual(readAs('a &abcdefghi; b', 'xml'), ['a', 'b']);
    assert.deepEqual(readAs('a &abcdefghij; b', 'xml'), ['a', 'abcdefghij', 'b']);
    // An & too far from its ; is text, and an entity inside that stretch is still one; a tag right after another too.
    assert.deepEqual(readAs('& many words here &b; c', 'xml'), ['many', 'words', 'here', 'c']);
    assert.deepEqual(readAs('xxxxxx <a><b>zz', 'xml'), ['xxxxxx', 'zz']);
    // A tag never closed: the rest is text.
    assert.deepEqual(readAs('one <two three', 'xml'), ['one', 'two', 'three']);
    assert.deepEqual(readAs('<a>one</a> <two three', 'xml'), ['one', 'two', 'three']);
  });

  test('a .news source without its front matter, comments and speaker markup', () => {
    const fm = '---\nheadline: Wire\n---\n';
    assert.deepEqual(readAs(`${fm}Body ["words"]{@wen} here <!-- a note -->end`, 'news'), ['Body', 'words', 'here', 'end']);
    assert.deepEqual(readAs(`\uFEFF${fm}Body`, 'news'), ['Body']);
    assert.deepEqual(readAs('---\r\nheadline: Wire\r\n...\r\nBody', 'news'), ['Body']);
    assert.deepEqual(readAs('---\nheadline: Wire\n---  \nBody', 'news'), ['Body']);
    assert.deepEqual(readAs('---\nheadline: Wire\n---', 'news'), []);
    // No front matter: nothing is blanked at the start; a front matter never closed is text.
    assert.deepEqual(readAs('Body --- text', 'news'), ['Body', 'text']);
    assert.deepEqual(readAs('x---\nheadline: Wire\n---\nBody', 'news'), ['x', 'headline', 'Wire', 'Body']);
    assert.deepEqual(readAs('---\nheadline: Wire\nBody', 'news'), ['headline', 'Wire', 'Body']);
    assert.deepEqual(readAs('---\nheadline: Wire\n----\nBody', 'news'), ['headline', 'Wire', 'Body']);
    // A comment ends at its first -->, even one sharing its dashes with an opener.
    assert.deepEqual(readAs('<!-- x <!--> y -->', 'news'), ['y']);
    // A comment across lines keeps its line breaks; one never closed is text.
    assert.deepEqual(readAs('a <!-- b\nc --> d <!-- e', 'news'), ['a', 'd', 'e']);
    // A speaker reference is short: at most 64 characters from {@ to }; a brace further from its opener is text.
    assert.deepEqual(readAs(`a {@${'w'.repeat(62)}} b`, 'news'), ['a', 'b']);
    assert.deepEqual(readAs(`a {@${'w'.repeat(63)}} b`, 'news'), ['a', 'w'.repeat(63), 'b']);
    assert.deepEqual(readAs(`a {@ ${'b '.repeat(40)}} c`, 'news'), ['a', ...Array(40).fill('b'), 'c']);
    assert.deepEqual(readAs(`a {@wen} b {@ ${'c '.repeat(40)}} d {@li} e`, 'news'), ['a', 'b', ...Array(40).fill('c'), 'd', 'e']);
  });
});

describe('sources: British and American spellings', () => {
  test('a British ending reduces to the American one', () => {
    const table: [string, string][] = [
      ['vigour', 'vigor'], ['vigor', 'vigor'], ['colours', 'colors'], ['coloured', 'colored'], ['colouring', 'coloring'],
      ['favourite', 'favorite'], ['favourable', 'favorable'], ['organise', 'organize'], ['organised', 'organized'],
      ['organises', 'organizes'], ['organising', 'organizing'], ['organisation', 'organization'], ['organisations', 'organizations'],
      ['analyse', 'analyze'], ['analysed', 'analyzed'], ['analysing', 'analyzing'], ['centre', 'center'], ['centres', 'centers'],
      ['travelled', 'traveled'], ['travelling', 'traveling'], ['traveller', 'traveler'], ['travellers', 'travelers'],
      ['catalogue', 'catalog'], ['catalogues', 'catalogs'], ['licence', 'license'],
    ];
    for (const [british, american] of table) assert.equal(spellingKey(british), american, british);
  });

  test('short words and endings that leave less than two letters are never changed', () => {
    for (const word of ['tour', 'four', 'our', 'rise', 'atres', 'xours', 'alled', 'ising', 'ogue', 'river', 'station', 'Xigaze']) assert.equal(spellingKey(word), word, word);
    // Two letters before the ending are enough.
    assert.equal(spellingKey('ahour'), 'ahor');
    assert.equal(spellingKey('abtres'), 'abters');
  });
});
