// Splitting the body into blocks (server/src/service/parser/blocks.ts) where lines end in a lone
// CR or mix CR, CRLF and LF, where a comment block is indented, where a comment stays open to the
// end, and where comments sit at the very start of a line's text: each table row is the blocks
// and comments a reader of the article would see.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitBlocks, splitBlocksSteps } from '../../server/src/service/parser/blocks';

const split = (text: string) => {
  const s = splitBlocks(text, 0);
  return { blocks: s.blocks.map((b) => [b.type, text.slice(b.start, b.end)]), comments: s.comments.map((c) => [text.slice(c.start, c.end), c.closed]) };
};

describe('splitBlocks', () => {
  test('lone CR line breaks, and CR, CRLF and LF mixed', () => {
    assert.deepEqual(split('A.\r\rB.\r\nC.\n\nD.').blocks, [['paragraph', 'A.'], ['paragraph', 'B.\r\nC.'], ['paragraph', 'D.']]);
    assert.deepEqual(split('A.\r\rB.\nC.').blocks, [['paragraph', 'A.'], ['paragraph', 'B.\nC.']]);
  });
  test('an indented comment is a comment block, not a paragraph', () => {
    assert.deepEqual(split('A.\n\n  <!-- c -->\n\nB.').blocks, [['paragraph', 'A.'], ['comment', '  <!-- c -->'], ['paragraph', 'B.']]);
  });
  test('a comment open to the end: its block ends with the last line, the comment with the text', () => {
    assert.deepEqual(split('A.\n\n<!-- open\n'), { blocks: [['paragraph', 'A.'], ['comment', '<!-- open']], comments: [['<!-- open\n', false]] });
  });
  test('comments after the first character of a paragraph, and in a heading', () => {
    assert.deepEqual(split('x<!-- a -->y\n\nb <!-- c --> d'), {
      blocks: [['paragraph', 'x<!-- a -->y'], ['paragraph', 'b <!-- c --> d']],
      comments: [['<!-- a -->', true], ['<!-- c -->', true]],
    });
    assert.deepEqual(split('<!-- a\n\nb -->\n\n## H <!-- x -->\n\nC.').blocks, [['comment', '<!-- a\n\nb -->'], ['heading', '## H <!-- x -->'], ['paragraph', 'C.']]);
  });
});

describe('splitBlocksSteps', () => {
  test('pauses once every 8,192 lines, and splits as in one go', () => {
    // A pause lets a very large article's parse share the event loop (languageService.ts steps).
    const pausesAndSplit = (lines: number) => {
      const text = Array.from({ length: lines }, (_, i) => (i % 3 === 2 ? '' : `Line ${i}.`)).join('\n');
      const steps = splitBlocksSteps(text, 0);
      let pauses = 0;
      for (let r = steps.next(); ; r = steps.next()) {
        if (r.done) return { pauses, blocks: r.value.blocks.length, same: JSON.stringify(r.value) === JSON.stringify(splitBlocks(text, 0)) };
        pauses++;
      }
    };
    assert.deepEqual(pausesAndSplit(8_191), { pauses: 0, blocks: 2_731, same: true });
    assert.deepEqual(pausesAndSplit(8_192), { pauses: 1, blocks: 2_731, same: true });
    assert.deepEqual(pausesAndSplit(3 * 8_192 + 5), { pauses: 3, blocks: 8_194, same: true });
  });
});
