// The language server reads `.newsmarkrc.json` as `newsmark check` does: the nearest one above each
// document, followed when the client reports it changed, and under the editor settings. Proven by
// comparing the diagnostics the server publishes with `newsmark check --format json` on the same file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient, ROOT } from './lspClient';

const CLI = process.env.NEWSMARK_CLI ?? path.join(ROOT, 'dist/cli.js');
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
/** An article that raises nearly every code, several of them depending on the house style. */
const ARTICLE = readFileSync(path.join(ROOT, 'examples/every-diagnostic.news'), 'utf8');
const CONFIG = { style: 'reuters', rules: { 'quote-cue-verb': 'off', 'speaker-unused': 'error' } };

interface Reported {
  code: string;
  severity: string;
  message: string;
  range: Diagnostic['range'];
}

const fromServer = (ds: Diagnostic[]): Reported[] =>
  ds.map((d) => ({ code: String(d.code), severity: SEVERITY[d.severity ?? 0], message: d.message, range: d.range }));

/** `newsmark check --format json FILE [args]` run in `cwd`: the diagnostics of that one file. */
function fromCli(cwd: string, file: string, args: string[] = []): Reported[] {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args, file], { cwd, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `newsmark check failed (${r.status}): ${r.stderr}`);
  const [report] = JSON.parse(r.stdout) as { diagnostics: Reported[] }[];
  return report.diagnostics.map(({ code, severity, message, range }) => ({ code, severity, message, range }));
}

const severityOf = (ds: Reported[], code: string) => ds.find((d) => d.code === code)?.severity;

describe('the server reads .newsmarkrc.json as the command line does', () => {
  let dir: string;
  let client: LspClient;
  let uri: string;
  const rc = () => path.join(dir, 'desk', '.newsmarkrc.json');
  const article = () => path.join(dir, 'desk', 'story.news');

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-rc-'));
    mkdirSync(path.join(dir, 'desk'));
    writeFileSync(rc(), JSON.stringify(CONFIG));
    writeFileSync(article(), ARTICLE);
    uri = fileUri(article());
    // The editor sets nothing: only the file applies.
    client = await LspClient.start({ watchFiles: true, workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], settingsFor: () => ({}) });
    await client.open(uri, ARTICLE, 1);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the same diagnostics as newsmark check --format json (codes, ranges, severities)', async () => {
    const cli = fromCli(dir, 'desk/story.news');
    // The file changes what is reported, so equality cannot come from both ignoring it.
    assert.equal(severityOf(cli, 'speaker-unused'), 'error');
    assert.equal(severityOf(cli, 'quote-cue-verb'), undefined);
    assert.notDeepEqual(cli, fromCli(dir, 'desk/story.news', ['--style', 'ap']), 'the style of the file matters too');
    const published = await client.waitForDiagnostics(uri, (ds) => ds.length > 0);
    assert.deepEqual(fromServer(published.diagnostics), cli);
  });

  it('follows a change of the file reported by workspace/didChangeWatchedFiles', async () => {
    writeFileSync(rc(), JSON.stringify({ rules: { 'quote-cue-verb': 'info' } }));
    const since = client.lastSeq;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc()), type: 2 }] });
    const published = await client.waitForDiagnostics(uri, () => true, 5000, since);
    const reported = fromServer(published.diagnostics);
    assert.equal(severityOf(reported, 'quote-cue-verb'), 'info');
    assert.equal(severityOf(reported, 'speaker-unused'), 'warning');
    assert.deepEqual(reported, fromCli(dir, 'desk/story.news'));
  });

  it('lets editor settings override the file where both set a key', async () => {
    writeFileSync(rc(), JSON.stringify(CONFIG));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc()), type: 2 }] });
    await client.waitForDiagnostics(uri, (ds) => severityOf(fromServer(ds), 'speaker-unused') === 'error');
    client.settingsFor = () => ({ style: 'ap', rules: { 'speaker-unused': 'hint' } });
    const since = client.lastSeq;
    await client.changeConfiguration();
    const published = await client.waitForDiagnostics(uri, () => true, 5000, since);
    const reported = fromServer(published.diagnostics);
    assert.equal(severityOf(reported, 'speaker-unused'), 'hint', 'the editor wins on the code both set');
    assert.equal(severityOf(reported, 'quote-cue-verb'), undefined, 'the file still turns off what the editor leaves alone');
    // The command line's own overrides take the editor's place: the same result.
    assert.deepEqual(reported, fromCli(dir, 'desk/story.news', ['--style', 'ap', '--rule', 'speaker-unused=hint']));
  });
});
