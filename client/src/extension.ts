// The NewsMark client: starts the language server (dist/server.js) over IPC and adds the few things
// that only the editor can do: commands, a status bar item and the output channel. Everything that
// understands articles lives in the server.
import * as vscode from 'vscode';
import {
  type ClientCapabilities,
  LanguageClient,
  type LanguageClientOptions,
  RequestType,
  type ServerOptions,
  State,
  type StaticFeature,
  TransportKind,
} from 'vscode-languageclient/node';
import {
  ARTICLE_STATS_METHOD, FIX_ALL_KIND, MARK_AS_QUOTE_KIND as MARK_AS_QUOTE, SHOW_REFERENCES_COMMAND,
  type ArticleStats, type ArticleStatsParams,
} from '../../server/src/protocol';
import { registerMarkup } from './markup';
import { registerPreview } from './previewPanel';
import { registerReportPanel } from './reportPanel';
import { registerSpeakersView } from './speakersView';
import { plural } from './labels';

const LANGUAGE_ID = 'newsmark';
const MARK_AS_QUOTE_KIND = vscode.CodeActionKind.Empty.append(MARK_AS_QUOTE);
const ARTICLE_STATS_REQUEST = new RequestType<ArticleStatsParams, ArticleStats | null, void>(ARTICLE_STATS_METHOD);
const STATS_DEBOUNCE_MS = 300;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('NewsMark');
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  // Open documents of the language, wherever they live: disk, untitled buffers and the virtual file
  // systems of virtual workspaces (GitHub Repositories and the like), but not git/diff views, which
  // would report every problem twice.
  const schemes = ['file', 'untitled', 'vscode-vfs', 'vscode-userdata', 'memfs'];
  const clientOptions: LanguageClientOptions = {
    // And YAML files: the workspace's speaker registry is `speakers.yaml` or whichever file a
    // `.newsmarkrc.json` names. The server validates the registry (its live text is what open
    // articles are checked against) and leaves every other YAML file alone.
    documentSelector: schemes.flatMap((scheme) => [{ scheme, language: LANGUAGE_ID }, { scheme, pattern: '**/*.{yaml,yml}' }]),
    synchronize: {
      configurationSection: 'newsmark',
      // The server reads the nearest .newsmarkrc.json (or package.json "newsmark" key) and
      // speaker registry above each article: it must hear when one changes.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.newsmarkrc.json,package.json,*.yaml,*.yml}'),
    },
    middleware: {
      workspace: {
        // Only the settings the user made: a default must not hide the .newsmarkrc.json value.
        configuration: async (params, token, next) => {
          const answered = await next(params, token);
          if (!Array.isArray(answered)) return answered;
          return params.items.map((item, i) => (item.section === LANGUAGE_ID ? explicitSettings(context, item.scopeUri) : answered[i]));
        },
      },
    },
    initializationOptions: {
      docsBaseUrl: vscode.Uri.joinPath(context.extensionUri, 'docs', 'syntax.md').toString(),
    },
    outputChannel: output,
  };
  // The id 'newsmark' makes the client read its trace level from `newsmark.trace.server`.
  client = new LanguageClient('newsmark', 'NewsMark', serverOptions, clientOptions);
  client.registerFeature(new PushedDiagnostics());

  const status = new StatsStatusItem(() => client, output);
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('newsmark.restartServer', async () => {
      if (!client) return;
      output.appendLine('Restarting the NewsMark language server');
      try {
        await (client.state === State.Stopped ? client.start() : client.restart());
        status.refresh();
        vscode.window.setStatusBarMessage('NewsMark: language server restarted', 3000);
      } catch (e) {
        reportError(output, 'NewsMark: could not restart the language server', e);
      }
    }),
    vscode.commands.registerCommand('newsmark.showOutput', () => output.show(true)),
    registerMarkup(() => client),
    registerSpeakersView(() => client),
    registerReportPanel(context, () => client),
    registerPreview(context, () => client),
    vscode.commands.registerCommand('newsmark.markSelectionAsQuote', () => markSelectionAsQuote()),
    // The server's code lenses ("8 quotes · 5 mentions") carry LSP locations: convert them and
    // open VS Code's references peek.
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, (uri: string, position: unknown, locations: unknown[]) => {
      if (!client) return;
      const c = client.protocol2CodeConverter;
      return vscode.commands.executeCommand('editor.action.showReferences',
        vscode.Uri.parse(uri), c.asPosition(position as never), (locations ?? []).map((l) => c.asLocation(l as never)));
    }),
    vscode.commands.registerCommand('newsmark.fixAll', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' }),
    ),
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) status.refresh();
    }),
  );

  try {
    await client.start();
  } catch (e) {
    reportError(output, 'NewsMark: the language server did not start', e);
  }
  status.refresh();
}

export async function deactivate(): Promise<void> {
  if (client && client.state !== State.Stopped) await client.stop();
  client = undefined;
}

/**
 * The `newsmark.*` settings the user set for a document, nested as the server reads them
 * (`{ outline: { groupBy } }`): the most specific of workspace folder, workspace and user values,
 * each with its language-specific (`"[newsmark]": {...}`) value. Defaults are left out, because the server
 * puts the editor settings over the article's `.newsmarkrc.json`.
 */
function explicitSettings(context: vscode.ExtensionContext, scopeUri: string | undefined): Record<string, unknown> {
  const declared = Object.keys((context.extension.packageJSON as { contributes?: { configuration?: { properties?: object } } }).contributes?.configuration?.properties ?? {});
  const keys = declared.filter((k) => k.startsWith('newsmark.') && !k.startsWith('newsmark.trace.')).map((k) => k.slice('newsmark.'.length));
  const config = vscode.workspace.getConfiguration(LANGUAGE_ID, scopeUri ? { uri: vscode.Uri.parse(scopeUri), languageId: LANGUAGE_ID } : undefined);
  const settings: Record<string, unknown> = {};
  for (const key of keys) {
    const set = config.inspect(key);
    // VS Code's own order: each level's language-specific value just above that level's value.
    const value = set?.workspaceFolderLanguageValue ?? set?.workspaceFolderValue ?? set?.workspaceLanguageValue
      ?? set?.workspaceValue ?? set?.globalLanguageValue ?? set?.globalValue;
    if (value === undefined) continue;
    const path = key.split('.');
    let into = settings;
    for (const part of path.slice(0, -1)) into = (into[part] ??= {}) as Record<string, unknown>;
    into[path[path.length - 1]] = value;
  }
  return settings;
}

function reportError(output: vscode.OutputChannel, message: string, e: unknown): void {
  output.appendLine(`${message}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
    if (choice) output.show(true);
  });
}

/** Asks the server for its "mark as quote" actions on the selection and applies the one chosen. */
async function markSelectionAsQuote(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('NewsMark: open a .news article and select the quoted words first.');
    return;
  }
  const { document, selection } = editor;
  if (selection.isEmpty) {
    void vscode.window.showInformationMessage('NewsMark: select the words to mark as a quote.');
    return;
  }
  const found =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      selection,
      MARK_AS_QUOTE_KIND.value,
      100, // resolve lazily computed edits
    )) ?? [];
  const actions = found.filter(
    (a): a is vscode.CodeAction => 'kind' in a && !!a.kind && MARK_AS_QUOTE_KIND.contains(a.kind) && !a.disabled,
  );
  if (!actions.length) {
    void vscode.window.showInformationMessage(
      'NewsMark: the selection cannot be marked as a quote (no speakers defined, or it crosses a quote or a paragraph).',
    );
    return;
  }
  const picked = await vscode.window.showQuickPick(
    actions.map((action) => ({ label: action.title, description: action.isPreferred ? 'preferred' : undefined, action })),
    { placeHolder: 'Mark the selection as a quote by…', matchOnDescription: true },
  );
  if (!picked) return;
  const { action } = picked;
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) {
    void vscode.window.showErrorMessage('NewsMark: the edit could not be applied (the article changed?).');
    return;
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** "2 speakers, 8 quotes" for the active article, from the server's `newsmark/articleStats`. */
class StatsStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsmark.articleStats', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private reportedFailure = false;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly output: vscode.OutputChannel,
  ) {
    this.item.name = 'NewsMark Article Statistics';
    this.item.command = { title: 'Show Outline', command: 'outline.focus' };
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.schedule()),
    );
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), STATS_DEBOUNCE_MS);
  }

  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    if (!document || document.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    if (!client || client.state !== State.Running) return; // shown again when the client runs
    client.sendRequest(ARTICLE_STATS_REQUEST, { uri: document.uri.toString() }).then(
      (stats) => {
        if (generation !== this.generation) return; // a newer request is on its way
        if (!stats || typeof stats.speakers !== 'number' || typeof stats.quotes !== 'number') {
          this.item.hide();
          return;
        }
        this.item.text = `$(quote) ${plural(stats.speakers, 'speaker')}, ${plural(stats.quotes, 'quote')}`;
        this.item.tooltip = `NewsMark: ${plural(stats.speakers, 'speaker')} and ${plural(stats.quotes, 'quote')} in this article. Click for the outline.`;
        this.item.accessibilityInformation = { label: `NewsMark: ${plural(stats.speakers, 'speaker')}, ${plural(stats.quotes, 'quote')}` };
        this.item.show();
      },
      (e: unknown) => {
        if (generation !== this.generation) return;
        this.item.hide();
        if (!this.reportedFailure) {
          this.reportedFailure = true;
          this.output.appendLine(`${ARTICLE_STATS_METHOD} failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      },
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

/**
 * Problems are pushed to VS Code, not pulled. The server offers both (issue 9: pull for clients
 * that declare it), but VS Code's client pulls only for documents shown in a tab, and can miss
 * the first pull of a document opened and then shown: an article saved by "Mark Up Plain Article"
 * showed no problems until it was edited. Pushed problems reach every open article, and the
 * server's adaptive debounce publishes a small article's problems at once. Registered after the
 * client's own features, so that it takes back the capability the pull feature declared.
 */
class PushedDiagnostics implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    delete capabilities.textDocument?.diagnostic;
  }
  getState() {
    return { kind: 'static' } as const;
  }
  initialize(): void {}
  clear(): void {}
}
