// The diagnostics of quotes checked against their sources, pinned down further than
// quoteSources.test.ts: which code a quote gets, the exact message, where the diagnostic and its
// related information land, what the quick fix writes, and the front matter problems of `sources`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixesOf, NEVER_CANCELLED, type ServiceOptions, type SourceFile } from '../../server/src/service';
import { article, doc } from '../support/documents';
import { testService } from '../support/service';
import { nextHandOver, sourceFile as file, STATEMENT } from '../support/sourceTexts';

const statementFile = () => file('statement.txt', STATEMENT);
const CITED = '  - { file: statement.txt, speaker: wen, title: Board statement, date: 2024-03-03 }\n';
const SOURCE_CODES = ['quote-altered', 'quote-not-in-source', 'source-missing', 'front-matter-key'];

function articleText(body: string, sources = CITED) {
  return article(`BEIJING, March 4 (Xinhua) -- ${body} Wen Ming and Li Hua said.`, { wen: 'Wen Ming', li: 'Li Hua' }, `sources:\n${sources}`);
}

function check(body: string, options: Partial<ServiceOptions> = { sources: [statementFile()] }, sources?: string) {
  const text = articleText(body, sources);
  const d = doc(text);
  const found = testService().diagnostics(d, {}, options, NEVER_CANCELLED).filter((x) => SOURCE_CODES.includes(String(x.code)));
  return { text, found, at: (x: { range: { start: import('vscode-languageserver-types').Position; end: import('vscode-languageserver-types').Position } }) => text.slice(d.offsetAt(x.range.start), d.offsetAt(x.range.end)), doc: d };
}

describe('sources: checks', () => {
  test('a modifier letter apostrophe in the quote is the source\'s apostrophe', () => {
    assert.deepEqual(check('["We don\u02bct expect the agreement to be signed before April"]{@wen}').found, []);
  });
});

describe('sources: letters changed in brackets', () => {
  test('[T]he and call[ed] stand for the source word with those letters outside the brackets, in any case', () => {
    // STATEMENT: "The cost will be met by the regional budget." and "We will rebuild the Xigaze pumping station".
    const table: [quote: string, codes: string[]][] = [
      ['["[T]he cost will be met by the regional budget"]{@wen}', []],
      ['["[t]he cost will be met by the regional budget"]{@wen}', []],
      ['["We will re[build] the Xigaze pumping station"]{@wen}', []],
      ['["We will rebui[lt] the Xigaze pumping station"]{@wen}', []],
      ['["We [would] rebuild the Xigaze pumping station"]{@wen}', []],
      // The letters outside the brackets must be the source word's: "[T]hat" is no "The".
      ['["[T]hat cost will be met by the regional budget"]{@wen}', ['quote-altered']],
      ['["We will re[build] the Xigaze pumping stations"]{@wen}', ['quote-altered']],
      ['["We will [re]pair the Xigaze pumping station"]{@wen}', ['quote-altered']],
    ];
    for (const [quote, codes] of table) assert.deepEqual(check(quote).found.map((d) => d.code), codes, quote);
  });

  test('a word with letters in brackets is named as written when it differs', () => {
    const c = check('["We will [re]pair the Xigaze pumping station"]{@wen}');
    assert.deepEqual(told(c).map(([, , message]) => message), ['The quote differs from its source "statement.txt": the source says "rebuild", the quote "[re]pair"']);
  });
});

type Checked = ReturnType<typeof check>;
/** Each diagnostic as [code, the text it covers, message]. */
const told = (c: Checked) => c.found.map((x) => [x.code, c.at(x), x.message]);
/** The quick fix's edits of the first diagnostic, as [the text replaced, the new text]. */
const fixOf = (c: Checked) => fixesOf(c.found[0]).map((f) => [f.title, f.edits.map((e) => [c.at(e), e.newText])]);

describe('sources: quote-altered', () => {
  test('the message names each difference, the diagnostic covers the quote, the fix restores each', () => {
    const c = check('["We will repair the Xigaze pumping station with vigor after the summer"]{@wen}');
    assert.deepEqual(told(c), [['quote-altered', '"We will repair the Xigaze pumping station with vigor after the summer"',
      'The quote differs from its source "statement.txt": the source says "rebuild", the quote "repair"; the source says "before", the quote "after"']]);
    assert.deepEqual(fixOf(c), [["Restore the source's words", [['repair', 'rebuild'], ['after', 'before']]]]);
    const [related] = c.found[0].relatedInformation!;
    assert.equal(related.message, 'The passage in "statement.txt"');
    assert.deepEqual(related.location, { uri: 'file:///test/statement.txt', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 71 } } });
  });

  test('three differences are named, the rest counted; words left out go back after the word before them, words added go with their space', () => {
    const c = check('["We will repair the pumping station fast with vigor after summer, and every household"]{@wen}');
    assert.deepEqual(c.found.map((x) => x.message), [
      'The quote differs from its source "statement.txt": the source says "rebuild", the quote "repair"; the quote leaves out "Xigaze"; the quote adds "fast", and 2 more',
    ]);
    assert.deepEqual(fixOf(c), [["Restore the source's words", [['repair', 'rebuild'], ['', ' Xigaze'], [' fast', ''], ['after', 'before the'], ['every', 'no']]]]);
    // The passage runs from the first source word matched to the last, over two lines.
    assert.deepEqual(c.found[0].relatedInformation![0].location.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 89 } });
  });

  test('exactly three differences: no count', () => {
    const c = check('["We will repair the Xigaze pumping station with vigor after the winter"]{@wen}');
    assert.match(c.found[0].message, /the source says "before", the quote "after"; the source says "summer", the quote "winter"$/);
  });

  test('the words named: the quote\'s with a space between, the source\'s on one line however spaced, twelve of them in full', () => {
    assert.match(check('["We will repair a Xigaze pumping station"]{@wen}').found[0].message, /: the source says "rebuild the", the quote "repair a"$/);
    const spaced = check('["We shall repair the station"]{@wen}', { sources: [file('statement.txt', 'We will  \n  rebuild the station.')] });
    assert.match(spaced.found[0].message, /: the source says "will rebuild", the quote "shall repair"$/);
    const twelve = check('["We will rebuild the Xigaze pumping station for more than two days"]{@wen}');
    assert.match(twelve.found[0].message, /: the quote leaves out "with vigor before the summer, and no household will go without water"$/);
  });

  test('a word left out just after a gap goes back before the next quote word', () => {
    // The bracket stands for eight source words at most; the ninth is left out.
    const c = check('["pumping station [it] go without water for more"]{@wen}');
    assert.deepEqual(c.found.map((x) => x.code), ['quote-altered']);
    const [[, edits]] = fixOf(c) as [string, string[][]][];
    assert.equal(edits.length, 1);
    assert.match(c.found[0].message, /the quote leaves out "(\w+)"$/);
    const left = /leaves out "(\w+)"/.exec(c.found[0].message)![1];
    assert.deepEqual(edits[0], left === 'will' ? ['', 'will '] : ['', ` ${left}`]);
  });

  test('the quote\'s second word left out is named and put back (the first is not changed into the word before the passage)', () => {
    const c = check('["vigor the summer"]{@wen}');
    assert.deepEqual(told(c).map(([, , m]) => m), ['The quote differs from its source "statement.txt": the quote leaves out "before"']);
    assert.deepEqual(fixOf(c), [["Restore the source's words", [['', ' before']]]]);
  });

  test('a word added is taken out with all the spaces before it', () => {
    const c = check('["The cost will be  fully met by the regional budget"]{@wen}');
    assert.deepEqual(fixOf(c), [["Restore the source's words", [['  fully', '']]]]);
  });

  test('a partial quote: the diagnostic covers the whole quote, the fix only the quoted words', () => {
    const c = check('Wen said [the plant would be rebuilt "with vigor" and "before the autumn"]{@wen}');
    assert.deepEqual(told(c).map(([code, at]) => [code, at]), [['quote-altered', 'the plant would be rebuilt "with vigor" and "before the autumn"']]);
    assert.deepEqual(fixOf(c), [["Restore the source's words", [['autumn', 'summer']]]]);
  });
});

describe('sources: a quote that stands word for word in its source', () => {
  test('is not altered, however often its words stand before it with another capital', () => {
    // "the Board will act" three times (a place in letters, and as many votes), then the words as quoted.
    const said = Array.from({ length: 3 }, (_, k) => `Members of the council asked for a decision on report ${k + 1}, and the Board will act on it once its members have met.`).join(' ');
    const c = check('["the board will act"]{@wen}', { sources: [file('statement.txt', `${said} We repeat: the board will act today.`)] });
    assert.deepEqual(told(c), []);
  });
});

describe('sources: quote-not-in-source and source-missing', () => {
  test('quote-not-in-source names the speaker and the sources looked in, and covers the quote', () => {
    const c = check('["the Xigaze pumping station"]{@wen} ["Tariffs on steel"]{@wen}');
    assert.deepEqual(told(c), [['quote-not-in-source', '"Tariffs on steel"', 'No passage of Wen Ming\'s sources ("statement.txt") comes close to these words']]);
    const two = check('["Tariffs on steel"]{@wen}', { sources: [statementFile(), file('press.txt', 'We owe the farmers an answer.')] }, `${CITED}  - press.txt\n`);
    assert.deepEqual(told(two).map(([, , m]) => m), ['No passage of Wen Ming\'s sources ("statement.txt", "press.txt") comes close to these words']);
  });

  test('a quote of a speaker whose only source is another\'s is not checked', () => {
    assert.deepEqual(check('["Tariffs on steel"]{@li}').found, []);
  });

  test('source-missing covers the path, with the embedder\'s reason or "no text"', () => {
    const gone = (problem?: string) => check('["Tariffs on steel"]{@wen}', { sources: [file('gone.txt', undefined, problem)] }, '  - { file: gone.txt, speaker: wen }\n');
    assert.deepEqual(told(gone('it is a folder')), [['source-missing', 'gone.txt', 'The source "gone.txt" cannot be read: it is a folder']]);
    assert.deepEqual(told(gone()), [['source-missing', 'gone.txt', 'The source "gone.txt" cannot be read: no text']]);
  });

  test('an empty sources key is no problem, and checks nothing', () => {
    assert.deepEqual(check('["Tariffs on steel"]{@wen}', { sources: [statementFile()] }, '').found, []);
    assert.deepEqual(check('["Tariffs on steel"]{@wen}', { sources: [statementFile()] }, '  ~\n').found, []);
  });

  test('a source the embedder did not hand over is neither missing nor checked', () => {
    assert.deepEqual(check('["Tariffs on steel"]{@wen}', { sources: [statementFile()] }, '  - { file: other.txt, speaker: wen }\n').found, []);
  });
});

describe('sources: the front matter list', () => {
  test('each malformed entry is one front-matter-key problem at the entry or key, the others are read', () => {
    const sources = [
      '  - { file: gone.txt, speaker: [wen, nobody], title: T }',
      '  - { file: gone.txt, colour: red, title: [a, b], speaker: "" }',
      '  - 42',
      '  - "  "',
      '  - [a]',
      '  - { title: x }',
      '  - { file: statement.txt, date: 2024-03-03, speaker: [li, "", 7] }',
      '',
    ].join('\n');
    const c = check('["x"]{@wen}', { sources: [statementFile(), file('gone.txt', undefined, 'gone')] }, sources);
    assert.deepEqual(told(c), [
      ['source-missing', 'gone.txt', 'The source "gone.txt" cannot be read: gone'],
      ['front-matter-key', 'nobody', 'The source\'s speaker "nobody" is not a speaker of this article: its quotes are not checked against "gone.txt"'],
      ['source-missing', 'gone.txt', 'The source "gone.txt" cannot be read: gone'],
      ['front-matter-key', 'colour', 'Unknown source key "colour": a source has file, speaker, title, date'],
      ['front-matter-key', 'title', 'The source\'s "title" must be a single line of text'],
      ['front-matter-key', 'speaker', 'The source\'s "speaker" must be a single line of text'],
      ['front-matter-key', '"  "', 'Each source must be a path relative to the article, or a map with "file", "speaker", "title", "date"'],
      ['front-matter-key', '[a]', 'Each source must be a path relative to the article, or a map with "file", "speaker", "title", "date"'],
      ['front-matter-key', '{ title: x }', 'This source has no "file": give the path of the transcript, statement or article, relative to this one'],
      ['front-matter-key', '7', 'The source\'s speaker "7" is not a speaker of this article: its quotes are not checked against "statement.txt"'],
    ]);
  });
});

describe('sources: one version of an article checked again with other sources', () => {
  // The matching is kept per tree while the files handed over are the same: whatever differs in
  // them must be seen by the next request on the same version.
  const body = '["We will rebuild the Shigatse pumping station"]{@wen}';
  const text = articleText(body, '  - { file: statement.txt, speaker: wen }\n');
  const fixed = STATEMENT;
  const run = (...optionSets: Partial<ServiceOptions>[]) => {
    const service = testService(), d = doc(text);
    return optionSets.map((options) => service.diagnostics(d, {}, options, NEVER_CANCELLED)
      .filter((x) => SOURCE_CODES.includes(String(x.code))).map((x) => `${x.code}: ${x.message} ${x.relatedInformation?.[0]?.location.uri ?? ''}`.trim()));
  };
  const at = (uri: string, path = 'statement.txt', text?: string, problem?: string): SourceFile => ({ path, uri, ...(text === undefined ? {} : { text }), ...(problem ? { problem } : {}) });
  const ALTERED = 'quote-altered: The quote differs from its source "statement.txt": the source says "Xigaze", the quote "Shigatse"';

  test('the same files in a new list: the same answer', () => {
    const files = () => [at('file:///a/statement.txt', 'statement.txt', fixed)];
    assert.deepEqual(run({ sources: files() }, { sources: files() }), [[`${ALTERED} file:///a/statement.txt`], [`${ALTERED} file:///a/statement.txt`]]);
  });

  test('a source handed over, changed, moved, renamed, unreadable or another added: the answer follows', () => {
    const a = at('file:///a/statement.txt', 'statement.txt', fixed);
    assert.deepEqual(run({}, { sources: [a] }, {}), [[], [`${ALTERED} file:///a/statement.txt`], []]);
    assert.deepEqual(run({ sources: [a] }, { sources: [at('file:///a/statement.txt', 'statement.txt', fixed.replace('Xigaze', 'Shigatse'))] }),
      [[`${ALTERED} file:///a/statement.txt`], []]);
    assert.deepEqual(run({ sources: [a] }, { sources: [at('file:///b/statement.txt', 'statement.txt', fixed)] }),
      [[`${ALTERED} file:///a/statement.txt`], [`${ALTERED} file:///b/statement.txt`]]);
    assert.deepEqual(run({ sources: [a] }, { sources: [at('file:///a/statement.txt', 'other.txt', fixed)] }), [[`${ALTERED} file:///a/statement.txt`], []]);
    assert.deepEqual(run({ sources: [at('file:///a/statement.txt', 'statement.txt', undefined, 'gone')] }, { sources: [at('file:///a/statement.txt', 'statement.txt', undefined, 'a folder')] }),
      [['source-missing: The source "statement.txt" cannot be read: gone'], ['source-missing: The source "statement.txt" cannot be read: a folder']]);
    assert.deepEqual(run({ sources: [at('file:///a/other.txt', 'other.txt', fixed)] }, { sources: [at('file:///a/other.txt', 'other.txt', fixed), a] }),
      [[], [`${ALTERED} file:///a/statement.txt`]]);
  });

  test('the spelling setting changed: the answer follows', () => {
    const t = articleText('["We will rebuild the Xigaze pumping station with vigour"]{@wen}', '  - { file: statement.txt, speaker: wen }\n');
    const service = testService(), d = doc(t), sources = [statementFile()];
    const codes = (spellingVariants: boolean) => service.diagnostics(d, {}, { sources, spellingVariants }, NEVER_CANCELLED).filter((x) => x.code === 'quote-altered').length;
    assert.deepEqual([codes(false), codes(true), codes(false)], [1, 0, 1]);
  });
});

describe('sources: an edit before a quote', () => {
  // The match of an unchanged quote is found again after an edit elsewhere, its offsets moved.
  const sources = '  - { file: statement.txt, speaker: wen }\n';
  const versions = (quote: string) => {
    const service = testService(), files = [statementFile()];
    return ['', 'Earlier that week, the board met. '].map((lead) => {
      const text = articleText(`${lead}${quote}`, sources), d = doc(text);
      const found = service.diagnostics(d, {}, { sources: files }, NEVER_CANCELLED).filter((x) => SOURCE_CODES.includes(String(x.code)));
      const fixed = found.flatMap((x) => fixesOf(x)).flatMap((f) => f.edits).sort((a, b) => d.offsetAt(b.range.start) - d.offsetAt(a.range.start))
        .reduce((t, e) => t.slice(0, d.offsetAt(e.range.start)) + e.newText + t.slice(d.offsetAt(e.range.end)), text);
      return { found: found.map((x) => [x.code, text.slice(d.offsetAt(x.range.start), d.offsetAt(x.range.end))]), fixed: fixed.slice(fixed.indexOf('["')) };
    });
  };

  test('an altered quote: the same diagnostic on the quote where it now stands, the fix restoring it there', () => {
    const quote = '["We will repair the Xigaze pumping station with vigor before summer"]{@wen}';
    const restored = '["We will rebuild the Xigaze pumping station with vigor before the summer"]{@wen}';
    for (const { found, fixed } of versions(quote)) {
      assert.deepEqual(found, [['quote-altered', quote.slice(1, quote.indexOf(']'))]]);
      assert.ok(fixed.startsWith(restored), fixed);
    }
  });

  test('a quote never matched before (its closing marks new each time): matched, not taken from another', () => {
    // The service keeps matches by the quote's text; under mutation testing the modules stay loaded,
    // so only a text of its own reaches a quote's first match. The marks spell the hand-over count in
    // binary: as many marks as the count, after thousands of mutants, made a quote too long to compare.
    const quote = `["We will repair the Xigaze pumping station${nextHandOver().toString(2).replaceAll('0', '!').replaceAll('1', '?')}"]{@wen}`;
    assert.deepEqual(check(quote).found.map((x) => x.message), ['The quote differs from its source "statement.txt": the source says "rebuild", the quote "repair"']);
  });

  test('a quote none of whose words a source holds: not in the source, where it now stands', () => {
    const quote = '["Zyzzyva quux"]{@wen}';
    for (const { found } of versions(quote)) assert.deepEqual(found, [['quote-not-in-source', '"Zyzzyva quux"']]);
  });
});

describe('sources: the longest quote compared', () => {
  /** A quote whose marks and words are `length` characters long, none of them in the source. */
  const quoteOf = (length: number) => `"${'zyzzyva '.repeat(Math.ceil(length / 8)).slice(0, length - 3)}x"`;
  test('a direct quote of 3,000 characters is compared, one of 3,001 is not', () => {
    assert.equal(quoteOf(3000).length, 3000);
    assert.deepEqual(check(`[${quoteOf(3000)}]{@wen}`).found.map((x) => x.code), ['quote-not-in-source']);
    assert.deepEqual(check(`[${quoteOf(3001)}]{@wen}`).found, []);
  });
});

describe('sources: two sources, one of them changed', () => {
  test('the second of two files changed: the answer follows', () => {
    const text = articleText('["We owe the fishermen an answer"]{@wen}', '  - { file: statement.txt, speaker: wen }\n  - { file: press.txt, speaker: wen }\n');
    const service = testService(), d = doc(text);
    const statement: SourceFile = { path: 'statement.txt', uri: 'file:///two/statement.txt', text: STATEMENT };
    const press = (said: string): SourceFile => ({ path: 'press.txt', uri: 'file:///two/press.txt', text: `We owe the ${said} an answer.` });
    const codes = (files: SourceFile[]) => service.diagnostics(d, {}, { sources: files }, NEVER_CANCELLED).filter((x) => SOURCE_CODES.includes(String(x.code))).map((x) => x.code);
    assert.deepEqual([codes([statement, press('farmers')]), codes([statement, press('fishermen')])], [['quote-altered'], []]);
  });
});
