// The edit that writes new speakers into the front matter (the markup suggestions add several at
// once): two entries in block and flow style, after a `speakers: []` with nothing in it, before a
// key or a comment that follows the speakers, after a comment inside the last speaker's entry, a
// `kind` written only when not `person`, two aliases, names quoted only when YAML would read them
// as something else. And the slug fix of an article
// without front matter, which writes a new one. Written to kill mutants that survived `npm run
// mutate` in edits/addSpeaker.ts and edits/setFrontMatterKey.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addSpeakersEdit, yamlString } from '../../server/src/service/edits/addSpeaker';
import { applyEdits } from '../../server/src/service/edits/applyEdits';
import { parse } from '../support/documents';
import { textAfterFirstFix } from '../support/serviceCalls';

const ANN = { id: 'ann', name: 'Ann Lee' };
const BO = { id: 'bo', name: 'Bo Li', aliases: ['Bo', 'Mr. Li'], kind: 'person' };

/** The front matter after adding `speakers`, and the speakers the new text defines (id and name). */
function added(frontMatter: string, speakers = [ANN, BO]) {
  const text = `---\n${frontMatter}---\n\nText.\n`;
  const after = applyEdits(text, [addSpeakersEdit(parse(text), speakers)]);
  const a = parse(after);
  return { text: after.slice(0, after.indexOf('---\n\n') + 4), ids: [...a.speakersById.values()].map((s) => [s.id, s.name?.value]), article: a };
}

test('two speakers in block style: one entry each, in order, kind person left out', () => {
  const { text, ids, article } = added('headline: H\nspeakers:\n  chen:\n    name: Chen Wenqing\n');
  assert.equal(text, '---\nheadline: H\nspeakers:\n  chen:\n    name: Chen Wenqing\n  ann:\n    name: Ann Lee\n  bo:\n    name: Bo Li\n    aliases: ["Bo", "Mr. Li"]\n---\n');
  assert.deepEqual(ids, [['chen', 'Chen Wenqing'], ['ann', 'Ann Lee'], ['bo', 'Bo Li']]);
  assert.deepEqual(article.speakersById.get('bo')?.aliases.map((x) => x.text), ['Bo', 'Mr. Li']);
});

test('two speakers in flow style', () => {
  const { text, ids } = added('headline: H\nspeakers: {chen: {name: Chen Wenqing}}\n');
  assert.equal(text, '---\nheadline: H\nspeakers: {chen: {name: Chen Wenqing}, ann: {name: Ann Lee}, bo: {name: Bo Li}}\n---\n');
  assert.deepEqual(ids, [['chen', 'Chen Wenqing'], ['ann', 'Ann Lee'], ['bo', 'Bo Li']]);
});

test('after an empty speakers: [] or {} the value is replaced by the entries', () => {
  for (const empty of ['[]', '{}']) {
    const { text, ids } = added(`headline: H\nspeakers: ${empty}\ndate: 2023-09-28\n`, [ANN]);
    assert.deepEqual(ids, [['ann', 'Ann Lee']], empty);
    assert.equal(text, '---\nheadline: H\nspeakers:\n  ann:\n    name: Ann Lee\ndate: 2023-09-28\n---\n', empty);
  }
});

test('speakers followed by another key, or by a comment line and a key: the entry goes after the last speaker', () => {
  const withKey = added('speakers:\n  chen:\n    name: Chen Wenqing\nheadline: H\n', [ANN]);
  assert.equal(withKey.text, '---\nspeakers:\n  chen:\n    name: Chen Wenqing\n  ann:\n    name: Ann Lee\nheadline: H\n---\n');
  assert.equal(withKey.article.frontMatter?.headline?.value, 'H');
  const withComment = added('speakers:\n  chen:\n    name: Chen Wenqing # the minister\nheadline: H\n', [ANN]);
  assert.deepEqual(withComment.ids, [['chen', 'Chen Wenqing'], ['ann', 'Ann Lee']]);
  assert.equal(withComment.article.frontMatter?.headline?.value, 'H');
  // A comment line after the last speaker stays below the new entry, which joins the entries.
  const closing = added('speakers:\n  chen:\n    name: Chen Wenqing\n  # more to come\nheadline: H\n', [ANN]);
  assert.equal(closing.text, '---\nspeakers:\n  chen:\n    name: Chen Wenqing\n  ann:\n    name: Ann Lee\n  # more to come\nheadline: H\n---\n');
  // A comment line indented into the last speaker's entry belongs to that speaker: it stays above the new one.
  const inside = added('speakers:\n  chen:\n    name: Chen Wenqing\n    # the minister\nheadline: H\n', [ANN]);
  assert.equal(inside.text, '---\nspeakers:\n  chen:\n    name: Chen Wenqing\n    # the minister\n  ann:\n    name: Ann Lee\nheadline: H\n---\n');
});

test('names are quoted only when YAML would read them as something else', () => {
  for (const name of ['Bruno', 'Juno', 'Anton', 'Ann Lee', "O'Neil", 'Yonatan']) assert.equal(yamlString(name), name);
  for (const name of ['yes', 'No', 'null', 'on', 'y', 'a: b', '1 Two']) assert.equal(yamlString(name), JSON.stringify(name));
});

test('the slug fix writes a front matter when there is none, and replaces a slug already there', () => {
  const replaced = textAfterFirstFix('---\nheadline: H\nslug: "old"\n---\n\nBC-US--Bridge Collapse\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n', 'dateline-form');
  assert.equal(replaced, '---\nheadline: H\nslug: "BC-US--Bridge Collapse"\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n');
  const text = 'BC-US--Bridge Collapse\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n';
  const fixed = textAfterFirstFix(text, 'dateline-form');
  assert.equal(fixed, '---\nslug: "BC-US--Bridge Collapse"\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n');
});
