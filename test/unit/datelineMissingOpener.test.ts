// dateline-missing names the first word of the paragraph as a reader sees it (checks/dateline/
// check.ts): after leading comments, without quote markup and quotation marks around it but with
// those inside it, at most about 60 characters and never half a character; and it asks only of
// English copy (`lang` in any case, with a region, blanks around). Written for mutants
// `npm run mutate` left alive there.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnostics } from '../support/documents';

const frontMatter = (lang?: string) => `---\nheadline: Talks\ndate: 2023-09-28\n${lang ? `lang: ${lang}\n` : ''}---\n\n`;
const BODY_LINE = (lang?: string) => frontMatter(lang).split('\n').length - 1;

/** The word dateline-missing quotes and the characters its range covers on the first line, or undefined when not reported. */
function opener(paragraph: string, lang?: string): { word: string; from: number; to: number } | undefined {
  const [d] = diagnostics(frontMatter(lang) + paragraph + '\n\nSecond paragraph.\n').filter((x) => x.code === 'dateline-missing');
  if (!d) return undefined;
  assert.equal(d.range.start.line, BODY_LINE(lang));
  const word = /it opens with "(.*)"; /.exec(d.message)?.[1] ?? '';
  return { word, from: d.range.start.character, to: d.range.end.character };
}

describe('dateline-missing: the opening word', () => {
  test('quote markup, quotation marks and comments around it are left out; marks inside it stay', () => {
    assert.deepEqual(opener('["We will win,"]{@chen} Chen said.'), { word: 'We', from: 0, to: 4 });
    assert.deepEqual(opener('"Hello," he said.'), { word: 'Hello', from: 0, to: 8 });
    assert.deepEqual(opener('<!-- c --> Text here.'), { word: 'Text', from: 11, to: 15 });
    assert.deepEqual(opener('rock"n"roll, they said.'), { word: 'rock"n"roll', from: 0, to: 12 });
  });

  test('a long first word is cut after 60 characters, and never inside a character', () => {
    assert.deepEqual(opener(`${'x'.repeat(70)} end.`), { word: 'x'.repeat(60), from: 0, to: 60 });
    const emoji = opener(`a${'😀'.repeat(35)} end.`);
    assert.deepEqual(emoji, { word: `a${'😀'.repeat(30)}`, from: 0, to: 61 });
  });

  test('only English copy is asked for a dateline', () => {
    for (const lang of [undefined, '" en-GB "', 'EN_us', 'en']) assert.equal(opener('Text here.', lang)?.word, 'Text', String(lang));
    for (const lang of ['de', 'fr-CA']) assert.equal(opener('Text here.', lang), undefined, lang);
  });
});
