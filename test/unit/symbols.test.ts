import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { propertyParameters } from '../property/parameters';
import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver-types';
import { openingWords } from '../../server/src/service/labels';
import { documentSymbols } from '../support/features';
import { article, example, parse, ROOT, toCrlf } from '../support/documents';

const BERLIN = 'berlin-security-dialogue.news';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** Every problem with the outline's nesting: child ⊄ parent, selectionRange ⊄ range, empty names. */
function containmentProblems(symbols: DocumentSymbol[], parent?: DocumentSymbol, path = ''): string[] {
  const problems: string[] = [];
  for (const s of symbols) {
    const here = `${path}/${s.name}`;
    if (!s.name.trim()) problems.push(`${here}: empty name`);
    if (!before(s.range.start, s.range.end)) problems.push(`${here}: range ends before it starts`);
    if (!within(s.selectionRange, s.range)) problems.push(`${here}: selectionRange outside range`);
    if (parent && !within(s.range, parent.range)) problems.push(`${here}: outside its parent's range`);
    problems.push(...containmentProblems(s.children ?? [], s, here));
  }
  return problems;
}

function exampleFiles(dir = path.join(ROOT, 'examples')): string[] {
  let entries: string[];
  try { entries = readdirSync(dir); } catch { return []; }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return exampleFiles(full);
    return name.endsWith('.news') ? [full] : [];
  });
}

const names = (symbols: DocumentSymbol[] | undefined) => (symbols ?? []).map((s) => s.name);
const textOf = (text: string, r: Range, lines = parse(text).lines) => text.slice(lines.offset(r.start), lines.offset(r.end));

describe('document symbols, grouped by speaker', () => {
  const text = example(BERLIN);
  const outline = documentSymbols(parse(text));

  test('the headline, the dateline, then each speaker in front matter order', () => {
    assert.deepEqual(names(outline), [
      'China ready to further enhance law enforcement, security dialogue with Germany: senior CPC official',
      'BERLIN, Sept. 27 (Xinhua)',
      'Chen Wenqing',
      'Wolfgang Schmidt',
    ]);
    assert.equal(outline[0].kind, SymbolKind.File);
    assert.equal(outline[1].kind, SymbolKind.Event);
    assert.equal(outline[2].kind, SymbolKind.Class);
  });

  test('the headline symbol covers the headline field', () => {
    assert.equal(textOf(text, outline[0].range).startsWith('headline: "China ready'), true);
    assert.equal(textOf(text, outline[0].selectionRange), '"China ready to further enhance law enforcement, security dialogue with Germany: senior CPC official"');
  });

  test('each speaker has its quotes as children, named by their opening words, kind as detail', () => {
    const chen = outline[2];
    assert.equal(chen.children?.length, 8);
    assert.equal(chen.children?.[0].name, 'China is ready to work with Germany to…');
    assert.equal(chen.children?.[0].detail, 'indirect');
    assert.equal(chen.children?.[0].kind, SymbolKind.String);
    assert.ok(chen.children!.every((c) => c.detail === 'indirect'));
    assert.equal(outline[3].children?.length ?? 0, 0, 'Schmidt is listed although never quoted');
  });

  test("a speaker's range runs from its definition to its last quote; selection is the id", () => {
    const chen = outline[2];
    assert.equal(textOf(text, chen.selectionRange), 'chen');
    assert.equal(textOf(text, chen.range).startsWith('chen:\n    name: Chen Wenqing'), true);
    assert.equal(textOf(text, chen.range).endsWith('relations]{@chen}'), true);
    const schmidt = outline[3];
    assert.equal(textOf(text, schmidt.selectionRange), 'schmidt');
    assert.equal(textOf(text, schmidt.range), "schmidt:\n    name: Wolfgang Schmidt\n    role: head of Germany's Federal Chancellery\n    aliases: [Schmidt]");
  });

  test('quote symbols span the quote; the selection is its words', () => {
    const first = outline[2].children![0];
    assert.equal(textOf(text, first.range).endsWith(']{@chen}'), true);
    assert.equal(textOf(text, first.selectionRange).startsWith('China is ready'), true);
  });

  test('quotes attributed to ids not in the front matter are grouped under the id', () => {
    const t = article('BERLIN, Sept. 27 (Xinhua) -- [One two]{@wang} and [three]{@chen} and [four]{@wang}.', { chen: 'Chen Wenqing' });
    const symbols = documentSymbols(parse(t));
    const wang = symbols.find((s) => s.name === '@wang');
    assert.ok(wang);
    assert.equal(wang.detail, 'not in front matter');
    assert.deepEqual(names(wang.children), ['One two', 'four']);
    assert.equal(textOf(t, wang.selectionRange), '@wang');
    assert.deepEqual(containmentProblems(symbols), []);
  });

  test('nested quotes are listed under their own speaker, in reading order', () => {
    const t = article('X said [senators told him, ["There is no doubt,"]{@senators}]{@mcclure}. [More]{@senators}.', { mcclure: 'Jim McClure', senators: 'senators' });
    const symbols = documentSymbols(parse(t));
    const senators = symbols.find((s) => s.name === 'senators')!;
    assert.deepEqual(names(senators.children), ['"There is no doubt,"', 'More']);
    assert.equal(senators.children![0].detail, 'direct');
    assert.deepEqual(names(symbols.find((s) => s.name === 'Jim McClure')!.children), ['senators told him, "There is no doubt,"']);
    assert.deepEqual(containmentProblems(symbols), []);
  });

  test('subheadings are sections, nested by level', () => {
    const t = article('Lead [a]{@a}.\n\n## First\n\nText.\n\n### Deeper\n\nMore [b]{@a}.\n\n## Second\n\nEnd.', { a: 'Ann Lee' });
    const symbols = documentSymbols(parse(t));
    const sections = symbols.filter((s) => s.kind === SymbolKind.Namespace);
    assert.deepEqual(names(sections), ['First', 'Second']);
    assert.deepEqual(names(sections[0].children), ['Deeper']);
    assert.equal(textOf(t, sections[0].range), '## First\n\nText.\n\n### Deeper\n\nMore [b]{@a}.');
    assert.equal(textOf(t, sections[0].selectionRange), 'First');
    assert.deepEqual(containmentProblems(symbols), []);
  });
});

describe('document symbols, grouped by section', () => {
  test('quotes before the first subheading at the top level, then sections with their quotes', () => {
    const t = article('BERLIN, Sept. 27 (Xinhua) -- [Lead words]{@a}.\n\n## First\n\n[In first]{@b}.\n\n## Second\n\n[In second]{@a}, [with [nested]{@b}]{@a}.', { a: 'Ann Lee', b: 'Bo Chan' });
    const symbols = documentSymbols(parse(t), 'section');
    assert.deepEqual(names(symbols), ['Test headline', 'BERLIN, Sept. 27 (Xinhua)', 'Lead words', 'First', 'Second']);
    assert.equal(symbols[2].detail, 'Ann Lee');
    assert.deepEqual(names(symbols[3].children), ['In first']);
    assert.equal(symbols[3].children![0].detail, 'Bo Chan');
    assert.deepEqual(names(symbols[4].children), ['In second', 'with nested', 'nested']);
    assert.deepEqual(containmentProblems(symbols), []);
  });

  test('the reference example has no sections: its quotes follow the dateline', () => {
    const symbols = documentSymbols(parse(example(BERLIN)), 'section');
    assert.equal(symbols.length, 2 + 8);
    assert.ok(symbols.slice(2).every((s) => s.kind === SymbolKind.String && s.detail === 'Chen Wenqing'));
  });
});

describe('outline invariants', () => {
  const files = exampleFiles();
  test('there are example files to check', () => assert.ok(files.length >= 1));
  for (const file of files) {
    const name = path.relative(ROOT, file);
    for (const variant of ['LF', 'CRLF'] as const) {
      test(`${name} (${variant}): children inside parents, selections inside ranges`, async () => {
        const { readFile } = await import('node:fs/promises');
        let text = await readFile(file, 'utf8');
        if (variant === 'CRLF') text = toCrlf(text);
        for (const groupBy of ['speaker', 'section'] as const) {
          const symbols = documentSymbols(parse(text), groupBy);
          assert.ok(symbols.length > 0);
          assert.deepEqual(containmentProblems(symbols), [], `${groupBy}`);
        }
      });
    }
  }

  test('CRLF and LF outlines have the same shape', () => {
    const shape = (s: DocumentSymbol): unknown => [s.name, s.kind, (s.children ?? []).map(shape)];
    const lf = documentSymbols(parse(example(BERLIN))).map(shape);
    const crlf = documentSymbols(parse(toCrlf(example(BERLIN)))).map(shape);
    assert.deepEqual(crlf, lf);
  });

  test('odd documents give a valid outline and never throw', () => {
    const odd = ['', '---', '---\n---\n', '---\nheadline: ""\n---\n[x]{@}', '[]{@a}', '## \n\n#', '\ufeff---\nspeakers:\n  a: A\n---\n[a]{@a}', '[unclosed]{@a', 'Text ]{@a} [b]{@ b}'];
    for (const t of odd) {
      for (const groupBy of ['speaker', 'section'] as const) {
        const symbols = documentSymbols(parse(t), groupBy);
        assert.deepEqual(containmentProblems(symbols), [], JSON.stringify(t));
      }
    }
  });

  test('a cancelled request returns nothing', () => {
    assert.deepEqual(documentSymbols(parse(example(BERLIN)), 'speaker', { isCancellationRequested: true }), []);
  });
});

describe('openingWords', () => {
  test('up to eight words, then an ellipsis', () => {
    assert.equal(openingWords('one two three'), 'one two three');
    assert.equal(openingWords('1 2 3 4 5 6 7 8'), '1 2 3 4 5 6 7 8');
    assert.equal(openingWords('1 2 3 4 5 6 7 8 9'), '1 2 3 4 5 6 7 8…');
    assert.equal(openingWords(' spaced\n\nout '), 'spaced out');
    assert.equal(openingWords(''), '(empty quote)');
    assert.equal(openingWords('x'.repeat(500)).length, 81);
  });
});

describe('outline invariants on random documents', () => {
  // Fragments that exercise the grammar's corners; the outline must stay well nested on any mix.
  const PIECES = ['[', ']', '{@', ']{@chen}', ']{@x}', ']{@', '"', '“', '”', '<!--', '-->', '\n', '\r\n', '\n\n', '---\n', '# ', '## ', '### ',
    'headline: ', 'speakers:\n  chen:\n    name: Chen Wenqing\n', 'date: 2023-09-28\n', 'BERLIN, Sept. 27 (Xinhua) -- ', 'Chen', ' said ', 'on Tuesday', '\ufeff', '😀', ' '];
  const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }));
  const soup = fc.array(piece, { maxLength: 50 }).map((a) => a.join(''));
  const mutated = fc.tuple(fc.constantFrom(...exampleFiles()), fc.nat(), fc.nat({ max: 20 }), piece).map(([file, at, del, insert]) => {
    const text = readFileSync(file, 'utf8');
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + del);
  });

  test('children inside parents, selections inside ranges, and nothing lost to an exception', () => {
    fc.assert(fc.property(fc.oneof(soup, mutated), fc.constantFrom('speaker', 'section' as const), (text, groupBy) => {
      const a = parse(text);
      const symbols = documentSymbols(a, groupBy);
      assert.deepEqual(containmentProblems(symbols), []);
      // The outline swallows its own errors; an empty outline for an article with content is one.
      const hasContent = !!a.frontMatter?.headline || !!a.dateline || a.blocks.some((b) => b.type === 'heading' || (b.type === 'paragraph' && b.quotes.length > 0)) || (groupBy === 'speaker' && !!a.frontMatter?.speakers.length);
      assert.equal(symbols.length > 0, hasContent);
    }), propertyParameters(150));
  });
});
