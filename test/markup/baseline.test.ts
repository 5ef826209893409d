// The baseline does what its comment says, no more: quotations of four words or more, each
// given to the nearest capitalised name, never the dateline, the sentence's first word or a month.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { baselineMarkup } from './baseline';

function marked(body: string): [string, string][] {
  const s = baselineMarkup({ body });
  return s.spans.map((span) => [body.slice(span.start, span.end), s.speakers.find((x) => x.id === span.speakerId)!.name]);
}

describe('baseline: quotation marks and the nearest name', () => {
  test('a quotation goes to the name right after it rather than one before at the same distance', () => {
    assert.deepEqual(marked('BERLIN, Sept. 27 (Xinhua) -- Wang Yi, "we will work with Germany," Chen Wenqing said on Tuesday.\n'),
      [['"we will work with Germany,"', 'Chen Wenqing']]);
  });

  test('the quote before "NAME said:" goes to that name, without the sentence-initial word or a title', () => {
    assert.deepEqual(marked('In Berlin on Monday, Sen. Walter Crane said: "There is no doubt about it."\n'),
      [['"There is no doubt about it."', 'Walter Crane']]);
  });

  test('short quotations (titles, scare quotes) are not quotes; curly marks are', () => {
    assert.deepEqual(marked('Lee called it "a blank check" and added: \u201CWe will not sign it today.\u201D\n'),
      [['\u201CWe will not sign it today.\u201D', 'Lee']]);
  });

  test('a paragraph with no name continues the last name; an open quotation runs to its end', () => {
    const body = '"We are ready to talk," said Maria Souza, the mayor.\n\n"We have waited for years.\n\n"Now is the time to act."\n';
    assert.deepEqual(marked(body), [
      ['"We are ready to talk,"', 'Maria Souza'],
      ['"We have waited for years.', 'Maria Souza'],
      ['"Now is the time to act."', 'Maria Souza'],
    ]);
  });

  test('a later surname is an alias of the full name, and every span is direct', () => {
    const body = '"We will build it this year," Chen Wenqing said.\n\n"It will not be easy for us," Chen said.\n';
    const s = baselineMarkup({ body });
    assert.deepEqual(s.speakers.map((x) => [x.id, x.name, x.aliases]), [['chen-wenqing', 'Chen Wenqing', ['Chen']]]);
    assert.deepEqual(s.spans.map((x) => [x.speakerId, x.kind]), [['chen-wenqing', 'direct'], ['chen-wenqing', 'direct']]);
  });
});
