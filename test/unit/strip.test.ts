import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doc, example } from '../support/documents';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/documents';
import { testService } from '../support/service';
import { NEVER_CANCELLED } from '../../server/src/service';

const strip = (text: string) => testService().strip(doc(text), {}, {}, NEVER_CANCELLED);

describe('strip', () => {
  test('removes front matter, comments and quote markup, keeping the words', () => {
    const text = '---\nheadline: H\ndate: 2023-09-28\n---\n\n<!-- editor: check -->\nBERLIN -- [China is ready]{@chen}, Chen said. <!-- x --> More.\n\n## Section\n\n[He said ["yes,"]{@b}]{@a} \\[sic\\].\n';
    assert.equal(strip(text), 'BERLIN -- China is ready, Chen said. More.\n\nSection\n\nHe said "yes," [sic].\n');
  });

  test('the reference example strips to the words of the source article', () => {
    const stripped = strip(example('berlin-security-dialogue.news'));
    const seed = readFileSync(path.join(ROOT, 'test/fixtures/seed-xinhua-berlin.txt'), 'utf8');
    // The seed starts with its own header lines; its body from the dateline on is the article.
    const body = seed.slice(seed.indexOf('BERLIN'));
    assert.equal(stripped.trim(), body.trim());
  });

  test('keeps an escape that would otherwise read as markup again', () => {
    assert.equal(strip('a \\[b\\]{@c} d'), 'a [b\\]{@c} d');
  });

  test('only `\\]{` keeps its escape: another escaped character before `{` is published bare', () => {
    assert.equal(strip('Costs rose \\[{see table} by 4%.'), 'Costs rose [{see table} by 4%.');
    assert.equal(strip('Saved in C:\\\\{year} folders.'), 'Saved in C:\\{year} folders.');
  });
});

describe('strip: the text after the last kept block', () => {
  test('white space kept as it is; before a comment, only the rest of the line and its break', () => {
    assert.equal(strip('A.  \n'), 'A.  \n');
    assert.equal(strip('A.\n\n<!-- c -->\n\n'), 'A.\n');
    assert.equal(strip('A.\r\n\r\n<!-- c -->'), 'A.\r\n');
    // Trailing spaces on the last paragraph's line once lost its line break.
    assert.equal(strip('A.  \n\n<!-- c -->\n'), 'A.  \n');
    assert.equal(strip('A. <!-- c -->'), 'A.');
  });
  test('comments between paragraphs go with their separators; the first block kept starts the text', () => {
    assert.equal(strip('<!-- a -->\n\nA.\n\n<!-- b -->\n<!-- c -->\n\nB.\n'), 'A.\n\nB.\n');
    assert.equal(strip('A.\n\n\n<!-- b -->\n\nB.'), 'A.\n\n\nB.');
    assert.equal(strip('<!-- only -->\n'), '');
  });
});

describe('strip: a comment on the last lines of a paragraph', () => {
  test('goes with its lines, so the blank lines between paragraphs stay as they were', () => {
    assert.equal(strip('A.\n<!-- c -->\n\nB.\n'), 'A.\n\nB.\n');
    assert.equal(strip('A.\r\n<!-- c -->\r\n\r\nB.\r\n'), 'A.\r\n\r\nB.\r\n');
    assert.equal(strip('A.\n<!-- c -->\n<!-- d -->\n\nB.\n'), 'A.\n\nB.\n');
    assert.equal(strip('A.\n<!-- c -->\n'), 'A.\n');
    // After a comment that ends the paragraph's line, no space is left before the line break.
    assert.equal(strip('A. <!-- c -->\n<!-- d -->\n'), 'A.\n');
    // At the very end of the text there is no line break after the comment: the one before stays.
    assert.equal(strip('A.\n<!-- c -->'), 'A.\n');
  });
});
