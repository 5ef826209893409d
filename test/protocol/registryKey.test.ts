// The server reads the registry that `.newsmarkrc.json` names (its `registry` key, relative to the
// configuration file), as `newsmark check` does: a registry kept outside the workspace folder, and
// preferred to a speakers.yaml nearer the article. Proven by the diagnostics (the same as the
// command line's for the same file) and by go to definition, which lands in the named file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Location } from 'vscode-languageserver-protocol';
import { codesOf, fileUri, LspClient, ROOT } from './lspClient';

const CLI = process.env.NEWSMARK_CLI ?? path.join(ROOT, 'dist/cli.js');
const ARTICLE = [
  '---',
  'headline: China, Germany hold security dialogue',
  'date: 2023-09-28',
  'agency: Xinhua',
  '---',
  '',
  'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met Wolfgang Schmidt on Wednesday. ["We are ready,"]{@chen} Chen said.',
  '',
  'Schmidt said [both sides should keep talking]{@schmidt}.',
  '',
].join('\n');

describe('the server reads the registry .newsmarkrc.json names', () => {
  let dir: string;
  let client: LspClient;
  const file = (...p: string[]) => path.join(dir, ...p);
  const uri = () => fileUri(file('ws', 'desk', 'berlin.news'));

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-registry-key-'));
    mkdirSync(file('shared'));
    mkdirSync(file('ws', 'desk'), { recursive: true });
    // Outside the workspace folder, named by the configuration: the one that applies.
    writeFileSync(file('shared', 'people.yaml'), 'chen:\n  name: Chen Wenqing\n  aliases: [Chen]\nschmidt:\n  name: Wolfgang Schmidt\n');
    // Nearer the article, knowing only schmidt: it would leave @chen unknown.
    writeFileSync(file('ws', 'speakers.yaml'), 'schmidt:\n  name: Wolfgang Schmidt\n');
    writeFileSync(file('ws', '.newsmarkrc.json'), JSON.stringify({ registry: '../shared/people.yaml' }));
    writeFileSync(file('ws', 'desk', 'berlin.news'), ARTICLE);
    client = await LspClient.start({ watchFiles: true, workspaceFolders: [{ uri: fileUri(file('ws')), name: 'ws' }], settingsFor: () => ({}) });
    await client.open(uri(), ARTICLE, 1);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('knows the named registry\'s speakers, as newsmark check does for the same file', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uri());
    assert.deepEqual(codesOf(diagnostics).filter((c) => c.startsWith('quote-unknown') || c.startsWith('speaker-')), []);
    const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'desk/berlin.news'], { cwd: file('ws'), encoding: 'utf8' });
    const [report] = JSON.parse(cli.stdout) as { diagnostics: { code: string }[] }[];
    assert.deepEqual(report.diagnostics.map((d) => d.code), diagnostics.map((d: Diagnostic) => String(d.code)));
    // The control: without the key (an empty --config), the nearer speakers.yaml leaves @chen unknown.
    writeFileSync(file('empty.json'), '{}');
    const control = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--config', file('empty.json'), 'desk/berlin.news'], { cwd: file('ws'), encoding: 'utf8' });
    assert.match(control.stdout, /quote-unknown-speaker/);
  });

  it('a changed .newsmarkrc.json is read again: without the key, the nearer speakers.yaml applies', async () => {
    writeFileSync(file('ws', '.newsmarkrc.json'), '{}');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file('ws', '.newsmarkrc.json')), type: 2 }] });
    const withoutKey = await client.waitForDiagnostics(uri(), (ds) => codesOf(ds).includes('quote-unknown-speaker'));
    assert.ok(codesOf(withoutKey.diagnostics).includes('quote-unknown-speaker'));
    // And back: the key names the shared registry again.
    writeFileSync(file('ws', '.newsmarkrc.json'), JSON.stringify({ registry: '../shared/people.yaml' }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file('ws', '.newsmarkrc.json')), type: 2 }] });
    await client.waitForDiagnostics(uri(), (ds) => !codesOf(ds).includes('quote-unknown-speaker'), 5000, withoutKey.seq);
  });

  it('go to definition from @chen lands in the named registry', async () => {
    const offset = ARTICLE.indexOf('{@chen}') + 3;
    const line = ARTICLE.slice(0, offset).split('\n').length - 1;
    const character = offset - ARTICLE.lastIndexOf('\n', offset - 1) - 1;
    const location = await client.request<Location>('textDocument/definition', { textDocument: { uri: uri() }, position: { line, character } });
    assert.deepEqual(location, { uri: fileUri(file('shared', 'people.yaml')), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } });
  });
});
