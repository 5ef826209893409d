// The "Add speaker" fix of quote-unknown-speaker in every shape of front matter (none, a flow map,
// block entries in their own indentation and line ending, an empty or absent `speakers` key), and
// fix-all as `newsmark check --fix` applies it. Written to kill mutants that survived (or were not
// reached by) the in-memory tests under `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { toCrlf } from '../support/documents';
import { applyTextEdits, diagnosticsOf, fixAllOf } from '../support/serviceCalls';

const H = '---\nheadline: T\ndate: 2023-09-28\nagency: Xinhua\n';
const QUOTE = 'BERLIN, Sept. 27 (Xinhua) -- Li said [we are ready]{@li}.\n';

/** The text after the "Add speaker" fix of the first unknown speaker. */
function withSpeakerAdded(text: string): string {
  const unknown = diagnosticsOf(text).find((x) => x.code === 'quote-unknown-speaker');
  assert.ok(unknown, 'expected quote-unknown-speaker');
  const add = (unknown.data as { fixes: { title: string; edits: TextEdit[] }[] }).fixes.find((f) => f.title.startsWith('Add speaker'));
  assert.ok(add);
  return applyTextEdits(text, add.edits);
}

describe('Add speaker', () => {
  test('without front matter: a new one holding only the speaker, after a byte order mark', () => {
    assert.equal(withSpeakerAdded(`\uFEFF${QUOTE}`), `\uFEFF---\nspeakers:\n  li:\n    name: Li\n---\n\n${QUOTE}`);
  });

  test('in a flow map: a flow entry after the last', () => {
    assert.equal(withSpeakerAdded(`${H}speakers: {chen: Chen Wenqing}\n---\n\n${QUOTE}`), `${H}speakers: {chen: Chen Wenqing, li: {name: Li}}\n---\n\n${QUOTE}`);
  });

  test('after block entries, in their indentation and line ending', () => {
    assert.equal(withSpeakerAdded(`${H}speakers:\n    chen:\n        name: Chen Wenqing\n---\n\n${QUOTE}`),
      `${H}speakers:\n    chen:\n        name: Chen Wenqing\n    li:\n        name: Li\n---\n\n${QUOTE}`);
    assert.equal(withSpeakerAdded(toCrlf(`${H}speakers:\n  chen: Chen Wenqing\n---\n\n${QUOTE}`)), toCrlf(`${H}speakers:\n  chen: Chen Wenqing\n  li:\n    name: Li\n---\n\n${QUOTE}`));
  });

  test('under an empty `speakers:` key, or a new key after the last', () => {
    assert.equal(withSpeakerAdded(`${H}speakers:   # none yet\n---\n\n${QUOTE}`), `${H}speakers:\n  li:\n    name: Li\n---\n\n${QUOTE}`);
    assert.equal(withSpeakerAdded(`${H}---\n\n${QUOTE}`), `${H}speakers:\n  li:\n    name: Li\n---\n\n${QUOTE}`);
  });

  test('names that YAML would read as something else are quoted', () => {
    const yes = '---\nheadline: T\ndate: 2023-09-28\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Li said [we are ready]{@yes}.\n';
    assert.equal(withSpeakerAdded(yes), yes.replace('---\n\n', 'speakers:\n  yes:\n    name: "Yes"\n---\n\n'));
  });
});

describe('fix-all', () => {
  test('applies every preferred fix until none is left, and counts them', () => {
    const text = `${H}speakers:\n  chen:\n    name: Chen Wenqing\n---\n\nBERLIN, September 27 (Xinhua) -- Chen Wenqing said [we are ready]{@chen. And [more]{@chen}, he claimed.\n`;
    assert.deepEqual(fixAllOf(text), {
      text: text.replace('September', 'Sept.').replace('{@chen.', '{@chen}.'),
      applied: 2,
    });
  });
});
