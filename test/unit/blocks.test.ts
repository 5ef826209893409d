import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitBlocks } from '../../server/src/service/parser/blocks';
import { rethrowingLogger } from '../support/service';

const types = (text: string) => splitBlocks(text, 0).blocks.map((b) => [b.type, text.slice(b.start, b.end)]);

describe('splitBlocks', () => {
  test('paragraphs are separated by blank lines, LF or CRLF', () => {
    assert.deepEqual(types('One\ntwo\n\nThree\n'), [['paragraph', 'One\ntwo'], ['paragraph', 'Three']]);
    assert.deepEqual(types('One\r\ntwo\r\n  \r\nThree'), [['paragraph', 'One\r\ntwo'], ['paragraph', 'Three']]);
  });

  test('a subheading is a block of its own, even without blank lines around it', () => {
    assert.deepEqual(types('Para\n## Sub\nMore'), [['paragraph', 'Para'], ['heading', '## Sub'], ['paragraph', 'More']]);
    assert.deepEqual(types('#### four\n#nospace'), [['paragraph', '#### four\n#nospace']]);
  });

  test('a comment may span blank lines without ending its block', () => {
    const text = 'Para <!-- note\n\nstill note --> end\n\nNext';
    assert.deepEqual(types(text), [['paragraph', 'Para <!-- note\n\nstill note --> end'], ['paragraph', 'Next']]);
    const split = splitBlocks(text, 0);
    assert.equal(split.comments.length, 1);
    assert.equal(text.slice(split.comments[0].start, split.comments[0].end), '<!-- note\n\nstill note -->');
  });

  test('a block of only comments is a comment block', () => {
    assert.deepEqual(types('<!-- a -->\n<!-- b -->\n\nText'), [['comment', '<!-- a -->\n<!-- b -->'], ['paragraph', 'Text']]);
  });

  test('an unclosed comment runs to the end', () => {
    const split = splitBlocks('Text <!-- open\n\nmore', 0);
    assert.equal(split.comments[0].closed, false);
    assert.equal(split.comments[0].end, 20);
    assert.equal(split.blocks.length, 1);
  });

  test('starts at the body offset', () => {
    assert.deepEqual(splitBlocks('xx\n\nBody', 4).blocks.map((b) => b.start), [4]);
  });
});

describe('splitBlocks after a subheading', () => {
  test('a comment block right after a subheading stays a comment block', () => {
    assert.deepEqual(types('## Sub\n<!-- note -->\n\nText'), [['heading', '## Sub'], ['comment', '<!-- note -->'], ['paragraph', 'Text']]);
  });
});

describe('LineIndex', () => {
  test('positions for LF, CRLF and lone CR; an offset inside CRLF maps to the line end', async () => {
    const { LineIndex } = await import('../../server/src/service/text/lineIndex');
    const text = 'ab\r\ncd\ref\ngh';
    const li = LineIndex.of(text);
    assert.deepEqual(li.lineStarts, [0, 4, 7, 10]);
    assert.deepEqual(li.position(3), { line: 0, character: 2 });
    assert.deepEqual(li.position(5), { line: 1, character: 1 });
    assert.deepEqual(li.position(12), { line: 3, character: 2 });
    assert.equal(li.offset({ line: 2, character: 99 }), 9);
    const edited = 'ab\r\nXcd\ref\ngh';
    assert.deepEqual(LineIndex.afterEdit(li, edited, 4, 8).lineStarts, LineIndex.of(edited).lineStarts);
  });
});

describe('ArticleParser memory', () => {
  test('typing into a paragraph does not leave a cached parse per keystroke behind', async () => {
    const { ArticleParser } = await import('../../server/src/service/parser/parseArticle');
    let text = '---\nheadline: H\ndate: 2023-09-28\n---\n\nBERLIN, Sept. 27 (Xinhua) -- One.\n\nTwo [words]{@a}.\n\nThree.\n';
    const parser = new ArticleParser(rethrowingLogger);
    parser.parse('file:///m.news', 0, text);
    const at = text.indexOf('Two') + 3;
    for (let k = 1; k <= 200; k++) {
      text = text.slice(0, at) + 'x' + text.slice(at);
      parser.parse('file:///m.news', k, text);
    }
    assert.equal(parser.lastStats.paragraphs, 3);
    assert.ok(parser.lastStats.cached <= 3, `${parser.lastStats.cached} cached paragraph parses for 3 paragraphs`);
  });
});
