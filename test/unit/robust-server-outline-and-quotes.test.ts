// Issue 13, items 16 and 17, on the service: outline entries whose name is only zero-width or BOM
// characters get a visible placeholder, and "Mark as quote by ..." is offered only for a real
// selection of words, never inside the dateline, the front matter, a comment or a stray `{@id}`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { MARK_AS_QUOTE_KIND } from '../../server/src/protocol';
import { DEFAULT_OPTIONS } from '../../server/src/service';
import { article, parse } from '../support/documents';
import { codeActions, documentSymbols } from '../support/features';

const INVISIBLE = ['\u200b', '\ufeff', '\u200b\u200d\u2060', '\u200c\ufeff'];
const names = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}]/u;

describe('outline names of invisible characters only (item 16)', () => {
  for (const invisible of INVISIBLE) {
    const label = JSON.stringify(invisible);
    test(`headline, speaker name and subheading of ${label}`, () => {
      const text = `---\nheadline: "${invisible}"\ndate: 2023-09-28\nspeakers:\n  chen:\n    name: "${invisible}"\n---\n\n## ${invisible}\n\n[We will go on]{@chen}, Chen said.\n`;
      for (const groupBy of ['speaker', 'section'] as const) {
        const all = names(documentSymbols(parse(text), groupBy));
        assert.ok(all.length >= 3, JSON.stringify(all));
        for (const name of all) assert.match(name, VISIBLE, `${groupBy}: ${JSON.stringify(name)} is invisible`);
      }
      const bySpeaker = documentSymbols(parse(text), 'speaker');
      assert.equal(bySpeaker[0].name, '(no headline)');
      assert.ok(names(bySpeaker).includes('chen'), 'the speaker falls back to its id');
      assert.ok(names(documentSymbols(parse(text), 'section')).includes('(untitled section)'));
    });
  }

  test('a visible name with a zero-width character in it is kept as written', () => {
    const text = `---\nheadline: "Talks\u200b go on"\ndate: 2023-09-28\n---\n\nText.\n`;
    assert.equal(documentSymbols(parse(text))[0].name, 'Talks\u200b go on');
  });
});

describe('"Mark as quote" only on a real selection of words (item 17)', () => {
  const SPEAKERS = { wanjiru: 'Grace Wanjiru' };
  const DATELINE = 'NAIROBI, Feb. 30 (Xinhua) -- Kenya will hold talks next week, officials said.';

  /** Mark-as-quote titles for the selection of `needle` (or of an empty range at it). */
  function markActions(text: string, needle: string, empty = false, nth = 0): string[] {
    const a = parse(text);
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, needle);
    const range = { start: a.lines.position(at), end: a.lines.position(empty ? at : at + needle.length) };
    return codeActions(a, range, { diagnostics: [] }, DEFAULT_OPTIONS).filter((x) => x.kind === MARK_AS_QUOTE_KIND).map((x) => x.title);
  }

  test('offered for words after the dateline', () => {
    assert.ok(markActions(article(DATELINE, SPEAKERS), 'Kenya will hold talks').includes('Mark as quote by Grace Wanjiru'));
  });

  test('not for the date in the dateline (the range eglot sends for a dateline-date problem)', () => {
    assert.deepEqual(markActions(article(DATELINE, SPEAKERS), 'Feb'), []);
    assert.deepEqual(markActions(article(DATELINE, SPEAKERS), 'NAIROBI, Feb. 30 (Xinhua) -- Kenya'), []);
  });

  test('not without a selection', () => {
    assert.deepEqual(markActions(article(DATELINE, SPEAKERS), 'hold', true), []);
  });

  test('not for part of a word', () => {
    assert.deepEqual(markActions(article(DATELINE, SPEAKERS), 'enya will'), []);
    assert.deepEqual(markActions(article(DATELINE, SPEAKERS), 'will ho'), []);
  });

  test('not for punctuation alone, nor for a whole comment without words around it', () => {
    const text = article(`${DATELINE}\n\nThe talks -- <!-- check this --> -- went on.`, SPEAKERS);
    assert.deepEqual(markActions(text, '--', false, 2), []);
    assert.deepEqual(markActions(text, '<!-- check this -->'), []);
    assert.ok(markActions(text, 'talks -- <!-- check this --> -- went').length > 0, 'words around a comment are a selection');
  });

  test('not inside a comment', () => {
    assert.deepEqual(markActions(article(`${DATELINE}\n\nMore. <!-- an editor note here --> Text.`, SPEAKERS), 'editor note'), []);
  });

  test('not in the front matter', () => {
    assert.deepEqual(markActions(article(DATELINE, SPEAKERS), 'Grace Wanjiru'), []);
    assert.deepEqual(markActions(article(DATELINE, SPEAKERS), 'Test headline'), []);
  });

  test('not on a speaker reference, of a quote or stray', () => {
    const text = article(`${DATELINE}\n\n[We are ready]{@wanjiru}, she said. Talks {@wanjiru} went on.`, SPEAKERS);
    assert.deepEqual(markActions(text, 'wanjiru}, she'), []);
    assert.deepEqual(markActions(text, 'Talks {@wanjiru} went'), []);
    assert.deepEqual(markActions(text, 'wanjiru} went', false), []);
    assert.ok(markActions(text, 'she said').length > 0);
  });
});
