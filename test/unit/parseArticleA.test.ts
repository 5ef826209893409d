// The parse entry (server/src/service/parser/parseArticle.ts), what its callers see of it: the
// stats before any parse, a byte order mark before the front matter, when a new version may re-use
// the last tree (same registry, a closed front matter, an edit after the line break that ends the
// front matter or the first line, an editor's edit extent only when it fits the two versions), and
// which blocks an incremental parse re-uses (the same objects: the API promises it, and
// checks/paragraphFindings.ts caches per block object). Each incremental tree equals a fresh parse,
// lists included (the paragraphs and quotes joined from the last tree's).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ArticleParser } from '../../server/src/service/parser/parseArticle';
import { RegistryCache } from '../../server/src/service/registry/parseRegistry';
import { drain } from '../../server/src/service/steps';
import { allQuotes, paragraphsOf, quotesBySpeaker, type ParsedArticle, type SpeakerRegistry } from '../../server/src/service/syntax';
import { rethrowingLogger } from '../support/service';

const URI = 'file:///parse-a.news';
const FM = ['---', 'headline: H', 'speakers:', '  chen:', '    name: Chen Wenqing', '---', ''].join('\n');
const BODY = ['', 'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing spoke.', '', 'Chen said [we are ready]{@chen}.', '', 'Zed Quill agreed.', ''].join('\n');
const BASE = FM + BODY;
const REGISTRY: SpeakerRegistry = new RegistryCache().get({ uri: 'file:///ws/speakers.yaml', text: 'zed:\n  name: Zed Quill\n' })!;

/** What a consumer reads of a tree, lists included (its LineIndex by its starts). */
const view = (a: ParsedArticle) => ({
  ...a, version: 0, lines: a.lines.lineStarts,
  paragraphs: [...paragraphsOf(a)], quotes: [...allQuotes(a)], bySpeaker: [...quotesBySpeaker(a)],
});
const fresh = (text: string, registry?: SpeakerRegistry) => new ArticleParser(rethrowingLogger).parse(URI, 1, text, registry);
/** Parses `base` (and reads its lists, as the checks do), then `edited`, with one parser. */
function twice(base: string, edited: string, registries: [SpeakerRegistry?, SpeakerRegistry?] = []): { before: ParsedArticle; after: ParsedArticle } {
  const parser = new ArticleParser(rethrowingLogger);
  const before = parser.parse(URI, 1, base, registries[0]);
  view(before);
  const blocksBefore = [...before.blocks];
  const after = parser.parse(URI, 2, edited, registries[1]);
  return { before: { ...before, blocks: blocksBefore }, after };
}
const insertAt = (text: string, needle: string, insert: string, delta = 0) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return text.slice(0, i + delta) + insert + text.slice(i + delta);
};

describe('parseArticle: the entry', () => {
  test('before any parse the stats count nothing', () => {
    assert.deepEqual(new ArticleParser(rethrowingLogger).lastStats, { paragraphs: 0, resplit: 0, reparsed: 0, cached: 0 });
  });

  test('a byte order mark before the front matter: the front matter is read, the body after it', () => {
    const tree = fresh(`\ufeff${BASE}`);
    assert.equal(tree.frontMatter?.closed, true);
    assert.deepEqual(tree.frontMatter?.speakers.map((s) => s.id), ['chen']);
    assert.equal(tree.bodyStart, 1 + FM.length);
    assert.deepEqual(tree.blocks.map((b) => b.type), ['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('parseArticle: each new version equals a fresh parse', () => {
  const unclosed = '---\nheadline: H\n\nChen Wenqing spoke.\n';
  const cases: [string, string, string, [SpeakerRegistry?, SpeakerRegistry?]?][] = [
    ['the same text read against a registry now', BASE, BASE, [undefined, REGISTRY]],
    ['the same text no longer read against a registry', BASE, BASE, [REGISTRY, undefined]],
    ['an edit below a front matter not closed', unclosed, `${unclosed}---\n`],
    ['an edit below a front matter not closed, closing nothing', unclosed, `${unclosed}More.\n`],
    ['a byte order mark, an edit in the body', `\ufeff${BASE}`, insertAt(`\ufeff${BASE}`, 'agreed', 'x')],
    ['a byte order mark, a letter at the body start', `\ufeff${BASE}`, insertAt(`\ufeff${BASE}`, '\nBERLIN', 'x')],
    ['text at the start of the first line, no front matter', BODY.slice(1), `x${BODY.slice(1)}`],
    ['a dash typed after `--` on the first line', `--${BODY}`, `---${BODY}`],
    ['a line break typed after a lone carriage return', BASE.replaceAll('\n', '\r'), insertAt(BASE.replaceAll('\n', '\r'), '\rBERLIN', '\n', 1)],
    ['a letter typed after the lone carriage return ending the front matter', BASE.replaceAll('\n', '\r'), insertAt(BASE.replaceAll('\n', '\r'), '\rBERLIN', 'x', 1)],
    ['a quote typed in the last paragraph', BASE, insertAt(BASE, 'agreed', '[fine]{@chen} ')],
    ['the quote deleted', BASE, BASE.replace('[we are ready]{@chen}', 'so')],
    ['a mention typed at the start of a paragraph', BASE, insertAt(BASE, 'Chen said', 'Chen Wenqing. ')],
    ['a paragraph split at its end', BASE, insertAt(BASE, '.\n\nZed', '\n\nNew.', 1)],
    ['a comment opened by a heading, an edit below it', `${FM}\n# Title <!--\n\nA.\n\n-->\n\nB.\n\nC.\n`, `${FM}\n# Title <!--\n\nA.\n\n-->\n\nBx.\n\nC.\n`],
    ['a comment opened by a heading, an edit in it', `${FM}\n# Title <!--\n\nA.\n\n-->\n\nB.\n`, `${FM}\n# Title <!--\n\nAx.\n\n-->\n\nB.\n`],
    ['a comment opened by a heading closed by an edit', `${FM}\n# Title <!--\n\nA.\n\nB.\n`, `${FM}\n# Title <!--\n\nA. -->\n\nB.\n`],
    ['a heading turned into a paragraph after a comment block', `${FM}\n<!-- c -->\n\n# T\n\nB.\n`, `${FM}\n<!-- c -->\n\nT\n\nB.\n`],
    ['everything after the front matter deleted', BASE, FM],
    ['text typed below a front matter with nothing after it', FM, `${FM}\nA.\n`],
    ['a line break typed right after the lone carriage return ending the front matter', BASE.replaceAll('\n', '\r'), insertAt(BASE.replaceAll('\n', '\r'), '\rBERLIN', '\n')],
    ['a blank line typed at the end', BASE, `${BASE}\n`],
  ];
  for (const [name, base, edited, registries] of cases) {
    test(name, () => {
      const { after } = twice(base, edited, registries);
      assert.deepEqual(view(after), view(fresh(edited, registries?.[1])));
    });
  }
});

describe('parseArticle: which blocks an edit re-uses', () => {
  const sameObjects = (before: ParsedArticle, after: ParsedArticle) => after.blocks.map((b) => before.blocks.indexOf(b));

  test('an edit in the last paragraph re-uses the blocks before the one before it (an edit can join those two)', () => {
    const { before, after } = twice(BASE, insertAt(BASE, 'agreed', 'x'));
    assert.deepEqual(sameObjects(before, after), [0, -1, -1]);
  });

  test('a letter typed at the body start re-uses the blocks after its paragraph', () => {
    const { before, after } = twice(BASE, insertAt(BASE, '\nBERLIN', 'x', 1));
    assert.deepEqual(sameObjects(before, after), [-1, 1, 2]);
  });

  test('a letter typed right at the body start re-uses the blocks after its paragraph', () => {
    const { before, after } = twice(BASE, insertAt(BASE, '\nBERLIN', 'x'));
    assert.deepEqual(sameObjects(before, after), [-1, 1, 2]);
  });

  test('a paragraph inserted right before another re-uses that one and those after it', () => {
    const { before, after } = twice(BASE, insertAt(BASE, 'Zed Quill', 'New.\n\n'));
    assert.deepEqual(sameObjects(before, after), [0, -1, -1, 2]);
  });

  test('a letter typed after the lone carriage return ending the front matter re-uses the blocks after it', () => {
    const base = BASE.replaceAll('\n', '\r');
    const { before, after } = twice(base, insertAt(base, '\rBERLIN', 'x', 1));
    assert.deepEqual(sameObjects(before, after), [-1, 1, 2]);
  });

  test('an edit on the first line of an article without front matter parses it whole', () => {
    const base = BODY.slice(1);
    const { before, after } = twice(base, `x${base}`);
    assert.deepEqual(sameObjects(before, after), [-1, -1, -1]);
  });

  test('an editor\'s edit extent that does not fit the versions is not trusted', () => {
    const parser = new ArticleParser(rethrowingLogger);
    parser.parse(URI, 1, BASE);
    const edited = insertAt(BASE, 'spoke', 'x');
    const wrong = [
      { fromVersion: 0, toVersion: 2, prefix: edited.length - 3, suffix: 0 },
      { fromVersion: 1, toVersion: 3, prefix: edited.length - 3, suffix: 0 },
      { fromVersion: 1, toVersion: 2, prefix: -1, suffix: 0 },
      { fromVersion: 1, toVersion: 2, prefix: BASE.length, suffix: 1 },
    ];
    for (const [k, edit] of wrong.entries()) {
      const p = new ArticleParser(rethrowingLogger);
      p.parse(URI, 1, BASE);
      assert.deepEqual(view(drain(p.parseSteps(URI, 2, edited, undefined, edit))), view(fresh(edited)), `extent ${k}`);
    }
  });
});

describe('parseArticle: the text cache, by its stats', () => {
  test('after an edit in a paragraph, a front matter edit finds every paragraph in the cache, the edited one too', () => {
    const parser = new ArticleParser(rethrowingLogger);
    parser.parse(URI, 1, BASE);
    const typed = insertAt(BASE, 'agreed', 'x');
    parser.parse(URI, 2, typed);
    assert.equal(parser.lastStats.reparsed, 1);
    parser.parse(URI, 3, typed.replace('headline: H', 'headline: Hx'));
    assert.deepEqual(parser.lastStats, { paragraphs: 3, resplit: 3, reparsed: 0, cached: 3 });
  });

  test('a whole parse keeps in the cache the paragraphs of the last tree and its own, no older ones', () => {
    const parser = new ArticleParser(rethrowingLogger);
    parser.parse(URI, 1, BASE);
    parser.parse(URI, 2, 'Other.\n\nWords.\n');
    parser.parse(URI, 3, 'Third.\n');
    assert.deepEqual(parser.lastStats, { paragraphs: 1, resplit: 1, reparsed: 1, cached: 3 });
  });
});
