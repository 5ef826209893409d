// Editor features on odd but real input: names that are only whitespace or span lines, emoji in
// long quote openings, `{@` typed in front of prose, a publication date that is not a date, and
// the workspace index limit.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { CompletionList, DocumentSymbol, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';
import { MARK_AS_QUOTE_KIND } from '../../server/src/protocol';
import { openingWords } from '../../server/src/service/labels';
import { codeActions, completions, documentSymbols, hover, workspaceSymbols } from '../support/features';
import { parse, positionIn } from '../support/documents';
import { testService } from '../support/service';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hoverText = (h: ReturnType<typeof hover>) => (h?.contents as MarkupContent | undefined)?.value ?? '';

describe('quote names in the outline', () => {
  test('a long opening is cut between words, not inside one', () => {
    const name = openingWords('strengthening top-level design, highlighting strategic coordination and improving the mechanism');
    assert.equal(name, 'strengthening top-level design, highlighting strategic coordination and…');
  });

  test('a long run of emoji is never cut inside a surrogate pair', () => {
    const name = openingWords('a' + '😀'.repeat(60));
    assert.doesNotMatch(name, LONE_SURROGATE);
    assert.ok(name.endsWith('😀…'), name);
    assert.ok(name.length <= 81);
  });
});

// A speaker whose name is only spaces, one whose name spans two lines, one with no name at all.
const ODD_NAMES = [
  '---',
  'headline: x',
  'date: 2024-01-01',
  'speakers:',
  '  blank:',
  '    name: "  "',
  '  split: "Ann\\nLee"',
  '  bare:',
  '    role: clerk',
  '---',
  '',
  'WASHINGTON (AP) — Ann Lee said [the pumps held]{@blank} and [the road is open]{@split} and [yes]{@bare}. Also here.',
  '',
].join('\n');

describe('speakers with blank or multi-line names', () => {
  const a = parse(ODD_NAMES);

  test('hover on a blank-named speaker shows its id, never an empty bold "****"', () => {
    const onId = hoverText(hover(a, positionIn(a, '{@blank}', 0, 3)));
    assert.doesNotMatch(onId, /\*\*\*\*/);
    assert.match(onId, /^`@blank` \(no name\)/);
    const onQuote = hoverText(hover(a, positionIn(a, 'the pumps held', 0, 4)));
    assert.match(onQuote, /^Indirect quote by `@blank` \(no name\)/);
    const onBare = hoverText(hover(a, positionIn(a, '[yes]', 0, 2)));
    assert.match(onBare, /^Indirect quote by `@bare` \(no name\)/);
  });

  test('the outline names a blank-named speaker by its id', () => {
    const names = (documentSymbols(a) as DocumentSymbol[]).map((s) => s.name);
    assert.ok(names.includes('blank'), names.join(' | '));
    assert.ok(names.includes('Ann Lee'), names.join(' | '));
  });

  test('workspace symbols keep a blank-named speaker, under its id', () => {
    const names = workspaceSymbols([a], 'blank').map((s) => s.name);
    assert.deepEqual(names, ['blank']);
  });

  test('mark-as-quote titles and completion details are one line, never empty', () => {
    const range = { start: positionIn(a, 'Also here'), end: positionIn(a, 'Also here', 0, 9) };
    const titles = codeActions(a, range, { diagnostics: [], only: [MARK_AS_QUOTE_KIND] }).map((x) => x.title);
    assert.ok(titles.includes('Mark as quote by @blank'), titles.join(' | '));
    assert.ok(titles.includes('Mark as quote by Ann Lee'), titles.join(' | '));
    const list = completions(a, positionIn(a, '{@blank}', 0, 2));
    const details = list.items.map((i) => i.detail);
    assert.deepEqual(details, ['blank', 'Ann Lee', 'bare']);
  });
});

describe('completion of a speaker id typed in front of prose', () => {
  const fm = '---\nheadline: x\ndate: 2024-01-01\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\n';
  const complete = (body: string): { text: string; list: CompletionList } => {
    const text = fm + body.replace('|', '');
    const a = parse(text);
    return { text, list: completions(a, a.lines.position(fm.length + body.indexOf('|'))) };
  };
  const covered = (text: string, e: TextEdit) => {
    const a = parse(text);
    return text.slice(a.lines.offset(e.range.start), a.lines.offset(e.range.end));
  };

  test('`{@` before a word: the word stays, the id and brace are inserted', () => {
    const { text, list } = complete('WASHINGTON (AP) — [We are ready]{@|Chen said.\n');
    const e = list.items[0].textEdit as TextEdit;
    assert.equal(covered(text, e), '');
    assert.equal(e.newText, 'chen}');
  });

  test('inside a closed id the whole id is still replaced', () => {
    const { text, list } = complete('WASHINGTON (AP) — [We are ready]{@ch|en} Chen said.\n');
    const e = list.items[0].textEdit as TextEdit;
    assert.equal(covered(text, e), 'chen');
    assert.equal(e.newText, 'chen');
  });
});

describe('dateline hover with a publication date that is not a date', () => {
  const text = '---\nheadline: x\ndate: 2023-02-30\nagency: Xinhua\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Talks began on Tuesday.\n';
  const a = parse(text);

  test('says the front matter date is invalid rather than absent', () => {
    const md = hoverText(hover(a, positionIn(a, 'BERLIN', 0, 2)));
    assert.match(md, /Date: September 27 \(the front matter date `2023-02-30` is not a valid date\)/);
    assert.doesNotMatch(md, /no publication date in the front matter/);
  });

  test('a weekday says why it cannot be placed', () => {
    const md = hoverText(hover(a, positionIn(a, 'Tuesday', 0, 2)));
    assert.match(md, /no year to count from: the front matter date `2023-02-30` is not a valid date/);
  });

  test('a weekday after a dateline date that is no real day says so', () => {
    const b = parse('---\nheadline: x\ndate: 2023-03-05\nagency: Xinhua\n---\n\nBERLIN, Feb. 30 (Xinhua) -- Talks began on Tuesday.\n');
    const md = hoverText(hover(b, positionIn(b, 'Tuesday', 0, 2)));
    assert.match(md, /the dateline date Feb\. 30 is not a real day/);
  });
});

describe('workspace index limit', () => {
  test('stops at the limit even when one folder holds more articles', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-limit-'));
    try {
      for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `a${i}.news`), `---\nheadline: A${i}\ndate: 2024-01-01\n---\n\nText.\n`);
      const service = testService();
      const index = new WorkspaceIndex((d) => service.parse(d), { get: () => undefined, all: () => [] }, () => {}, 5);
      index.setRoots([`file://${dir}`]);
      index.start();
      await index.idle();
      assert.equal(index.articles({ isCancellationRequested: false }).length, 5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
