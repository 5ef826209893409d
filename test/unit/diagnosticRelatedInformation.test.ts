// The related information of a published diagnostic (server/src/service/diagnostics/toLsp.ts): a
// place in the same article is given with the article's own uri and the range of that place, so
// the editor can link to it. Here the quote a markup review note is about.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NEVER_CANCELLED } from '../../server/src/service';
import { article, doc } from '../support/documents';
import { testService } from '../support/service';

test('a review note\'s diagnostic links to the quote under review, in the same document', () => {
  const text = article('BERLIN, Sept. 27 (Xinhua) -- Chen met him.\n\n[Cooperation will grow]{@chen}<!-- newsmark-review: end -->, Chen said.\n', { chen: 'Chen Wenqing' });
  const uri = 'file:///news/review.news';
  const found = testService().diagnostics(doc(text, uri), {}, {}, NEVER_CANCELLED).filter((d) => d.code === 'markup-uncertain');
  assert.equal(found.length, 1);
  const line = text.split('\n').indexOf('[Cooperation will grow]{@chen}<!-- newsmark-review: end -->, Chen said.');
  assert.deepEqual(found[0].relatedInformation, [
    { location: { uri, range: { start: { line, character: 0 }, end: { line, character: '[Cooperation will grow]{@chen}'.length } } }, message: 'The quote under review' },
  ]);
});
