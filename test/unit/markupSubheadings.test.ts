// The whole-document draft of an article with a subheading shaped like a quotation
// (features/markupSuggestions.ts): the engine reads the subheading's words too, and may find a
// quote there, but a draft only marks quotes in paragraphs, so the subheading stays as written
// while the same words in a paragraph are marked. Written for a mutant `npm run mutate` left alive
// there, whose old explanation (every suggested quote starts in a paragraph) no longer held.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, parse } from '../support/documents';
import { markUp } from '../support/features';

test('a quotation-shaped subheading stays as written; the same words in a paragraph are marked', () => {
  const text = article('Chen Wenqing met reporters.\n\n## "We will win," Chen Wenqing said\n\n"We will win," Chen Wenqing said on Monday.\n', { chen: 'Chen Wenqing' });
  const draft = markUp(parse(text));
  assert.equal(draft.quotes, 1);
  assert.equal(draft.text, text.replace('\n"We will win," Chen Wenqing said on Monday.', '\n["We will win,"]{@chen} Chen Wenqing said on Monday.'));
});
