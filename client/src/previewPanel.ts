// "NewsMark: Open Preview" and "Open Preview to the Side" (issue 12): a webview showing the article
// as it will be published, drawn from the server's `newsmark/segments` answer by the renderer that
// `newsmark export --format html` uses (webview/previewView.ts). One preview follows the active
// NewsMark editor, updates as the article is typed, scrolls with the editor both ways, reveals
// the source line of what is clicked, and comes back after a window reload (a serializer).
//
// Security as VS Code's Markdown preview: the content security policy allows the extension's one
// script and style by their nonce and nothing else, no network; the article's text is escaped.

import * as vscode from 'vscode';
import { RequestType, State, type LanguageClient } from 'vscode-languageclient/node';
import { SEGMENTS_METHOD, type PublishedArticle, type SegmentsParams } from '../../server/src/protocol/preview';
import { makeNonce } from './nonce';
import type { FromPreview, PreviewState, RenderedPreview, ToPreview } from './webview/previewMessages';

const SEGMENTS_REQUEST = new RequestType<SegmentsParams, PublishedArticle | null, void>(SEGMENTS_METHOD);
const VIEW_TYPE = 'newsmark.preview';
const LANGUAGE_ID = 'newsmark';
/** Typing is drawn this long after the last keystroke: often enough to feel live, not per key. */
const UPDATE_DELAY_MS = 150;

export function registerPreview(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): vscode.Disposable {
  let preview: PreviewPanel | undefined;
  const adopt = (panel: vscode.WebviewPanel, uri: vscode.Uri) => {
    preview = new PreviewPanel(panel, context.extensionUri, getClient, uri);
    preview.onDidDispose(() => (preview = undefined));
    return preview;
  };
  const open = async (toSide: boolean, uri?: vscode.Uri) => {
    const target = uri ?? activeArticle()?.uri;
    if (!target) {
      void vscode.window.showInformationMessage('NewsMark: open a .news article to preview it.');
      return undefined;
    }
    if (preview) preview.reveal(target, toSide);
    else adopt(vscode.window.createWebviewPanel(VIEW_TYPE, 'Preview', { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide }, panelOptions(context.extensionUri)), target);
    return preview?.nextRender();
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsmark.showPreview', (uri?: vscode.Uri) => open(false, uri)),
    vscode.commands.registerCommand('newsmark.showPreviewToSide', (uri?: vscode.Uri) => open(true, uri)),
    // For the tests: what the preview has drawn, once it has drawn at least `version` of its article.
    vscode.commands.registerCommand('newsmark.preview.rendered', (version = 0) => preview?.rendered(version)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined) {
        const uri = typeof state?.uri === 'string' ? vscode.Uri.parse(state.uri) : activeArticle()?.uri;
        if (!uri) {
          panel.dispose();
          return;
        }
        panel.webview.options = panelOptions(context.extensionUri);
        adopt(panel, uri);
      },
    }),
    { dispose: () => preview?.dispose() },
  );
}

function activeArticle(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document : undefined;
}

function panelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
}

class PreviewPanel {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  private ready = false;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: RenderedPreview | undefined;
  private waiting: { version: number; resolve: (r: RenderedPreview) => void }[] = [];
  /** The editor line the preview asked the editor to scroll to: its echo is not sent back. */
  private revealedLine: number | undefined;

  constructor(private readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri, private readonly getClient: () => LanguageClient | undefined, private uri: vscode.Uri) {
    this.panel.webview.html = this.html();
    this.title();
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((m: FromPreview) => this.received(m)),
      // A hidden webview loses its page; shown again, the page loads anew and says `ready`.
      this.panel.onDidChangeViewState(() => {
        if (!this.panel.visible) this.ready = false;
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri.toString() && e.contentChanges.length) this.later();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId !== LANGUAGE_ID || editor.document.uri.toString() === this.uri.toString()) return;
        this.uri = editor.document.uri;
        this.title();
        void this.refresh();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.uri.toString() !== this.uri.toString() || !e.visibleRanges.length) return;
        const line = e.visibleRanges[0].start.line;
        const echo = this.revealedLine !== undefined && Math.abs(line - this.revealedLine) <= 1;
        this.revealedLine = undefined;
        if (echo) return; // the editor scrolled because the preview did
        void this.post({ type: 'scroll', line });
      }),
    );
  }

  reveal(uri: vscode.Uri, toSide: boolean): void {
    this.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, toSide);
    if (uri.toString() === this.uri.toString()) return;
    this.uri = uri;
    this.title();
    void this.refresh();
  }

  /** Resolves when the page has drawn (the command's answer); undefined if it does not within the deadline. */
  nextRender(): Promise<RenderedPreview | undefined> {
    return this.rendered(0);
  }

  rendered(version: number): Promise<RenderedPreview | undefined> {
    if (this.last && this.last.uri === this.uri.toString() && this.last.version >= version) return Promise.resolve(this.last);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 30000);
      this.waiting.push({ version, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.splice(0).forEach((d) => d.dispose());
    this.panel.dispose();
    this.disposed.fire();
    this.disposed.dispose();
  }

  private title(): void {
    this.panel.title = `Preview ${this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1)}`;
  }

  private later(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), UPDATE_DELAY_MS);
  }

  private received(message: FromPreview): void {
    if (message?.type === 'ready') {
      this.ready = true;
      void this.refresh();
    } else if (message?.type === 'rendered') {
      this.last = message.rendered;
      const done = this.waiting.filter((w) => message.rendered.uri === this.uri.toString() && message.rendered.version >= w.version);
      this.waiting = this.waiting.filter((w) => !done.includes(w));
      done.forEach((w) => w.resolve(message.rendered));
    } else if (message?.type === 'reveal' && Number.isInteger(message.line)) {
      void this.revealLine(message.line, true);
    } else if (message?.type === 'scrolled' && Number.isInteger(message.line)) {
      void this.revealLine(message.line, false);
    }
  }

  /** Clicked: the editor shows the line with the cursor on it. Scrolled: the visible editor scrolls, focus stays. */
  private async revealLine(line: number, select: boolean): Promise<void> {
    const range = new vscode.Range(line, 0, line, 0);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    if (!select) {
      if (!visible) return;
      this.revealedLine = line;
      visible.revealRange(range, vscode.TextEditorRevealType.AtTop);
      return;
    }
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: column, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Asks the server for the article as published and hands it to the page (once the page is ready). */
  private async refresh(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.ready) return; // the page asks when it has loaded
    const generation = ++this.generation;
    let message: ToPreview;
    try {
      const client = this.getClient();
      if (!client || client.state !== State.Running) throw new Error('the NewsMark language server is not running');
      // The article must be open for the server to have it (a restored preview's may not be yet).
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.uri.toString())) await vscode.workspace.openTextDocument(this.uri);
      const article = await client.sendRequest(SEGMENTS_REQUEST, { uri: this.uri.toString() });
      if (!article) throw new Error(`the language server does not hold ${vscode.workspace.asRelativePath(this.uri)}`);
      message = { type: 'article', article };
    } catch (e) {
      message = { type: 'error', message: `No preview: ${e instanceof Error ? e.message : String(e)}.` };
    }
    if (generation !== this.generation) return; // a newer article is on its way
    await this.post(message);
  }

  private async post(message: ToPreview): Promise<void> {
    if (this.ready) await this.panel.webview.postMessage(message);
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'previewView.js'));
    const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NewsMark Preview</title>
</head>
<body>
<main class="newsmark-page">
<div id="legend"></div>
<article class="newsmark-article" aria-live="off">
<p id="status" role="status"></p>
<div id="header"></div>
<div id="blocks"></div>
</article>
</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }
}
