// The quote checks in slices (checks/quoteChecks.ts, checkQuotesSteps): a very large article is
// checked PARAGRAPHS_PER_STEP (512) paragraphs a step, counted from the first paragraph the check
// visits, so that an embedder can pause between steps; after an edit only the paragraphs around it
// are visited, and a range of fewer than 512 of them is one step. The findings are the same however
// the work is sliced.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkQuotesSteps } from '../../server/src/service/checks/quoteChecks';
import { ParagraphFindings } from '../../server/src/service/checks/paragraphFindings';
import type { ParsedArticle } from '../../server/src/service';
import { doc } from '../support/documents';
import { testService } from '../support/service';

const FM = '---\nheadline: Steps\ndate: 2023-09-28\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\n';
const paragraph = (n: number, edited: boolean) => (n % 100 === 7 ? `[We will win ${n}]{@chen}, Chen claimed.` : `Paragraph ${n}${edited ? ' edited' : ''}.`);
const textOf = (count: number, edited: (n: number) => boolean = () => false) =>
  FM + Array.from({ length: count }, (_, n) => paragraph(n, edited(n))).join('\n\n') + '\n';

/** Runs the check to its end: how many times it paused, and its findings' codes. */
function run(article: ParsedArticle, cache: ParagraphFindings): { pauses: number; codes: string[] } {
  const steps = checkQuotesSteps(article, 12, cache);
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { pauses, codes: next.value.map((f) => f.code) };
    pauses++;
  }
}

describe('checkQuotesSteps: 512 paragraphs a step', () => {
  test('a whole check pauses after every 512 paragraphs, never before the first 512', () => {
    const rows: [paragraphs: number, pauses: number][] = [[1, 0], [511, 0], [512, 1], [1100, 2], [1536, 3]];
    for (const [count, pauses] of rows) {
      const service = testService();
      const article = service.parse(doc(textOf(count))) as ParsedArticle;
      const result = run(article, new ParagraphFindings());
      assert.equal(result.pauses, pauses, `${count} paragraphs`);
      assert.equal(result.codes.length, Math.floor((count + 92) / 100), `${count} paragraphs: one loaded verb per hundred`);
    }
  });

  test('after an edit, the steps are counted from the first paragraph visited again', () => {
    const service = testService();
    const uri = 'file:///test/quote-check-steps.news';
    const cache = new ParagraphFindings();
    const before = service.parse(doc(textOf(1000), uri, 1)) as ParsedArticle;
    assert.equal(run(before, cache).pauses, 1);
    // Paragraphs 300 to 799 edited: about 500 visited again, fewer than 512, so one step.
    const after = service.parse(doc(textOf(1000, (n) => n >= 300 && n < 800), uri, 2)) as ParsedArticle;
    const again = run(after, cache);
    assert.equal(again.pauses, 0);
    assert.equal(again.codes.length, 10, 'the kept paragraphs\' findings as well');
  });
});
