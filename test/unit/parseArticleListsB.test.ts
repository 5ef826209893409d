// The lists of a tree the incremental parse joins from the last tree's when that one made them
// (server/src/service/parser/parseArticle.ts: the quote list, the counts of quotes by speaker, the
// paragraph list; server/src/service/syntax.ts memoises them): after an edit they equal a fresh
// parse's, whichever of them the old tree had made. Also: of two speakers with one id in the
// front matter, the first is the one the tree knows by that id.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ArticleParser } from '../../server/src/service/parser/parseArticle';
import { allQuotes, paragraphsOf, quotesBySpeaker, type ParsedArticle } from '../../server/src/service/syntax';
import { rethrowingLogger } from '../support/service';

const URI = 'file:///lists.news';
const FRONT = ['---', 'headline: H', 'speakers:', '  chen:', '    name: Chen Wenqing', '  li:', '    name: Li Qiang', '---', ''];
const OLD = [
  ...FRONT,
  'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing spoke.', '',
  'Chen said [we are ready]{@chen} and ["so are we"]{@li}.', '',
  'Bravo spoke.', '',
  '[Quoted first]{@chen} he said.', '',
  'Li added [more]{@li}.', '',
].join('\n');

const replace = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

/** What a consumer reads of the lists: the quotes' spans and speakers, the counts, the paragraphs' spans. */
const lists = (a: ParsedArticle) => ({
  quotes: [...allQuotes(a)].map((q) => [q.start, q.end, q.speakerId]),
  bySpeaker: [...quotesBySpeaker(a)].sort(),
  paragraphs: paragraphsOf(a).map((p) => [p.start, p.end]),
});

describe('the lists joined after an edit equal a fresh parse\'s', () => {
  const edits: [string, string][] = [
    ['a paragraph before one that opens with a quote', replace(OLD, 'Bravo', 'Bravos')],
    ['a quote removed', replace(OLD, 'and ["so are we"]{@li}', 'and')],
    ['a quote added', replace(OLD, 'Bravo spoke.', 'Bravo said [yes]{@li}.')],
    ['a quote moved to another speaker', replace(OLD, '[more]{@li}', '[more]{@chen}')],
  ];
  // What the old tree had made before the edit: the parser joins only those lists.
  const made: [string, (a: ParsedArticle) => unknown][] = [
    ['nothing', () => undefined],
    ['the quote list', (a) => [...allQuotes(a)]],
    ['the quote list and its counts', (a) => quotesBySpeaker(a)],
    ['the paragraph list', (a) => paragraphsOf(a)],
    ['all lists', (a) => lists(a)],
  ];
  for (const [editName, edited] of edits) {
    for (const [madeName, make] of made) {
      test(`${editName}, the old tree having made ${madeName}`, () => {
        const parser = new ArticleParser(rethrowingLogger);
        make(parser.parse(URI, 1, OLD));
        const tree = parser.parse(URI, 2, edited);
        assert.ok(parser.lastStats.resplit < tree.blocks.length, 'parsed incrementally');
        assert.deepEqual(lists(tree), lists(new ArticleParser(rethrowingLogger).parse(URI, 2, edited)));
      });
    }
  }
});

describe('speakers sharing an id', () => {
  test('the tree knows the first one by that id', () => {
    const text = ['---', 'headline: H', 'speakers:', '  chen:', '    name: Chen One', '  chen:', '    name: Chen Two', '---', '', 'Chen Two said [hi]{@chen}.', ''].join('\n');
    const tree = new ArticleParser(rethrowingLogger).parse(URI, 1, text);
    assert.equal(tree.frontMatter?.speakers.length, 2);
    assert.equal(tree.speakersById.get('chen')?.name?.value, 'Chen One');
  });
});
