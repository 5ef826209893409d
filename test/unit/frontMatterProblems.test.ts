// What the writer sees for front matter values of the wrong shape: a language that is no tag, a
// list where a map belongs, keys without values, speakers and aliases that are not names. Each
// case is the exact code, underlined text and message. Written for mutants that the in-memory
// tests did not reach under `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doc } from '../support/documents';
import { diagnosticsOf } from '../support/serviceCalls';

const BODY = '\nBERLIN, Sept. 27 (Xinhua) -- Chen [said]{@chen}.\n';
const OK = 'headline: T\ndate: 2023-09-28\n';

/** [code, underlined text, message] of the front matter and speaker diagnostics. */
function problems(frontMatter: string): [string, string, string][] {
  const text = `---\n${frontMatter}\n---\n${BODY}`;
  const d = doc(text);
  return diagnosticsOf(text)
    .filter((x) => String(x.code).startsWith('front-matter-') || x.code === 'speaker-invalid')
    .map((x) => [String(x.code), d.getText(x.range), x.message]);
}

describe('front matter values of the wrong shape', () => {
  test('a language that is no BCP 47 tag', () => {
    assert.deepEqual(problems(`${OK}lang: english`), [['front-matter-key', 'english', '"lang" must be a BCP 47 language tag such as "en" or "en-GB", not "english"']]);
    assert.deepEqual(problems(`${OK}lang: zh-Hant-TW`), []);
  });

  test('a list instead of a map of keys', () => {
    assert.deepEqual(problems('- a\n- b'), [['front-matter-yaml', '- a\n- b\n', 'The front matter must be a map of keys (headline, date, agency, speakers, ...)']]);
  });

  test('a key without a value', () => {
    assert.deepEqual(problems('headline:\ndate: 2023-09-28'), [
      ['front-matter-missing', '---', 'The front matter has no "headline": every article needs its headline'],
      ['front-matter-key', 'headline', '"headline" has no value'],
    ]);
  });

  test('an unknown key', () => {
    assert.deepEqual(problems(`${OK}section: x`), [['front-matter-key', 'section', 'Unknown front matter key "section": NewsMark knows headline, date, agency, byline, lang, slug, speakers, sources']]);
  });
});

describe('speakers of the wrong shape', () => {
  test('a list as a speaker, and a list of speakers', () => {
    assert.deepEqual(problems(`${OK}speakers:\n  chen: [1, 2]`), [
      ['speaker-invalid', 'chen', 'Speaker "chen" has no name: add "name:" with the full name as on first reference'],
      ['speaker-invalid', '[1, 2]', 'Speaker "chen" must be a name or a map with "name", "role", "org", "aliases", "kind", "reason"'],
    ]);
    assert.deepEqual(problems(`${OK}speakers:\n  - chen`), [['speaker-invalid', '- chen\n', '"speakers" must be a map from speaker id to speaker, e.g. "chen: { name: Chen Wenqing }"']]);
  });

  test('aliases: each must be a name; a single one should be a list', () => {
    assert.deepEqual(problems(`${OK}speakers:\n  chen:\n    name: Chen\n    aliases: [Chen, [x]]`), [['speaker-invalid', '[x]', 'Each alias of "chen" must be a name']]);
    assert.deepEqual(problems(`${OK}speakers:\n  chen:\n    name: Chen\n    aliases: C`), [['front-matter-key', 'C', '"aliases" of "chen" should be a list: [C]']]);
  });
});
