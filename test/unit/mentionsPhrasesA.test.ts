// How a speaker's name or alias is cut into words and separators, and so which spans of the body
// are mentions of it (docs/syntax.md, mentions): runs of white space count as one space, other
// signs between the words must be the same, signs before the first word are not part of it; a
// full name starting in lower case is also found with a capital, but only a capital of one letter
// (not `SS` for `ß`, not the upper case of a title-case letter such as `ǅ`). And the mentions of a
// paragraph that was read before are read again when a name changes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doc, parse } from '../support/documents';
import { testService } from '../support/service';
import type { ParsedArticle } from '../../server/src/service';

const FRONT = '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n';
const one = (name: string, aliases = '[]') => `  x:\n    name: "${name}"\n    aliases: ${aliases}\n`;
const mentionsOf = (speakers: string, body: string) => {
  const text = `${FRONT}${speakers}---\n\n${body}\n`;
  return parse(text).mentions.map((m) => `${m.speakerId}:${text.slice(m.start, m.end)}`);
};

describe('mentions: the separators between the words of a name', () => {
  const cases: [name: string, body: string, expected: string[]][] = [
    ['Chen Wenqing', 'Chen Wenqing spoke.', ['x:Chen Wenqing']],
    ['Chen Wenqing', 'Chen  Wenqing spoke.', ['x:Chen  Wenqing']],
    ['Chen Wenqing', 'Chen\nWenqing spoke.', ['x:Chen\nWenqing']],
    ['Chen Wenqing', 'Chen \n Wenqing spoke.', ['x:Chen \n Wenqing']],
    ['Chen Wenqing', 'Chen, Wenqing spoke.', []],
    ['Chen Wenqing', 'Chen-Wenqing spoke.', []],
    ['Sammy Davis, Jr', 'Sammy Davis,  Jr spoke.', ['x:Sammy Davis,  Jr']],
    ['Sammy Davis, Jr', 'Sammy Davis,Jr spoke.', []],
    ['Sammy Davis,Jr', 'Sammy Davis, Jr spoke.', []],
    ['#MeToo Movement', 'The #MeToo Movement grew.', ['x:MeToo Movement']],
    ['(Chen) Wenqing', 'Then (Chen) Wenqing spoke.', ['x:Chen) Wenqing']],
  ];
  for (const [name, body, expected] of cases) {
    test(`${JSON.stringify(name)} in ${JSON.stringify(body)}`, () => {
      assert.deepEqual(mentionsOf(one(name), body), expected);
    });
  }
});

describe('mentions: a lower-case full name with a sentence-initial capital', () => {
  const cases: [name: string, body: string, expected: string[]][] = [
    ['the Wenqing Fund', 'The Wenqing Fund paid. the Wenqing Fund paid.', ['x:The Wenqing Fund', 'x:the Wenqing Fund']],
    ['ßen Ko', 'ßen Ko spoke.', ['x:ßen Ko']],
    ['ßen Ko', 'SSen Ko spoke. Ssen Ko spoke.', []],
    ['ǅemal Ko', 'ǅemal Ko spoke.', ['x:ǅemal Ko']],
    ['ǅemal Ko', 'Ǆemal Ko spoke.', []],
    ['7up Group', '7up Group sold. 7UP Group sold.', ['x:7up Group']],
  ];
  for (const [name, body, expected] of cases) {
    test(`${JSON.stringify(name)} in ${JSON.stringify(body)}`, () => {
      assert.deepEqual(mentionsOf(one(name), body), expected);
    });
  }
});

describe('mentions: a paragraph read before, after the names change', () => {
  test('ids and names that would run together are still another set of names', () => {
    const service = testService();
    const uri = 'file:///test/mentionsPhrasesA-rename.news';
    const body = '\n\nLiw and Wang spoke.\n';
    const before = `${FRONT}  li:\n    name: Li\n  wang:\n    name: Wang\n---${body}`;
    const after = `${FRONT}  li:\n    name: Liw\n  ang:\n    name: Wang\n---${body}`;
    const seen = (text: string, version: number) => {
      const a = service.parse(doc(text, uri, version)) as ParsedArticle;
      return a.mentions.map((m) => `${m.speakerId}:${text.slice(m.start, m.end)}`);
    };
    assert.deepEqual(seen(before, 1), ['wang:Wang']);
    assert.deepEqual(seen(after, 2), ['li:Liw', 'ang:Wang']);
  });
});
