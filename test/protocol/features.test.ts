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
    assert.deepEqual(actions.codeActionKinds, ['quickfix', 'source.fixAll.newsmark', 'refactor.rewrite.newsmark.markAsQuote', 'refactor.rewrite.newsmark.suggestMarkup']);
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
      // No speaker groups: headline, dateline, then the 8 quotes in reading order, each naming its speaker.
      assert.deepEqual(symbols.map((s) => s.kind), [1, 24, 15, 15, 15, 15, 15, 15, 15, 15]);
      assert.deepEqual(symbols.slice(2).map((s) => s.detail), Array(8).fill('Chen Wenqing'));
      assert.deepEqual(symbols.slice(2, 4).map((s) => s.name), ['China is ready to work with Germany to…', 'China has always attached great importance to and…']);
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
    assert.deepEqual(quote?.contents, { kind: 'markdown', value: 'Indirect quote by **Chen Wenqing** `@chen`\n\n19 words' });
    assert.deepEqual(quote?.range, { start: { line: 20, character: 0 }, end: { line: 20, character: 144 } });
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
    // The 8 attributions and the 5 mentions in the text, in reading order; then the id key too.
    assert.deepEqual(withoutDecl.map((l) => lineOf(l.range)), [16, 16, 18, 20, 20, 20, 22, 24, 24, 26, 26, 26, 28]);
    assert.deepEqual(withDecl.map((l) => lineOf(l.range)).sort((a, b) => a! - b!), [5, 16, 16, 18, 20, 20, 20, 22, 24, 24, 26, 26, 26, 28]);
  });

  it('textDocument/documentHighlight', async () => {
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { ...td(), position: positionOf(REFERENCE, '{@chen}', 1, 3) });
    // The definition (write), the 8 attributions (read) and the 5 mentions (text), by line and kind.
    assert.deepEqual(highlights.map((h) => [lineOf(h.range), h.kind]), [[5, 3], [16, 2], [16, 1], [18, 1], [20, 2], [20, 1], [20, 2], [22, 2], [24, 1], [24, 2], [26, 2], [26, 1], [26, 2], [28, 2]]);
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

  it('textDocument/foldingRange: the front matter (the paragraphs are one line each)', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', td());
    assert.deepEqual(ranges, [{ startLine: 0, endLine: 14, kind: 'comment' }]);
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
    assert.deepEqual(quickFixes.map((a) => [a.title, a.kind, a.isPreferred]), [['Change to "@chen" (Chen Wenqing)', 'quickfix', true], ['Add speaker "chenn" to the front matter', 'quickfix', false]]);
    assert.deepEqual(quickFixes[0].edit?.changes?.[uri]?.map((e) => e.newText), ['chen']);

    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.newsmark'] } });
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.newsmark');

    const loose = 'After the opening ceremony';
    const selection = { start: positionOf(text, loose), end: positionOf(text, loose, 1, loose.length) };
    const mark = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: selection, context: { diagnostics: [], only: ['refactor.rewrite.newsmark.markAsQuote'] } });
    assert.deepEqual(mark.map((a) => a.title), ['Mark as quote by Chen Wenqing', 'Mark as quote by Wolfgang Schmidt', 'Mark as quote by new speaker…']);
    assert.ok(mark.every((a) => a.kind === 'refactor.rewrite.newsmark.markAsQuote'));
    assert.deepEqual(mark[0].edit?.changes?.[uri]?.map((e) => [e.range.start, e.newText]), [[selection.start, '['], [selection.end, ']{@chen}']]);
    await client.close(uri);
  });

  it('answers every request on a document that is mostly garbage', async () => {
    const uri = 'file:///work/broken/garbage.news';
    const text = '---\nheadline: a: b\nspeakers: [\n---\n[[[{@{@]]{@x\n\u0000\uD800 ]{@y} BERLIN, Feb. 30 (AP) --\n';
    await client.open(uri, text, 1);
    const published = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.ok(codesOf(published.diagnostics).includes('front-matter-yaml'), codesOf(published.diagnostics).join(', '));
    assert.deepEqual(codesOf(published.diagnostics), ['front-matter-yaml', 'front-matter-yaml', 'dateline-missing', 'quote-unclosed', 'quote-unknown-speaker', 'quote-unknown-speaker']);
    // Each request gives the answer this document calls for (not merely an answer): inside the
    // nested quote of the unclosed `{@x`, and on the `@y` of the quote that holds it.
    const ask = <R>(method: string, params: object) => client.request<R>(method, { textDocument: { uri }, ...params });
    const inQuote = { line: 4, character: 3 };
    const onY = { line: 5, character: 6 };
    const yRange = { start: onY, end: { line: 5, character: 7 } };
    const hover = await ask<Hover>('textDocument/hover', { position: inQuote });
    assert.deepEqual(hover, {
      contents: { kind: 'markdown', value: 'Indirect quote by **@x** (not in the front matter)\n\n0 words\n\nReported within a quote by @y' },
      range: { start: { line: 4, character: 1 }, end: { line: 4, character: 12 } },
    });
    const symbols = await ask<DocumentSymbol[]>('textDocument/documentSymbol', {});
    const shape = (s: DocumentSymbol): unknown => [s.name, s.detail, (s.children ?? []).map(shape)];
    assert.deepEqual(symbols.map(shape), [['@y', 'not in front matter', [['[{@{@] \u0000\uD800', 'indirect', []]]], ['@x', 'not in front matter', [['[{@{@]', 'indirect', []]]]]);
    assert.equal(await ask('textDocument/definition', { position: inQuote }), null);
    assert.equal(await ask('textDocument/definition', { position: onY }), null, 'no definition: @y is not in the front matter');
    assert.deepEqual(await ask('textDocument/references', { position: inQuote, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await ask('textDocument/references', { position: onY, context: { includeDeclaration: true } }), [{ uri, range: yRange }]);
    assert.deepEqual(await ask('textDocument/documentHighlight', { position: inQuote }), []);
    assert.deepEqual(await ask('textDocument/documentHighlight', { position: onY }), [{ range: yRange, kind: 2 }]);
    assert.equal(await ask('textDocument/prepareRename', { position: inQuote }), null);
    assert.deepEqual(await ask('textDocument/prepareRename', { position: onY }), { range: yRange, placeholder: 'y' });
    // No speakers could be read from the broken front matter, so there is no id to offer.
    assert.deepEqual(await ask('textDocument/completion', { position: { line: 4, character: 5 } }), { isIncomplete: false, items: [] });
    const actions = await ask<CodeAction[]>('textDocument/codeAction', { range: { start: inQuote, end: { line: 5, character: 2 } }, context: { diagnostics: published.diagnostics } });
    assert.deepEqual(actions.map((a) => a.title), ['Put the value in quotes', 'Close the speaker with "}"', 'Add speaker "x" to the front matter', 'Add speaker "y" to the front matter']);
    assert.deepEqual(await ask('textDocument/foldingRange', {}), [{ startLine: 0, endLine: 3, kind: 'comment' }]);
    assert.deepEqual(await ask('textDocument/codeLens', {}), [], 'no lens: no speaker is defined');
    assert.deepEqual(await client.request('newsmark/articleStats', { uri }), { speakers: 0, quotes: 2 });
    // Positions past the end of the document are clamped, not fatal.
    assert.equal(await ask('textDocument/hover', { position: { line: 999, character: 999 } }), null);
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
