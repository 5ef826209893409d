// The whole wording of rename's refusals that the navigation tests only match in part: the id of
// another speaker that has no name, and an id used by several undefined quotes. Written to kill
// mutants that `npm run mutate` left without coverage in features/navigation.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NEVER_CANCELLED } from '../../server/src/service';
import { doc, parse, positionIn } from '../support/documents';
import { renameEdits } from '../support/features';
import { testService } from '../support/service';

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

test('renaming to the id of a speaker of the registry', () => {
  const registry = { uri: 'file:///ws/speakers.yaml', text: 'schmidt:\n  name: Wolfgang Schmidt\n' };
  const text = '---\nspeakers:\n  ann:\n    name: Ann Lee\n---\n\n[One]{@ann} and [two]{@schmidt}.';
  const service = testService();
  const document = doc(text, 'file:///ws/a.news');
  service.parse(document, { registry });
  const position = document.positionAt(text.indexOf('@ann') + 1);
  assert.equal(
    service.renameEdits(document, { position, newName: 'schmidt' }, { registry }, NEVER_CANCELLED).error,
    '"schmidt" is already the id of another speaker (Wolfgang Schmidt) in the speaker registry: choose another id.',
  );
});
