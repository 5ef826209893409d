// The speaker diagnostics' fixes applied for real: removing an unused speaker from block and flow
// front matter (the line, or the entry and one comma), and writing the full name on first
// reference. Written to kill mutants that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { doc, toCrlf } from '../support/documents';
import { applyTextEdits, diagnosticsOf } from '../support/serviceCalls';

const HEAD = '---\nheadline: "Talks"\ndate: 2023-09-28\nagency: Xinhua\n';
const BODY = '\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said [we are ready]{@chen}.\n';

/** Message of the `code` diagnostic about `words`, and the text after its first fix. */
function fixed(text: string, code: string, words: string): { message: string; title: string; after: string } {
  const d = doc(text);
  const found = diagnosticsOf(text).filter((x) => x.code === code && d.getText(x.range) === words);
  assert.equal(found.length, 1, `one ${code} on "${words}"`);
  const fix = (found[0].data as { fixes: { title: string; edits: TextEdit[] }[] }).fixes[0];
  return { message: found[0].message, title: fix.title, after: applyTextEdits(text, fix.edits) };
}

describe('speaker-unused: Remove speaker', () => {
  test('a block entry goes with its line, comment included', () => {
    const text = `${HEAD}speakers:\n  chen: Chen Wenqing\n  bob: Bob Smith  # unused\n  ann: Ann Lee\n---\n${BODY}`;
    assert.deepEqual(fixed(text, 'speaker-unused', 'bob'), {
      message: 'Speaker "bob" (Bob Smith) is never quoted nor mentioned', title: 'Remove speaker "bob"',
      after: `${HEAD}speakers:\n  chen: Chen Wenqing\n  ann: Ann Lee\n---\n${BODY}`,
    });
    assert.equal(fixed(text, 'speaker-unused', 'ann').after, `${HEAD}speakers:\n  chen: Chen Wenqing\n  bob: Bob Smith  # unused\n---\n${BODY}`);
  });

  test('a nested entry in CRLF goes with all its lines', () => {
    const text = toCrlf(`${HEAD}speakers:\n  chen: Chen Wenqing\n  bob:\n    name: Bob Smith\n---\n${BODY}`);
    assert.equal(fixed(text, 'speaker-unused', 'bob').after, toCrlf(`${HEAD}speakers:\n  chen: Chen Wenqing\n---\n${BODY}`));
  });

  test('in a flow map, the entry and the comma after it, or else the one before it', () => {
    const flow = (map: string) => `${HEAD}speakers: {${map}}\n---\n${BODY}`;
    assert.equal(fixed(flow('chen: Chen Wenqing, bob: Bob Smith'), 'speaker-unused', 'bob').after, flow('chen: Chen Wenqing'));
    assert.equal(fixed(flow('bob: Bob Smith ,\tchen: Chen Wenqing'), 'speaker-unused', 'bob').after, flow('chen: Chen Wenqing'));
    const three = flow('chen: Chen Wenqing, \tbob: Bob Smith, ann: Ann Lee');
    assert.equal(fixed(three, 'speaker-unused', 'bob').after, flow('chen: Chen Wenqing, \tann: Ann Lee'));
    assert.equal(fixed(three, 'speaker-unused', 'ann').after, flow('chen: Chen Wenqing, \tbob: Bob Smith'));
    assert.equal(fixed(flow('bob: Bob Smith'), 'speaker-unused', 'bob').after, flow(''));
    // Tabs count as spaces on either side of the comma.
    assert.equal(fixed(flow('bob: Bob Smith\t, chen: Chen Wenqing'), 'speaker-unused', 'bob').after, flow('chen: Chen Wenqing'));
    assert.equal(fixed(flow('chen: Chen Wenqing,\tbob: Bob Smith'), 'speaker-unused', 'bob').after, flow('chen: Chen Wenqing'));
  });

  test('one entry a line in a flow map goes with its line, blanks before its comma and a comment after it', () => {
    const flow = (lines: string[]) => `${HEAD}speakers: {\n${lines.map((l) => `  ${l}\n`).join('')}}\n---\n${BODY}`;
    for (const entry of ['bob: Bob Smith ,', 'bob: Bob Smith\t,', 'bob: Bob Smith, # left', 'bob: Bob Smith,\t# left', 'bob: Bob Smith\t# left']) {
      const text = flow(['chen: Chen Wenqing,', entry, 'ann: Ann Lee']);
      assert.equal(fixed(text, 'speaker-unused', 'bob').after, flow(['chen: Chen Wenqing,', 'ann: Ann Lee']), JSON.stringify(entry));
    }
  });

  test('an entry that shares its line with others goes with its comma only, also when the map goes on below', () => {
    const text = `${HEAD}speakers: {ann: Ann Lee, bob: Bob Smith,\n  chen: Chen Wenqing}\n---\n${BODY}`;
    assert.equal(fixed(text, 'speaker-unused', 'bob').after, `${HEAD}speakers: {ann: Ann Lee, \n  chen: Chen Wenqing}\n---\n${BODY}`);
  });

  test('a blank line after the entry stays', () => {
    const text = `${HEAD}speakers:\n  chen: Chen Wenqing\n  bob: Bob Smith\n\n  ann: Ann Lee\n---\n${BODY}`;
    assert.equal(fixed(text, 'speaker-unused', 'bob').after, `${HEAD}speakers:\n  chen: Chen Wenqing\n\n  ann: Ann Lee\n---\n${BODY}`);
  });

  test('a speaker without a name is named by its id alone', () => {
    const text = `${HEAD}speakers:\n  chen: Chen Wenqing\n  bob:\n    role: spokesman\n---\n${BODY}`;
    assert.equal(fixed(text, 'speaker-unused', 'bob').message, 'Speaker "bob" is never quoted nor mentioned');
  });
});

describe('speaker-registry-override: Remove the article\'s entry', () => {
  test('the entry goes with all its lines, and the registry\'s applies', () => {
    const registry = { uri: 'file:///test/speakers.yaml', text: 'chen:\n  name: Chen Wenqing\n  role: minister\n' };
    const text = `${HEAD}speakers:\n  chen:\n    name: Chen Wenqing\n    role: envoy\n  ann: Ann Lee\n---\n${BODY.replace('.\n', ', Ann Lee said.\n')}`;
    const d = doc(text);
    const [found] = diagnosticsOf(text, { registry }).filter((x) => x.code === 'speaker-registry-override');
    assert.equal(d.getText(found.range), 'chen');
    const fixes = (found.data as { fixes: { title: string; edits: TextEdit[] }[] }).fixes;
    assert.deepEqual(fixes.map((f) => f.title), ['Remove "chen" from the front matter: use the registry\'s entry']);
    assert.equal(applyTextEdits(text, fixes[0].edits), text.replace('  chen:\n    name: Chen Wenqing\n    role: envoy\n', ''));
  });
});

describe('speaker-first-reference: Write the full name', () => {
  test('replaces the alias of the first mention with the name', () => {
    const text = `${HEAD}speakers:\n  chen:\n    name: Chen Wenqing\n    aliases: [Chen]\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Chen said [we are ready]{@chen}. Chen left.\n`;
    assert.deepEqual(fixed(text, 'speaker-first-reference', 'Chen'), {
      message: 'First reference to Chen Wenqing uses "Chen": write the full name the first time', title: 'Write the full name "Chen Wenqing"',
      after: text.replace('-- Chen said', '-- Chen Wenqing said'),
    });
  });
});
