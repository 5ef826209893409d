// The incremental parse (server/src/service/parser/parseArticle.ts): after each edit of a table
// (in a paragraph, at a block's edge, in a comment, a heading, the front matter, joining and
// splitting paragraphs, at the end, nothing at all) the tree equals a fresh parse of the new text,
// and the work done is what the design promises (parseStats): unchanged text re-splits nothing,
// an edit in one paragraph re-reads that paragraph only, a front matter edit finds every
// paragraph in the text cache.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ArticleParser, type ParseStats } from '../../server/src/service/parser/parseArticle';
import type { ParsedArticle } from '../../server/src/service/syntax';
import { rethrowingLogger } from '../support/service';

const URI = 'file:///incremental.news';
const BASE = [
  '---', 'headline: H', 'date: 2023-09-28', 'speakers:', '  chen:', '    name: Chen Wenqing', '---', '',
  'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing spoke on Tuesday.', '',
  '## A section', '',
  'Chen said [we are ready]{@chen} and <!-- note --> left.', '',
  '<!-- a comment block -->', '',
  'He added ["never," he said, "again"]{@chen}.', '',
  'Last words of Chen.', '',
].join('\n');

const fresh = (text: string) => new ArticleParser(rethrowingLogger).parse(URI, 1, text);
/** Everything a consumer reads of the tree (its LineIndex by its starts). */
const view = (a: ParsedArticle) => ({ ...a, version: 0, lines: a.lines.lineStarts });

/** Parses BASE, then `edited`, with one parser: the tree and the stats of the second parse. */
function afterEdit(edited: string, base = BASE): { tree: ParsedArticle; stats: ParseStats } {
  const parser = new ArticleParser(rethrowingLogger);
  parser.parse(URI, 1, base);
  const tree = parser.parse(URI, 2, edited);
  return { tree, stats: parser.lastStats };
}
const at = (needle: string, delta = 0) => {
  const i = BASE.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + delta;
};
const edit = (from: number, to: number, insert: string, base = BASE) => base.slice(0, from) + insert + base.slice(to);

describe('the incremental parse equals a fresh parse', () => {
  const edits: [string, string][] = [
    ['a letter in a paragraph', edit(at('left'), at('left'), 'x')],
    ['a letter in the lead', edit(at('spoke'), at('spoke'), 'x')],
    ['a letter at the end of a paragraph', edit(at(' left.', 6), at(' left.', 6), 'x')],
    ['the start of a paragraph', edit(at('Last'), at('Last'), 'x')],
    ['a word in the heading', edit(at('section'), at('section'), 'new ')],
    ['a heading made a paragraph', edit(at('## A'), at('## A') + 3, '')],
    ['in the comment block', edit(at('a comment'), at('a comment'), 'still ')],
    ['in an inline comment', edit(at('note'), at('note'), 'x')],
    ['a paragraph split in two', edit(at(' and <!--'), at(' and <!--'), '\n\n')],
    ['two paragraphs joined', edit(at('\n\n<!-- a comment'), at('\n\n<!-- a comment') + 2, ' ')],
    ['a quote closed elsewhere', edit(at('"]{@chen}'), at('"]{@chen}') + 1, '')],
    ['a mention typed', edit(at('Last words'), at('Last words'), 'Chen Wenqing said. ')],
    ['text added at the end', `${BASE}More.\n`],
    ['the last characters deleted', BASE.slice(0, -5)],
    ['everything after the lead deleted', BASE.slice(0, at('## A'))],
    ['a paragraph inserted at the body start', edit(at('BERLIN'), at('BERLIN'), 'First.\n\n')],
    ['the blank line after the front matter deleted', edit(at('---\n\nBERLIN', 3), at('---\n\nBERLIN', 4), '')],
    ['a speaker renamed in the front matter', edit(at('Chen Wenqing\n---'), at('Chen Wenqing\n---') + 12, 'Li Qiang')],
    ['the front matter left open', edit(at('---\n\nBERLIN'), at('---\n\nBERLIN') + 3, '--')],
    ['several lines replaced', edit(at('Chen said'), at('He added'), 'New text.\n\n<!-- x\n\ny -->\n\n')],
  ];
  for (const [name, edited] of edits) {
    test(name, () => assert.deepEqual(view(afterEdit(edited).tree), view(fresh(edited))));
  }
  test('an unclosed front matter closed by the edit', () => {
    const open = '---\nheadline: H\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n';
    const closed = edit(open.indexOf('\n\n'), open.indexOf('\n\n'), '\n---');
    assert.deepEqual(view(afterEdit(closed, open).tree), view(fresh(closed)));
  });
  test('after a byte order mark and no front matter', () => {
    const bom = '\ufeffFirst line.\n\nSecond [quote]{@a}.\n';
    for (const edited of [edit(1, 1, 'x'), edit(bom.indexOf('Second'), bom.indexOf('Second'), 'y'), `${bom}z`].map((e) => e.replace(BASE, bom))) {
      assert.deepEqual(view(afterEdit(edited, bom).tree), view(fresh(edited)), JSON.stringify(edited));
    }
  });
});

describe('the work an edit costs (parseStats)', () => {
  test('the same text again: nothing split, nothing read', () => {
    assert.deepEqual(afterEdit(BASE).stats, { paragraphs: 6, resplit: 0, reparsed: 0, cached: 5 });
  });
  test('a letter in one paragraph: it and the block before are split again, it alone is read', () => {
    const { stats } = afterEdit(edit(at('left'), at('left'), 'x'));
    assert.deepEqual({ resplit: stats.resplit, reparsed: stats.reparsed }, { resplit: 2, reparsed: 1 });
    const last = afterEdit(edit(at('Last'), at('Last') + 4, 'Final')).stats;
    assert.deepEqual({ resplit: last.resplit, reparsed: last.reparsed }, { resplit: 2, reparsed: 1 });
  });
  test('an edit in a comment block re-reads no paragraph', () => {
    const { stats } = afterEdit(edit(at('a comment'), at('a comment'), 'still '));
    assert.equal(stats.reparsed, 0);
  });
  test('an edit at the first character of the body is incremental', () => {
    const { stats } = afterEdit(edit(at('BERLIN'), at('BERLIN'), 'x'));
    assert.deepEqual({ resplit: stats.resplit, reparsed: stats.reparsed }, { resplit: 1, reparsed: 1 });
  });
  test('a front matter edit parses the whole article, every paragraph found in the text cache', () => {
    const { stats } = afterEdit(edit(at('headline: H', 10), at('headline: H', 11), 'Another headline'));
    assert.deepEqual(stats, { paragraphs: 6, resplit: 6, reparsed: 0, cached: 5 });
  });
});

describe('headings', () => {
  test('the title after the hashes and the spaces or tabs; an empty title where the heading ends', () => {
    const a = fresh('# One\n\n##\t Two\n\n### Three  \n\n## \n\n##  \t\n');
    assert.deepEqual(a.blocks.map((h) => h.type === 'heading' && [h.level, h.title.text, h.title.start - h.start, h.title.end - h.end]), [
      [1, 'One', 2, 0], [2, 'Two', 4, 0], [3, 'Three', 4, 0], [2, '', 2, 0], [2, '', 2, 0],
    ]);
  });
});
