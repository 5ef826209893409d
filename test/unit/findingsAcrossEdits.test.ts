// Findings of one document across edits, where the service re-uses the findings of unchanged
// paragraphs (checks/paragraphFindings.ts): they must change when what they depend on outside the
// paragraph changes (the speakers' ids and names, whether the next paragraph opens with a
// quotation mark), however the ids and names split. And the fix for an unclosed front matter,
// with and without a line break before the fence it adds. Written for mutants `npm run mutate`
// left alive in server/src/service/checks/.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { NEVER_CANCELLED } from '../../server/src/service';
import { diagnostics } from '../support/documents';
import { testService } from '../support/service';

/** One document edited version after version, checked by one service (whose caches then apply). */
function editedDocument() {
  const service = testService();
  let version = 0;
  return (text: string) => service.diagnostics({ uri: 'file:///edited.news', version: ++version, getText: () => text }, {}, {}, NEVER_CANCELLED);
}
const fixEdits = (d: Diagnostic) => (d.data as { fixes?: { edits: { newText: string }[] }[] }).fixes?.map((f) => f.edits.map((e) => e.newText).join('|')) ?? [];

describe('paragraph findings across edits', () => {
  const PARAGRAPH = '"We must act now to protect the security of both countries," the minister said.\n';
  const withSpeakers = (entries: string) => `---\nspeakers:\n${entries}---\n\n${PARAGRAPH}`;

  test('the mark-as-quote fixes follow the speakers, also when only the split of id and name moves', () => {
    const check = editedDocument();
    const before = check(withSpeakers('  a:\n    name: Bc\n')).find((d) => d.code === 'quote-unattributed')!;
    assert.ok(fixEdits(before).includes('[|]{@a}'), JSON.stringify(fixEdits(before)));
    const after = check(withSpeakers('  ab:\n    name: C\n')).find((d) => d.code === 'quote-unattributed')!;
    assert.ok(fixEdits(after).includes('[|]{@ab}'), JSON.stringify(fixEdits(after)));
    assert.ok(!fixEdits(after).includes('[|]{@a}'));
  });

  test('the same when only the split between one speaker and the next moves', () => {
    const check = editedDocument();
    const before = fixEdits(check(withSpeakers('  a:\n    name: B\n  cd:\n    name: E\n')).find((d) => d.code === 'quote-unattributed')!);
    assert.ok(before.includes('[|]{@cd}'), JSON.stringify(before));
    const after = fixEdits(check(withSpeakers('  a:\n    name: Bc\n  d:\n    name: E\n')).find((d) => d.code === 'quote-unattributed')!);
    assert.ok(after.includes('[|]{@d}') && !after.includes('[|]{@cd}'), JSON.stringify(after));
  });

  test('the same for a paragraph followed by one that opens with a quotation mark', () => {
    const check = editedDocument();
    const text = (entries: string) => `---\nspeakers:\n${entries}---\n\n${PARAGRAPH}\n"And soon," he added.\n`;
    const first = (entries: string) => fixEdits(check(text(entries)).find((d) => d.code === 'quote-unattributed')!);
    assert.ok(first('  a:\n    name: Bc\n').includes('[|]{@a}'));
    const after = first('  ab:\n    name: C\n');
    assert.ok(after.includes('[|]{@ab}') && !after.includes('[|]{@a}'), JSON.stringify(after));
  });

  test('a quote left open is allowed or reported as the next paragraph changes, the paragraph itself unchanged', () => {
    const check = editedDocument();
    const text = (next: string) => `---\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\nChen said: ["We will win]{@chen}\n\n${next}\n`;
    const marks = (next: string) => check(text(next)).filter((d) => d.code === 'quote-marks').length;
    assert.equal(marks('"More to come," he said.'), 0);
    assert.equal(marks('More to come, he said.'), 1);
    assert.equal(marks('"More to come," he said.'), 0);
  });
});

describe('front-matter-unclosed: the fence the fix adds', () => {
  test('on a line of its own, after a line break only when the front matter does not end with one', () => {
    const rows: [string, string][] = [
      ['---\nheadline: Talks', '\n---\n'],
      ['---\nheadline: Talks\n', '---\n'],
      ['---\r\nheadline: Talks\r\n', '---\r\n'],
      ['---\r\nheadline: Talks', '\r\n---\r\n'],
    ];
    for (const [text, fence] of rows) {
      const d = diagnostics(text).find((x) => x.code === 'front-matter-unclosed')!;
      assert.deepEqual(fixEdits(d), [fence], JSON.stringify(text));
    }
  });
});
