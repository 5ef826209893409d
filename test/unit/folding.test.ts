import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { foldingRanges } from '../support/features';
import { example, parse, toCrlf } from '../support/documents';

const ARTICLE = [
  '---', //                                    0
  'headline: Talks',
  'date: 2023-09-28',
  '---', //                                    3
  '',
  'BERLIN, Sept. 27 (Xinhua) -- Talks.', //    5
  '',
  '<!-- an editor\'s note', //                 7
  'over two lines -->',
  '',
  '## First section', //                      10
  '',
  'A paragraph <!-- one-line note --> here.',
  '',
  '### Sub-section', //                       14
  '',
  'Another paragraph,',
  'over two lines.', //                       17
  '',
  '## Second section', //                     19
  '',
  'Last paragraph.', //                       21
  '',
].join('\n');

describe('folding ranges', () => {
  test('front matter, multi-line comments and sections', () => {
    assert.deepEqual(foldingRanges(parse(ARTICLE)), [
      { startLine: 0, endLine: 3, kind: FoldingRangeKind.Comment },
      { startLine: 7, endLine: 8, kind: FoldingRangeKind.Comment },
      { startLine: 10, endLine: 17 },
      { startLine: 14, endLine: 17 },
      { startLine: 19, endLine: 21 },
    ]);
  });

  test('the same with CRLF line endings', () => {
    assert.deepEqual(foldingRanges(parse(toCrlf(ARTICLE))), foldingRanges(parse(ARTICLE)));
  });

  test('a higher-level heading closes a deeper section; an empty section does not fold', () => {
    const text = '# Top\n\n### Deep\n\nText.\n\n## Middle\n\nMore.\n\n## Empty\n';
    assert.deepEqual(foldingRanges(parse(text)), [
      { startLine: 0, endLine: 10 }, // `# Top` holds every `##` after it
      { startLine: 2, endLine: 4 },
      { startLine: 6, endLine: 8 },
    ]);
  });

  test('an unclosed front matter folds up to where it is taken to end', () => {
    const ranges = foldingRanges(parse('---\nheadline: Talks\ndate: 2023-09-28\n\nBERLIN (AP) — Text.\n'));
    assert.deepEqual(ranges, [{ startLine: 0, endLine: 2, kind: FoldingRangeKind.Comment }]);
  });

  test('the reference example folds its front matter only; every range spans lines', () => {
    assert.deepEqual(foldingRanges(parse(example('berlin-security-dialogue.news'))), [{ startLine: 0, endLine: 14, kind: FoldingRangeKind.Comment }]);
    for (const text of ['', '---', '<!--', '# A', '# A\n# B\n', '<!-- a -->\n<!-- b\n']) {
      for (const r of foldingRanges(parse(text))) assert.ok(r.endLine > r.startLine, JSON.stringify(r));
    }
  });
});
