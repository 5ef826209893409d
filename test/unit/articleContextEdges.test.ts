// Edges of the article context (context/articleContext.ts) that the table tests of
// articleContext.test.ts do not reach: an agency that is only white space, a second house style
// asked of the same tree, and where the definition of an article's own speaker is when a registry
// is also read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED, withDefaults } from '../../server/src/service';
import { articleContext } from '../../server/src/service/context/articleContext';
import { doc, parse } from '../support/documents';
import { testService } from '../support/service';

const frontMatter = (extra: string) => `---\nheadline: Talks\ndate: 2023-09-28\n${extra}---\n\n`;

describe('article context edges', () => {
  test('an agency of only white space in the front matter gives way to the dateline', () => {
    const a = parse(`${frontMatter('agency: "   "\n')}LONDON, Sept. 27 (Reuters) - Talks began.\n`);
    const style = articleContext(a, withDefaults(undefined)).houseStyle;
    assert.equal(style.reason, 'dateline-agency');
    assert.equal(style.agency, 'Reuters');
  });

  test('an agency with white space around it in the front matter is named without it', () => {
    const a = parse(`${frontMatter('agency: "  Reuters  "\n')}LONDON, Sept. 27 - Talks began.\n`);
    const style = articleContext(a, withDefaults(undefined)).houseStyle;
    assert.equal(style.reason, 'front-matter-agency');
    assert.equal(style.agency, 'Reuters');
    assert.equal(style.style, 'reuters');
  });

  test('a second house style asked of one tree keeps the first one\'s speakers', () => {
    const a = parse(`${frontMatter('speakers:\n  wen:\n    name: Wen Ming\n')}BEIJING, March 4 (Xinhua) -- [We will]{@wen}, Wen Ming said.\n`);
    const auto = articleContext(a, withDefaults(undefined));
    const reuters = articleContext(a, withDefaults({ style: 'reuters' }));
    assert.notEqual(reuters.houseStyle.style, auto.houseStyle.style);
    assert.equal(reuters.speakers, auto.speakers);
    assert.deepEqual([...reuters.speakers.quotes.keys()], ['wen']);
  });

  test("with a registry read, the definition of the article's own speaker stays in the article", () => {
    const text = `${frontMatter('speakers:\n  wen:\n    name: Wen Ming\n')}BEIJING, March 4 (Xinhua) -- [We will]{@wen}, Wen Ming said. [Soon]{@chen}, Chen said.\n`;
    const options = { registry: { uri: 'file:///ws/speakers.yaml', text: 'chen:\n  name: Chen Wenqing\n' } };
    const at = (needle: string) => {
      const offset = text.indexOf(needle) + 3;
      const before = text.slice(0, offset);
      return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
    };
    const service = testService();
    const article = doc(text);
    const own = service.definition(article, { position: at('{@wen}') }, options, NEVER_CANCELLED);
    assert.equal((own as { uri: string }).uri, article.uri);
    const registered = service.definition(article, { position: at('{@chen}') }, options, NEVER_CANCELLED);
    assert.equal((registered as { uri: string }).uri, 'file:///ws/speakers.yaml');
  });
});
