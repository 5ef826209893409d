// A paragraph's pieces (publish/segments.ts), which the preview, `export --format html` and NITF
// mark up inline: their words are exactly strip()'s (spaces before a quote kept, also after a
// comment), nested quotes sit inside their parent, the dateline is cut off only when no quote
// starts inside it; and publishedArticle's own fields (front matter fallbacks, diagnostics).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { NEVER_CANCELLED, type Paragraph } from '../../server/src/service';
import { publishedArticle } from '../../server/src/service/publish/publishedArticle';
import { paragraphSegments, type Segment } from '../../server/src/service/publish/segments';
import { article, doc, parse } from '../support/documents';
import { testService } from '../support/service';

const SPEAKERS = { chen: 'Chen', li: 'Li' };
type Shown = string | { [id: string]: Shown[] };
const shown = (s: Segment): Shown => (s.type === 'quote' ? { [s.quote.speakerId]: s.children.map(shown) } : s.type === 'dateline' ? `D:${s.text}` : s.text);
const words = (s: Segment): string => (s.type === 'quote' ? s.children.map(words).join('') : s.text);

function pieces(body: string, withDateline = true): { segments: Segment[]; stripped: string } {
  const text = article(`${body}\n`, SPEAKERS);
  const a = parse(text);
  const p = a.blocks.find((b): b is Paragraph => b.type === 'paragraph')!;
  const segments = paragraphSegments(a, p, withDateline && a.dateline ? a.dateline.bodyStart : undefined);
  const stripped = testService().strip(doc(text), {}, {}, NEVER_CANCELLED).split('\n\n').pop()!.trimEnd();
  return { segments, stripped };
}

describe('publish: the pieces of a paragraph', () => {
  it('publishes the words of strip(), each quote a piece of its own', () => {
    const table: [string, Shown[]][] = [
      ['Chen said [yes]{@chen}.', ['Chen said ', { chen: ['yes'] }, '.']],
      ['Chen said\t[yes]{@chen}.', ['Chen said\t', { chen: ['yes'] }, '.']],
      ['[yes]{@chen}', [{ chen: ['yes'] }]],
      ['[a]{@chen} [b]{@li}', [{ chen: ['a'] }, ' ', { li: ['b'] }]],
      ['[a]{@chen}<!-- c -->[b]{@li} end', [{ chen: ['a'] }, { li: ['b'] }, ' end']],
      ['[a [b]{@li} c]{@chen}', [{ chen: ['a ', { li: ['b'] }, ' c'] }]],
      ['[a [b]{@li}]{@chen}', [{ chen: ['a ', { li: ['b'] }] }]],
      ['Said [x]{@chen} \\[not a quote] [y]{@li}', ['Said ', { chen: ['x'] }, ' [not a quote] ', { li: ['y'] }]],
      // A comment before a quote: the space around it stays (the preview showed "saidyes").
      ['Chen said <!-- note --> [yes]{@chen}.', ['Chen said ', { chen: ['yes'] }, '.']],
      ['Chen said<!-- note --> [yes]{@chen}.', ['Chen said ', { chen: ['yes'] }, '.']],
      ['Chen <!-- a --> said  [yes]{@chen}.', ['Chen said  ', { chen: ['yes'] }, '.']],
      ['[a]{@chen} <!-- x --> [b]{@li}', [{ chen: ['a'] }, ' ', { li: ['b'] }]],
      ['Chen said <!-- note -->[yes]{@chen}.', ['Chen said ', { chen: ['yes'] }, '.']],
      ['A <!-- x -->\t[b]{@li}', ['A \t', { li: ['b'] }]],
      ['[yes <!-- x --> ]{@chen} Chen said.', [{ chen: ['yes '] }, ' Chen said.']],
      ['Chen said \\\\[yes]{@chen}.', ['Chen said \\', { chen: ['yes'] }, '.']],
      ['He said [it]{@chen} <!-- newsmark-review: speaker -->', ['He said ', { chen: ['it'] }]],
    ];
    for (const [body, expected] of table) {
      const { segments, stripped } = pieces(body);
      assert.deepEqual(segments.map(shown), expected, body);
      assert.equal(segments.map(words).join(''), stripped, body);
    }
  });

  it('cuts the dateline off as a piece, unless a quote starts inside it', () => {
    const table: [string, Shown[]][] = [
      ['BERLIN, Sept. 27 (Xinhua) -- Rain [fell]{@chen}.', ['D:BERLIN, Sept. 27 (Xinhua) -- ', 'Rain ', { chen: ['fell'] }, '.']],
      ['BERLIN, Sept. 27 (Xinhua) -- [Rain fell]{@chen}.', ['D:BERLIN, Sept. 27 (Xinhua) -- ', { chen: ['Rain fell'] }, '.']],
      ['[BERLIN, Sept. 27 (Xinhua) -- Rain]{@chen} fell.', [{ chen: ['BERLIN, Sept. 27 (Xinhua) -- Rain'] }, ' fell.']],
    ];
    for (const [body, expected] of table) assert.deepEqual(pieces(body).segments.map(shown), expected, body);
    // Without a dateline end (a later paragraph, NITF), no cut.
    assert.deepEqual(pieces('BERLIN, Sept. 27 (Xinhua) -- Rain [fell]{@chen}.', false).segments.map(shown), ['BERLIN, Sept. 27 (Xinhua) -- Rain ', { chen: ['fell'] }, '.']);
  });

  it('ignores a dateline end outside the paragraph', () => {
    const a = parse(article('Rain [fell]{@chen}.\n\nMore rain.\n', SPEAKERS));
    const [first, second] = a.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
    const whole = ['Rain ', { chen: ['fell'] }, '.'];
    for (const end of [first.start, first.end + 1, second.start + 2]) assert.deepEqual(paragraphSegments(a, first, end).map(shown), whole, String(end));
    assert.deepEqual(paragraphSegments(a, first, first.start + 5).map(shown), ['D:Rain ', { chen: ['fell'] }, '.']);
    assert.deepEqual(paragraphSegments(a, first, first.end).map(shown), whole, 'a quote starts before the end');
    assert.deepEqual(paragraphSegments(a, second, second.end).map(shown), ['D:More rain.']);
    assert.deepEqual(paragraphSegments(a, second, first.start + 5).map(shown), ['More rain.'], 'an end before the paragraph');
    assert.deepEqual(paragraphSegments(a, second, second.end + 1).map(shown), ['More rain.'], 'an end after the paragraph');
  });
});

describe('publish: the published article', () => {
  const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });

  it('maps severities and codes, sorts the diagnostics by line', () => {
    const a = parse(article('Rain fell.\n'));
    const diagnostics: Diagnostic[] = [
      { range: range(9), message: 'nine', severity: 2, code: 'w' },
      { range: range(3), message: 'three', code: 7 },
      { range: range(5), message: 'five', severity: 4 },
      { range: range(1), message: 'one', severity: 3, code: 'i' },
      { range: range(2), message: 'two', severity: 1, code: 'e' },
    ];
    assert.deepEqual(publishedArticle(a, { style: 'auto' }, diagnostics).diagnostics, [
      { line: 1, severity: 'info', message: 'one', code: 'i' },
      { line: 2, severity: 'error', message: 'two', code: 'e' },
      { line: 3, severity: 'error', message: 'three', code: '7' },
      { line: 5, severity: 'hint', message: 'five', code: '' },
      { line: 9, severity: 'warning', message: 'nine', code: 'w' },
    ]);
  });

  it('falls back without a front matter: English, no headline, no byline; speakers without definitions', () => {
    const p = testService().segments(doc('Chen said [yes]{@chen}.\n\n## Next\n\nMore.\n'), {}, {}, NEVER_CANCELLED);
    assert.equal(p.lang, 'en');
    assert.equal(p.headline, null);
    assert.deepEqual(p.byline, []);
    assert.deepEqual(p.speakers, [{ id: 'chen', name: 'chen', role: null, kind: null, defined: false, quotes: { direct: 0, partial: 0, indirect: 1 }, tint: 0 }]);
    assert.deepEqual(p.blocks.map((b) => [b.type, b.line, b.endLine]), [['paragraph', 0, 0], ['heading', 2, 2], ['paragraph', 4, 4]]);
    // A comment standing as a block of its own is not published.
    const commented = testService().segments(doc('Rain fell.\n\n<!-- a note\non two lines -->\n\nMore.\n'), {}, {}, NEVER_CANCELLED);
    assert.deepEqual(commented.blocks.map((b) => [b.type, b.line]), [['paragraph', 0], ['paragraph', 5]]);
  });

  it('reads lang, headline, byline and the speakers\' names, roles and kinds from the front matter', () => {
    const text = '---\nheadline: Storm\nlang: fr\nbyline: [Ann Lee]\ndate: 2023-09-28\nspeakers:\n  chen:\n    name: Chen Wen\n    role: Minister\n  li:\n    name: Li Na\n---\n\nBERLIN, Sept. 27 (Xinhua) -- [Yes]{@chen}, [no]{@li}.\n';
    const p = testService().segments(doc(text), {}, {}, NEVER_CANCELLED);
    assert.deepEqual([p.lang, p.headline, p.byline], ['fr', 'Storm', ['Ann Lee']]);
    assert.deepEqual(p.dateline, { text: 'BERLIN, Sept. 27 (Xinhua) --', date: '2023-09-27', dateWritten: true, line: 13 });
    assert.deepEqual(p.speakers.map((s) => [s.id, s.name, s.role, s.defined]), [['chen', 'Chen Wen', 'Minister', true], ['li', 'Li Na', null, true]]);
    assert.equal(p.speakers[0].kind, p.speakers[1].kind);
    assert.ok(p.speakers[0].kind !== null, 'a defined speaker has a kind');
  });

  it('falls back to the id for a speaker defined without a name, to no headline, and trims a dateline alone on its line', () => {
    const text = '---\ndate: 2023-09-28\nspeakers:\n  chen:\n    role: Minister\n---\n\nBEIJING, China, 30 April 2009\n\n[Yes]{@chen}.\n';
    const p = testService().segments(doc(text), {}, {}, NEVER_CANCELLED);
    assert.equal(p.headline, null);
    assert.deepEqual(p.speakers.map((s) => [s.id, s.name, s.role, s.defined]), [['chen', 'chen', 'Minister', true]]);
    assert.equal(p.dateline?.text, 'BEIJING, China, 30 April 2009');
    assert.equal(p.dateline?.dateWritten, true);
  });

  it('publishes the dateline as its paragraph publishes it, without the "[" of a quote that ends past it', () => {
    const text = article('BERLIN, Sept. 27 (Xinhua[) -- ]{@chen}Rain fell.\n', SPEAKERS);
    const p = testService().segments(doc(text), {}, {}, NEVER_CANCELLED);
    assert.equal(p.dateline?.text, 'BERLIN, Sept. 27 (Xinhua) --');
    assert.ok(testService().strip(doc(text), {}, {}, NEVER_CANCELLED).endsWith('BERLIN, Sept. 27 (Xinhua) -- Rain fell.\n'));
    // A "[" that opens no quote is a word like any other.
    assert.equal(testService().segments(doc(article('BERLIN, Sept. 27 (Xinhua[) -- Rain fell.\n')), {}, {}, NEVER_CANCELLED).dateline?.text, 'BERLIN, Sept. 27 (Xinhua[) --');
  });

  it('publishes a dateline whose body starts on the next line without its line break', () => {
    const p = testService().segments(doc(article('BERLIN, Sept. 27 (Xinhua) -- \nRain fell.\n')), {}, {}, NEVER_CANCELLED);
    assert.equal(p.dateline?.text, 'BERLIN, Sept. 27 (Xinhua) --');
  });
});
