// The workspace index keeps each article as a summary whose ranges live in one packed array
// (service/archive/articleSummary.ts): quotes, then each declared speaker's key and id, then
// mentions. Each accessor must read its own slot: workspace symbols, references and rename use
// them with quotes, speakers and mentions of every count, and an off-by-one lands an edit on the
// wrong words. Checked against the tree's own spans, for every index, on an article with several
// of each.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { asSummary, declaredIdRange, declaredRenameRange, mentionRange, quoteRange, quoteSpeakerRange, summarizeForWorkspace } from '../../server/src/service/archive/articleSummary';
import { allQuotes, withDefaults } from '../../server/src/service';
import { article, parse } from '../support/documents';

const TEXT = article(
  'BEIJING, March 4 (Xinhua) -- [We will rebuild]{@wen}, Wen Ming said. [Not before April]{@li}, Li Hua added.\n\n' +
    'Wen said [the cost is met]{@wen}, and {@li} agreed. [No household will wait]{@board}.',
  { wen: 'Wen Ming', li: 'Li Hua' },
  '',
).replace('speakers:\n', 'speakers:\n  board:\n    name: Regional Water Board\n    kind: organization\n');

describe('the ranges packed in an article summary', () => {
  // Parsed in the describe body, not at the file's top: see test/mutation/nodeTestOnMocha.cjs.
  const tree = parse(TEXT);
  const summary = summarizeForWorkspace(tree);
  const textOf = (r: Range) => tree.text.slice(tree.lines.offset(r.start), tree.lines.offset(r.end));

  test('the article has several quotes, declared speakers and mentions', () => {
    assert.ok(summary.quotes.length >= 4 && summary.declared.length === 3 && summary.mentions.length >= 1, `${summary.quotes.length} quotes, ${summary.declared.length} declared, ${summary.mentions.length} mentions`);
  });

  test('each quote: its whole span and its @id', () => {
    const quotes = [...allQuotes(tree)];
    assert.equal(summary.quotes.length, quotes.length);
    for (const [i, q] of quotes.entries()) {
      assert.equal(textOf(quoteRange(summary, i)), tree.text.slice(q.start, q.end), `quote ${i}`);
      assert.equal(textOf(quoteSpeakerRange(summary, i)), tree.text.slice(q.speakerSpan.start, q.speakerSpan.end), `quote ${i}'s speaker`);
    }
  });

  test("each declared speaker: the entry's key, and the id a rename replaces", () => {
    const declared = tree.frontMatter?.speakers ?? [];
    for (const [i, d] of declared.entries()) {
      assert.equal(textOf(declaredIdRange(summary, i)), tree.text.slice(d.idSpan.start, d.idSpan.end), `speaker ${d.id}'s key`);
      assert.equal(textOf(declaredRenameRange(summary, i)), d.id, `speaker ${d.id}'s id`);
    }
  });

  test('each mention', () => {
    for (const [i, m] of tree.mentions.entries()) assert.equal(textOf(mentionRange(summary, i)), tree.text.slice(m.start, m.end), `mention ${i}`);
  });

  test("a quoted speaker's kind is kept where the front matter gives one, and absent where it does not", () => {
    const board = summary.quoted.find((s) => s.id === 'board');
    assert.equal(board?.kind, 'organization');
    const wen = summary.quoted.find((s) => s.id === 'wen');
    assert.equal(wen?.kind, 'person');
  });

  test('a quote without a speaker id belongs to nobody: no quoted speaker with an empty id', () => {
    const s = summarizeForWorkspace(parse(article('[We will]{@}, he said. [Soon]{@wen}, Wen Ming said.', { wen: 'Wen Ming' })));
    assert.equal(s.quotes.length, 2);
    assert.deepEqual(s.quoted.map((q) => q.id), ['wen']);
  });
});

describe('asSummary', () => {
  test('one summary per tree and options, made once; a summary is its own summary', () => {
    const t = parse(TEXT);
    const first = asSummary(t);
    assert.equal(asSummary(t), first, 'the same tree and options: the summary made before');
    assert.equal(asSummary(first), first);
    const other = withDefaults(undefined);
    const withOther = asSummary(t, other);
    assert.notEqual(withOther, first, 'other options: a summary of its own');
    assert.deepEqual(withOther.quotes, first.quotes);
    assert.equal(asSummary(t, other), withOther);
  });
});
