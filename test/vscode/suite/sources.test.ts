// Quotes checked against their sources in the VS Code extension host (issue 14), on
// test/vscode/workspace/sources: a Xinhua wire article and a republished version whose quote was
// altered ("Xigaze" → "Shigatse", "vigor" → "vigour"). The server reads the wire article in the
// background; the editor gets `quote-altered` naming the words, the passage as related
// information, hover and definition on the quote, and the quick fix restores the source's words
// (on a scratch copy beside them, deleted after the suite).
import * as assert from 'assert';
import * as vscode from 'vscode';

const DEADLINE_MS = Number(process.env.NEWSMARK_WAIT_MS || 30000);

async function waitFor<T>(what: string, fn: () => T | Thenable<T>, ok: (v: T) => boolean): Promise<T> {
  const end = Date.now() + DEADLINE_MS;
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 600)}`);
    // The next diagnostics change, or a short while: whichever comes first.
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => { clearTimeout(timer); sub.dispose(); resolve(); });
      const timer = setTimeout(() => { sub.dispose(); resolve(); }, 100);
    });
  }
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? ''));
const altered = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'quote-altered');
const inSources = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sources', name);

describe('NewsMark: quotes checked against their sources', function () {
  this.timeout(DEADLINE_MS * 3);
  const scratch = inSources(`scratch-${process.pid}.news`);
  let republished: vscode.TextDocument;

  before(async () => {
    republished = await vscode.workspace.openTextDocument(inSources('republished.news'));
    await vscode.window.showTextDocument(republished);
  });
  after(async () => {
    await vscode.workspace.fs.delete(scratch).then(undefined, () => undefined);
  });

  it('reports quote-altered naming the changed words, with the passage of the wire article as related information', async () => {
    const [d] = await waitFor('quote-altered on republished.news', () => altered(republished.uri), (ds) => ds.length === 1);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /the source says "Lhasa-Xigaze", the quote "Lhasa-Shigatse"; the source says "vigor", the quote "vigour"/);
    const related = d.relatedInformation?.[0];
    assert.ok(related, 'related information');
    assert.strictEqual(related.location.uri.toString(), inSources('xinhua-tibet.news').toString());
    assert.strictEqual(related.location.range.start.line, 13);
  });

  it('hover on a quote shows its source; go to definition opens the wire article at the passage', async () => {
    const at = republished.positionAt(republished.getText().indexOf('prosperity'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', republished.uri, at);
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /Source:.*xinhua-tibet\.news/);
    assert.match(text, /Word for word as in the source/);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', republished.uri, at);
    const target = locations[0] as vscode.Location & vscode.LocationLink;
    assert.strictEqual((target.uri ?? target.targetUri).toString(), inSources('xinhua-tibet.news').toString());
    assert.strictEqual((target.range ?? target.targetRange).start.line, 15);
  });

  it('the quick fix restores the source\'s words', async () => {
    await vscode.workspace.fs.writeFile(scratch, new TextEncoder().encode(republished.getText()));
    const doc = await vscode.workspace.openTextDocument(scratch);
    await vscode.window.showTextDocument(doc);
    const [d] = await waitFor('quote-altered on the scratch copy', () => altered(doc.uri), (ds) => ds.length === 1);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range)) ?? [];
    const restore = actions.find((a) => a.title === "Restore the source's words");
    assert.ok(restore?.edit, `actions: ${actions.map((a) => a.title).join('; ')}`);
    assert.ok(await vscode.workspace.applyEdit(restore.edit));
    assert.match(doc.getText(), /\["We will push forward the Lhasa-Xigaze railway with vigor, so that the people of Xigaze can travel to Lhasa in two hours,"\]/);
    await waitFor('no quote-altered once restored', () => altered(doc.uri), (ds) => ds.length === 0);
  });
});
