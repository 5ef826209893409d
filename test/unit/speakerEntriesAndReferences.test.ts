// Speaker checks at their edges (checks/speakerChecks.ts): what "Remove speaker" leaves of the
// front matter in each YAML shape a writer uses (block entries, one-line entries with a comment,
// flow maps on one line or one entry a line, CRLF), and when a first reference by alias is
// reported. Written for mutants `npm run mutate` left alive there.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { diagnostics } from '../support/documents';

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x.news', 'newsmark', 1, text), edits);
const BODY = '\n[We will win]{@chen}, Chen Wenqing said.\n';

describe('Remove speaker: the unused entry goes, the rest of the front matter stays well formed', () => {
  test('each front matter shape, with "ma" unused', () => {
    const rows: [string, string][] = [
      ['---\nspeakers:\n  chen:\n    name: Chen Wenqing\n  ma:\n    name: Ma Hui\n---\n', '---\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n'],
      ['---\r\nspeakers:\r\n  ma:\r\n    name: Ma Hui\r\n  chen:\r\n    name: Chen Wenqing\r\n---\r\n', '---\r\nspeakers:\r\n  chen:\r\n    name: Chen Wenqing\r\n---\r\n'],
      ['---\nspeakers:\n  chen: Chen Wenqing\n  ma: Ma Hui # spokeswoman\n---\n', '---\nspeakers:\n  chen: Chen Wenqing\n---\n'],
      ['---\nspeakers: {chen: Chen Wenqing, ma: Ma Hui}\n---\n', '---\nspeakers: {chen: Chen Wenqing}\n---\n'],
      ['---\nspeakers: {ma: Ma Hui, chen: Chen Wenqing}\n---\n', '---\nspeakers: {chen: Chen Wenqing}\n---\n'],
      ['---\nspeakers: {ma: Ma Hui , chen: Chen Wenqing}\n---\n', '---\nspeakers: {chen: Chen Wenqing}\n---\n'],
      ['---\nspeakers: {\n  chen: Chen Wenqing,\n  ma: Ma Hui,  # spokeswoman\n}\n---\n', '---\nspeakers: {\n  chen: Chen Wenqing,\n}\n---\n'],
      ['---\nspeakers: {\n  chen: Chen Wenqing,\n  ma: Ma Hui , x: y\n}\n---\n', '---\nspeakers: {\n  chen: Chen Wenqing,\n  x: y\n}\n---\n'],
    ];
    for (const [frontMatter, expected] of rows) {
      const text = frontMatter + BODY;
      const unused = diagnostics(text).filter((d) => d.code === 'speaker-unused' && d.message.includes('"ma"'));
      assert.equal(unused.length, 1, frontMatter);
      const [remove] = (unused[0].data as { fixes: { title: string; edits: TextEdit[] }[] }).fixes;
      assert.equal(remove.title, 'Remove speaker "ma"');
      assert.equal(apply(text, remove.edits), expected + BODY, frontMatter);
    }
  });
});

describe('speaker-first-reference', () => {
  const CHEN = '---\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\n';
  const firstReferences = (text: string) => diagnostics(text).filter((d) => d.code === 'speaker-first-reference').map((d) => d.message);

  test('an alias first is reported; the full name first is not', () => {
    assert.deepEqual(firstReferences(CHEN + 'Wenqing said it. Chen Wenqing agreed.\n'), ['First reference to Chen Wenqing uses "Wenqing": write the full name the first time']);
    assert.deepEqual(firstReferences(CHEN + 'Chen Wenqing said it. Wenqing agreed.\n'), []);
  });

  test('the full name inside another speaker\'s name counts as the first reference', () => {
    const both = '---\nspeakers:\n  f:\n    name: Chen Wenqing Foundation\n    kind: organization\n  chen:\n    name: Chen Wenqing\n---\n\n';
    assert.deepEqual(firstReferences(both + 'The Chen Wenqing Foundation said it. Later Wenqing agreed.\n'), []);
    assert.deepEqual(firstReferences(both + 'Wenqing said it. The Chen Wenqing Foundation agreed.\n'), ['First reference to Chen Wenqing uses "Wenqing": write the full name the first time'], 'only an earlier name counts');
    assert.deepEqual(firstReferences(both + 'The Foundation said it. Later Wenqing agreed.\n'), [
      'First reference to Chen Wenqing Foundation uses "Foundation": write the full name the first time',
      'First reference to Chen Wenqing uses "Wenqing": write the full name the first time',
    ]);
  });

  test('a speaker without a name has no first reference to check', () => {
    const text = '---\nspeakers:\n  a:\n    kind: organization\n    aliases: [Ministry]\n---\n\nThe Ministry said no.\n';
    assert.deepEqual(firstReferences(text), []);
  });
});
