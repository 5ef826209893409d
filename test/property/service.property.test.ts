// Properties of the language service on random and on mutated documents: it never throws, every
// range lies inside the document and is well ordered, strip() leaves no quote markup behind, and
// re-using paragraphs across edits gives the same tree as a fresh parse.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { NEVER_CANCELLED } from '../../server/src/service';
import { ArticleParser } from '../../server/src/service/parser/parseArticle';
import { ROOT, doc } from '../support/documents';
import { rethrowingLogger, testService } from '../support/service';
import { propertyParameters } from './parameters';

const RUNS = 150;

const examples = readdirSync(path.join(ROOT, 'examples'), { recursive: true })
  .map(String).filter((f) => f.endsWith('.news'))
  .map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'));

// Pieces that exercise every corner of the grammar.
const PIECES = ['[', ']', '{', '}', '{@', ']{@chen}', ']{@x', '@', '\\', '\\[', '"', '“', '”', '‘', '’', '«', '»', '„',
  '<!--', '-->', '\n', '\r\n', '\n\n', '---', '...', '# ', '## ', ':', ': ', '-- ', ' — ', ' - ', '(Xinhua)', '(AP)',
  'BERLIN, ', 'Sept. 27 ', 'Feb. 30', 'Chen', 'Chen Wenqing', 'Schmidt', 'said', 'claimed', ' ', 'on Tuesday', '\uFEFF', '😀', 'é', '\t'];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }));
const markupSoup = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));

const mutation = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.array(piece, { maxLength: 4 }).map((a) => a.join('')) });
const mutatedExample = fc.tuple(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, ms]) => {
  let t = text;
  for (const m of ms) {
    const at = m.at % (t.length + 1);
    t = t.slice(0, at) + m.insert + t.slice(at + m.del);
  }
  return t;
});

const anyDocument = fc.oneof(markupSoup, mutatedExample, fc.string({ unit: 'binary', maxLength: 200 }));

function assertRangeInside(r: Range, text: string, what: string) {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  assert.ok(ok(r.start) && ok(r.end), `${what}: range ${JSON.stringify(r)} outside the document`);
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: range ${JSON.stringify(r)} is reversed`);
}

/** Symbol names an editor would show as nothing: empty, or only invisible characters. */
function blankNames(symbols: readonly DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [...(/[^\p{White_Space}\p{Cf}\p{Cc}]/u.test(s.name) ? [] : [JSON.stringify(s.name)]), ...blankNames(s.children ?? [])]);
}

describe('language service properties', () => {
  test('every outline symbol has a visible name, also for quotes of invisible characters only', () => {
    const invisible = fc.array(fc.constantFrom('\uFEFF', '\u200B', '\u200D', '\u2060', '\u00AD', '\u0007', ' ', '\t'), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    const invisibleQuote = fc.tuple(fc.constantFrom(...examples), fc.nat(), invisible).map(([text, at, words]) => {
      const paragraphs = [...text.matchAll(/\n\n(?=[A-Z])/g)].map((m) => m.index! + 2);
      const i = paragraphs[at % paragraphs.length];
      return `${text.slice(0, i)}[${words}]{@chen} ${text.slice(i)}`;
    });
    fc.assert(fc.property(fc.oneof(anyDocument, invisibleQuote), fc.constantFrom('speaker' as const, 'section' as const), (text, groupBy) => {
      assert.deepEqual(blankNames(testService().documentSymbols(doc(text), { groupBy }, {}, NEVER_CANCELLED)), []);
    }), propertyParameters(RUNS));
  });

  test('the quote of a lone U+FEFF is named "(empty quote)" in the outline', () => {
    const text = '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  a:\n    name: Ann Lee\n---\n\nAnn Lee said [\uFEFF]{@a}.';
    const ann = testService().documentSymbols(doc(text), { groupBy: 'speaker' }, {}, NEVER_CANCELLED).find((s) => s.name === 'Ann Lee');
    assert.deepEqual(ann?.children?.map((c) => c.name), ['(empty quote)']);
  });

  test('never throws; every diagnostic range lies inside the document and is well ordered', () => {
    fc.assert(fc.property(anyDocument, (text) => {
      const service = testService();
      const d = doc(text);
      const diagnostics = service.diagnostics(d, {}, {}, NEVER_CANCELLED);
      for (const x of diagnostics) {
        assertRangeInside(x.range, text, `diagnostic ${x.code}`);
        for (const fix of (x.data as { fixes: { edits: { range: Range }[] }[] }).fixes) for (const e of fix.edits) assertRangeInside(e.range, text, `fix of ${x.code}`);
      }
      service.strip(d, {}, {}, NEVER_CANCELLED);
    }), propertyParameters(RUNS));
  });

  test('every node of the tree lies inside the document, well ordered', () => {
    fc.assert(fc.property(anyDocument, (text) => {
      const a = testService().parse(doc(text));
      const spans: [string, { start: number; end: number }][] = [];
      for (const b of a.blocks) {
        spans.push([b.type, b]);
        if (b.type === 'paragraph') {
          const walk = (qs: typeof b.quotes) => qs.forEach((q) => { spans.push(['quote', q], ['content', q.content], ['speaker', q.speakerSpan]); walk(q.children); });
          walk(b.quotes);
          b.problems.forEach((p) => spans.push([p.code, p]));
        }
      }
      a.mentions.forEach((m) => spans.push(['mention', m]));
      a.comments.forEach((c) => spans.push(['comment', c]));
      if (a.dateline) spans.push(['dateline', a.dateline]);
      if (a.frontMatter) spans.push(['front matter', a.frontMatter], ...a.frontMatter.speakers.map((s) => ['speaker def', s.idSpan] as [string, { start: number; end: number }]));
      for (const [what, s] of spans) {
        assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} [${s.start}, ${s.end}) outside 0..${text.length}`);
      }
    }), propertyParameters(RUNS));
  });

  test('strip() output holds no markup that the parser reads again as a quote', () => {
    fc.assert(fc.property(anyDocument, (text) => {
      const service = testService();
      const stripped = service.strip(doc(text), {}, {}, NEVER_CANCELLED);
      const again = service.parse(doc(stripped));
      const quotes = again.blocks.flatMap((b) => (b.type === 'paragraph' ? b.quotes : []));
      assert.deepEqual(quotes.map((q) => stripped.slice(q.start, q.end)), []);
    }), propertyParameters(RUNS));
  });

  test('strip() of a document without markup returns its body unchanged', () => {
    const plainChar = fc.constantFrom(...'abcdefghij KLMNOP,.;:!?-—–\'’0123456789éü中文'.split(''), ' ', ' ');
    const plainLine = fc.array(plainChar, { minLength: 1, maxLength: 40 }).map((a) => a.join('')).filter((l) => l.trim() !== '' && !/^\s*#/.test(l) && !/^\s*(---|\.\.\.)\s*$/.test(l) && !/^\s/.test(l) && !/\s$/.test(l));
    const paragraph = fc.array(plainLine, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
    const body = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([ps, eol, trailing]) => ps.join('\n\n').replace(/\n/g, eol) + (trailing ? eol : ''));
    fc.assert(fc.property(body, (text) => {
      assert.equal(testService().strip(doc(text), {}, {}, NEVER_CANCELLED), text);
      const withFrontMatter = `---\nheadline: H\ndate: 2023-09-28\n---\n${text}`;
      assert.equal(testService().strip(doc(withFrontMatter), {}, {}, NEVER_CANCELLED), text);
    }), propertyParameters(RUNS));
  });

  test('an edited document re-parsed with paragraph re-use equals a fresh parse', () => {
    fc.assert(fc.property(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 5 }), (original, ms) => {
      const parser = new ArticleParser(rethrowingLogger);
      let text = original;
      parser.parse('file:///x.news', 0, text);
      ms.forEach((m, k) => {
        const at = m.at % (text.length + 1);
        text = text.slice(0, at) + m.insert + text.slice(at + m.del);
        const incremental = parser.parse('file:///x.news', k + 1, text);
        const fresh = new ArticleParser(rethrowingLogger).parse('file:///x.news', k + 1, text);
        assert.deepEqual(strip(incremental), strip(fresh));
        assert.deepEqual(incremental.lines.lineStarts, fresh.lines.lineStarts);
      });
    }), propertyParameters(RUNS, 1 / 3));
  });

  test('typing, deleting and pasting in the body, one edit at a time, keeps the tree equal to a fresh parse', () => {
    // fc.double alone puts nearly every edit at the body's start (it draws uniformly among doubles): a uniform share is mixed in.
    const place = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.noBias(fc.integer({ min: 0, max: 1 << 20 })).map((n) => n / (1 << 20)));
    const bodyEdit = fc.record({ at: place, del: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom('', '\n', '\n\n', '\r\n', '<!--', '-->', '[', ']{@chen}', '## ', 'x', ' '), piece) });
    fc.assert(fc.property(fc.constantFrom(...examples), fc.array(bodyEdit, { minLength: 1, maxLength: 12 }), (original, edits) => {
      const parser = new ArticleParser(rethrowingLogger);
      let text = original;
      parser.parse('file:///y.news', 0, text);
      const bodyStart = text.indexOf('\n---', 3) + 5;
      edits.forEach((e, k) => {
        const at = bodyStart + Math.floor(e.at * (text.length - bodyStart));
        text = text.slice(0, at) + e.insert + text.slice(at + e.del);
        const incremental = parser.parse('file:///y.news', k + 1, text);
        const fresh = new ArticleParser(rethrowingLogger).parse('file:///y.news', k + 1, text);
        assert.deepEqual(strip(incremental), strip(fresh));
        assert.deepEqual(incremental.lines.lineStarts, fresh.lines.lineStarts);
      });
    }), propertyParameters(RUNS));
  });
});

/** The tree without the shared text and line index, for comparisons. */
function strip<T extends { text: string; lines: unknown }>(a: T) {
  const rest: Partial<T> = { ...a };
  delete rest.text;
  delete rest.lines;
  return JSON.parse(JSON.stringify(rest, (_k, v) => (v instanceof Map ? [...v.entries()] : v)));
}
