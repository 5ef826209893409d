// How the front matter reads byline, speakers and each speaker's keys (frontMatter.ts): the
// fields of the tree and the exact problems (code, the text they point at, message) on a table of
// inputs, including the empty, null, blank, list and map values that each key must turn away.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';

/** The front matter of a document made of `yaml` and a one-line body. */
function read(yaml: string) {
  const text = `---\n${yaml}\n---\n\nBody.`;
  const fm = parseFrontMatter(text, 0)!;
  const at = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  return { fm, at, problems: fm.problems.map((p) => [p.code, at(p), p.message]) };
}

const NO_NAME = (id: string) => `Speaker "${id}" has no name: add "name:" with the full name as on first reference`;
const NOT_A_NAME = (id: string) => `Speaker "${id}" must be a name or a map with "name", "role", "org", "aliases", "kind", "reason"`;

describe('front matter byline', () => {
  const cases: [string, string, string[], string[][]][] = [
    ['one name', 'byline: Ann Lee', ['Ann Lee'], []],
    ['a list of names', 'byline: [Ann Lee, Bo Li]', ['Ann Lee', 'Bo Li'], []],
    ['null and map items are turned away', 'byline: [Ann Lee, ~, {a: b}]', ['Ann Lee'],
      [['front-matter-key', '~', 'Each byline must be a name'], ['front-matter-key', '{a: b}', 'Each byline must be a name']]],
    ['no value', 'byline:', [], [['front-matter-key', 'byline', '"byline" has no value']]],
    ['a map', 'byline: {a: b}', [], [['front-matter-key', '{a: b}', '"byline" must be a single line of text, not a list or map']]],
  ];
  for (const [name, yaml, byline, problems] of cases) {
    test(name, () => {
      const { fm, at, problems: got } = read(yaml);
      assert.deepEqual(fm.byline.map((b) => [b.text, at(b)]), byline.map((b) => [b, b]));
      assert.deepEqual(got, problems);
    });
  }
});

describe('front matter string keys', () => {
  test('lists, maps and missing values are reported with the key`s name', () => {
    const { fm, problems } = read('headline: [a, b]\nagency:\nlang: {a: b}');
    assert.deepEqual(problems, [
      ['front-matter-key', '[a, b]', '"headline" must be a single line of text, not a list or map'],
      ['front-matter-key', 'agency', '"agency" has no value'],
      ['front-matter-key', '{a: b}', '"lang" must be a single line of text, not a list or map'],
    ]);
    assert.equal(fm.headline, undefined);
    assert.equal(fm.agency, undefined);
  });

  test('a key given twice, the second time without a usable value, keeps the first value', () => {
    const { fm, problems } = read('headline: Talks resume\nheadline:\nagency: Xinhua\nagency: [a]');
    assert.deepEqual(problems.map(([code, , message]) => [code, message]), [
      ['front-matter-yaml', 'Front matter YAML: the key "headline" is given twice: keep one'],
      ['front-matter-yaml', 'Front matter YAML: the key "agency" is given twice: keep one'],
    ]);
    assert.equal(fm.headline?.value, 'Talks resume');
    assert.equal(fm.agency?.value, 'Xinhua');
  });

  test('a value YAML reads as a timestamp is kept as its date', () => {
    const { fm, at, problems } = read('headline: !!timestamp 2023-09-28T10:00:00Z\ndate: !!timestamp 2023-09-28');
    assert.deepEqual(problems, []);
    assert.equal(fm.headline?.value, '2023-09-28');
    assert.equal(at(fm.headline!), '2023-09-28T10:00:00Z');
    assert.equal(fm.date?.value, '2023-09-28');
  });
});

describe('front matter speakers map', () => {
  for (const yaml of ['speakers:', 'speakers: ~']) {
    test(`"${yaml}" is an empty list of speakers, not a problem`, () => {
      const { fm, at, problems } = read(yaml);
      assert.deepEqual(problems, []);
      assert.deepEqual(fm.speakers, []);
      assert.equal(at(fm.speakersKey!), 'speakers');
      assert.equal(fm.speakersValue, undefined);
    });
  }

  for (const value of ['[]', 'plain']) {
    test(`"speakers: ${value}" must be a map`, () => {
      const { fm, problems } = read(`speakers: ${value}`);
      assert.deepEqual(problems, [['speaker-invalid', value, '"speakers" must be a map from speaker id to speaker, e.g. "chen: { name: Chen Wenqing }"']]);
      assert.deepEqual(fm.speakers, []);
    });
  }

  test('the indentation of new speakers is the first speaker`s', () => {
    const { fm } = read('speakers: {\n    chen: Chen Wenqing,\n  moe: Moe Smith\n  }');
    assert.deepEqual(fm.speakers.map((s) => s.name?.value), ['Chen Wenqing', 'Moe Smith']);
    assert.equal(fm.speakerIndent, '    ');
  });

  test('an invalid id, and speakers without a name', () => {
    const { fm, problems } = read('speakers:\n  Chen: Chen Wenqing\n  moe:\n  lee: ~\n  kim: "   "\n  ann: [a]');
    assert.deepEqual(problems, [
      ['speaker-invalid', 'Chen', '"Chen" is not a valid speaker id: use lower-case letters, digits, "-" and "_", starting with a letter'],
      ['speaker-invalid', 'moe', NO_NAME('moe')],
      ['speaker-invalid', 'lee', NO_NAME('lee')],
      ['speaker-invalid', '"   "', NOT_A_NAME('kim')],
      ['speaker-invalid', 'kim', NO_NAME('kim')],
      ['speaker-invalid', '[a]', NOT_A_NAME('ann')],
      ['speaker-invalid', 'ann', NO_NAME('ann')],
    ]);
    assert.deepEqual(fm.speakers.map((s) => [s.id, s.name?.value, s.aliases.map((a) => a.text)]), [
      ['Chen', 'Chen Wenqing', ['Wenqing']], ['moe', undefined, []], ['lee', undefined, []], ['kim', undefined, []], ['ann', undefined, []],
    ]);
  });
});

describe('front matter speaker keys', () => {
  const yaml = [
    'speakers:',
    '  chen:', '    name: Chen Wenqing', '    role:', '    kind:', '    age: 3',
    '  moe:', '    name: "  "', '    aliases: Smith',
    '  lee:', '    name: Lee Min', '    role: Minister', '    aliases: [Lee, ~, "  ", {a: b}]',
    '  kim:', '    name: Kim Jong', '    aliases: {a: b}',
    '  ann:', '    name: Ann Ho', '    aliases:',
  ].join('\n');

  test('problems name the speaker and key, and point at them', () => {
    assert.deepEqual(read(yaml).problems, [
      ['speaker-invalid', 'role', '"chen.role" has no value'],
      ['speaker-invalid', 'kind', '"chen.kind" has no value'],
      ['front-matter-key', 'age', 'Unknown speaker key "age": a speaker has name, role, org, aliases, kind, reason'],
      ['front-matter-key', 'Smith', '"aliases" of "moe" should be a list: [Smith]'],
      ['speaker-invalid', 'moe', NO_NAME('moe')],
      ['speaker-invalid', '~', 'Each alias of "lee" must be a name'],
      ['speaker-invalid', '"  "', 'Each alias of "lee" must be a name'],
      ['speaker-invalid', '{a: b}', 'Each alias of "lee" must be a name'],
    ]);
  });

  test('names, roles, aliases and unknown keys as read', () => {
    const { fm, at } = read(yaml);
    assert.deepEqual(fm.speakers.map((s) => ({
      id: s.id, name: s.name?.value, role: s.role?.value, kind: s.kind,
      aliases: s.aliases.map((a) => [a.text, at(a)]), unknownKeys: s.unknownKeys.map((k) => [k.text, at(k)]),
    })), [
      { id: 'chen', name: 'Chen Wenqing', role: undefined, kind: 'person', aliases: [['Wenqing', 'Wenqing']], unknownKeys: [['age', 'age']] },
      { id: 'moe', name: undefined, role: undefined, kind: 'person', aliases: [['Smith', 'Smith']], unknownKeys: [] },
      { id: 'lee', name: 'Lee Min', role: 'Minister', kind: 'person', aliases: [['Lee', 'Lee']], unknownKeys: [] },
      { id: 'kim', name: 'Kim Jong', role: undefined, kind: 'person', aliases: [], unknownKeys: [] },
      { id: 'ann', name: 'Ann Ho', role: undefined, kind: 'person', aliases: [], unknownKeys: [] },
    ]);
  });
});

describe('front matter keys written without a value (`? key`, `{key}`)', () => {
  test('"? speakers" is an empty list of speakers, not a problem', () => {
    const { fm, at, problems } = read('? speakers\nheadline: X');
    assert.deepEqual(problems, []);
    assert.deepEqual(fm.speakers, []);
    assert.equal(at(fm.speakersKey!), 'speakers');
  });

  for (const yaml of ['speakers: {chen}', 'speakers:\n  ? chen']) {
    test(`${JSON.stringify(yaml)}: a speaker without a name`, () => {
      const { fm, problems } = read(yaml);
      assert.deepEqual(problems, [['speaker-invalid', 'chen', NO_NAME('chen')]]);
      assert.deepEqual(fm.speakers.map((s) => [s.id, s.name, s.aliases]), [['chen', undefined, []]]);
    });
  }

  test('"aliases" without a value: no aliases, not even the default one', () => {
    const { fm, problems } = read('speakers:\n  chen: {name: Chen Wenqing, aliases}');
    assert.deepEqual(problems, []);
    assert.deepEqual(fm.speakers.map((s) => [s.name?.value, s.aliases]), [['Chen Wenqing', []]]);
  });

  test('a role of only spaces is kept (only a blank name or reason counts as none)', () => {
    const { fm, problems } = read('speakers:\n  chen:\n    name: Chen Wenqing\n    role: " "');
    assert.deepEqual(problems, []);
    assert.equal(fm.speakers[0].role?.value, ' ');
  });
});
