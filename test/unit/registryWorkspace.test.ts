// The registry speaker across the workspace, as the service answers for it: the rename of its id
// (every refusal with its exact message, and the edit of the registry and of each article), its
// references with and without the declarations, and the registry's code lenses (title, command,
// and the quotes a click shows). Articles come as trees, as the server's workspace index holds them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED } from '../../server/src/service';
import { doc } from '../support/documents';
import { testService } from '../support/service';

const REGISTRY_URI = 'file:///ws/speakers.yaml';
const REGISTRY = 'chen:\n  name: Chen Wenqing\nzed:\n  role: spokesman\n';
const options = { registry: { uri: REGISTRY_URI, text: REGISTRY } };

// The body is line 8 of ONE and line 10 of TWO; the quotes' ids sit at the columns the tables name.
const ONE = '---\nheadline: T\ndate: 2023-09-28\nspeakers:\n  zed:\n    name: Zed Q\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met. ["A,"]{@chen} Chen said. ["B"]{@chen}.\n';
const TWO = '---\nheadline: T\ndate: 2023-09-28\nspeakers:\n  mayor:\n    name: Mo Mayor\n  nameless:\n    role: aide\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Mo Mayor met. ["A,"]{@mayor} Mayor said. ["B"]{@mayor}. ["C"]{@one-q} ["D"]{@two-q} ["E"]{@two-q}\n';
const ONE_URI = 'file:///ws/a%20one.news';
const TWO_URI = 'file:///ws/b%20two.news';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

function workspace() {
  const service = testService();
  const articles = [service.parse(doc(ONE, ONE_URI), options), service.parse(doc(TWO, TWO_URI), options)];
  return { service, articles };
}

describe('registry speakers across the workspace', () => {
  test('rename: each refusal says why, naming the other speaker and the file (decoded)', () => {
    const { service, articles } = workspace();
    const cases: [from: string, to: string, error: string | undefined][] = [
      ['chen', 'Bad', '"Bad" is not a valid speaker id: use lower-case letters, digits, "-" and "_", starting with a letter (e.g. "chen" or "chen-wenqing").'],
      ['chen', '', '"" is not a valid speaker id: use lower-case letters, digits, "-" and "_", starting with a letter (e.g. "chen" or "chen-wenqing").'],
      ['zed', 'chen', '"chen" is already the id of Chen Wenqing in the speaker registry: choose another id.'],
      ['chen', 'zed', '"zed" is already the id of another speaker in the speaker registry: choose another id.'],
      ['chen', ' @mayor ', '"mayor" is already the id of Mo Mayor in b two.news: choose another id.'],
      ['chen', 'one-q', '"one-q" is already used by 1 quote in b two.news: renaming would attribute it to this speaker. Choose another id.'],
      ['chen', 'two-q', '"two-q" is already used by 2 quotes in b two.news: renaming would attribute them to this speaker. Choose another id.'],
      ['chen', 'a@b', '"a@b" is not a valid speaker id: use lower-case letters, digits, "-" and "_", starting with a letter (e.g. "chen" or "chen-wenqing").'],
      ['chen', 'nameless', '"nameless" is already the id of another speaker in b two.news: choose another id.'],
      ['chen', 'fresh', undefined],
    ];
    for (const [from, to, error] of cases) {
      const result = service.workspaceRename(articles, { speakerId: from, newName: to }, options, NEVER_CANCELLED);
      assert.equal(result.error, error, `${from} -> "${to}"`);
      assert.equal(result.edit === undefined, error !== undefined, `${from} -> "${to}": an edit or an error`);
    }
    // An id given twice in the registry is the first entry's (the second is reported in the file).
    const twice = { registry: { uri: REGISTRY_URI, text: 'chen:\n  name: Chen Wenqing\nli: First Li\nli: Second Li\n' } };
    assert.equal(service.workspaceRename(articles, { speakerId: 'chen', newName: 'li' }, twice, NEVER_CANCELLED).error, '"li" is already the id of First Li in the speaker registry: choose another id.');
  });

  test('rename: the registry key, the article entries that override it, and the quotes; nothing when the id stays', () => {
    const { service, articles } = workspace();
    const rename = (speakerId: string, newName: string) => service.workspaceRename(articles, { speakerId, newName }, options, NEVER_CANCELLED).edit;
    assert.deepEqual(rename('chen', '@chen-w'), { changes: {
      [REGISTRY_URI]: [{ range: range(0, 0, 4), newText: 'chen-w' }],
      [ONE_URI]: [{ range: range(8, 55, 59), newText: 'chen-w' }, { range: range(8, 79, 83), newText: 'chen-w' }],
    } });
    assert.deepEqual(rename('zed', 'zee'), { changes: {
      [REGISTRY_URI]: [{ range: range(2, 0, 3), newText: 'zee' }],
      [ONE_URI]: [{ range: range(4, 2, 5), newText: 'zee' }],
    } });
    assert.deepEqual(rename('chen', ' chen'), { changes: {} });
    // An id the registry does not hold: only the articles change.
    assert.deepEqual(rename('mayor', 'mo'), { changes: {
      [TWO_URI]: [{ range: range(4, 2, 7), newText: 'mo' }, { range: range(10, 51, 56), newText: 'mo' }, { range: range(10, 77, 82), newText: 'mo' }],
    } });
    assert.deepEqual(service.workspaceRename(articles, { speakerId: 'chen', newName: 'x' }, {}, NEVER_CANCELLED), { error: 'No speaker registry applies here: rename the speaker in its article.' });
  });

  test('references: the registry entry and article entries only with the declarations, then mentions and quotes in order', () => {
    const { service, articles } = workspace();
    const refs = (speakerId: string, includeDeclaration: boolean) => service.workspaceReferences(articles, { speakerId, includeDeclaration }, options, NEVER_CANCELLED);
    const chenInArticle = [range(8, 29, 41), range(8, 55, 59), range(8, 79, 83)].map((r) => ({ uri: ONE_URI, range: r }));
    assert.deepEqual(refs('chen', true), [{ uri: REGISTRY_URI, range: range(0, 0, 4) }, ...chenInArticle]);
    assert.deepEqual(refs('chen', false), chenInArticle);
    assert.deepEqual(refs('zed', true), [{ uri: REGISTRY_URI, range: range(2, 0, 3) }, { uri: ONE_URI, range: range(4, 2, 5) }]);
    assert.deepEqual(refs('zed', false), []);
    // Not in the registry: the articles' own references, without a registry entry.
    assert.deepEqual(refs('mayor', true)[0], { uri: TWO_URI, range: range(4, 2, 7) });
    assert.deepEqual(service.workspaceReferences(articles, { speakerId: 'chen', includeDeclaration: true }, {}, NEVER_CANCELLED), chenInArticle);
  });

  test('code lenses: quotes and articles counted per registry speaker; a click shows those quotes', () => {
    const { service, articles } = workspace();
    const twice = [...articles, testService().parse(doc(ONE, 'file:///ws/c.news'), options)];
    const lenses = service.codeLenses(doc(REGISTRY, REGISTRY_URI), { articles: twice }, options, NEVER_CANCELLED);
    assert.deepEqual(lenses.map((l) => l.command!.title), ['4 quotes in 2 articles', '0 quotes in 0 articles']);
    assert.deepEqual(lenses.map((l) => l.range), [range(0, 0, 4), range(2, 0, 3)]);
    const [chen, zed] = lenses.map((l) => l.command!);
    assert.equal(chen.command, 'newsmark.showReferences');
    assert.deepEqual(chen.arguments, [REGISTRY_URI, { line: 0, character: 0 }, [
      { uri: ONE_URI, range: range(8, 47, 60) }, { uri: ONE_URI, range: range(8, 72, 84) },
      { uri: 'file:///ws/c.news', range: range(8, 47, 60) }, { uri: 'file:///ws/c.news', range: range(8, 72, 84) },
    ]]);
    assert.deepEqual(zed.arguments, [REGISTRY_URI, { line: 2, character: 0 }, []]);
    const one = service.codeLenses(doc(REGISTRY, REGISTRY_URI), { articles: [articles[0]] }, options, NEVER_CANCELLED);
    assert.equal(one[0].command!.title, '2 quotes in 1 article');
  });
});

describe('the registry read once per text', () => {
  test('an article parsed again with the same registry text is the same tree, also after another registry was read', () => {
    const service = testService();
    const document = doc(ONE, ONE_URI);
    const other = { registry: { uri: 'file:///other/speakers.yaml', text: REGISTRY } };
    const first = service.parse(document, options);
    assert.equal(service.parse(document, { registry: { ...options.registry } }), first);
    service.parse(doc(TWO, TWO_URI), other);
    assert.equal(service.parse(document, { registry: { uri: REGISTRY_URI, text: `${REGISTRY}` } }), first);
    // A changed text is read anew: a new tree.
    assert.notEqual(service.parse(document, { registry: { uri: REGISTRY_URI, text: `${REGISTRY}# end\n` } }), first);
  });
});
