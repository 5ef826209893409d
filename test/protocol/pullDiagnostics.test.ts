// Pull diagnostics (issue 9): a client that declares `textDocument.diagnostic` is offered them,
// asks for each document's problems, gets the latest version's, is asked to pull again after a
// settings change, and is never pushed to. Clients that declare nothing are pushed to
// (diagnostics.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentDiagnosticReport, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { codesOf, LspClient, referenceExample } from './lspClient';

const REFERENCE = referenceExample();
const BROKEN = REFERENCE.replace('BERLIN', 'Berlin').replace('{@chen}, Chen Wenqing', '{@chenn}, Chen Wenqing');
const BROKEN_CODES = ['dateline-place-case', 'quote-unknown-speaker'];

describe('diagnostics: pulled by a client that declares textDocument.diagnostic', () => {
  let client: LspClient;
  let rules: Record<string, string> = {};
  const ON_SAVE = 'file:///work/pulled-on-save.news';
  before(async () => {
    client = await LspClient.start({ pullDiagnostics: true, settingsFor: (scopeUri) => ({ rules, validate: scopeUri === ON_SAVE ? 'onSave' : 'onType' }) });
  });
  after(async () => {
    await client.stop();
  });
  const pull = async (uri: string) => {
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    return (report as FullDocumentDiagnosticReport).items;
  };

  it('offers pull diagnostics at initialize', () => {
    const provider = client.initializeResult?.capabilities.diagnosticProvider;
    assert.ok(provider, 'diagnosticProvider offered');
    assert.equal('interFileDependencies' in provider && provider.interFileDependencies, true, 'the registry and configuration files change an article\'s problems');
  });

  it('answers with the latest version\'s problems and never pushes', async () => {
    const uri = 'file:///work/pulled.news';
    await client.open(uri, BROKEN, 1);
    assert.deepEqual(codesOf(await pull(uri)), BROKEN_CODES);
    await client.change(uri, 2, REFERENCE);
    assert.deepEqual(await pull(uri), []);
    await client.change(uri, 3, BROKEN);
    assert.deepEqual(codesOf(await pull(uri)), BROKEN_CODES);
    await client.close(uri);
    // Messages are handled in order: a push on open, change or close would be out before this answer.
    assert.deepEqual(await pull('file:///work/not-open.news'), [], 'a document that is not open has none');
    assert.deepEqual(client.publishesOf(uri), [], 'nothing pushed to a client that pulls');
  });

  it('asks the client to pull again after a settings change, and the new settings apply', async () => {
    const uri = 'file:///work/pulled-settings.news';
    await client.open(uri, BROKEN, 1);
    assert.deepEqual(codesOf(await pull(uri)), BROKEN_CODES);
    const seen = client.diagnosticRefreshes;
    rules = { 'dateline-place-case': 'off' };
    await client.changeConfiguration({ newsmark: { rules } });
    await client.waitForRefresh(seen);
    assert.deepEqual(codesOf(await pull(uri)), ['quote-unknown-speaker']);
    await client.close(uri);
  });

  it('with validate: onSave, answers the last saved text\'s problems until the next save', async () => {
    await client.open(ON_SAVE, BROKEN, 1);
    // (The test before turned dateline-place-case off.)
    const opened = codesOf(await pull(ON_SAVE));
    assert.ok(opened.includes('quote-unknown-speaker'), 'the open is checked');
    await client.change(ON_SAVE, 2, REFERENCE);
    assert.deepEqual(codesOf(await pull(ON_SAVE)), opened, 'typing does not check');
    const seen = client.diagnosticRefreshes;
    await client.save(ON_SAVE);
    await client.waitForRefresh(seen);
    assert.deepEqual(await pull(ON_SAVE), [], 'the save checks the text as saved');
    await client.change(ON_SAVE, 3, BROKEN);
    assert.deepEqual(await pull(ON_SAVE), [], 'and holds that answer while typing again');
    await client.close(ON_SAVE);
  });
});

describe('diagnostics: pushed to a client that does not declare pull', () => {
  it('offers no diagnosticProvider', async () => {
    const client = await LspClient.start();
    try {
      assert.equal(client.initializeResult?.capabilities.diagnosticProvider, undefined);
    } finally {
      await client.stop();
    }
  });
});
