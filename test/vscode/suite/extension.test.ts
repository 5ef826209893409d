// The NewsMark extension inside a real VS Code extension host, through the `vscode` API only.
// Runs in code-server (test/e2e/run.sh) and in desktop VS Code (dist/test/runElectron.js), on a copy of
// test/vscode/workspace: berlin-security-dialogue.news (the reference example, no problems) and
// broken.news (an unknown speaker id, an unclosed quote, a Reuters-style month in a Xinhua dateline);
// desk/ holds a .newsmarkrc.json, an article and what `newsmark check --format json` says of it.
// Tests that edit work on scratch copies, so that the fixtures stay as they are.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newsmark.newsmark';
const REFERENCE = 'berlin-security-dialogue.news';
const BROKEN = 'broken.news';
const DEADLINE_MS = Number(process.env.NEWSMARK_WAIT_MS || 30000);

// ---- helpers ----------------------------------------------------------------------------------------

/** Polls `fn` until `ok` holds or the deadline passes; then fails with the last value seen. */
async function waitFor<T>(what: string, fn: () => T | Thenable<T>, ok: (v: T) => boolean, ms = DEADLINE_MS): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await fn();
      error = undefined;
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > end) break;
    await nextChange(100);
  }
  const seen = error ? `error ${error instanceof Error ? error.message : String(error)}` : JSON.stringify(last, replacer)?.slice(0, 800);
  throw new Error(`timed out after ${ms} ms waiting for ${what}; last: ${seen}`);
}

/** Resolves on the next diagnostics change or after `ms`, whichever comes first. */
function nextChange(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const sub = vscode.languages.onDidChangeDiagnostics(done);
    function done() {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    }
  });
}

function replacer(_key: string, value: unknown) {
  if (value instanceof vscode.Range) return `${value.start.line}:${value.start.character}-${value.end.line}:${value.end.character}`;
  if (value instanceof vscode.Uri) return value.toString();
  return value;
}

const codeOf = (d: vscode.Diagnostic): string =>
  typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? '');
const codesOf = (uri: vscode.Uri): string[] => vscode.languages.getDiagnostics(uri).map(codeOf).sort();
const summary = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`);

function folder(): vscode.Uri {
  const ws = vscode.workspace.workspaceFolders?.[0];
  assert.ok(ws, 'a workspace folder is open');
  return ws.uri;
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

const scratchFiles: vscode.Uri[] = [];
/** A new .news file in the workspace with `text`, opened in an editor; deleted after the suite. */
async function scratch(text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(folder(), `scratch-${process.pid}-${scratchFiles.length + 1}.news`);
  scratchFiles.push(uri);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

async function readFixture(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), name)));
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${occurrence + 1} times in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const insertOf = (item: vscode.CompletionItem) =>
  typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? labelOf(item);

async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, kind, 100)) ?? [];
  return all.filter((a): a is vscode.CodeAction => typeof (a as { command?: unknown }).command !== 'string');
}

async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('newsmark').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

// ---- tests ------------------------------------------------------------------------------------------

describe('NewsMark in the VS Code extension host', function () {
  this.timeout(DEADLINE_MS * 3);
  let reference: vscode.TextDocument;
  let broken: vscode.TextDocument;

  before(async () => {
    // Without the language or the extension every test would only wait for its deadline: stop here.
    reference = await open(REFERENCE);
    assert.strictEqual(reference.languageId, 'newsmark', `${REFERENCE} opens as newsmark`);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    await waitFor('the extension to activate', () => ext.isActive, (v) => v);
  });

  after(async () => {
    await setRules(undefined);
    for (const uri of scratchFiles) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('activates on a .news file and registers its commands', async () => {
    assert.strictEqual(reference.languageId, 'newsmark');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    await waitFor('the extension to activate', () => ext.isActive, (v) => v);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['newsmark.restartServer', 'newsmark.showOutput', 'newsmark.markSelectionAsQuote', 'newsmark.fixAll', 'newsmark.showReferences']) {
      assert.ok(commands.includes(c), `command ${c} is registered`);
    }
  });

  it('shows a code lens on each speaker that opens its quotes and mentions', async () => {
    const lenses = await waitFor('code lenses on the reference example',
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', reference.uri)) ?? [],
      (l) => l.length >= 2);
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes('8 quotes · 5 mentions'), `lens titles [${titles}]`);
    assert.ok(titles.includes('0 quotes · 1 mention'), `lens titles [${titles}]`);
    const chen = lenses.find((l) => l.command?.title === '8 quotes · 5 mentions')!;
    assert.strictEqual(chen.command!.command, 'newsmark.showReferences');
    // The command converts the server's LSP locations; VS Code's peek accepts them without error.
    await vscode.window.showTextDocument(reference);
    await vscode.commands.executeCommand(chen.command!.command, ...(chen.command!.arguments ?? []));
  });

  it('outlines the reference example: the speakers with their quotes', async () => {
    const symbols = await waitFor('document symbols of the reference example', () => documentSymbols(reference.uri),
      (s) => s.some((x) => x.name === 'Chen Wenqing'));
    const byName = new Map(symbols.map((s) => [s.name, s]));
    const chen = byName.get('Chen Wenqing');
    const schmidt = byName.get('Wolfgang Schmidt');
    assert.ok(chen, `a top-level symbol "Chen Wenqing" in [${symbols.map((s) => s.name)}]`);
    assert.ok(schmidt, `a top-level symbol "Wolfgang Schmidt" in [${symbols.map((s) => s.name)}]`);
    assert.strictEqual(chen.children.length, 8, `Chen Wenqing's quotes: [${chen.children.map((c) => c.name)}]`);
    assert.strictEqual(schmidt.children.length, 0, `Wolfgang Schmidt's quotes: [${schmidt.children.map((c) => c.name)}]`);
    // Each quote child lies inside its speaker's range and starts with the quote's opening words.
    assert.ok(chen.children[0].name.startsWith('China is ready'), `first quote named "${chen.children[0].name}"`);
    for (const q of chen.children) assert.ok(chen.range.contains(q.range), `quote "${q.name}" within Chen Wenqing's range`);
  });

  it('reports the problems of a broken article', async () => {
    broken = await open(BROKEN);
    const want = ['dateline-month-style', 'quote-unclosed', 'quote-unknown-speaker'];
    await waitFor(`diagnostics ${want} on ${BROKEN}`, () => codesOf(broken.uri), (c) => want.every((w) => c.includes(w)));
    const diags = vscode.languages.getDiagnostics(broken.uri);
    const unknown = diags.find((d) => codeOf(d) === 'quote-unknown-speaker')!;
    assert.strictEqual(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.match(unknown.message, /chne/, 'the message names the unknown id');
    assert.strictEqual(broken.getText(unknown.range).includes('chne'), true, `range covers the id: "${broken.getText(unknown.range)}"`);
    const month = diags.find((d) => codeOf(d) === 'dateline-month-style')!;
    assert.strictEqual(month.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(broken.getText(month.range), 'Sep', `month range covers "Sep": "${broken.getText(month.range)}"`);
    // The reference example was opened first: by now the server has checked it too, and found nothing.
    assert.deepStrictEqual(summary(reference.uri), [], 'no problems in the reference example');
  });

  it('links each diagnostic code to the docs shipped with the extension', async () => {
    const diags = await waitFor('diagnostics on broken.news', () => vscode.languages.getDiagnostics(broken.uri), (d) => d.length > 0);
    for (const d of diags) {
      assert.ok(typeof d.code === 'object' && d.code !== null, `code of "${d.message}" has a target`);
      const target = (d.code as { target: vscode.Uri }).target;
      assert.ok(target.path.endsWith('/docs/syntax.md'), `target ${target.toString()} is docs/syntax.md`);
      assert.strictEqual(target.fragment, String((d.code as { value: string }).value));
    }
  });

  it('follows edits: problems appear and clear as the article changes', async () => {
    const editor = await scratch(await readFixture(BROKEN));
    const doc = editor.document;
    await waitFor('the three problems', () => codesOf(doc.uri), (c) => c.includes('quote-unknown-speaker') && c.includes('quote-unclosed') && c.includes('dateline-month-style'));

    const edit = async (from: string, to: string) => {
      const start = doc.getText().indexOf(from);
      assert.ok(start >= 0, `"${from}" in the scratch article`);
      const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(start), doc.positionAt(start + from.length)), to));
      assert.ok(ok, `edit "${from}" -> "${to}"`);
    };
    await edit('{@chne}', '{@chen}');
    await waitFor('quote-unknown-speaker to clear', () => codesOf(doc.uri), (c) => !c.includes('quote-unknown-speaker') && c.includes('quote-unclosed'));
    await edit('BERLIN, Sep 27', 'BERLIN, Sept. 27');
    await waitFor('dateline-month-style to clear', () => codesOf(doc.uri), (c) => !c.includes('dateline-month-style'));
    await edit('real threats]{@chen', 'real threats]{@chen}.');
    await waitFor('no problems once all are fixed', () => summary(doc.uri), (s) => s.length === 0);
    // ...and a new one appears when the text breaks again.
    await edit('{@chen}.', '{@nobody}.');
    const d = await waitFor('quote-unknown-speaker for @nobody', () => vscode.languages.getDiagnostics(doc.uri),
      (ds) => ds.some((x) => codeOf(x) === 'quote-unknown-speaker' && /nobody/.test(x.message)));
    assert.strictEqual(d.filter((x) => codeOf(x) === 'quote-unknown-speaker').length, 1);
  });

  it('hover on @chen shows the speaker Chen Wenqing', async () => {
    await open(REFERENCE);
    const at = positionOf(reference, '{@chen}', 3); // on "chen" of the first quote's speaker id
    const text = await waitFor('a hover on @chen', async () =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', reference.uri, at)),
    (t) => t.includes('Chen Wenqing'));
    assert.match(text, /Chen Wenqing/);
  });

  it('quick fix: an unknown speaker id becomes the nearest known one', async () => {
    const editor = await scratch(await readFixture(BROKEN));
    const doc = editor.document;
    const diag = (await waitFor('quote-unknown-speaker', () => vscode.languages.getDiagnostics(doc.uri),
      (ds) => ds.some((d) => codeOf(d) === 'quote-unknown-speaker'))).find((d) => codeOf(d) === 'quote-unknown-speaker')!;
    const actions = await waitFor('quick fixes for quote-unknown-speaker', () => codeActions(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value),
      (as) => as.some((a) => a.edit && /chen/i.test(a.title)));
    const fix = actions.find((a) => a.edit && /chen/i.test(a.title))!;
    // VS Code's executeCodeActionProvider does not hand back an action's `diagnostics`, so the tie
    // is shown by behaviour: the server offers this fix only where its diagnostic is.
    const elsewhere = await codeActions(doc.uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(elsewhere.filter((a) => a.title === fix.title).map((a) => a.title), [], 'the fix is offered only on its diagnostic');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), `applied "${fix.title}"`);
    assert.ok(doc.getText().includes('interests of both countries]{@chen}.'), 'the id is now chen');
    await waitFor('quote-unknown-speaker to clear', () => codesOf(doc.uri), (c) => !c.includes('quote-unknown-speaker'));
  });

  it('quick fix: a Reuters-style month becomes Xinhua style', async () => {
    const editor = await scratch(await readFixture(BROKEN));
    const doc = editor.document;
    const diag = (await waitFor('dateline-month-style', () => vscode.languages.getDiagnostics(doc.uri),
      (ds) => ds.some((d) => codeOf(d) === 'dateline-month-style'))).find((d) => codeOf(d) === 'dateline-month-style')!;
    const actions = await waitFor('quick fixes for dateline-month-style', () => codeActions(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value),
      (as) => as.some((a) => !!a.edit));
    assert.ok(await vscode.workspace.applyEdit(actions.find((a) => a.edit)!.edit!));
    assert.ok(doc.getText().includes('BERLIN, Sept. 27 (Xinhua) --'), `dateline now: ${doc.lineAt(diag.range.start.line).text.slice(0, 40)}`);
    await waitFor('dateline-month-style to clear', () => codesOf(doc.uri), (c) => !c.includes('dateline-month-style'));
  });

  it('completion after {@ lists the speakers', async () => {
    const text = (await readFixture(REFERENCE)).replace(/\s*$/, '\n\nSchmidt said [the talks were useful]{@}.\n');
    const doc = await vscode.workspace.openTextDocument({ language: 'newsmark', content: text }); // untitled: scheme untitled
    await vscode.window.showTextDocument(doc);
    const at = positionOf(doc, ']{@}', 3);
    const list = await waitFor('completion items after {@', async () =>
      (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at, '@'))?.items ?? [],
    (items) => items.some((i) => /\bchen\b/.test(insertOf(i))) && items.some((i) => /\bschmidt\b/.test(insertOf(i))));
    const chen = list.find((i) => /\bchen\b/.test(insertOf(i)))!;
    const described = [chen.detail, typeof chen.documentation === 'string' ? chen.documentation : chen.documentation?.value,
      typeof chen.label === 'string' ? '' : `${chen.label.detail ?? ''} ${chen.label.description ?? ''}`, labelOf(chen)].join(' ');
    assert.match(described, /Chen Wenqing/, 'the item for chen names Chen Wenqing');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('marks a selection as a quote through the markAsQuote code actions', async () => {
    const text = (await readFixture(REFERENCE)).replace(/\s*$/, '\n\nChen told reporters, "We will strengthen cooperation in all fields."\n');
    const editor = await scratch(text);
    const doc = editor.document;
    const start = positionOf(doc, '"We will');
    const end = positionOf(doc, 'fields."', 'fields."'.length);
    await waitFor('quote-unattributed on the unmarked quote', () => codesOf(doc.uri), (c) => c.includes('quote-unattributed'));
    const actions = await waitFor('refactor.rewrite.newsmark.markAsQuote actions', () =>
      codeActions(doc.uri, new vscode.Range(start, end), 'refactor.rewrite.newsmark.markAsQuote'),
    (as) => as.some((a) => !!a.edit && /chen/i.test(a.title)));
    const byChen = actions.find((a) => !!a.edit && /chen/i.test(a.title))!;
    assert.ok(byChen.kind && vscode.CodeActionKind.Refactor.append('rewrite.newsmark.markAsQuote').contains(byChen.kind), `kind ${byChen.kind?.value}`);
    assert.ok(await vscode.workspace.applyEdit(byChen.edit!));
    assert.ok(doc.getText().includes('["We will strengthen cooperation in all fields."]{@chen}'), doc.lineAt(start.line).text);
    await waitFor('quote-unattributed to clear', () => codesOf(doc.uri), (c) => !c.includes('quote-unattributed'));
  });

  it('NewsMark: Mark Selection as Quote… applies the action picked in its quick pick', async () => {
    const text = (await readFixture(REFERENCE)).replace(/\s*$/, '\n\nSchmidt told reporters, "The talks were open and constructive."\n');
    const editor = await scratch(text);
    const doc = editor.document;
    await waitFor('quote-unattributed on the unmarked quote', () => codesOf(doc.uri), (c) => c.includes('quote-unattributed'));
    editor.selection = new vscode.Selection(positionOf(doc, '"The talks'), positionOf(doc, 'constructive."', 'constructive."'.length));
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand('newsmark.markSelectionAsQuote')).finally(() => (settled = true));
    // Accept the first item of the quick pick once it is up (the accept is a no-op until then).
    await waitFor('the quick pick to be accepted', async () => {
      if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    }, (v) => v);
    await running;
    assert.match(doc.getText(), /\["The talks were open and constructive\."\]\{@(chen|schmidt)\}/, doc.lineAt(doc.lineCount - 2).text);
  });

  it('NewsMark: Fix All applies the auto-fixable fixes', async () => {
    const editor = await scratch(await readFixture(BROKEN));
    const doc = editor.document;
    await waitFor('dateline-month-style', () => codesOf(doc.uri), (c) => c.includes('dateline-month-style'));
    await vscode.commands.executeCommand('newsmark.fixAll');
    await waitFor('the month fixed by fix-all', () => doc.getText(), (t) => t.includes('BERLIN, Sept. 27 (Xinhua)'));
    await waitFor('dateline-month-style to clear', () => codesOf(doc.uri), (c) => !c.includes('dateline-month-style'));
  });

  it('settings: newsmark.rules turns a code off and changes a severity', async () => {
    broken = await open(BROKEN);
    await waitFor('dateline-month-style on broken.news', () => codesOf(broken.uri), (c) => c.includes('dateline-month-style'));
    try {
      await setRules({ 'dateline-month-style': 'off', 'quote-unknown-speaker': 'warning' });
      await waitFor('dateline-month-style off and quote-unknown-speaker a warning', () => vscode.languages.getDiagnostics(broken.uri),
        (ds) => !ds.some((d) => codeOf(d) === 'dateline-month-style') &&
          ds.some((d) => codeOf(d) === 'quote-unknown-speaker' && d.severity === vscode.DiagnosticSeverity.Warning));
      assert.ok(codesOf(broken.uri).includes('quote-unclosed'), 'other codes stay');
    } finally {
      await setRules(undefined);
    }
    await waitFor('the defaults back', () => vscode.languages.getDiagnostics(broken.uri),
      (ds) => ds.some((d) => codeOf(d) === 'dateline-month-style') &&
        ds.some((d) => codeOf(d) === 'quote-unknown-speaker' && d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('NewsMark: Restart Language Server brings the server back', async () => {
    await open(REFERENCE);
    await vscode.commands.executeCommand('newsmark.restartServer');
    const symbols = await waitFor('document symbols after the restart', () => documentSymbols(reference.uri),
      (s) => s.some((x) => x.name === 'Chen Wenqing'));
    assert.ok(symbols.length >= 2);
    broken = await open(BROKEN);
    await waitFor('diagnostics after the restart', () => codesOf(broken.uri), (c) => c.includes('quote-unknown-speaker'));
  });
});

// ---- the configuration file ------------------------------------------------------------------------

/** The diagnostics `newsmark check --format json` reports, as test/cli/check.test.ts keeps them current. */
interface CheckedDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const SEVERITY_WORDS = new Map([
  [vscode.DiagnosticSeverity.Error, 'error'],
  [vscode.DiagnosticSeverity.Warning, 'warning'],
  [vscode.DiagnosticSeverity.Information, 'info'],
  [vscode.DiagnosticSeverity.Hint, 'hint'],
]);

const asChecked = (d: vscode.Diagnostic): CheckedDiagnostic => ({
  code: codeOf(d),
  severity: SEVERITY_WORDS.get(d.severity) ?? String(d.severity),
  message: d.message,
  range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
});

describe('NewsMark reads .newsmarkrc.json as the command line does', function () {
  this.timeout(DEADLINE_MS * 3);
  const ARTICLE = 'desk/every-diagnostic.news';

  it('shows the diagnostics of newsmark check --format json for an article under a .newsmarkrc.json', async () => {
    const [expected] = JSON.parse(await readFixture('desk/newsmark-check.json')) as { diagnostics: CheckedDiagnostic[] }[];
    // The file turns quote-cue-verb off and makes speaker-unused an error: the comparison below
    // cannot pass by both sides ignoring it.
    assert.ok(expected.diagnostics.some((d) => d.code === 'speaker-unused' && d.severity === 'error'));
    assert.ok(!expected.diagnostics.some((d) => d.code === 'quote-cue-verb'));
    const doc = await open(ARTICLE);
    const want = JSON.stringify(expected.diagnostics);
    await waitFor(`the diagnostics of ${ARTICLE} to equal the command line's`, () => JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map(asChecked)), (got) => got === want);
  });

  it('editor settings override the file where both set a key', async () => {
    const doc = await open(ARTICLE);
    try {
      await setRules({ 'speaker-unused': 'hint' });
      await waitFor('speaker-unused as a hint, quote-cue-verb still off (the file)', () => vscode.languages.getDiagnostics(doc.uri),
        (ds) => ds.some((d) => codeOf(d) === 'speaker-unused' && d.severity === vscode.DiagnosticSeverity.Hint) &&
          !ds.some((d) => codeOf(d) === 'quote-cue-verb') && ds.length > 0);
    } finally {
      await setRules(undefined);
    }
    await waitFor('speaker-unused an error again (the file)', () => vscode.languages.getDiagnostics(doc.uri),
      (ds) => ds.some((d) => codeOf(d) === 'speaker-unused' && d.severity === vscode.DiagnosticSeverity.Error));
  });
});

describe('NewsMark: Mark Up Plain Article', function () {
  this.timeout(DEADLINE_MS * 3);
  const PLAIN = 'wire/harbour.txt';
  const made: vscode.Uri[] = [];
  interface Answer { draft: string; quotes: number; speakers: number; reviewNotes: number }
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of made) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  /** A copy of the plain fixture under a name of its own, opened. */
  async function plainCopy(name: string, ext: string): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.joinPath(folder(), 'wire', `${name}-${process.pid}${ext}`);
    made.push(uri, uri.with({ path: uri.path.replace(/\.[a-z]+$/, '.news') }));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await readFixture(PLAIN)));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    return doc;
  }

  it('on a .txt: the draft in a diff beside the original, saved as .news next to it, with review hints and no error', async () => {
    const txt = await plainCopy('plain', '.txt');
    const original = txt.getText();
    const answer = await vscode.commands.executeCommand<Answer>('newsmark.markUpPlainArticle');
    assert.ok(answer, 'the command answers');
    assert.ok(answer.quotes >= 3 && answer.speakers === 2 && answer.reviewNotes >= 1, JSON.stringify(answer));
    const diff = await waitFor('the diff of the original and the draft', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.input),
      (inputs) => inputs.some((i) => i instanceof vscode.TabInputTextDiff && i.original.toString() === txt.uri.toString() && i.modified.toString() === answer.draft));
    assert.ok(diff);
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.parse(answer.draft));
    assert.match(draft.getText(), /^headline: "?Portsmouth harbour stays shut/m);
    assert.match(draft.getText(), /\]\{@nguyen\}<!-- newsmark-review: speaker, or @lasko -->/);

    const saved = await vscode.commands.executeCommand<string>('newsmark.applyMarkupDraft', vscode.Uri.parse(answer.draft));
    assert.equal(saved, txt.uri.toString().replace(/\.txt$/, '.news'));
    const news = await vscode.workspace.openTextDocument(vscode.Uri.parse(saved));
    assert.equal(news.getText(), draft.getText());
    assert.equal(news.isDirty, false, 'saved');
    assert.equal(news.languageId, 'newsmark');
    assert.equal(txt.getText(), original, 'the plain article stays as it is');
    const ds = await waitFor('markup-uncertain hints on the new article', () => vscode.languages.getDiagnostics(news.uri),
      (list) => list.some((d) => codeOf(d) === 'markup-uncertain'));
    assert.deepEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf), []);
    assert.ok(ds.filter((d) => codeOf(d) === 'markup-uncertain').every((d) => d.severity === vscode.DiagnosticSeverity.Hint));

    // Accept one review note through the quick fix, as a writer would.
    const note = ds.find((d) => codeOf(d) === 'markup-uncertain')!;
    const actions = await codeActions(news.uri, note.range, vscode.CodeActionKind.QuickFix.value);
    const useLasko = actions.find((a) => a.title === 'Use @lasko instead');
    assert.ok(useLasko?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(useLasko.edit));
    assert.match(news.getText(), /\]\{@lasko\} the boat owner said/);
  });

  it('on a .news: the draft applied in place as one edit that one undo takes back', async () => {
    const doc = await plainCopy('pasted', '.news');
    const original = doc.getText();
    const answer = await vscode.commands.executeCommand<Answer>('newsmark.markUpPlainArticle');
    assert.ok(answer);
    const target = await vscode.commands.executeCommand<string>('newsmark.applyMarkupDraft', vscode.Uri.parse(answer.draft));
    assert.equal(target, doc.uri.toString());
    assert.match(doc.getText(), /^---\n/);
    assert.match(doc.getText(), /\]\{@nguyen\}/);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to bring the plain text back', () => doc.getText(), (t) => t === original);
  });
});
