// Issue 13, item 12: a very large document is parsed and checked in slices (server/src/lsp/slices.ts),
// so requests for other documents do not wait behind it, and a newer version of it ends the stale
// work. The tests assert order, never time: the large document's work is started (its settings
// answered) and the other requests are sent right behind that answer. Done at once, the work would
// publish the large document's diagnostics before the server even reads them.
// The documents are `untitled:` ones: no file system is consulted between the settings answer and
// the work, so nothing else can let the requests in first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DidChangeTextDocumentNotification, type CompletionItem, type CompletionList, type Hover } from 'vscode-languageserver-protocol';
import { codesOf, LspClient, referenceExample } from './lspClient';

const REFERENCE = referenceExample();
const BODY_START = REFERENCE.indexOf('\n---\n', 4) + 5;
/** About 12 MB: the reference article's body repeated under its front matter. */
const LARGE = REFERENCE + REFERENCE.slice(BODY_START).repeat(Math.ceil((12 * 1024 * 1024) / (REFERENCE.length - BODY_START)));
const SMALL = REFERENCE.replace('{@chen}, Chen Wenqing', '{@chenn}, Chen Wenqing');
const AT_CHEN = (() => {
  const at = REFERENCE.indexOf('{@chen}') + 3;
  const before = REFERENCE.slice(0, at);
  return { line: before.split('\n').length - 1, character: at - (before.lastIndexOf('\n') + 1) };
})();

describe('a very large document is processed in slices', () => {
  let client: LspClient;
  /** Called (once) right after the server's settings request for that document is answered: its work starts next. */
  const whenStarted = new Map<string, () => void>();
  before(async () => {
    client = await LspClient.start({
      settingsFor: (scopeUri) => {
        const started = scopeUri && whenStarted.get(scopeUri);
        if (started) {
          whenStarted.delete(scopeUri);
          setImmediate(started); // after the answer is written
        }
        return {};
      },
    });
  });
  after(() => client.stop());

  it('hover, completion and diagnostics of a small document are answered before the large one is checked', async () => {
    const small = 'untitled:small-1';
    const large = 'untitled:large-1';
    await client.open(small, SMALL);
    await client.waitForDiagnostics(small, (d) => d.length > 0, 10000);
    const since = client.lastSeq;
    const order: string[] = [];
    const answers = new Promise<[Hover | null, CompletionList | CompletionItem[], Hover | null]>((resolve, reject) => {
      whenStarted.set(large, () => {
        const td = { textDocument: { uri: small } };
        void client.save(small);
        void client.waitForDiagnostics(small, () => true, 60000, since).then(() => order.push('small diagnostics'), reject);
        const hover = client.request<Hover | null>('textDocument/hover', { ...td, position: AT_CHEN }).then((h) => (order.push('small hover'), h));
        const completion = client.request<CompletionList | CompletionItem[]>('textDocument/completion', { ...td, position: AT_CHEN }).then((c) => (order.push('small completion'), c));
        // A request on the large document itself waits for its parse, and is answered from it.
        const largeHover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: large }, position: AT_CHEN });
        Promise.all([hover, completion, largeHover]).then(resolve, reject);
      });
    });
    await client.open(large, LARGE);
    const published = await client.waitForDiagnostics(large, () => true, 120000);
    order.push('large diagnostics');
    const [hover, completion, largeHover] = await answers;
    assert.deepEqual(order.slice(0, 3).sort(), ['small completion', 'small diagnostics', 'small hover']);
    assert.equal(order[3], 'large diagnostics');
    assert.deepEqual(codesOf(published.diagnostics), [], 'the reference article repeated has no problem');
    assert.match(JSON.stringify(hover?.contents), /@chenn/);
    assert.ok((Array.isArray(completion) ? completion : completion.items).some((i) => i.label === 'chen'));
    assert.match(JSON.stringify(largeHover?.contents), /Chen Wenqing/);
    assert.deepEqual(codesOf(client.publishesOf(small).at(-1)!.diagnostics), ['quote-unknown-speaker']);
  });

  it('a change to the large document mid-way ends the stale work: only the last version is published', async () => {
    const large = 'untitled:large-2';
    const changed = new Promise<void>((resolve, reject) => {
      whenStarted.set(large, () => {
        // An unknown speaker typed into the middle of the document.
        const line = LARGE.slice(0, LARGE.length >> 1).split('\n').length;
        client.connection
          .sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: large, version: 2 },
            contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '[Not so]{@nobody}, he said. ' }],
          })
          .then(resolve, reject);
      });
    });
    await client.open(large, LARGE, 1);
    await changed;
    const published = await client.waitForDiagnostics(large, () => true, 120000);
    assert.equal(published.version, 2);
    assert.ok(codesOf(published.diagnostics).includes('quote-unknown-speaker'), JSON.stringify(codesOf(published.diagnostics)));
    assert.deepEqual(client.publishesOf(large).map((p) => p.version), [2], 'no diagnostics of the stale version');
  });
});
