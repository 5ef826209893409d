// textacy's rules, as re-implemented for the comparison, do what textacyRules.ts says they do:
// the nearest reporting verb's subject speaks, pronouns stay pronouns, titles are no quotations,
// and one unclosed quotation stops the whole article.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { textacyGivesUp, textacyRulesMarkup } from './textacyRules';

function marked(body: string): [string, string][] {
  const s = textacyRulesMarkup({ body });
  return s.spans.map((span) => [body.slice(span.start, span.end), s.speakers.find((x) => x.id === span.speakerId)!.name]);
}

describe('textacy rules: direct quotations with a reporting verb and its subject', () => {
  test('"...," NAME said and said NAME both find the name; the pronoun of "he added" is the speaker', () => {
    const body = '"We will work with Germany on this," Chen Wenqing said on Tuesday.\n\n'
      + '"The talks were useful for both sides," said Wolfgang Schmidt.\n\n'
      + '"We expect more of them next year," he added.\n';
    assert.deepEqual(marked(body), [
      ['"We will work with Germany on this,"', 'Chen Wenqing'],
      ['"The talks were useful for both sides,"', 'Wolfgang Schmidt'],
      ['"We expect more of them next year,"', 'he'],
    ]);
  });

  test('a title and a quotation of fewer than four tokens are left out; a partial quote counts as direct', () => {
    const body = 'The report, "Water And Power In The Valley," was published, Lee said.\n\n'
      + 'Asked about it, "Yes," Lee said.\n\n'
      + 'It was "a good day" for the city, Lee said.\n\n'
      + 'The slogan "we can do better than this" was everywhere.\n';
    assert.deepEqual(marked(body), [['"a good day"', 'Lee']]);
  });

  test('an odd number of quotation marks gives up on the whole article, the well-formed quotes included', () => {
    const body = '"We will work with Germany on this," Chen Wenqing said.\n\n"The second paragraph opens and does not close.\n';
    assert.equal(textacyGivesUp(body), true);
    assert.deepEqual(marked(body), []);
    assert.equal(textacyGivesUp(body.replace('close.', 'close."')), false);
  });
});
