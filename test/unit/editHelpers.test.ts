// The edit helpers fix-all and the markup suggestions build on: edits at one offset applied in the
// right order whatever order they come in, fix-all leaving out a fix that overlaps one taken
// (two insertions at one point overlap; an insertion where a replacement starts does not), lines
// inserted after a lone CR line ending, and speaker entries written with their org and reason.
// Written to kill mutants that `npm run mutate` left without coverage in edits/ (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addSpeakersEdit } from '../../server/src/service/edits/addSpeaker';
import { applyEdits, chooseFixAll } from '../../server/src/service/edits/applyEdits';
import { insertLinesEdit } from '../../server/src/service/edits/frontMatterText';
import { article, parse } from '../support/documents';

const insert = (at: number, newText: string) => ({ start: at, end: at, newText });
const replace = (start: number, end: number, newText: string) => ({ start, end, newText });

test('an insertion and a replacement at one offset: the insertion first, whatever the order given', () => {
  const edits = [replace(4, 9, 'walked'), insert(4, 'then ')];
  assert.equal(applyEdits('who spoke?', edits), 'who then walked?');
  assert.equal(applyEdits('who spoke?', [...edits].reverse()), 'who then walked?');
  // An edit overlapping one applied before it is skipped, not applied over the text already changed.
  assert.equal(applyEdits('who spoke?', [replace(0, 5, 'they '), replace(2, 4, 'XX')]), 'they poke?');
});

test('fix-all leaves out fixes overlapping one taken, keeps those that only touch it', () => {
  const fix = (...edits: ReturnType<typeof insert>[]) => ({ title: 'fix', preferred: true, edits });
  // Two insertions at one point would come out in an arbitrary order: only the first is taken.
  assert.deepEqual(chooseFixAll([fix(insert(3, 'a')), fix(insert(3, 'b'))]), [insert(3, 'a')]);
  // An insertion where a replacement starts, or ends, touches it without overlapping.
  assert.deepEqual(chooseFixAll([fix(replace(3, 6, 'x')), fix(insert(3, 'a')), fix(insert(6, 'b'))]).length, 3);
  assert.deepEqual(chooseFixAll([fix(insert(3, 'a')), fix(replace(3, 6, 'x'))]), [insert(3, 'a'), replace(3, 6, 'x')]);
  // A replacement inside, around or across one taken is left out, in either order.
  for (const other of [replace(4, 5, 'y'), replace(2, 7, 'y'), replace(5, 8, 'y'), replace(1, 4, 'y'), insert(4, 'y')]) {
    assert.deepEqual(chooseFixAll([fix(replace(3, 6, 'x')), fix(other)]), [replace(3, 6, 'x')], JSON.stringify(other));
    assert.deepEqual(chooseFixAll([fix(other), fix(replace(3, 6, 'x'))]), [other], JSON.stringify(other));
  }
  // A fix is all or nothing: one of its edits overlapping leaves the whole fix out.
  assert.deepEqual(chooseFixAll([fix(replace(3, 6, 'x')), fix(insert(1, 'a'), replace(5, 7, 'b'))]), [replace(3, 6, 'x')]);
  // The edits taken come in document order, whatever the order of the fixes.
  assert.deepEqual(chooseFixAll([fix(insert(9, 'c')), fix(insert(1, 'a')), fix(insert(5, 'b'))]).map((e) => e.start), [1, 5, 9]);
  // Fixes not preferred, or missing, are never taken.
  assert.deepEqual(chooseFixAll([undefined, { title: 'f', edits: [insert(1, 'a')] }]), []);
});

test('lines inserted after a line ending (LF, CRLF or a lone CR) need no line break of their own', () => {
  assert.equal(insertLinesEdit('a\rb', 2, '\r', 'x\r').newText, 'x\r');
  assert.equal(insertLinesEdit('a\r\nb', 3, '\r\n', 'x\r\n').newText, 'x\r\n');
  assert.equal(insertLinesEdit('a\nb', 2, '\n', 'x\n').newText, 'x\n');
  assert.equal(insertLinesEdit('ab', 2, '\n', 'x\n').newText, '\nx\n');
  assert.equal(insertLinesEdit('', 0, '\n', 'x\n').newText, 'x\n');
});

test('a speaker entry with role, org, aliases, kind and reason reads back as written', () => {
  const a = parse(article('Text.', { chen: 'Chen Wenqing' }));
  const edit = addSpeakersEdit(a, [{ id: 'src', name: 'A source', role: 'official', org: 'Ministry of Finance', aliases: ['the source'], kind: 'anonymous', reason: 'not authorised: to speak' }]);
  const after = parse(applyEdits(a.text, [edit]));
  const s = after.speakersById.get('src');
  assert.ok(s, after.text);
  assert.deepEqual(
    [s.name?.value, s.role?.value, s.org?.value, s.aliases.map((x) => x.text), s.kind, s.reason?.value],
    ['A source', 'official', 'Ministry of Finance', ['the source'], 'anonymous', 'not authorised: to speak'],
  );
});
