// The quick front matter reader (parser/frontMatterYaml.ts, issue 9) against the `yaml` package's
// full document model: on every front matter of the examples and fixtures, and on generated ones
// mixing the shapes NewsMark reads with the YAML it leaves to the full model (comments, tabs,
// anchors, flow maps, multi-line and escaped scalars, numbers, bad indentation), the quick reader
// either gives up or builds the same tree (types, values, all three offsets of every range) with
// no errors where the full model has none; and the front matter read either way is the same:
// every value, span and problem.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Pair, Scalar, YAMLMap, YAMLSeq, isMap, isPair, isScalar, isSeq } from 'yaml';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';
import { fullYaml, quickYaml } from '../../server/src/service/parser/frontMatterYaml';
import { archiveArticle } from '../../bench/archive';
import { propertyParameters } from './parameters';

const ROOT = path.resolve(__dirname, '../..');

/** The node tree as plain data: what the readers must agree on. */
function shape(node: unknown): unknown {
  if (node == null) return node;
  if (isScalar(node)) return { scalar: node.value, type: node.type, range: node.range };
  if (isMap(node)) return { map: node.items.map((p) => [shape(p.key), shape(p.value)]), flow: !!node.flow, range: node.range };
  if (isSeq(node)) return { seq: node.items.map(shape), flow: !!node.flow, range: node.range };
  if (isPair(node)) return { pair: [shape(node.key), shape(node.value)] };
  return { other: String(node) };
}

/** The YAML between the fences, as parseFrontMatter hands it over (LF, closed documents). */
function yamlOf(text: string): string | undefined {
  const fm = parseFrontMatter(text, 0);
  return fm ? text.slice(fm.content.start, fm.content.end) : undefined;
}

/** Asserts the two readers agree on `text`; returns whether the quick reader was sure. */
function agree(text: string): boolean {
  assert.deepEqual(parseFrontMatter(text, 0), parseFrontMatter(text, 0, fullYaml), 'the front matter differs');
  const src = yamlOf(text);
  if (src === undefined) return false;
  const quick = quickYaml(src);
  if (!quick) return false;
  const full = fullYaml(src);
  assert.deepEqual(full.errors.map((e) => e.message), [], 'the quick reader took a document with YAML errors');
  assert.deepEqual(shape(quick.contents), shape(full.contents), 'the trees differ');
  return true;
}

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* filesUnder(file);
    else if (/\.(news|txt|md)$/.test(name)) yield file;
  }
}

describe('the quick front matter reader against the full YAML model', () => {
  test('every front matter in examples/ and test/ reads the same, most of them quickly', () => {
    let read = 0, quick = 0;
    for (const dir of ['examples', 'test/fixtures', 'test/markup/gold', 'test/golden']) {
      for (const file of filesUnder(path.join(ROOT, dir))) {
        const text = readFileSync(file, 'utf8');
        if (!text.startsWith('---')) continue;
        read++;
        if (agree(text)) quick++;
      }
    }
    assert.ok(read >= 40, `only ${read} front matters found`);
    // Comments, CRLF and deliberate errors go to the full model; the ordinary examples must not.
    assert.ok(quick >= read / 2, `the quick reader was sure of only ${quick} of ${read}`);
  });

  test('the benchmark archive and the reference shapes are read quickly', () => {
    for (let i = 0; i < 50; i++) assert.ok(agree(archiveArticle(i)), `archive article ${i}`);
    // The quick nodes are the package's own kinds, for whatever else reads them.
    const src = 'a: [b]\nc:\n- d: e\n';
    const quick = quickYaml(src)!.contents as YAMLMap;
    assert.ok(quick instanceof YAMLMap && quick.items[0] instanceof Pair && quick.items[0].key instanceof Scalar && quick.items[0].value instanceof YAMLSeq);
    assert.equal(String(quick), String(fullYaml(src).contents));
    // A key longer than YAML allows (1,024 characters) is an error: the full model reports it.
    assert.equal(agree(`---\n${'k'.repeat(1100)}: v\n---\n`), false);
    // A dash that opens no list item, and quotation marks that do not close on their line.
    for (const odd of ['a:\n- x\n-yz\n', 'a:\n- x\n-\n', 'a:\n  - x\n  -y: z\n', 'a: "b\n  c"\n', 'a: [x, "y]\n', "a: ['y, z]\n"]) {
      assert.equal(agree(`---\n${odd}---\n`), false, odd);
    }
    const reference = '---\nheadline: "Harbour board: a promise"\ndate: 2025-03-04\nbyline:\n- Elena Marsh\n- \'O\'\'Neil\'\nspeakers:\n  okafor:\n    name: Margaret Okafor\n    aliases: [Okafor, "M. O."]\n  brandt: Tomas Brandt\nsources:\n  - file: a.txt\n    speaker: [okafor, brandt]\n  - b.txt\n---\n';
    assert.ok(agree(reference));
  });

  // Keys, values and lines a front matter is made of: the shapes read quickly, and YAML the quick reader must refuse.
  const KEYS = ['headline', 'date', 'agency', 'byline', 'slug', 'lang', 'speakers', 'sources', 'chen', 'name', 'role', 'aliases', 'kind', 'file', 'speaker', 'x-y', 'true', 'null', '12', 'a.b', '"q"', '? k', 'k '];
  const VALUES = ['', ' ', '  ', 'Chen Wenqing', 'Talks resume: minister', 'a:b', 'end:', '2023-09-28', '2023-02-30', '12', '0x1F', '1e3', '.5', '-1', '+2.', '.inf', '.NaN', '~', 'null', 'Null', 'true', 'False', 'yes',
    '"quoted"', '"a \\" b"', '"tab\\tx"', '["\\u00e9"]', '"open', "'it''s'", "'a' b", '""', '[a, b]', '[a,b ]', '[ ]', '[]', '["x y", \'z\']', '[a, ]', '[a,,b]', '[[a]]', '[a: b]', '{ name: Chen }', '&a x', '*a', '!!str 1', '|', '>', 'a # c', 'a#b',
    '- x', '-x', '? x', '@at', '`tick`', 'a\tb', 'é ü 中文', 'a [b]', 'a ] b', 'x}', '{x', 'a, b', 'Ünïcödé', '%x', '...', '---'];
  const INDENTS = ['', '  ', '    ', '      ', ' ', '   ', '\t'];
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([i, k, v]) => `${i}${k}:${v === '' ? '' : ' '}${v}`) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom('- ', '-', '-  '), fc.constantFrom(...VALUES)).map(([i, d, v]) => `${i}${d}${v}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([i, k, v]) => `${i}- ${k}: ${v}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '  ', '# comment', '  more text', '-', '  -', 'key:', '  key:  ', 'a\r', '\ufeffa: b', 'a: \u2028', 'a: \u0085') },
  );

  // Trees of maps, lists and scalars written in the block and flow styles YAML allows (any
  // indentation step, lists at their key's column or deeper, spaces at line ends, blank lines),
  // then, in half of them, one line or character changed into something unusual.
  type Tree = { scalar: string } | { map: [string, Tree][]; step: number } | { list: Tree[]; step: number; flow: boolean };
  const SAFE = ['Chen Wenqing', 'a, b', "'it''s'", '"q: x"', '""', "''", '2023-09-28', 'é 中文', 'http://x.y/z', 'a "b" c', "l'a", 'x-y_z.1'];
  const key = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...KEYS.slice(0, 16)) }, fc.constantFrom(...KEYS));
  const tree = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SAFE) }, fc.constantFrom(...VALUES)).map((scalar) => ({ scalar })) },
      fc.record({ map: fc.array(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 4 }), step: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ list: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }), step: fc.integer({ min: 0, max: 3 }), flow: fc.boolean() }),
    ),
  })).tree;
  const pad = fc.constantFrom('', '', '', ' ', '  ');

  /** The lines of `node` as the value of a key at column `column` (a map's keys, a list's dashes below it). */
  function render(node: Tree, column: number, pads: string[]): { inline?: string; lines: string[] } {
    const p = () => pads[column % pads.length];
    if ('scalar' in node) return { inline: node.scalar, lines: [] };
    if ('map' in node) {
      const at = ' '.repeat(column + node.step);
      return { lines: node.map.flatMap(([k, v]) => entry(`${at}${k}:`, v, column + node.step, pads, p())) };
    }
    if (node.flow && node.list.every((x) => 'scalar' in x)) return { inline: `[${node.list.map((x) => (x as { scalar: string }).scalar).join(', ')}]`, lines: [] };
    const at = column + node.step;
    return { lines: node.list.flatMap((x) => ('map' in x ? compact(at, x, pads) : entry(`${' '.repeat(at)}-`, x, at, pads, p()))) };
  }

  /** A map as a list item, its first key on the dash's line (`- file: a.txt`), the others below it. */
  function compact(dash: number, map: Extract<Tree, { map: unknown }>, pads: string[]): string[] {
    const lines = map.map.flatMap(([k, v]) => entry(`${' '.repeat(dash + 2)}${k}:`, v, dash + 2, pads, pads[dash % pads.length]));
    return [`${' '.repeat(dash)}- ${lines[0].trimStart()}`, ...lines.slice(1)];
  }

  function entry(head: string, value: Tree, column: number, pads: string[], padding: string): string[] {
    const { inline, lines } = render(value, column, pads);
    return inline === undefined ? [head + padding, ...lines] : [`${head} ${inline}${padding}`];
  }

  const document = fc.tuple(fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 5 }), fc.array(pad, { minLength: 1, maxLength: 4 }),
    fc.option(fc.tuple(fc.nat(), fc.oneof(line, fc.constant(''))), { freq: 2 }), fc.option(fc.tuple(fc.nat(), fc.constantFrom(' ', '\t', '#', ':', '-', '"', "'", '[', ']', ',', '&', '\n', '\n  ', 'x')), { freq: 2 }))
    .map(([entries, pads, insertLine, changeChar]) => {
      const lines = entries.flatMap(([k, v]) => entry(`${k}:`, v, 0, pads, pads[0]));
      if (insertLine) lines.splice(insertLine[0] % (lines.length + 1), 0, insertLine[1]);
      let yaml = lines.join('\n');
      if (changeChar) {
        const at = changeChar[0] % (yaml.length + 1);
        yaml = yaml.slice(0, at) + changeChar[1] + yaml.slice(at + 1);
      }
      return `---\n${yaml}\n---\n\nBODY.\n`;
    });

  test('generated trees of maps, lists and scalars read the same', () => {
    let q = 0, n = 0;
    fc.assert(fc.property(document, (text) => { n++; if (agree(text)) q++; }), propertyParameters(3000));
    // A fifth or so are read quickly (the rest hold an unusual line, key or value): both paths are exercised.
    assert.ok(q >= n / 10, `the quick reader was sure of only ${q} of ${n}`);
  });

  test('generated front matters of the shapes NewsMark reads are mostly read quickly', () => {
    const speaker = fc.tuple(fc.constantFrom('chen', 'liu', 'a-b', 's1'), fc.array(fc.tuple(fc.constantFrom('name', 'role', 'org', 'kind', 'reason'), fc.constantFrom('Chen Wenqing', "'O''Neil'", '"Liu: Jr"', 'person', 'a, b'))), fc.constantFrom('', '    aliases: [Chen]\n', '    aliases:\n    - Chen\n    - "W C"\n'))
      .map(([id, keys, aliases]) => `  ${id}:\n${keys.map(([k, v]) => `    ${k}: ${v}\n`).join('')}${aliases}`);
    const ordinary = fc.tuple(fc.constantFrom('Talks resume', '"A: b"'), fc.array(speaker, { minLength: 1, maxLength: 4 }))
      .map(([headline, speakers]) => `---\nheadline: ${headline}\ndate: 2024-01-02\nspeakers:\n${speakers.join('')}---\n`);
    let quick = 0, all = 0;
    fc.assert(fc.property(ordinary, (text) => { all++; if (agree(text)) quick++; }), propertyParameters(300));
    assert.ok(quick >= all * 0.9, `the quick reader was sure of only ${quick} of ${all}`);
  });
});
