// The registry file as a document, on tables of inputs: the problems of its reading (YAML errors,
// a registry that is no map, a BOM, a key given twice, an anonymous source without a reason) with
// their ranges and messages; the hover and outline of each entry; field and kind completion; the
// "add to the registry" edit in each shape of registry; and which fields an article's entry changes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED } from '../../server/src/service';
import { doc } from '../support/documents';
import { testService } from '../support/service';

const URI = 'file:///ws/speakers.yaml';
const options = (text: string) => ({ registry: { uri: URI, text } });
const range = (line: number, from: number, toLine: number, to: number) => ({ start: { line, character: from }, end: { line: toLine, character: to } });
const NO_NAME = (id: string) => `Speaker "${id}" has no name: add "name:" with the full name as on first reference`;
const NOT_A_SPEAKER = (id: string) => `Speaker "${id}" must be a name or a map with "name", "role", "org", "aliases", "kind", "reason"`;

describe('the registry file: problems', () => {
  test('each problem with its code, range, message and severity, in the order of the file', () => {
    const service = testService();
    const cases: [text: string, expected: [string, ReturnType<typeof range>, string, number][]][] = [
      ['chen:\n  name: Chen\n', []],
      ['\ufeffchen:\n  name: Chen\n', []],
      ['', []],
      ['~\n', []],
      ['x: Chen W\n', []],
      ['- a\n- b\n', [['speaker-invalid', range(0, 0, 2, 0), 'The speaker registry must be a map from speaker id to speaker, e.g. "chen: { name: Chen Wenqing }"', 1]]],
      ['\ufeff- a\n', [['speaker-invalid', range(0, 1, 1, 0), 'The speaker registry must be a map from speaker id to speaker, e.g. "chen: { name: Chen Wenqing }"', 1]]],
      ['chen: [\n', [
        ['speaker-invalid', range(0, 0, 0, 4), NO_NAME('chen'), 1],
        ['speaker-invalid', range(0, 6, 1, 0), NOT_A_SPEAKER('chen'), 1],
        ['front-matter-yaml', range(1, 0, 1, 0), 'Speaker registry YAML: Flow sequence in block collection must be sufficiently indented and end with a ]', 1],
      ]],
      ['a: 1\na: 2\n', [
        ['speaker-invalid', range(0, 0, 0, 1), NO_NAME('a'), 1],
        ['speaker-invalid', range(0, 3, 0, 4), NOT_A_SPEAKER('a'), 1],
        ['front-matter-yaml', range(1, 0, 1, 1), 'Speaker registry YAML: Map keys must be unique', 1],
        ['speaker-invalid', range(1, 0, 1, 1), NO_NAME('a'), 1],
        ['speaker-invalid', range(1, 0, 1, 1), 'Speaker "a" is in the registry twice: keep one entry', 1],
        ['speaker-invalid', range(1, 3, 1, 4), NOT_A_SPEAKER('a'), 1],
      ]],
      ['\ufeffa: A\na: B\n', [
        ['front-matter-yaml', range(1, 0, 1, 1), 'Speaker registry YAML: Map keys must be unique', 1],
        ['speaker-invalid', range(1, 0, 1, 1), 'Speaker "a" is in the registry twice: keep one entry', 1],
      ]],
      ['x:\n  kind: anonymous\n', [
        ['speaker-invalid', range(0, 0, 0, 1), NO_NAME('x'), 1],
        ['speaker-anonymous-reason', range(1, 8, 1, 17), 'Anonymous speaker "x" has no "reason": say why the source is not named', 2],
      ]],
      ['x: {name: A source, kind: anonymous, reason: protected}\n', []],
      ['hello\n', [['speaker-invalid', range(0, 0, 0, 5), 'The speaker registry must be a map from speaker id to speaker, e.g. "chen: { name: Chen Wenqing }"', 1]]],
      // YAML's ranges, shifted past a BOM: a second document runs to the end of the file.
      ['\ufeffx: Xa Y\n---\ny: Yb Z\n', [['front-matter-yaml', range(1, 0, 3, 0), 'Speaker registry YAML: Source contains multiple documents; please use YAML.parseAllDocuments()', 1]]],
      ['x: Xa Y\n---\ny: Yb Z\n', [['front-matter-yaml', range(1, 0, 3, 0), 'Speaker registry YAML: Source contains multiple documents; please use YAML.parseAllDocuments()', 1]]],
      // Read leniently: an id longer than YAML's 1024 characters for a strict implicit key is no YAML error.
      [`${'a'.repeat(1030)}: Long Name\n`, []],
    ];
    for (const [text, expected] of cases) {
      const found = service.diagnostics(doc(text, URI), {}, options(text), NEVER_CANCELLED).map((d) => [d.code, d.range, d.message, d.severity]);
      assert.deepEqual(found, expected, JSON.stringify(text));
    }
  });

  test('a rule turned off is not reported in the registry either', () => {
    const text = 'x:\n  name: A source\n  kind: anonymous\n';
    const service = testService();
    assert.deepEqual(service.diagnostics(doc(text, URI), {}, options(text), NEVER_CANCELLED).map((d) => d.code), ['speaker-anonymous-reason']);
    assert.deepEqual(service.diagnostics(doc(text, URI), {}, { ...options(text), rules: { 'speaker-anonymous-reason': 'off' } }, NEVER_CANCELLED), []);
  });
});

describe('the registry file: hover, outline, completion', () => {
  const REGISTRY = 'chen:\n  name: Chen Wenqing\n  role: minister\n  org: Ministry\n  kind: group\n  reason: because\n  aliases: [Chen, CW]\nbare:\n  kind: organization\nperson:\n  name: P Q\n';
  // LSP symbol kinds: a group or organisation is a namespace of people, a person (or anonymous source) a constant.
  const NAMESPACE = 3;
  const CONSTANT = 14;
  const FOOT = '*Speaker registry entry*: articles may quote this speaker without declaring it';

  test('hover anywhere in an entry: its name and id, its facts, where it comes from; nothing after the last', () => {
    const service = testService();
    const hover = (line: number) => service.hover(doc(REGISTRY, URI), { position: { line, character: 1 } }, options(REGISTRY), NEVER_CANCELLED);
    const chen = { contents: { kind: 'markdown', value: `**Chen Wenqing** \`@chen\`\n\nRole: minister  \nOrg: Ministry  \nKind: group  \nReason: because  \nAliases: Chen, CW\n\n${FOOT}` }, range: range(0, 0, 0, 4) };
    const bare = { contents: { kind: 'markdown', value: `\`@bare\` (no name)\n\nKind: organization\n\n${FOOT}` }, range: range(7, 0, 7, 4) };
    const person = { contents: { kind: 'markdown', value: `**P Q** \`@person\`\n\nAliases: Q (default: the last word of the name)\n\n${FOOT}` }, range: range(9, 0, 9, 6) };
    const expected = [chen, chen, chen, chen, chen, chen, chen, bare, bare, person, person, null];
    assert.deepEqual(expected.map((_, line) => hover(line)), expected);
    // The first and the last character of an entry belong to it.
    const at = (line: number, character: number) => service.hover(doc(REGISTRY, URI), { position: { line, character } }, options(REGISTRY), NEVER_CANCELLED);
    assert.deepEqual([at(0, 0), at(6, 21), at(7, 0), at(8, 20)], [chen, chen, bare, bare]);
    // A comment before the first entry is no entry's; an entry with no facts has no empty paragraph.
    const lone = '# c\np:\n  name: P\n  aliases: []\n';
    const loneHover = (line: number) => service.hover(doc(lone, URI), { position: { line, character: 0 } }, options(lone), NEVER_CANCELLED);
    assert.equal(loneHover(0), null);
    assert.deepEqual(loneHover(1), { contents: { kind: 'markdown', value: `**P** \`@p\`\n\n${FOOT}` }, range: range(1, 0, 1, 1) });
  });

  test('the outline: the name (or @id), the id with role and org, people apart from organisations and groups', () => {
    const service = testService();
    const symbols = service.documentSymbols(doc(REGISTRY, URI), { groupBy: 'speaker' }, options(REGISTRY), NEVER_CANCELLED);
    assert.deepEqual(symbols, [
      { name: 'Chen Wenqing', detail: '@chen · minister · Ministry', kind: NAMESPACE, range: range(0, 0, 6, 21), selectionRange: range(0, 0, 0, 4) },
      { name: '@bare', detail: '@bare', kind: NAMESPACE, range: range(7, 0, 8, 20), selectionRange: range(7, 0, 7, 4) },
      { name: 'P Q', detail: '@person', kind: CONSTANT, range: range(9, 0, 10, 11), selectionRange: range(9, 0, 9, 6) },
    ]);
    const anonymous = 'a:\n  name: A source\n  kind: anonymous\n  reason: r\n';
    assert.deepEqual(service.documentSymbols(doc(anonymous, URI), { groupBy: 'speaker' }, options(anonymous), NEVER_CANCELLED).map((s) => s.kind), [CONSTANT]);
  });

  test('completion: the fields an entry lacks on an indented line, the kinds after "kind:", nothing elsewhere', () => {
    const text = 'chen:\n  name: Chen\n  kind: anonymous\n  \nzed:\n  kind: gr\n  al\nx:\n  aliases: [A]\n  \n';
    const service = testService();
    const complete = (line: number, character: number) => service.completions(doc(text, URI), { position: { line, character } }, options(text), NEVER_CANCELLED).items;
    const fields = (...labels: string[]) => labels.map((label) => ({ label, kind: 10, insertText: `${label}: ` }));
    const kinds = ['person', 'organization', 'group', 'anonymous'].map((label) => ({ label, kind: 20 }));
    const cases: [line: number, character: number, items: unknown[]][] = [
      [3, 2, fields('role', 'org', 'aliases', 'reason')],
      [5, 10, kinds],
      [5, 8, kinds],
      [6, 4, fields('name', 'role', 'org', 'aliases', 'reason')],
      [9, 2, fields('name', 'role', 'org', 'kind', 'reason')],
      [0, 2, []],
      [0, 0, []],
      [3, 0, []],
      [1, 7, []],
    ];
    for (const [line, character, items] of cases) assert.deepEqual(complete(line, character), items, `${line}:${character}`);
    // The whole list, complete (the client need not ask again as the word grows).
    const list = (t: string, line: number, character: number) => service.completions(doc(t, URI), { position: { line, character } }, options(t), NEVER_CANCELLED);
    const odd = '  chen:\n    name: Chen\n    kind:\n    role: kind: \n    kind: group x\nzed: na\n';
    const cases2: [line: number, character: number, items: unknown[]][] = [
      [0, 2, fields('name', 'role', 'org', 'aliases', 'kind', 'reason')],
      [2, 9, kinds],
      [3, 16, []],
      [4, 17, []],
      [5, 7, []],
    ];
    for (const [line, character, items] of cases2) assert.deepEqual(list(odd, line, character), { isIncomplete: false, items }, `${line}:${character}`);
    assert.deepEqual(list(text, 3, 2), { isIncomplete: false, items: fields('role', 'org', 'aliases', 'reason') });
    // Before the first entry, every field is offered.
    const lead = '  \nchen:\n  name: Chen\n';
    const first = service.completions(doc(lead, URI), { position: { line: 0, character: 2 } }, options(lead), NEVER_CANCELLED).items;
    assert.deepEqual(first.map((i) => i.label), ['name', 'role', 'org', 'aliases', 'kind', 'reason']);
  });
});

describe('the registry seen from an article', () => {
  const article = (id: string) => `---\nheadline: Talks\ndate: 2023-09-28\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Officials met. ["We are ready,"]{@${id}} Zed said.\n`;

  test('"add to the registry": after the last entry, in its indentation and line endings, or as a flow entry', () => {
    const service = testService();
    const at = (line: number, character: number) => range(line, character, line, character);
    const cases: [registry: string, edit: { range: ReturnType<typeof range>; newText: string }][] = [
      ['chen:\n  name: Chen W\n', { range: at(2, 0), newText: 'zed-x:\n  name: Zed X\n' }],
      ['chen:\n  name: Chen W', { range: at(1, 14), newText: '\nzed-x:\n  name: Zed X\n' }],
      ['chen:\r\n  name: Chen W', { range: at(1, 14), newText: '\r\nzed-x:\r\n  name: Zed X\r\n' }],
      ['chen:\r\n  name: Chen W\r\n', { range: at(2, 0), newText: 'zed-x:\r\n  name: Zed X\r\n' }],
      ['chen: Chen W\nzed: Zed Q\n', { range: at(2, 0), newText: 'zed-x:\n  name: Zed X\n' }],
      ['chen: Chen W\n\n# end\n', { range: at(1, 0), newText: 'zed-x:\n  name: Zed X\n' }],
      ['  chen:\n    name: Chen W\n', { range: at(2, 0), newText: '  zed-x:\n    name: Zed X\n' }],
      ['{chen: Chen W}', { range: at(0, 13), newText: ', zed-x: {name: "Zed X"}' }],
      ['{}\n', { range: at(0, 1), newText: 'zed-x: {name: "Zed X"}' }],
      ['{chen: Chen W, li: {name: Li}}\n', { range: at(0, 29), newText: ', zed-x: {name: "Zed X"}' }],
      ['', { range: at(0, 0), newText: 'zed-x:\n  name: Zed X\n' }],
      ['# only a comment', { range: at(0, 16), newText: '\nzed-x:\n  name: Zed X\n' }],
      ['# only a comment\n', { range: at(1, 0), newText: 'zed-x:\n  name: Zed X\n' }],
      ['# a comment\r', { range: at(1, 0), newText: 'zed-x:\n  name: Zed X\n' }],
    ];
    for (const [registry, edit] of cases) {
      const text = article('zed-x');
      const document = doc(text);
      const diagnostic = service.diagnostics(document, {}, options(registry), NEVER_CANCELLED).find((d) => d.code === 'quote-unknown-speaker')!;
      const actions = service.codeActions(document, { range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } }, options(registry), NEVER_CANCELLED);
      const add = actions.find((a) => a.title === 'Add speaker "zed-x" to the registry');
      assert.deepEqual(add?.edit?.changes?.[URI], [edit], JSON.stringify(registry));
    }
  });

  test('an article entry that differs from the registry names each field that differs (trimmed values, aliases in order)', () => {
    const registry = 'chen:\n  name: Chen Wenqing\n  role: minister\n  org: Ministry\n  aliases: [Chen]\n  kind: person\n  reason: r\n';
    const base = '    name: Chen Wenqing\n    role: minister\n    org: Ministry\n    aliases: [Chen]\n    kind: person\n    reason: r\n';
    const text = (fields: string) => `---\nheadline: T\ndate: 2023-09-28\nspeakers:\n  chen:\n${fields}---\n\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met. ["A,"]{@chen} Chen said.\n`;
    const cases: [fields: string, differ: string | undefined, registry?: string][] = [
      [base, undefined],
      [base, undefined, registry.replace('role: minister', "role: ' minister '")],
      [base, 'aliases differ', registry.replace('[Chen]', '[Ch, en]')],
      [base.replace('role: minister', "role: ' minister '"), undefined],
      [base.replace('name: Chen Wenqing', 'name: Chen W'), 'name differs'],
      [base.replace('role: minister', 'role: deputy'), 'role differs'],
      [base.replace('org: Ministry', 'org: M'), 'org differs'],
      [base.replace('[Chen]', '[Chen, W]'), 'aliases differ'],
      [base.replace('[Chen]', '[Ch, en]'), 'aliases differ'],
      [base.replace('kind: person', 'kind: group'), 'kind differs'],
      [base.replace('reason: r', 'reason: s'), 'reason differs'],
      [base.replace('    reason: r\n', ''), 'reason differs'],
      [base.replace('    role: minister\n', '').replace('org: Ministry', 'org: X'), 'role, org differ'],
    ];
    const service = testService();
    for (const [fields, differ, registered = registry] of cases) {
      const all = service.diagnostics(doc(text(fields)), {}, options(registered), NEVER_CANCELLED);
      // The article's entry replaces the registry's: its alias "Chen" is not shared with itself.
      assert.deepEqual(all.filter((d) => d.code === 'speaker-ambiguous-alias'), [], fields);
      const found = all.filter((d) => d.code === 'speaker-registry-override').map((d) => d.message);
      const expected = differ ? [`Speaker "chen" overrides the registry's entry in this article (${differ}): keep it if the article needs it, or remove it to use the registry's`] : [];
      assert.deepEqual(found, expected, fields);
    }
  });
});
