// The language service's per-document state, as its callers see it: a parse that throws leaves an
// empty tree (every feature answers with nothing), reported to the logger, and the next version is
// parsed afresh; the parse statistics of a document (the benchmark reads them) until it is
// forgotten; the document fix-all hands back when its passes run out before the text settles.
// Written to kill mutants that `npm run mutate` left without coverage in languageService.ts
// (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NEVER_CANCELLED, type Logger } from '../../server/src/service';
import { ArticleParser } from '../../server/src/service/parser/parseArticle';
import { article, doc } from '../support/documents';
import { testService } from '../support/service';

const TEXT = article('BERLIN, Sept. 27 (Xinhua) -- Chen said [talks will go on]{@chen}.\n\nMore.', { chen: 'Chen Wenqing' });

test('a parse that throws: an empty tree, the error logged, the next version parsed afresh', () => {
  const errors: string[] = [];
  const ignore = () => {};
  const logger: Logger = { error: (message) => errors.push(message), warn: ignore, info: ignore, debug: ignore };
  const service = testService({ logger });
  const uri = 'file:///test/throws.news';
  const original = ArticleParser.prototype.parseSteps;
  ArticleParser.prototype.parseSteps = () => {
    throw new Error('parser bug');
  };
  let empty;
  try {
    empty = service.parse(doc(TEXT, uri, 1));
  } finally {
    ArticleParser.prototype.parseSteps = original;
  }
  assert.deepEqual(errors, [`newsmark: parsing ${uri} failed, answering with an empty tree`]);
  assert.equal(empty.text, TEXT);
  assert.equal(empty.version, 1);
  assert.deepEqual([empty.blocks, empty.comments, empty.mentions, [...empty.speakersById]], [[], [], [], []]);
  assert.equal(empty.frontMatter, undefined);
  assert.equal(empty.bodyStart, 0);
  assert.deepEqual(service.foldingRanges(doc(TEXT, uri, 1), {}, {}, NEVER_CANCELLED), []);
  assert.deepEqual(service.documentSymbols(doc(TEXT, uri, 1), { groupBy: 'speaker' }, {}, NEVER_CANCELLED), []);
  // The next version is parsed by a fresh parser, normally.
  const next = service.parse(doc(TEXT, uri, 2));
  assert.equal(next.frontMatter?.headline?.value, 'Test headline');
  assert.equal(next.speakersById.get('chen')?.name?.value, 'Chen Wenqing');
  assert.deepEqual(errors.length, 1);
});

test('parse statistics per document, until the document is forgotten', () => {
  const service = testService();
  const uri = 'file:///test/stats.news';
  assert.equal(service.parseStats(uri), undefined);
  service.parse(doc(TEXT, uri, 1));
  assert.equal(service.parseStats(uri)?.paragraphs, 2);
  service.parse(doc(TEXT.replace('More.', 'More words.'), uri, 2));
  // An edit of the last paragraph: the dateline paragraph's parse is re-used.
  assert.equal(service.parseStats(uri)?.paragraphs, 2);
  assert.equal(service.parseStats(uri)?.reparsed, 1);
  service.forget(uri);
  assert.equal(service.parseStats(uri), undefined);
});

test('fix-all stopped by maxPasses: the document is the fixed text as the next version', () => {
  const service = testService();
  const broken = article('WASHINGTON, Aug 3 (AP) — Text.');
  const d = doc(broken, 'file:///test/passes.news', 7);
  const { text, applied, document } = service.fixAll(d, { maxPasses: 1 }, {}, NEVER_CANCELLED);
  assert.ok(applied > 0 && text !== broken);
  assert.equal(document.uri, 'file:///test/passes.news');
  assert.equal(document.version, 8);
  assert.equal(document.getText(), text);
});
