// "NewsMark: Quote Report" (issue 11): a webview with the report's charts over the current
// article, its folder or the workspace. The figures are the server's `newsmark/report` answer (the
// view `newsmark report` draws); the webview's own script (dist/reportView.js, built from
// webview/reportView.ts) draws them with ECharts and writes each chart's table beside it.
//
// The content security policy allows nothing but the extension's own stylesheet and the one script
// that carries this page's nonce: no inline code, no network. Colours come from VS Code's theme
// variables, so the page follows light, dark and high-contrast themes.

import * as vscode from 'vscode';
import { RequestType, State, type LanguageClient } from 'vscode-languageclient/node';
import { REPORT_METHOD, type ReportParams, type ReportResult, type ReportScope } from '../../server/src/protocol/views';
import { makeNonce } from './nonce';
import type { FromWebview, RenderedReport, ScopeChoice, ToWebview } from './webview/messages';

const REPORT_REQUEST = new RequestType<ReportParams, ReportResult | null, void>(REPORT_METHOD);
const VIEW_TYPE = 'newsmark.quoteReport';
const LANGUAGE_ID = 'newsmark';
const REFRESH_DELAY_MS = 400;
/** How long the command waits for the webview to say it has drawn the charts. */
const RENDER_DEADLINE_MS = 30000;

/** What the command answers (the extension-host test reads it): the page and what the webview drew. */
interface ReportAnswer {
  html: string;
  rendered: RenderedReport | undefined;
}

export function registerReportPanel(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): vscode.Disposable {
  let report: ReportPanel | undefined;
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsmark.quoteReport', async (scope?: ReportScope): Promise<ReportAnswer> => {
      if (!report) {
        report = new ReportPanel(context.extensionUri, getClient);
        report.onDidDispose(() => (report = undefined));
      }
      return report.show(scope);
    }),
    { dispose: () => report?.dispose() },
  );
}

class ReportPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  private scope: ReportScope = 'workspace';
  /** The article the `document` and `folder` scopes are about: the last active article. */
  private anchor: vscode.Uri | undefined;
  private ready = false;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: ((r: RenderedReport) => void)[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly getClient: () => LanguageClient | undefined) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Quote Report', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [dist],
      retainContextWhenHidden: false,
    });
    this.panel.webview.html = this.html();
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((m: FromWebview) => this.received(m)),
      // A hidden webview loses its page (no retained context); shown again, the page loads anew and says `ready`.
      this.panel.onDidChangeViewState(() => {
        if (!this.panel.visible) this.ready = false;
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId !== LANGUAGE_ID || editor.document.uri.toString() === this.anchor?.toString()) return;
        this.anchor = editor.document.uri;
        if (this.scope !== 'workspace') this.refresh();
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => doc.languageId === LANGUAGE_ID && this.later()),
    );
  }

  async show(scope?: ReportScope): Promise<ReportAnswer> {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === LANGUAGE_ID) this.anchor = active.uri;
    this.scope = scope ?? (this.anchor ? 'document' : 'workspace');
    if (this.scope !== 'workspace' && !this.anchor) this.scope = 'workspace';
    this.panel.reveal(undefined, true);
    const rendered = new Promise<RenderedReport | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), RENDER_DEADLINE_MS);
      this.waiting.push((r) => (clearTimeout(timer), resolve(r)));
    });
    await this.refresh();
    return { html: this.panel.webview.html, rendered: await rendered };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.splice(0).forEach((d) => d.dispose());
    this.panel.dispose();
    this.disposed.fire();
    this.disposed.dispose();
  }

  private later(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private received(message: FromWebview): void {
    if (message?.type === 'ready') {
      this.ready = true;
      void this.refresh();
    } else if (message?.type === 'scope' && ['document', 'folder', 'workspace'].includes(message.scope)) {
      this.scope = message.scope;
      void this.refresh();
    } else if (message?.type === 'rendered') {
      this.waiting.splice(0).forEach((resolve) => resolve(message.report));
    }
  }

  /** Asks the server for the scope's report and hands it to the page (once the page is ready). */
  private async refresh(): Promise<void> {
    if (!this.ready) return; // the page asks when it has loaded
    const generation = ++this.generation;
    const params: ReportParams = { scope: this.scope };
    if (this.scope === 'document') params.uri = this.anchor?.toString();
    if (this.scope === 'folder' && this.anchor) params.uri = vscode.Uri.joinPath(this.anchor, '..').toString();
    let message: ToWebview;
    try {
      const client = this.getClient();
      if (!client || client.state !== State.Running) throw new Error('the NewsMark language server is not running');
      const answer = await client.sendRequest(REPORT_REQUEST, params);
      if (!answer) throw new Error('the language server has no report for this scope');
      message = { type: 'report', scope: this.scope, scopes: this.choices(), view: answer.view };
    } catch (e) {
      message = { type: 'error', scopes: this.choices(), scope: this.scope, message: e instanceof Error ? e.message : String(e) };
    }
    if (generation !== this.generation) return; // a newer report is on its way
    this.panel.title = `Quote Report: ${this.choices().find((c) => c.value === this.scope)?.label ?? 'Workspace'}`;
    await this.panel.webview.postMessage(message);
  }

  private choices(): ScopeChoice[] {
    const article = this.anchor;
    const folder = article && vscode.Uri.joinPath(article, '..');
    return [
      { value: 'document', label: article ? `Article: ${vscode.workspace.asRelativePath(article)}` : 'Current article (open one first)', enabled: !!article },
      { value: 'folder', label: folder ? `Folder: ${vscode.workspace.asRelativePath(folder)}` : 'Its folder (open an article first)', enabled: !!folder },
      { value: 'workspace', label: 'Workspace', enabled: true },
    ];
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = makeNonce();
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'; img-src ${webview.cspSource}; font-src ${webview.cspSource}`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${asset('reportView.css')}">
<title>Quote Report</title>
</head>
<body>
<header>
<h1>Quote report</h1>
<label for="scope">Quotes in</label> <select id="scope" disabled></select>
<p id="summary" role="status">Counting quotes…</p>
</header>
<main id="charts"></main>
<script nonce="${nonce}" src="${asset('reportView.js')}"></script>
</body>
</html>`;
  }
}
