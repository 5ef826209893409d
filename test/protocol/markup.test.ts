// The markup engine over the protocol: `newsmark/markUp` on a plain `.txt` the server does not
// hold (the client sends its text) and on an open `.news`; the `newsmark.markUpDocument` command
// for other editors, applied through `workspace/applyEdit`; and the code actions "Mark as quote
// by NAME", "Suggest markup for this paragraph" and the markup-uncertain quick fixes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ApplyWorkspaceEditParams, CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import type { MarkUpResult } from '../../server/src/protocol';
import { LspClient, ROOT } from './lspClient';

const SEED = readFileSync(path.join(ROOT, 'test/fixtures/seed-xinhua-berlin.txt'), 'utf8');
const SEED_BODY = SEED.slice(SEED.indexOf('BERLIN, Sept. 27'));
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'newsmark', 1, text), edits);

const ARTICLE = [
  '---', 'headline: Talks', 'date: 2023-09-28', 'agency: Xinhua', '---', '',
  'BERLIN, Sept. 27 (Xinhua) -- China is ready to work with Germany, Chen Wenqing, a member of the Political Bureau, said on Tuesday.', '',
  '"We must act now to protect the security of both countries," Chen said.', '',
].join('\n');

describe('markup over the protocol', () => {
  let client: LspClient;
  const applied: ApplyWorkspaceEditParams[] = [];
  before(async () => {
    client = await LspClient.start();
    client.connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      applied.push(p);
      return { applied: true };
    });
  });
  after(async () => {
    await client.stop();
  });

  it('declares the command for other editors', () => {
    assert.deepEqual(client.initializeResult!.capabilities.executeCommandProvider?.commands, ['newsmark.markUpDocument']);
  });

  it('newsmark/markUp on a .txt the server does not hold: the draft from the text sent, the body verbatim', async () => {
    const r = await client.request<MarkUpResult | null>('newsmark/markUp', { uri: 'file:///work/wire/berlin.txt', text: SEED });
    assert.ok(r);
    assert.match(r.text, /^---\nheadline: "China ready to further enhance/);
    assert.match(r.text, /^ {2}chen:\n {4}name: Chen Wenqing$/m);
    assert.ok(r.quotes >= 7 && r.speakers === 2, JSON.stringify({ ...r, text: undefined }));
    assert.ok(r.text.endsWith(SEED_BODY.slice(-60)));
    // Checked as an article, the draft has no error.
    const uri = 'file:///work/wire/berlin-draft.news';
    await client.open(uri, r.text);
    const published = await client.waitForDiagnostics(uri);
    assert.deepEqual(published.diagnostics.filter((d) => d.severity === 1), []);
    assert.equal(await client.request('newsmark/markUp', { uri: 'file:///work/wire/unknown.txt' }), null, 'no document, no text: null');
  });

  it('newsmark.markUpDocument marks up an open document and applies it as one edit of that version', async () => {
    const uri = 'file:///work/wire/pasted.news';
    await client.open(uri, SEED_BODY, 3);
    await client.waitForDiagnostics(uri);
    const before = applied.length;
    const r = await client.request<MarkUpResult>('workspace/executeCommand', { command: 'newsmark.markUpDocument', arguments: [uri] });
    assert.equal(applied.length, before + 1);
    const change = applied.at(-1)!.edit.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] };
    assert.deepEqual(change.textDocument, { uri, version: 3 });
    assert.equal(change.edits.length, 1);
    assert.equal(apply(SEED_BODY, change.edits), r.text);
    assert.match(r.text, /\]\{@chen\}/);
  });

  it('"Mark as quote by Chen Wenqing" on quote-unattributed, and "Suggest markup for this paragraph"', async () => {
    const uri = 'file:///work/wire/article.news';
    await client.open(uri, ARTICLE);
    const { diagnostics } = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'quote-unattributed'));
    const d = diagnostics.find((x) => x.code === 'quote-unattributed')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const mark = actions.find((a) => a.title === 'Mark as quote by Chen Wenqing');
    assert.ok(mark, actions.map((a) => a.title).join(', '));
    assert.equal(mark.kind, 'quickfix');
    const marked = apply(ARTICLE, mark.edit!.changes![uri]);
    assert.match(marked, /^\["We must act now to protect the security of both countries,"\]\{@[a-z-]+\} Chen said\.$/m);
    assert.match(marked, /^ {4}name: Chen Wenqing$/m);
    const suggest = actions.find((a) => a.title === 'Suggest markup for this paragraph');
    assert.equal(suggest?.kind, 'refactor.rewrite.newsmark.suggestMarkup');
  });

  it('markup-uncertain: a hint on the note whose fixes accept it or take the other speaker', async () => {
    const uri = 'file:///work/wire/reviewed.news';
    const text = [
      '---', 'headline: Talks', 'date: 2023-09-28', 'speakers:', '  chen:', '    name: Chen Wenqing', '  schmidt:', '    name: Wolfgang Schmidt', '---', '',
      'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met Wolfgang Schmidt. [Both sides should focus on real threats]{@chen}<!-- newsmark-review: speaker, or @schmidt -->, he said.', '',
    ].join('\n');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (ds) => ds.some((x) => x.code === 'markup-uncertain'));
    const d = diagnostics.find((x) => x.code === 'markup-uncertain') as Diagnostic;
    assert.equal(d.severity, 4);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    assert.deepEqual(actions.map((a) => a.title), ['Accept (remove the review note)', 'Use @schmidt instead']);
    assert.match(apply(text, actions[1].edit!.changes![uri]), /\]\{@schmidt\}, he said\./);
    assert.doesNotMatch(apply(text, actions[0].edit!.changes![uri]), /newsmark-review/);
  });
});
