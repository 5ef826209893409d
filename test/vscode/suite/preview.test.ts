// The live preview (issue 12) in a real extension host, on a copy of test/vscode/workspace: "Open
// Preview to the Side" shows the reference example's eight quotes by Chen Wenqing beside the
// editor, and an edit (a quote by Wolfgang Schmidt) is drawn without reopening it. What the page
// drew is read through `newsmark.preview.rendered` (the page reports it after every drawing; the
// command waits for a given document version, with a deadline).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RenderedPreview } from '../../../client/src/webview/previewMessages';

const REFERENCE = 'berlin-security-dialogue.news';
const ADDED = '\n\n[We agree]{@schmidt}, Schmidt said.';


const previewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
  .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('newsmark.preview'));

describe('Live preview', function () {
  let document: vscode.TextDocument;
  before(async () => {
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, REFERENCE));
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the editor with the article\'s quotes and speakers', async () => {
    const rendered = await vscode.commands.executeCommand<RenderedPreview | undefined>('newsmark.showPreviewToSide');
    assert.ok(rendered, 'the page drew the article');
    assert.strictEqual(rendered.uri, document.uri.toString());
    assert.strictEqual(rendered.version, document.version);
    assert.deepStrictEqual([rendered.quotes, rendered.tinted, rendered.speakers], [8, 8, ['chen']]);
    assert.strictEqual(previewTabs().length, 1);
    assert.notStrictEqual(previewTabs()[0].group.viewColumn, vscode.ViewColumn.One, 'the preview is in another group than the editor');
  });

  it('draws an edit as it is typed, and the text restored after it', async () => {
    const before = await vscode.commands.executeCommand<RenderedPreview>('newsmark.preview.rendered', document.version);
    const original = document.getText();
    const end = document.positionAt(original.trimEnd().length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, end, ADDED);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await vscode.commands.executeCommand<RenderedPreview | undefined>('newsmark.preview.rendered', document.version);
    assert.ok(after, `the preview drew version ${document.version}`);
    assert.deepStrictEqual([after.quotes, after.speakers, after.blocks], [9, ['chen', 'schmidt'], before.blocks + 1]);

    // Restored (and saved, as auto save may have written the edit): the other suites count its quotes.
    const undo = new vscode.WorkspaceEdit();
    undo.replace(document.uri, new vscode.Range(end, document.positionAt(document.getText().length)), original.slice(original.trimEnd().length));
    assert.ok(await vscode.workspace.applyEdit(undo));
    assert.strictEqual(document.getText(), original);
    await document.save();
    const restored = await vscode.commands.executeCommand<RenderedPreview | undefined>('newsmark.preview.rendered', document.version);
    assert.deepStrictEqual([restored?.quotes, restored?.speakers], [8, ['chen']]);
  });
});
