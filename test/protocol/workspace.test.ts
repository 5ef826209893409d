// Workspace symbols over the `.news` files of the workspace folders: walked in the background by
// the command line's walker (so `.gitignore` applies), open documents preferred, kept fresh by file
// events (when the client watches) or by re-scanning.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { fileUri, LspClient, referenceExample } from './lspClient';

const REFERENCE = referenceExample();
const article = (name: string, id: string) => `---\nheadline: About ${name}\ndate: 2023-09-28\nspeakers:\n  ${id}:\n    name: ${name}\n---\n\nBERLIN, Sept. 27 -- [We met today]{@${id}}, ${name} said.\n`;

function makeWorkspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-ws-'));
  writeFileSync(path.join(dir, 'berlin.news'), REFERENCE);
  mkdirSync(path.join(dir, 'desk', 'politics'), { recursive: true });
  writeFileSync(path.join(dir, 'desk', 'politics', 'mayor.news'), article('Anna Mayor', 'mayor'));
  // Never indexed: dependencies, dot-folders, other extensions.
  mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules', 'pkg', 'hidden.news'), article('Hidden Dependency', 'dep'));
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, '.git', 'hidden.news'), article('Hidden Dot', 'dot'));
  writeFileSync(path.join(dir, 'notes.txt'), article('Hidden Text', 'txt'));
  // Ignored as `newsmark check` ignores it.
  writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
  mkdirSync(path.join(dir, 'build'));
  writeFileSync(path.join(dir, 'build', 'ignored.news'), article('Hidden Ignored', 'ign'));
  return dir;
}

const speakerNames = (symbols: WorkspaceSymbol[]) => symbols.filter((s) => s.kind === 5).map((s) => s.name).sort();

/** Asks until `predicate` holds or the deadline passes (a re-scan is lazy and throttled). */
async function symbolsUntil(client: LspClient, query: string, predicate: (s: WorkspaceSymbol[]) => boolean, timeoutMs = 6000): Promise<WorkspaceSymbol[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query });
    if (predicate(symbols)) return symbols;
    if (Date.now() > deadline) assert.fail(`workspace/symbol "${query}" never matched; last: ${speakerNames(symbols).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const watchFiles of [true, false]) {
  describe(`workspace symbols (${watchFiles ? 'file events' : 'no file watching: re-scan'})`, () => {
    let dir: string;
    let client: LspClient;
    before(async () => {
      dir = makeWorkspace();
      client = await LspClient.start({ watchFiles, workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] });
    });
    after(async () => {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('indexes the .news files of the folders, skipping node_modules, .git and what .gitignore ignores', async () => {
      // Indexed in the background: a request answers with what is indexed so far.
      const symbols = await symbolsUntil(client, '', (s) => speakerNames(s).length >= 3);
      assert.deepEqual(speakerNames(symbols), ['Anna Mayor', 'Chen Wenqing', 'Wolfgang Schmidt']);
      const mayor = symbols.find((s) => s.name === 'Anna Mayor')!;
      assert.equal('uri' in mayor.location && mayor.location.uri, fileUri(dir, 'desk', 'politics', 'mayor.news'));
      assert.ok(symbols.some((s) => s.kind === 15 && s.name.startsWith('We met today')), 'quotes too');
      const fuzzy = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'wsch' });
      assert.deepEqual(speakerNames(fuzzy), ['Wolfgang Schmidt']);
    });

    it('registers watchers for articles and settings files only when the client can', () => {
      const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.equal(watchers.length, watchFiles ? 1 : 0);
      if (watchFiles) {
        assert.deepEqual(watchers[0].registerOptions, { watchers: [{ globPattern: '**/*.news' }, { globPattern: '**/.newsmarkrc.json' }, { globPattern: '**/package.json' }, { globPattern: '**/*.yaml' }, { globPattern: '**/*.yml' }, { globPattern: '**/*.txt' }, { globPattern: '**/*.xml' }, { globPattern: '**/*.nitf' }] });
      }
    });

    it('prefers the live text of an open document to the file on disk', async () => {
      const uri = fileUri(dir, 'desk', 'politics', 'mayor.news');
      await client.open(uri, article('Bruno Editor', 'editor'), 1);
      const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: '' });
      assert.deepEqual(speakerNames(symbols), ['Bruno Editor', 'Chen Wenqing', 'Wolfgang Schmidt']);
      await client.close(uri);
      const closed = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: '' });
      assert.deepEqual(speakerNames(closed), ['Anna Mayor', 'Chen Wenqing', 'Wolfgang Schmidt']);
    });

    it('follows files created and deleted on disk', async () => {
      const created = path.join(dir, 'desk', 'new.news');
      writeFileSync(created, article('Carla New', 'carla'));
      unlinkSync(path.join(dir, 'berlin.news'));
      if (watchFiles) {
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [
            { uri: fileUri(created), type: 1 },
            { uri: fileUri(dir, 'berlin.news'), type: 3 },
          ],
        });
      }
      await symbolsUntil(client, '', (s) => speakerNames(s).join() === 'Anna Mayor,Carla New');
    });

    it('leaves out an article created in an ignored folder', async () => {
      const ignored = path.join(dir, 'build', 'late.news');
      writeFileSync(ignored, article('Late Ignored', 'late'));
      const created = path.join(dir, 'desk', 'later.news');
      writeFileSync(created, article('Dora Later', 'dora'));
      if (watchFiles) {
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [
            { uri: fileUri(ignored), type: 1 },
            { uri: fileUri(created), type: 1 },
          ],
        });
      }
      const symbols = await symbolsUntil(client, '', (s) => speakerNames(s).includes('Dora Later'));
      assert.deepEqual(speakerNames(symbols), ['Anna Mayor', 'Carla New', 'Dora Later']);
    });
  });
}
