// The Speakers view and the Quote Report webview (issue 11) in a real extension host, on a copy of
// test/vscode/workspace: Chen Wenqing is quoted in berlin-security-dialogue.news (eight times, as
// its text says) and in broken.news; desk/every-diagnostic.news quotes speakers of its own.
// The view's tree is read through `newsmark.speakers.tree` (the rows the view draws, from the
// provider itself); the report's command answers its page's HTML and what the page drew (the
// webview reports it back after drawing).
import * as assert from 'assert';
import * as vscode from 'vscode';

const REFERENCE = 'berlin-security-dialogue.news';
const DEADLINE_MS = Number(process.env.NEWSMARK_WAIT_MS || 30000);

interface Row {
  label: string;
  description: string;
  icon: string;
  depth: number;
  command?: string;
  arguments?: unknown[];
}

interface ReportAnswer {
  html: string;
  rendered?: { scope: string; articles: number; charts: { id: string; title: string; drawn: string; caption: string; tableRows: number }[] };
}

async function waitFor<T>(what: string, fn: () => Thenable<T> | T, ok: (v: T) => boolean, ms = DEADLINE_MS): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 800)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const tree = () => vscode.commands.executeCommand<Row[]>('newsmark.speakers.tree');
const uriOf = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);

/** The rows under the row at `index` (its subtree). */
function childrenOf(rows: Row[], index: number): Row[] {
  const out: Row[] = [];
  for (let i = index + 1; i < rows.length && rows[i].depth > rows[index].depth; i++) if (rows[i].depth === rows[index].depth + 1) out.push(rows[i]);
  return out;
}

function subtree(rows: Row[], index: number): Row[] {
  const out: Row[] = [];
  for (let i = index + 1; i < rows.length && rows[i].depth > rows[index].depth; i++) out.push(rows[i]);
  return out;
}

describe('Speakers view and Quote Report', function () {
  let referenceText: string;
  before(async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf(REFERENCE));
    await vscode.window.showTextDocument(doc);
    referenceText = doc.getText();
  });
  after(async () => {
    await vscode.commands.executeCommand('newsmark.speakers.showWorkspace');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the workspace speakers → articles → quotes with counts and kinds', async () => {
    // Other suites' scratch articles quote Chen too: at least the reference and broken.news.
    const rows = await waitFor('Chen Wenqing in the reference and broken.news, and the desk speakers', tree, (rs) => {
      const at = rs.findIndex((r) => r.depth === 0 && r.label === 'Chen Wenqing');
      return at >= 0 && childrenOf(rs, at).length >= 2 && rs.filter((r) => r.depth === 0).length > 3;
    });
    const chen = rows.findIndex((r) => r.depth === 0 && r.label === 'Chen Wenqing');
    assert.strictEqual(rows[chen].icon, 'person');
    const articles = childrenOf(rows, chen);
    const berlin = articles.find((a) => a.label.startsWith('China ready to further enhance'));
    assert.ok(berlin, `articles: ${articles.map((a) => a.label).join(' | ')}`);
    const quotesInText = referenceText.split('{@chen}').length - 1;
    assert.strictEqual(quotesInText, 8);
    assert.match(berlin.description, new RegExp(`^${quotesInText} quotes`));
    const berlinQuotes = childrenOf(rows, rows.indexOf(berlin));
    assert.strictEqual(berlinQuotes.length, quotesInText);
    assert.ok(berlinQuotes.every((q) => q.command === 'newsmark.speakers.revealQuote' && ['direct', 'partial', 'indirect'].includes(q.description)));
    assert.ok(berlinQuotes.some((q) => q.label.startsWith('China is ready to work with Germany')), 'quotes named by their opening words');
    // The speaker's count is its quotes' count, in every article.
    const chenQuotes = subtree(rows, chen).filter((r) => r.depth === 2).length;
    assert.match(rows[chen].description, new RegExp(`^${articles.length} articles · ${chenQuotes} quotes`));
    assert.ok(articles.some((a) => a.label === 'China and Germany hold security dialogue'), 'broken.news, by its headline');
    // Speakers of the desk article too: it is not open, so they come from the workspace index.
    assert.ok(rows.some((r) => r.depth === 1 && r.label === 'every-diagnostic.news'), 'an article without headline is named by its file');
  });

  it('filters to the current article with the title toggle, and back', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(REFERENCE)));
    await vscode.commands.executeCommand('newsmark.speakers.showCurrentArticle');
    const one = await waitFor('only the reference article', tree, (rs) => rs.filter((r) => r.depth === 0).length === 1);
    assert.deepStrictEqual(one.filter((r) => r.depth === 0).map((r) => r.label), ['Chen Wenqing']);
    assert.match(one[0].description, /^8 quotes/);
    await vscode.commands.executeCommand('newsmark.speakers.showWorkspace');
    await waitFor('the whole workspace again', tree, (rs) => rs.filter((r) => r.depth === 0).length > 1);
  });

  it('reveals a quote in the editor when it is clicked', async () => {
    const rows = await tree();
    const quote = rows.find((r) => r.depth === 2 && r.label.startsWith('China has always attached'));
    assert.ok(quote?.command && quote.arguments, 'a quote row with its command');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(quote.command, ...quote.arguments);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith(REFERENCE));
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.startsWith('[China has always attached') && selected.endsWith('{@chen}'), selected);
  });

  it('Show All Quotes and Rename Speaker act at the speaker\'s quotes and definition', async () => {
    const rows = await tree();
    const chen = rows.findIndex((r) => r.depth === 0 && r.label === 'Chen Wenqing');
    const shown = await vscode.commands.executeCommand<vscode.Location[]>('newsmark.speakers.showAllQuotes');
    assert.strictEqual(shown.length, subtree(rows, chen).filter((r) => r.depth === 2).length);
    const renameAt = await vscode.commands.executeCommand<vscode.Location>('newsmark.speakers.renameSpeaker');
    const doc = await vscode.workspace.openTextDocument(renameAt.uri);
    assert.strictEqual(doc.getText(doc.getWordRangeAtPosition(renameAt.range.start)), 'chen');
    assert.ok(doc.offsetAt(renameAt.range.start) < doc.getText().indexOf('\n---', 4), 'the definition in the front matter');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), renameAt.uri.toString());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors'); // leaves the rename box unanswered: nothing renamed
  });

  it('opens the Quote Report: strict CSP, charts drawn and a table per chart', async () => {
    const answer = await vscode.commands.executeCommand<ReportAnswer>('newsmark.quoteReport', 'workspace');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(answer.html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9]+'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|connect-src|\*(?!\.vscode-cdn\.net)/);
    // Sources other than the nonce are the webview's own resource origin (webview.cspSource) only.
    const sources = csp.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1));
    assert.ok(sources.every((s) => ["'none'", "'self'", 'https://*.vscode-cdn.net'].includes(s) || /^'nonce-/.test(s) || /^vscode-(webview|resource):/.test(s)), csp);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9]+'(;|$)/, 'scripts: the nonce alone');
    const nonce = /'nonce-([A-Za-z0-9]+)'/.exec(csp)![1];
    assert.match(answer.html, new RegExp(`<script nonce="${nonce}" src="[^"]+/dist/reportView\\.js"></script>`));
    assert.ok(answer.rendered, 'the page said it had drawn the report');
    const { charts } = answer.rendered;
    assert.deepStrictEqual(charts.map((c) => c.id), ['speakers', 'anonymous', 'organisations', 'speaker-kinds', 'timeline']);
    assert.ok(charts.every((c) => c.drawn === 'canvas'), JSON.stringify(charts));
    assert.ok(charts.every((c) => c.caption && c.tableRows > 0), 'each chart has its table, with rows');
    assert.ok(answer.rendered.articles >= 3);
    assert.ok(vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Quote Report')));

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(REFERENCE)));
    const one = await vscode.commands.executeCommand<ReportAnswer>('newsmark.quoteReport', 'document');
    assert.strictEqual(one.rendered?.articles, 1);
    assert.strictEqual(one.rendered?.charts.find((c) => c.id === 'speakers')?.tableRows, 1, 'one quoted speaker: Chen Wenqing');
  });
});
