// Pushed diagnostics over a real JSON-RPC connection: the edit cycle, `validate: onSave`,
// settings changes and closing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codesOf, LspClient, referenceExample } from './lspClient';

const REFERENCE = referenceExample();
/** Two known problems: a lower-case dateline place and a quote by an undefined speaker. */
const BROKEN = REFERENCE.replace('BERLIN', 'Berlin').replace('{@chen}, Chen Wenqing', '{@chenn}, Chen Wenqing');
const BROKEN_CODES = ['dateline-place-case', 'quote-unknown-speaker'];

describe('diagnostics: edit cycle', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('publishes on open, follows changes, clears and publishes empty on close', async () => {
    const uri = 'file:///work/cycle.news';
    await client.open(uri, REFERENCE, 1);
    const opened = await client.waitForDiagnostics(uri);
    assert.deepEqual(codesOf(opened.diagnostics), []);
    assert.equal(opened.version, 1);

    await client.change(uri, 2, BROKEN);
    const broken = await client.waitForDiagnostics(uri, (d) => d.length > 0, 5000, opened.seq);
    assert.deepEqual(codesOf(broken.diagnostics), BROKEN_CODES);
    assert.equal(broken.version, 2);
    const unknown = broken.diagnostics.find((d) => d.code === 'quote-unknown-speaker')!;
    assert.equal(unknown.source, 'newsmark');
    assert.equal(unknown.range.start.line, 16);
    assert.match(unknown.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/syntax\.md#quote-unknown-speaker$/);

    await client.change(uri, 3, REFERENCE);
    const fixed = await client.waitForDiagnostics(uri, (d) => d.length === 0, 5000, broken.seq);
    assert.equal(fixed.version, 3);

    await client.close(uri);
    const closed = await client.waitForDiagnostics(uri, (d) => d.length === 0, 5000, fixed.seq);
    assert.equal(closed.version, undefined);
  });

  it('debounces a burst of changes and never publishes an outdated version', async () => {
    const uri = 'file:///work/burst.news';
    await client.open(uri, REFERENCE, 1);
    const opened = await client.waitForDiagnostics(uri);
    for (let v = 2; v <= 10; v++) await client.change(uri, v, v % 2 ? REFERENCE : BROKEN);
    // Version 10 is broken: the last publish must be for it, and none for versions in between
    // that were superseded before the debounce ran out.
    const last = await client.waitForDiagnostics(uri, (_, p) => p.version === 10, 5000, opened.seq);
    assert.deepEqual(codesOf(last.diagnostics), BROKEN_CODES);
    const afterOpen = client.publishesOf(uri).filter((p) => p.seq > opened.seq);
    assert.ok(afterOpen.length <= 2, `a burst of 9 changes published ${afterOpen.length} times`);
    for (const p of afterOpen) assert.ok((p.version ?? 0) >= 2);
    await client.close(uri);
  });

  it('validates on save; a broken document keeps its codes on save', async () => {
    const uri = 'file:///work/save.news';
    await client.open(uri, BROKEN, 1);
    const opened = await client.waitForDiagnostics(uri);
    assert.deepEqual(codesOf(opened.diagnostics), BROKEN_CODES);
    await client.save(uri);
    const saved = await client.waitForDiagnostics(uri, () => true, 5000, opened.seq);
    assert.deepEqual(codesOf(saved.diagnostics), BROKEN_CODES);
    await client.close(uri);
  });
});

describe('diagnostics: newsmark.validate = onSave', () => {
  // Settings are per document: the witness validates on type. Its change is sent right after the
  // on-save document's, so its debounced publish comes after any the on-save change could cause
  // (same debounce, scheduled later): once the witness has published, silence is proven.
  const ON_SAVE = 'file:///work/on-save.news';
  const WITNESS = 'file:///work/on-type-witness.news';
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settingsFor: (scopeUri) => ({ validate: scopeUri === WITNESS ? 'onType' : 'onSave' }) });
  });
  after(async () => {
    await client.stop();
  });

  it('checks on open and save, not on change', async () => {
    await client.open(ON_SAVE, REFERENCE, 1);
    const opened = await client.waitForDiagnostics(ON_SAVE);
    assert.deepEqual(opened.diagnostics, []);
    await client.open(WITNESS, REFERENCE, 1);
    const witnessOpened = await client.waitForDiagnostics(WITNESS);

    await client.change(ON_SAVE, 2, BROKEN);
    await client.change(WITNESS, 2, BROKEN);
    const witnessChanged = await client.waitForDiagnostics(WITNESS, (_, p) => p.version === 2, 5000, witnessOpened.seq);
    assert.deepEqual(codesOf(witnessChanged.diagnostics), BROKEN_CODES, 'the witness, on type, published its change');
    assert.deepEqual(client.publishesOf(ON_SAVE).filter((p) => p.seq > opened.seq), [], 'nothing published for the on-save document before it is saved');

    await client.save(ON_SAVE);
    const saved = await client.waitForDiagnostics(ON_SAVE, () => true, 5000, opened.seq);
    assert.deepEqual(codesOf(saved.diagnostics), BROKEN_CODES);
    assert.equal(saved.version, 2);
    await client.close(ON_SAVE);
    await client.close(WITNESS);
  });
});

describe('diagnostics: settings', () => {
  let client: LspClient;
  let rules: Record<string, string> = {};
  before(async () => {
    client = await LspClient.start({ settingsFor: () => ({ rules, style: 'auto' }) });
  });
  after(async () => {
    await client.stop();
  });

  it('reads settings per document with workspace/configuration and follows didChangeConfiguration', async () => {
    const uri = 'file:///work/settings.news';
    await client.open(uri, BROKEN, 1);
    const opened = await client.waitForDiagnostics(uri);
    assert.deepEqual(codesOf(opened.diagnostics), BROKEN_CODES);
    assert.ok(client.configurationRequests >= 1, 'the server asked for the settings');

    // Turn one rule off and make the other a hint; the client then announces the change.
    rules = { 'dateline-place-case': 'off', 'quote-unknown-speaker': 'hint' };
    await client.changeConfiguration(null);
    const changed = await client.waitForDiagnostics(uri, (d) => d.length === 1, 5000, opened.seq);
    assert.equal(changed.diagnostics[0].code, 'quote-unknown-speaker');
    assert.equal(changed.diagnostics[0].severity, 4);

    // Garbage settings fall back to the defaults instead of failing.
    client.settingsFor = () => ({ rules: 'all off', validate: 42, style: ['ap'], quoteUnattributedMinWords: 'x', outline: 7 });
    await client.changeConfiguration(null);
    const defaults = await client.waitForDiagnostics(uri, (d) => d.length === 2, 5000, changed.seq);
    assert.deepEqual(codesOf(defaults.diagnostics), BROKEN_CODES);
    await client.close(uri);
  });
});

describe('diagnostics: clients without workspace/configuration', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({
      configuration: false,
      initializationOptions: { newsmark: { rules: { 'dateline-place-case': 'off' } }, docsBaseUrl: 'https://example.test/syntax' },
    });
  });
  after(async () => {
    await client.stop();
  });

  it('takes settings from initializationOptions, then from didChangeConfiguration', async () => {
    const uri = 'file:///work/push-settings.news';
    await client.open(uri, BROKEN, 1);
    const opened = await client.waitForDiagnostics(uri);
    assert.deepEqual(codesOf(opened.diagnostics), ['quote-unknown-speaker']);
    assert.equal(opened.diagnostics[0].codeDescription?.href, 'https://example.test/syntax#quote-unknown-speaker');
    assert.equal(client.configurationRequests, 0);

    await client.changeConfiguration({ newsmark: { rules: { 'quote-unknown-speaker': 'off' } } });
    const changed = await client.waitForDiagnostics(uri, (d) => d.length === 1 && d[0].code === 'dateline-place-case', 5000, opened.seq);
    assert.deepEqual(codesOf(changed.diagnostics), ['dateline-place-case']);
    await client.close(uri);
  });
});
