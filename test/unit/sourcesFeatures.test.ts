// What the editor and the export formats show of a quote's source (sources/sourceFeatures.ts,
// articleSources.ts): hover's section word for word (the passage with its context, title, date,
// how exact), go to definition, the source reference the export formats carry, and which quotes
// get one (indirect speech only when a passage is close; a speaker without sources never).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allQuotes, NEVER_CANCELLED, quoteSourceOf } from '../../server/src/service';
import { article, doc, parse, positionIn } from '../support/documents';
import { hover } from '../support/features';
import { testService } from '../support/service';
import { sourceFile as file, STATEMENT } from '../support/sourceTexts';

const options = () => ({ sources: [file('statement.txt', STATEMENT), file('press.txt', 'We owe the farmers an answer, and they will have one by Friday.')], spellingVariants: false });

const articleOf = (body: string, sources: string) =>
  parse(article(`BEIJING, March 4 (Xinhua) -- ${body} Wen Ming and Li Hua said.`, { wen: 'Wen Ming', li: 'Li Hua' }, `sources:\n${sources}`));

/** Hover's section on the quote's source (after the quote's own section), or undefined without one. */
function sourceHover(body: string, sources: string, needle: string): string | undefined {
  const a = articleOf(body, sources);
  const value = (hover(a, positionIn(a, needle), options())?.contents as { value: string } | undefined)?.value ?? '';
  return value.split('\n\n---\n\n')[1];
}

function definitionOf(body: string, sources: string, needle: string) {
  const a = articleOf(body, sources);
  return testService().definition(doc(a.text, a.uri), { position: positionIn(a, needle) }, options(), NEVER_CANCELLED);
}

const exportOf = (body: string, sources: string) => {
  const a = articleOf(body, sources);
  return [...allQuotes(a)].map((q) => quoteSourceOf(a, q, options()));
};

describe('sources: hover', () => {
  test('a quote word for word: the passage with six words either side, elided where the source goes on', () => {
    assert.equal(sourceHover('["We will rebuild the Xigaze pumping station"]{@wen}', '  - statement.txt\n', 'pumping'), [
      '**Source:** `statement.txt`',
      '> …Regional Water Board, 3 March 2024 **We will rebuild the Xigaze pumping station** with vigor before the summer, and…',
      'Word for word as in the source',
    ].join('\n\n'));
  });

  test('the title (Markdown escaped) and date; no ellipsis where the source starts or ends within the context', () => {
    assert.equal(sourceHover('["Regional Water Board"]{@wen}', '  - { file: statement.txt, title: "*Board*", date: 2024-03-03 }\n', 'Water'), [
      '**Source:** \\*Board\\* (`statement.txt`), 2024-03-03',
      '> Statement by the **Regional Water Board** 3 March 2024. We will rebuild…',
      'Word for word as in the source',
    ].join('\n\n'));
    assert.match(sourceHover('["signed before April, but we are confident of it"]{@wen}', '  - statement.txt\n', 'April')!,
      /^\*\*Source:\*\* `statement\.txt`\n\n> …don't expect the agreement to be \*\*signed before April, but we are confident of it\*\* \n\n/);
  });

  test('the ellipsis only where more than six words of context go before or after the passage', () => {
    // "3 March 2024" is the seventh word of the statement; "April" the seventh from its end.
    assert.match(sourceHover('["3 March 2024. We will"]{@wen}', '  - statement.txt\n', 'March 2024')!, /\n> Statement by the Regional Water Board \*\*3 March 2024\. We will\*\* rebuild the Xigaze pumping station with…\n/);
    assert.match(sourceHover('["to be signed before April"]{@wen}', '  - statement.txt\n', 'signed')!, /\n> …budget\. We don't expect the agreement \*\*to be signed before April\*\* but we are confident of it\n/);
  });

  test('an altered quote: how many words match and how many differences', () => {
    assert.match(sourceHover('["We will rebuild the Shigatse pumping station"]{@wen}', '  - statement.txt\n', 'pumping')!, /\n\n6 of 7 words as in the source; 1 difference$/);
    assert.match(sourceHover('["We will repair the Shigatse pumping station"]{@wen}', '  - statement.txt\n', 'pumping')!, /\n\n5 of 7 words as in the source; 2 differences$/);
  });

  test('indirect speech: its best supporting passage when one is close, nothing otherwise', () => {
    assert.equal(sourceHover('[we are confident of it]{@wen}', '  - { file: statement.txt, date: "2024" }\n', 'confident'), [
      '**Source:** `statement.txt`, 2024',
      '> …to be signed before April, but **we are confident of it** ',
      'The best supporting passage (indirect speech is not checked word for word)',
    ].join('\n\n'));
    assert.equal(sourceHover('[the minister resigned over tariffs]{@wen}', '  - statement.txt\n', 'minister'), undefined);
    assert.equal(sourceHover(`[${'we are confident of it and '.repeat(120)}]{@wen}`, '  - statement.txt\n', 'confident'), undefined);
    // Words no source holds at all.
    assert.equal(sourceHover('[zyzzyva quux]{@wen}', '  - statement.txt\n', 'zyzzyva'), undefined);
    // Far into a long article, as near its start.
    assert.match(sourceHover(`${'Filler words of the article. '.repeat(120)}[we are confident of it]{@wen}`, '  - statement.txt\n', 'confident')!, /\*\*we are confident of it\*\*/);
  });

  test('indirect speech of 3,000 characters is compared, of 3,001 not', () => {
    // "we are confident of it" and commas (no words), `length` characters in all.
    const indirect = (length: number) => `[${'we are confident of it'.padEnd(length, ',')}]{@wen}`;
    assert.match(sourceHover(indirect(3000), '  - statement.txt\n', 'confident')!, /\*\*we are confident of it\*\*/);
    assert.equal(sourceHover(indirect(3001), '  - statement.txt\n', 'confident'), undefined);
  });

  test('a checked quote found nowhere names every source looked in; an unchecked one has no section', () => {
    assert.equal(sourceHover('["Tariffs on imported steel"]{@wen}', '  - statement.txt\n  - press.txt\n', 'steel'),
      '**Sources:** no passage of `statement.txt`, `press.txt` comes close to these words');
    assert.equal(sourceHover('["Tariffs on imported steel"]{@li}', '  - { file: statement.txt, speaker: wen }\n', 'steel'), undefined);
    assert.equal(sourceHover('["We will rebuild the Xigaze pumping station"]{@li}', '  - { file: statement.txt, speaker: wen }\n', 'pumping'), undefined);
  });

  test('a quote of the source of another speaker is matched in that source only', () => {
    const sources = '  - { file: statement.txt, speaker: wen }\n  - { file: press.txt, speaker: li }\n';
    assert.match(sourceHover('["We owe the farmers an answer"]{@li}', sources, 'farmers')!, /^\*\*Source:\*\* `press\.txt`/);
    assert.equal(sourceHover('["We owe the farmers an answer"]{@wen}', sources, 'farmers'), '**Sources:** no passage of `statement.txt` comes close to these words');
  });
});

describe('sources: go to definition and the export formats', () => {
  test('definition opens the source at the passage; nothing when no passage is close', () => {
    assert.deepEqual(definitionOf('["We will rebuild the Xigaze pumping station"]{@wen}', '  - statement.txt\n', 'pumping'),
      { uri: 'file:///test/statement.txt', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 42 } } });
    assert.deepEqual(definitionOf('["Regional Water Board"]{@wen}', '  - statement.txt\n', 'Water'),
      { uri: 'file:///test/statement.txt', range: { start: { line: 0, character: 17 }, end: { line: 0, character: 37 } } });
    assert.equal(definitionOf('["Tariffs on imported steel"]{@wen}', '  - statement.txt\n', 'steel'), null);
  });

  test('each quote\'s source reference: the path as written, title, date, the passage on one line, exactness, offsets', () => {
    const at = (words: string) => ({ start: STATEMENT.indexOf(words), end: STATEMENT.indexOf(words) + words.length });
    const [exact, altered, none, indirect] = exportOf(
      '["We will rebuild the Xigaze pumping station"]{@wen} ["the regional budget. We do not expect the agreement"]{@wen} ["Tariffs on imported steel"]{@wen} [we are confident of it]{@wen}',
      '  - { file: statement.txt, title: Board statement, date: 2024-03-03 }\n');
    assert.deepEqual(exact, { file: 'statement.txt', title: 'Board statement', date: '2024-03-03', passage: 'We will rebuild the Xigaze pumping station', exact: true, ...at('We will rebuild the Xigaze pumping station') });
    assert.deepEqual(altered, { file: 'statement.txt', title: 'Board statement', date: '2024-03-03', passage: "the regional budget. We don't expect the agreement", exact: false, start: at('the regional budget').start, end: at("We don't expect the agreement").end });
    assert.equal(none, undefined);
    assert.deepEqual(indirect, { file: 'statement.txt', title: 'Board statement', date: '2024-03-03', passage: 'we are confident of it', exact: true, ...at('we are confident of it') });
    assert.deepEqual(exportOf('["Regional Water Board"]{@wen}', '  - statement.txt\n'), [{ file: 'statement.txt', passage: 'Regional Water Board', exact: true, ...at('Regional Water Board') }]);
    // Ellipses around the quote stand for no words of the passage.
    assert.deepEqual(exportOf('["… the Xigaze pumping station …"]{@wen}', '  - statement.txt\n'), [{ file: 'statement.txt', passage: 'the Xigaze pumping station', exact: true, ...at('the Xigaze pumping station') }]);
  });
});
