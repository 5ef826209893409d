// The whole wording of rename's refusals that the navigation tests only match in part: the id of
// another speaker that has no name, and an id used by several undefined quotes. Written to kill
// mutants that `npm run mutate` left without coverage in features/navigation.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, positionIn } from '../support/documents';
import { renameEdits } from '../support/features';

test('renaming to the id of a speaker without a name', () => {
  const a = parse('---\nspeakers:\n  ann:\n    name: Ann Lee\n  bo:\n    role: officer\n---\n\n[One]{@ann} and [two]{@bo}.');
  assert.equal(renameEdits(a, positionIn(a, '@ann', 0, 1), 'bo').error, '"bo" is already the id of another speaker: choose another id.');
});

test('renaming to an id that two undefined quotes use', () => {
  const a = parse('---\nspeakers:\n  ann:\n    name: Ann Lee\n---\n\n[One]{@ann}, [two]{@wang} and [three]{@wang}.');
  assert.equal(
    renameEdits(a, positionIn(a, '@ann', 0, 1), 'wang').error,
    '"wang" is already used by 2 quotes (not in the front matter): renaming would attribute them to this speaker. Choose another id.',
  );
});
