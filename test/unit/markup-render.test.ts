// The draft the markup engine writes: front matter, spans, review notes below the threshold, and
// a body that strips back to the input however much of it looks like markup.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_REVIEW_THRESHOLD, readPlainArticle, renderDraft, type MarkupSuggestion } from '../../server/src/service';
import { draftErrors, markUp, stripped } from '../support/markup';

const body = 'Lena Vogt said the talks would resume. She added that a date had been set.';

describe('markup: the draft', () => {
  test('writes the speakers and the spans, and checks clean', () => {
    const draft = renderDraft({ body, headline: 'Talks: a date', date: '2024-05-02', agency: 'AP' }, markUp(body));
    assert.equal(draft, [
      '---', 'headline: "Talks: a date"', 'date: 2024-05-02', 'agency: AP', 'speakers:', '  vogt:', '    name: Lena Vogt', '    aliases: []', '---', '',
      'Lena Vogt said [the talks would resume]{@vogt}. She added that [a date had been set]{@vogt}.',
    ].join('\n'));
    assert.deepEqual(draftErrors(draft), []);
  });

  test('a span below the threshold gets a review note, with the second candidate when there is one', () => {
    const s: MarkupSuggestion = {
      speakers: [{ id: 'vogt', name: 'Lena Vogt', aliases: [], kind: 'person', confidence: 0.9 }, { id: 'berg', name: 'Tomas Berg', aliases: [], kind: 'person', confidence: 0.9 }],
      spans: [{ start: 15, end: 37, speakerId: 'vogt', kind: 'indirect', confidence: DEFAULT_REVIEW_THRESHOLD - 0.1, review: 'speaker', alternativeSpeakerId: 'berg' }],
    };
    const draft = renderDraft({ body }, s);
    assert.ok(draft.includes('[the talks would resume]{@vogt}<!-- newsmark-review: speaker, or @berg -->.'), draft);
    assert.equal(stripped(draft), body);
    // Without the engine's verdict, the renderer applies the threshold it is given.
    const unjudged = { ...s, spans: s.spans.map((x) => ({ ...x, review: undefined })) };
    assert.ok(renderDraft({ body }, unjudged).includes('<!-- newsmark-review: speaker, or @berg -->'));
    assert.ok(!renderDraft({ body }, unjudged, { reviewThreshold: 0.1 }).includes('newsmark-review'));
  });

  test('escapes what would read as markup, and strips back to the body', () => {
    const tricky = '## Not a heading\n[sic] x]{y} a\\b <!-- not a comment -->\r\n\r\n---\n"We are [really] ready," Ana Ferreira said.';
    const draft = renderDraft({ body: tricky }, markUp(tricky));
    assert.equal(stripped(draft), tricky);
    assert.deepEqual(draftErrors(draft), []);
    assert.ok(draft.includes('["We are \\[really\\] ready,"]{@ferreira}'), draft);
  });

  test('takes the agency from the dateline when the input names none', () => {
    const dated = 'BERLIN, Sept. 27 (Xinhua) -- Talks went on, Lena Vogt said.';
    assert.match(renderDraft({ body: dated }, markUp(dated)), /\nagency: Xinhua\n/);
  });
});

describe('markup: readPlainArticle', () => {
  test('reads the header, and leaves a file without one whole', () => {
    assert.deepEqual(readPlainArticle(' date 2024-05-02 Talks resume\n\nMay 2, 2024\n\nBERLIN -- Text.\n'),
      { body: 'BERLIN -- Text.\n', date: '2024-05-02', headline: 'Talks resume' });
    assert.deepEqual(readPlainArticle('BERLIN -- Text.\n'), { body: 'BERLIN -- Text.\n' });
  });

  test('the body begins at its first line of text, keeping that line whole', () => {
    assert.equal(readPlainArticle('\n \t\r\n\u00a0\n  BERLIN -- Text.\n\n').body, '  BERLIN -- Text.\n\n');
    assert.equal(readPlainArticle('\r\rBERLIN -- Text.').body, 'BERLIN -- Text.');
    assert.equal(readPlainArticle(' date 2024-05-02 Talks resume\n\nMay 2, 2024\n\n\n\nBERLIN -- Text.\n').body, 'BERLIN -- Text.\n');
    assert.equal(readPlainArticle('\n \n\t').body, '');
  });

  test('a header without the date written out keeps the body whole', () => {
    assert.deepEqual(readPlainArticle('date 2024-01-02\n\nBody at once.'), { body: 'Body at once.', date: '2024-01-02' });
    assert.equal(readPlainArticle(' date 2024-01-02 H\nJan. 2, 2024\nBERLIN -- Text.\n').body, 'BERLIN -- Text.\n');
    assert.equal(readPlainArticle(' date 2024-01-02 H\n\nThe 2024 budget passed on Tuesday after a long night of talks.\n').body,
      'The 2024 budget passed on Tuesday after a long night of talks.\n');
    assert.equal(readPlainArticle(' date 2009-04-30 H\n\nBEIJING, China, 30 April 2009\n\nText.\n').body, 'BEIJING, China, 30 April 2009\n\nText.\n');
  });
});
