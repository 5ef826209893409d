// "NewsMark: Mark Up Plain Article" (issue 10): the server's draft of a `.txt` or `.news`
// document (`newsmark/markUp`) shown as a diff beside the original, then applied as one edit.
//
// What a newsroom user expects: a plain `.txt` is wire copy or the archive, and stays as it is;
// the draft becomes an article next to it, `story.news` (created, opened and saved, so that the
// checks run on it at once; asked first when that file exists). A `.news` document gets the
// draft in place, as one undoable edit. The apply is offered in a notification and as a button
// in the diff editor's title (`newsmark.applyMarkupDraft`).

import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import { APPLY_MARKUP_DRAFT_COMMAND, MARK_UP_METHOD, MARK_UP_PLAIN_ARTICLE_COMMAND, type MarkUpParams, type MarkUpResult } from '../../server/src/protocol';

const MARK_UP_REQUEST = new RequestType<MarkUpParams, MarkUpResult | null, void>(MARK_UP_METHOD);
const DRAFT_SCHEME = 'newsmark-draft';
const LANGUAGE_ID = 'newsmark';
const NEWS_EXTENSION = '.news';

interface Draft {
  source: vscode.TextDocument;
  /** The source's version the draft was made from: applying to a later one would lose edits. */
  version: number;
  text: string;
}

/** What the command answers (the extension-host test reads it). */
interface MarkUpAnswer {
  draft: string;
  quotes: number;
  speakers: number;
  reviewNotes: number;
}

export function registerMarkup(getClient: () => LanguageClient | undefined): vscode.Disposable {
  const drafts = new Map<string, Draft>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent: (uri) => drafts.get(uri.toString())?.text ?? '',
  };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(DRAFT_SCHEME, provider),
    vscode.commands.registerCommand(MARK_UP_PLAIN_ARTICLE_COMMAND, async (): Promise<MarkUpAnswer | undefined> => {
      const editor = vscode.window.activeTextEditor;
      const document = editor?.document;
      if (!document || !(document.languageId === LANGUAGE_ID || document.uri.path.toLowerCase().endsWith('.txt'))) {
        void vscode.window.showInformationMessage('NewsMark: open a plain article (.txt) or a .news article first.');
        return undefined;
      }
      const client = getClient();
      if (!client) return undefined;
      const result = await client.sendRequest(MARK_UP_REQUEST, { uri: document.uri.toString(), text: document.getText() });
      if (!result) return undefined;
      if (result.text === document.getText()) {
        void vscode.window.showInformationMessage('NewsMark: the markup found nothing to add to this article.');
        return undefined;
      }
      const draftUri = draftUriOf(document.uri);
      drafts.set(draftUri.toString(), { source: document, version: document.version, text: result.text });
      changed.fire(draftUri);
      await vscode.commands.executeCommand('vscode.diff', document.uri, draftUri, `${baseName(document.uri)} ↔ NewsMark draft`);
      // Not awaited: the command returns once the diff shows, the choice comes when it comes.
      const plain = document.languageId !== LANGUAGE_ID;
      const found = `${result.quotes} quote${result.quotes === 1 ? '' : 's'}, ${result.speakers} speaker${result.speakers === 1 ? '' : 's'}${result.reviewNotes ? `, ${result.reviewNotes} to review` : ''}`;
      const action = plain ? `Save as ${newsName(document.uri)}` : 'Apply';
      void vscode.window.showInformationMessage(`NewsMark draft: ${found}.`, action).then((choice) => {
        if (choice) void applyDraft(drafts, draftUri);
      });
      return { draft: draftUri.toString(), quotes: result.quotes, speakers: result.speakers, reviewNotes: result.reviewNotes };
    }),
    vscode.commands.registerCommand(APPLY_MARKUP_DRAFT_COMMAND, (uri?: vscode.Uri | string) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      return target ? applyDraft(drafts, typeof target === 'string' ? vscode.Uri.parse(target) : target) : undefined;
    }),
  );
}

/** Applies a draft: into its `.news` document, or as a new `.news` beside its `.txt`. Answers the article's uri. */
async function applyDraft(drafts: Map<string, Draft>, draftUri: vscode.Uri): Promise<string | undefined> {
  const draft = drafts.get(draftUri.toString());
  if (!draft) return undefined;
  const { source } = draft;
  if (source.isClosed || source.version !== draft.version) {
    void vscode.window.showWarningMessage(`NewsMark: ${baseName(source.uri)} changed since the draft was made; run "Mark Up Plain Article" again.`);
    return undefined;
  }
  const plain = source.languageId !== LANGUAGE_ID;
  const target = plain ? vscode.Uri.joinPath(source.uri, '..', newsName(source.uri)) : source.uri;
  const edit = new vscode.WorkspaceEdit();
  if (plain) {
    if (await exists(target)) {
      const replace = 'Replace';
      const answer = await vscode.window.showWarningMessage(`${newsName(source.uri)} exists. Replace its text with the draft?`, { modal: true }, replace);
      if (answer !== replace) return undefined;
    }
    edit.createFile(target, { overwrite: true });
    edit.insert(target, new vscode.Position(0, 0), draft.text);
  } else {
    // One edit over the whole document: one undo brings the original back.
    edit.replace(target, new vscode.Range(new vscode.Position(0, 0), source.positionAt(source.getText().length)), draft.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('NewsMark: the draft could not be applied.');
    return undefined;
  }
  drafts.delete(draftUri.toString());
  await closeDiff(draftUri);
  const article = await vscode.workspace.openTextDocument(target);
  if (plain) await article.save();
  await vscode.window.showTextDocument(article);
  return target.toString();
}

/** The draft's virtual document: the source's path with `.news`, so that it reads as NewsMark. */
function draftUriOf(source: vscode.Uri): vscode.Uri {
  const path = source.path.replace(/(\.[^./]*)?$/, NEWS_EXTENSION);
  return vscode.Uri.from({ scheme: DRAFT_SCHEME, path, query: encodeURIComponent(source.toString()) });
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function newsName(uri: vscode.Uri): string {
  return baseName(uri).replace(/(\.[^.]*)?$/, NEWS_EXTENSION);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function closeDiff(draftUri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === draftUri.toString());
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}
