// The Speakers view in the Explorer (issue 11): speaker → article → quote over the workspace's
// articles, or the current article only (a toggle in the view's title). The tree is the server's
// `newsmark/speakers` answer, asked again when the server says its articles changed
// (`newsmark/speakersChanged`: an article indexed, read again or gone, an open one edited), when
// the active editor changes in the current-article scope, and when the server (re)starts; nothing
// here reads articles. Over the workspace it asks for an outline (speakers and counts) and for a
// speaker's articles and quotes when it is expanded: 10,000 articles' quotes are tens of megabytes. A click on a quote reveals it; a speaker's context menu renames it (the
// editor's rename at its definition, so the server's rename does the work) or shows all its
// quotes in the references peek.
//
// Why the server says when: only it knows when a file changed on disk has been read again, or a
// walk has indexed more articles; a timer here could only guess (and asked 10,000 articles again
// on every pause in typing). The server coalesces its notifications, so a burst of edits or a
// first walk costs a few requests a second at most.

import * as vscode from 'vscode';
import { RequestType, State, type LanguageClient } from 'vscode-languageclient/node';
import {
  SPEAKERS_CHANGED_METHOD, SPEAKERS_METHOD,
  type KindCounts, type QuoteEntry, type ReportSpeakerKind, type SpeakerArticleEntry, type SpeakerEntry, type SpeakersParams, type SpeakersResult,
} from '../../server/src/protocol/views';
import { plural } from './labels';

const SPEAKERS_REQUEST = new RequestType<SpeakersParams, SpeakersResult | null, void>(SPEAKERS_METHOD);
const VIEW_ID = 'newsmark.speakers';
/** Context key the view's title buttons read: `workspace` or `article`. */
const SCOPE_KEY = 'newsmark.speakersScope';
const HAS_ARTICLES_KEY = 'newsmark.hasArticles';
const LANGUAGE_ID = 'newsmark';

const REVEAL_QUOTE_COMMAND = 'newsmark.speakers.revealQuote';

type Scope = 'workspace' | 'article';

type Node =
  | { type: 'speaker'; speaker: SpeakerEntry }
  | { type: 'article'; speaker: SpeakerEntry; article: SpeakerArticleEntry }
  | { type: 'quote'; speaker: SpeakerEntry; article: SpeakerArticleEntry; quote: QuoteEntry };

const SPEAKER_ICONS: Record<ReportSpeakerKind, string> = { person: 'person', organization: 'briefcase', group: 'organization', anonymous: 'eye-closed', unknown: 'question' };
const QUOTE_ICONS: Record<QuoteEntry['kind'], string> = { direct: 'quote', partial: 'symbol-string', indirect: 'comment' };

class SpeakersProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  scope: Scope = 'workspace';
  /** The last answer, for the commands that act on a speaker. */
  last: SpeakersResult | null = null;
  /** Speakers of the last outline asked whole (their articles and quotes), by id. */
  private readonly wholes = new Map<string, Promise<SpeakerEntry>>();

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.type === 'speaker') {
      const speaker = await this.whole(node.speaker);
      return speaker.articles.map((article) => ({ type: 'article', speaker, article }));
    }
    if (node?.type === 'article') return node.article.quotes.map((quote) => ({ type: 'quote', speaker: node.speaker, article: node.article, quote }));
    if (node) return [];
    const answer = await this.ask();
    this.last = answer;
    this.wholes.clear();
    return (answer?.speakers ?? []).map((speaker) => ({ type: 'speaker', speaker }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const one = this.scope === 'article';
    if (node.type === 'speaker') {
      const { speaker } = node;
      const item = new vscode.TreeItem(speaker.name, one ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `speaker:${speaker.id}`;
      const articles = speaker.articleCount ?? speaker.articles.length;
      item.description = one ? countsText(speaker.quotes) : `${plural(articles, 'article')} · ${countsText(speaker.quotes)}`;
      item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(speaker.name)}** (@${escapeMarkdown(speaker.id)}, ${speaker.kind})\n\n${countsText(speaker.quotes)}, ${plural(articles, 'article')}`);
      item.iconPath = new vscode.ThemeIcon(SPEAKER_ICONS[speaker.kind] ?? 'person');
      item.contextValue = 'newsmark.speaker';
      return item;
    }
    if (node.type === 'article') {
      const uri = vscode.Uri.parse(node.article.uri);
      const item = new vscode.TreeItem(node.article.headline || fileName(uri), one ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `article:${node.speaker.id}:${node.article.uri}`;
      item.resourceUri = uri;
      item.description = countsText(kindCounts(node.article.quotes));
      item.tooltip = vscode.workspace.asRelativePath(uri);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'newsmark.speakerArticle';
      return item;
    }
    const { quote } = node;
    const item = new vscode.TreeItem(quote.text, vscode.TreeItemCollapsibleState.None);
    item.id = `quote:${node.speaker.id}:${node.article.uri}:${quote.range.start.line}:${quote.range.start.character}`;
    item.description = quote.kind;
    item.tooltip = `${quote.kind} quote, line ${quote.range.start.line + 1}`;
    item.iconPath = new vscode.ThemeIcon(QUOTE_ICONS[quote.kind] ?? 'quote');
    item.contextValue = 'newsmark.quote';
    item.command = { title: 'Reveal Quote', command: REVEAL_QUOTE_COMMAND, arguments: [node.article.uri, quote.range] };
    return item;
  }

  /**
   * The speaker with its articles and quotes. The workspace scope asks for an outline (speakers and
   * counts: over 10,000 articles every quote's ranges would be tens of megabytes), then for a
   * speaker whole when it is expanded or a command needs its quotes.
   */
  whole(speaker: SpeakerEntry): Promise<SpeakerEntry> {
    if (speaker.articleCount === undefined) return Promise.resolve(speaker);
    let whole = this.wholes.get(speaker.id);
    if (!whole) {
      whole = this.request({ speaker: speaker.id }).then((answer) => answer?.speakers[0] ?? { ...speaker, articles: [] });
      this.wholes.set(speaker.id, whole);
    }
    return whole;
  }

  private ask(): Promise<SpeakersResult | null> {
    const params: SpeakersParams = { outline: true };
    if (this.scope === 'article') {
      // One article: small enough to take whole.
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== LANGUAGE_ID) return Promise.resolve(null);
      return this.request({ uri: doc.uri.toString() });
    }
    return this.request(params);
  }

  private async request(params: SpeakersParams): Promise<SpeakersResult | null> {
    const client = this.getClient();
    if (!client || client.state !== State.Running) return null; // asked again when it runs
    try {
      return await client.sendRequest(SPEAKERS_REQUEST, params);
    } catch {
      return null; // the server logs its own failures; the view shows its welcome text
    }
  }
}

/** The view, its commands and its refresh triggers. */
export function registerSpeakersView(getClient: () => LanguageClient | undefined): vscode.Disposable {
  const provider = new SpeakersProvider(getClient);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const setScope = async (scope: Scope) => {
    provider.scope = scope;
    await vscode.commands.executeCommand('setContext', SCOPE_KEY, scope);
    view.description = scope === 'article' ? 'Current article' : undefined;
    provider.refresh();
  };
  void vscode.commands.executeCommand('setContext', SCOPE_KEY, provider.scope);
  // The view shows when the workspace has an article (a `when` clause cannot search files itself).
  const markArticles = () => vscode.workspace.findFiles('**/*.news', '**/node_modules/**', 1).then(
    (found) => vscode.commands.executeCommand('setContext', HAS_ARTICLES_KEY, found.length > 0),
    () => undefined,
  );
  void markArticles();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.news');
  const client = getClient();
  return vscode.Disposable.from(
    view,
    watcher,
    vscode.commands.registerCommand('newsmark.speakers.showCurrentArticle', () => setScope('article')),
    vscode.commands.registerCommand('newsmark.speakers.showWorkspace', () => setScope('workspace')),
    vscode.commands.registerCommand('newsmark.speakers.refresh', () => provider.refresh()),
    vscode.commands.registerCommand(REVEAL_QUOTE_COMMAND, (uri: string, range: QuoteEntry['range']) => revealQuote(uri, range)),
    vscode.commands.registerCommand('newsmark.speakers.renameSpeaker', async (node?: Node) => renameSpeaker(await speakerOf(node, provider))),
    vscode.commands.registerCommand('newsmark.speakers.showAllQuotes', async (node?: Node) => showAllQuotes(await speakerOf(node, provider))),
    // Tests read the tree as the view shows it.
    vscode.commands.registerCommand('newsmark.speakers.tree', async () => describeTree(provider)),
    vscode.window.onDidChangeActiveTextEditor(() => provider.scope === 'article' && provider.refresh()),
    watcher.onDidCreate(() => void markArticles()),
    watcher.onDidDelete(() => void markArticles()),
    ...(client ? [
      client.onNotification(SPEAKERS_CHANGED_METHOD, () => provider.refresh()),
      client.onDidChangeState((e) => e.newState === State.Running && provider.refresh()),
    ] : []),
  );
}

async function revealQuote(uri: string, range: QuoteEntry['range']): Promise<vscode.TextEditor> {
  const selection = toRange(range);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The speaker of a context-menu node, whole; without one (the palette), the view's first speaker. */
async function speakerOf(node: Node | undefined, provider: SpeakersProvider): Promise<SpeakerEntry | undefined> {
  const speaker = node?.speaker ?? provider.last?.speakers[0];
  return speaker && provider.whole(speaker);
}

/** Where the speaker is named: its definition in an article's front matter, else its first `@id`. */
function speakerLocation(speaker: SpeakerEntry): vscode.Location | undefined {
  const defined = speaker.articles.find((a) => a.definition);
  if (defined?.definition) return new vscode.Location(vscode.Uri.parse(defined.uri), toRange(defined.definition).start);
  const quoted = speaker.articles.find((a) => a.quotes.length);
  return quoted && new vscode.Location(vscode.Uri.parse(quoted.uri), toRange(quoted.quotes[0].speakerRange).start);
}

/** The editor's rename at the speaker's name: the server renames it everywhere it can. Answers the location. */
async function renameSpeaker(speaker: SpeakerEntry | undefined): Promise<vscode.Location | undefined> {
  const at = speaker && speakerLocation(speaker);
  if (!at) return undefined;
  await vscode.window.showTextDocument(at.uri, { selection: at.range });
  await vscode.commands.executeCommand('editor.action.rename', [at.uri, at.range.start]);
  return at;
}

/** Every quote of the speaker in the references peek. Answers the locations shown. */
async function showAllQuotes(speaker: SpeakerEntry | undefined): Promise<vscode.Location[]> {
  const at = speaker && speakerLocation(speaker);
  if (!speaker || !at) return [];
  const locations = speaker.articles.flatMap((a) => a.quotes.map((q) => new vscode.Location(vscode.Uri.parse(a.uri), toRange(q.range))));
  await vscode.commands.executeCommand('editor.action.showReferences', at.uri, at.range.start, locations);
  return locations;
}

interface TreeRow {
  label: string;
  description: string;
  icon: string;
  depth: number;
  command?: string;
  arguments?: unknown[];
}

/** The whole tree as rows (label, description, icon, depth), as the view would draw it. */
async function describeTree(provider: SpeakersProvider): Promise<TreeRow[]> {
  const rows: TreeRow[] = [];
  const walk = async (node: Node | undefined, depth: number) => {
    for (const child of await provider.getChildren(node)) {
      const item = provider.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      rows.push({ label, description: String(item.description ?? ''), icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '', depth, command: item.command?.command, arguments: item.command?.arguments });
      await walk(child, depth + 1);
    }
  };
  await walk(undefined, 0);
  return rows;
}

const toRange = (r: QuoteEntry['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

function kindCounts(quotes: readonly QuoteEntry[]): KindCounts {
  const counts: KindCounts = { direct: 0, partial: 0, indirect: 0 };
  for (const q of quotes) counts[q.kind]++;
  return counts;
}

/** `5 quotes: 3 direct, 2 indirect` (kinds that occur only). */
function countsText(counts: KindCounts): string {
  const total = counts.direct + counts.partial + counts.indirect;
  const kinds = (['direct', 'partial', 'indirect'] as const).filter((k) => counts[k]).map((k) => `${counts[k]} ${k}`);
  return `${plural(total, 'quote')}${kinds.length ? `: ${kinds.join(', ')}` : ''}`;
}

const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
