// Every request the server answers, on the reference example and on broken documents, through a
// real JSON-RPC connection to `node dist/server.js --stdio`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { codesOf, LspClient, referenceExample } from './lspClient';

const REFERENCE = referenceExample();
const REF_URI = 'file:///work/features/berlin-security-dialogue.news';

/** The position of the `nth` occurrence of `needle` in `text`, moved `delta` characters in. */
function positionOf(text: string, needle: string, nth = 1, delta = 0): Position {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${nth} not in the text`);
  }
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

const td = (uri = REF_URI) => ({ textDocument: { uri } });
const lineOf = (r: Range | undefined) => r?.start.line;

describe('features on the reference example', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
    await client.open(REF_URI, REFERENCE, 1);
    await client.waitForDiagnostics(REF_URI);
  });
  after(async () => {
    await client.stop();
  });

  it('declares the capabilities', () => {
    const caps = client.initializeResult!.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.deepEqual(caps.completionProvider?.triggerCharacters?.slice(0, 2), ['@', '{']);
    const actions = caps.codeActionProvider as { codeActionKinds: string[]; resolveProvider: boolean };
    assert.deepEqual(actions.codeActionKinds, ['quickfix', 'source.fixAll.newsmark', 'refactor.rewrite.newsmark.markAsQuote']);
    assert.equal(actions.resolveProvider, false);
    for (const key of ['documentSymbolProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'foldingRangeProvider', 'workspaceSymbolProvider', 'codeLensProvider'] as const) {
      assert.ok(caps[key], key);
    }
  });

  it('textDocument/documentSymbol: headline, dateline, speakers with their quotes', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', td());
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Chen Wenqing') && names.includes('Wolfgang Schmidt'), names.join(' | '));
    const chen = symbols.find((s) => s.name === 'Chen Wenqing')!;
    assert.equal(chen.children?.length, 8);
    assert.equal(symbols.find((s) => s.name === 'Wolfgang Schmidt')!.children?.length ?? 0, 0);
  });

  it('textDocument/documentSymbol follows newsmark.outline.groupBy', async () => {
    client.settingsFor = () => ({ outline: { groupBy: 'section' } });
    await client.changeConfiguration(null);
    try {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', td());
      assert.ok(!symbols.some((s) => s.name === 'Chen Wenqing'), 'no speaker groups when grouped by section');
      assert.ok(symbols.length >= 8, `quotes listed in reading order (${symbols.length} symbols)`);
    } finally {
      client.settingsFor = () => ({});
      await client.changeConfiguration(null);
    }
  });

  it('textDocument/hover on a speaker reference, a quote and the dateline', async () => {
    const speaker = await client.request<Hover | null>('textDocument/hover', { ...td(), position: positionOf(REFERENCE, '{@chen}', 1, 3) });
    assert.ok(speaker, 'hover on @chen');
    assert.match(JSON.stringify(speaker.contents), /Chen Wenqing/);
    const quote = await client.request<Hover | null>('textDocument/hover', { ...td(), position: positionOf(REFERENCE, 'China has always', 1, 3) });
    assert.ok(quote, 'hover in a quote');
    const dateline = await client.request<Hover | null>('textDocument/hover', { ...td(), position: positionOf(REFERENCE, 'BERLIN', 1, 2) });
    assert.ok(dateline, 'hover on the dateline');
    assert.match(JSON.stringify(dateline.contents), /Xinhua/);
    const nothing = await client.request<Hover | null>('textDocument/hover', { ...td(), position: positionOf(REFERENCE, 'professional exchanges', 1, 2) });
    assert.equal(nothing, null);
  });

  it('textDocument/definition from a mention goes to the front matter entry', async () => {
    const def = await client.request<Location | null>('textDocument/definition', { ...td(), position: positionOf(REFERENCE, 'Chen, also head', 1, 1) });
    assert.ok(def);
    assert.equal(def.uri, REF_URI);
    assert.equal(lineOf(def.range), 5);
  });

  it('textDocument/references with and without the declaration', async () => {
    const position = positionOf(REFERENCE, '{@chen}', 2, 3);
    const withDecl = await client.request<Location[]>('textDocument/references', { ...td(), position, context: { includeDeclaration: true } });
    const withoutDecl = await client.request<Location[]>('textDocument/references', { ...td(), position, context: { includeDeclaration: false } });
    assert.equal(withDecl.length, withoutDecl.length + 1);
    assert.ok(withoutDecl.length >= 8, `at least the 8 attributions (${withoutDecl.length})`);
    assert.ok(withDecl.some((l) => lineOf(l.range) === 5));
  });

  it('textDocument/documentHighlight', async () => {
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { ...td(), position: positionOf(REFERENCE, '{@chen}', 1, 3) });
    assert.ok(highlights.length >= 9, `definition and attributions (${highlights.length})`);
  });

  it('textDocument/prepareRename and textDocument/rename of a speaker id', async () => {
    const position = positionOf(REFERENCE, '{@chen}', 1, 3);
    const prepared = await client.request<{ range: Range; placeholder: string } | null>('textDocument/prepareRename', { ...td(), position });
    assert.equal(prepared?.placeholder, 'chen');
    const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', { ...td(), position, newName: 'chen-wenqing' });
    const edits = edit?.changes?.[REF_URI] ?? edit?.documentChanges?.flatMap((c) => ('edits' in c ? c.edits : [])) ?? [];
    assert.equal(edits.length, 9, 'the id key and 8 attributions');
    assert.ok(edits.every((e) => e.newText === 'chen-wenqing'));
    // Where nothing can be renamed: prepare says so, rename refuses with a message.
    const nowhere = positionOf(REFERENCE, 'professional exchanges', 1, 2);
    assert.equal(await client.request('textDocument/prepareRename', { ...td(), position: nowhere }), null);
    await assert.rejects(client.request('textDocument/rename', { ...td(), position: nowhere, newName: 'x' }), (e: { code: number; message: string }) => {
      assert.equal(e.code, -32803);
      assert.match(e.message, /speaker id/);
      return true;
    });
    await assert.rejects(client.request('textDocument/rename', { ...td(), position, newName: 'Not An Id' }), /not a valid speaker id/);
  });

  it('textDocument/foldingRange: front matter and paragraphs', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', td());
    assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine >= 13), JSON.stringify(ranges.slice(0, 3)));
  });

  it('textDocument/codeLens: one per speaker with its counts', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', td());
    assert.deepEqual(lenses.map((l) => lineOf(l.range)), [5, 10]);
    assert.match(lenses[0].command?.title ?? '', /^8 quotes/);
    assert.equal(lenses[0].command?.command, 'newsmark.showReferences');
  });

  it('newsmark/articleStats', async () => {
    assert.deepEqual(await client.request('newsmark/articleStats', { uri: REF_URI }), { speakers: 2, quotes: 8 });
    assert.equal(await client.request('newsmark/articleStats', { uri: 'file:///not/open.news' }), null);
  });

  it('workspace/symbol finds the open article', async () => {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'Chen' });
    assert.ok(symbols.some((s) => s.name.includes('Chen Wenqing') && 'uri' in s.location && s.location.uri === REF_URI), JSON.stringify(symbols.slice(0, 3)));
  });

  it('textDocument/completion: speaker ids after {@', async () => {
    const uri = 'file:///work/features/completion.news';
    const text = REFERENCE.replace('Wolfgang Schmidt, head of', '[We agree]{@ Wolfgang Schmidt, head of');
    await client.open(uri, text, 1);
    const position = positionOf(text, '{@ Wolfgang', 1, 2);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '@' } });
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('chen') && labels.includes('schmidt'), labels.join(', '));
    await client.close(uri);
  });
});

describe('features on broken documents', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('textDocument/codeAction: quick fixes from the diagnostics, fix-all, mark as quote', async () => {
    const uri = 'file:///work/broken/actions.news';
    const text = REFERENCE.replace('BERLIN', 'Berlin').replace('{@chen}, Chen Wenqing', '{@chenn}, Chen Wenqing');
    await client.open(uri, text, 1);
    const { diagnostics } = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(codesOf(diagnostics), ['dateline-place-case', 'quote-unknown-speaker']);

    const unknown = diagnostics.find((d: Diagnostic) => d.code === 'quote-unknown-speaker')!;
    const quickFixes = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } });
    assert.ok(quickFixes.length >= 1, 'a fix for the unknown speaker');
    assert.ok(quickFixes.some((a) => a.kind === 'quickfix' && JSON.stringify(a.edit).includes('"chen"')), JSON.stringify(quickFixes.map((a) => a.title)));

    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.newsmark'] } });
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.newsmark');

    const loose = 'After the opening ceremony';
    const selection = { start: positionOf(text, loose), end: positionOf(text, loose, 1, loose.length) };
    const mark = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: selection, context: { diagnostics: [], only: ['refactor.rewrite.newsmark.markAsQuote'] } });
    assert.ok(mark.length >= 2, `one action per speaker (${mark.length})`);
    assert.ok(mark.every((a) => a.kind === 'refactor.rewrite.newsmark.markAsQuote'));
    await client.close(uri);
  });

  it('answers every request on a document that is mostly garbage', async () => {
    const uri = 'file:///work/broken/garbage.news';
    const text = '---\nheadline: a: b\nspeakers: [\n---\n[[[{@{@]]{@x\n\u0000\uD800 ]{@y} BERLIN, Feb. 30 (AP) --\n';
    await client.open(uri, text, 1);
    const published = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.ok(codesOf(published.diagnostics).includes('front-matter-yaml'), codesOf(published.diagnostics).join(', '));
    const position = { line: 4, character: 3 };
    const requests: [string, object][] = [
      ['textDocument/hover', { position }],
      ['textDocument/documentSymbol', {}],
      ['textDocument/definition', { position }],
      ['textDocument/references', { position, context: { includeDeclaration: true } }],
      ['textDocument/documentHighlight', { position }],
      ['textDocument/prepareRename', { position }],
      ['textDocument/completion', { position }],
      ['textDocument/codeAction', { range: { start: position, end: { line: 5, character: 2 } }, context: { diagnostics: published.diagnostics } }],
      ['textDocument/foldingRange', {}],
      ['textDocument/codeLens', {}],
    ];
    for (const [method, params] of requests) {
      await client.request(method, { textDocument: { uri }, ...params });
    }
    assert.ok(await client.request('newsmark/articleStats', { uri }));
    // Positions past the end of the document are clamped, not fatal.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } });
    assert.ok(client.running);
    await client.close(uri);
  });

  it('answers requests for a document that is not open with empty results', async () => {
    const uri = 'file:///work/broken/never-opened.news';
    const position = { line: 0, character: 0 };
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepEqual(await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }), []);
    assert.equal(await client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'x' }), null);
  });
});
