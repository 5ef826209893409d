// Issue 13, item 12, at the size where the long fuzz run missed its target: a 500,000-character
// article opened, edited and code-actioned must not hold up a small document beside it. The server
// parses and checks it in slices (lsp/slices.ts: from 50,000 characters), runs a code action's
// checks in slices too, and the markup engine of a code action reads the paragraph's
// neighbourhood only (features/markupSuggestions.ts). Done at once, as before, all that work ran
// between two messages: a hover on the small document sent right behind it was answered after it.
// The tests assert the order of answers, never a time. The large document's work is made to start
// at a known moment: its settings request (answered by the test) is the last thing it waits for on
// open, and an edit of its speakers makes the code action behind it parse and check it afresh
// (every paragraph's mentions are read again); that work is many slices long.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DidChangeTextDocumentNotification, type CodeAction, type Diagnostic, type Hover } from 'vscode-languageserver-protocol';
import { NEVER_CANCELLED } from '../../server/src/service';
import { testService } from '../support/service';
import { codesOf, LspClient, referenceExample } from './lspClient';

const REFERENCE = referenceExample();
const BODY_START = REFERENCE.indexOf('\n---\n', 4) + 5;
const BODY = REFERENCE.slice(BODY_START);
/** A paragraph without markup, whose speaker the front matter knows once Schmidt has the alias "Keller". */
const PLAIN = 'The dialogue would continue next year, Keller said.';
/**
 * The body repeated, each paragraph numbered: paragraphs of the same text would be read once and
 * found again in the parser's and the checks' caches, and the work would be over in a few slices.
 */
const HALF = BODY.repeat(Math.ceil(250_000 / BODY.length))
  .split('\n\n')
  .map((p, k) => (p.trim() ? `${p.trimEnd()} (${k})` : p))
  .join('\n\n');
/** About 500,000 characters: the reference article's body repeated, the plain paragraph in the middle, one problem at the end. */
const LARGE = `${REFERENCE.slice(0, BODY_START)}${HALF}\n${PLAIN}\n\n${HALF}\n[Nobody knows]{@nobody}, a guest said.\n`;
const PLAIN_LINE = LARGE.slice(0, LARGE.indexOf(PLAIN)).split('\n').length - 1;
const ALIASES = '    aliases: [Schmidt]\n';
const ALIASES_LINE = LARGE.slice(0, LARGE.indexOf(ALIASES)).split('\n').length - 1;
const SMALL = REFERENCE.replace('{@chen}, Chen Wenqing', '{@chenn}, Chen Wenqing');
const AT_CHEN = (() => {
  const at = REFERENCE.indexOf('{@chen}') + 3;
  const head = REFERENCE.slice(0, at);
  return { line: head.split('\n').length - 1, character: at - (head.lastIndexOf('\n') + 1) };
})();
const SUGGEST = 'Suggest markup for this paragraph';

describe('a 500,000-character document does not hold up a small one', () => {
  let client: LspClient;
  /** Called (once) right after the server's settings request for that document is answered: its work starts next. */
  const whenStarted = new Map<string, () => void>();
  const small = 'untitled:small';
  const large = 'untitled:large';
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
    await client.open(small, SMALL);
    await client.waitForDiagnostics(small, (d) => d.length > 0, 10000);
  });
  after(() => client.stop());

  const smallHover = () => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: small }, position: AT_CHEN });
  const codeActionAtPlain = () =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: large },
      range: { start: { line: PLAIN_LINE, character: 3 }, end: { line: PLAIN_LINE, character: 3 } },
      context: { diagnostics: [] },
    });

  it('on open: the small document is answered and checked while the large one is parsed and checked', async () => {
    assert.ok(LARGE.length >= 450_000 && LARGE.length < 1_000_000, `${LARGE.length} characters: large, and below the old threshold of slicing`);
    const since = client.lastSeq;
    const order: string[] = [];
    const answers = new Promise<[Hover | null, CodeAction[]]>((resolve, reject) => {
      whenStarted.set(large, () => {
        void client.save(small);
        void client.waitForDiagnostics(small, () => true, 60000, since).then(() => order.push('small diagnostics'), reject);
        const hover = smallHover().then((h) => (order.push('small hover'), h));
        // A code action on the large document itself waits for its parse and checks, and is answered from them.
        const actions = codeActionAtPlain().then((a) => (order.push('large code action'), a));
        Promise.all([hover, actions]).then(resolve, reject);
      });
    });
    await client.open(large, LARGE);
    const published = await client.waitForDiagnostics(large, () => true, 120000, since);
    order.push('large diagnostics');
    const [hover, actions] = await answers;
    await client.waitForDiagnostics(small, () => true, 60000, since);
    // The small document's answers come while the large one's work (about 100 ms and more: many slices) goes on.
    assert.deepEqual(order.slice(0, 2).sort(), ['small diagnostics', 'small hover'], order.join(', '));
    // And the answers are right.
    assert.match(JSON.stringify(hover?.contents), /@chenn/);
    assert.deepEqual(codesOf(client.publishesOf(small).at(-1)!.diagnostics), ['quote-unknown-speaker']);
    assert.deepEqual(codesOf(published.diagnostics), ['quote-unknown-speaker']);
    // Before the alias exists, "Keller" is no speaker of the front matter: the suggestion adds one.
    const suggestion = JSON.stringify(actions.find((a) => a.title === SUGGEST)?.edit);
    assert.match(suggestion, /name: Keller/);
    assert.match(suggestion, /\]\{@keller\}/);
  });

  it('an edit of its speakers with a code action right behind it: the small hover is answered first, the code action is of the new version', async () => {
    const order: string[] = [];
    // One batch: the edit (which makes the large document parse and check afresh), its code action, the small hover.
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: large, version: 2 },
      contentChanges: [{ range: { start: { line: ALIASES_LINE, character: 0 }, end: { line: ALIASES_LINE + 1, character: 0 } }, text: '    aliases: [Schmidt, Keller]\n' }],
    });
    const actions = codeActionAtPlain().then((a) => (order.push('large code action'), a));
    const hover = smallHover().then((h) => (order.push('small hover'), h));
    const [suggested, hovered] = await Promise.all([actions, hover]);
    assert.deepEqual(order, ['small hover', 'large code action']);
    assert.match(JSON.stringify(hovered?.contents), /@chenn/);
    // The new alias is read: the words go to @schmidt, and no speaker is added.
    const edit = JSON.stringify(suggested.find((a) => a.title === SUGGEST)?.edit);
    assert.match(edit, /\]\{@schmidt\}/);
    assert.doesNotMatch(edit, /speakers:|name: /);
    // Checked in slices, the same diagnostics as the service's one-shot answer.
    const published = await client.waitForDiagnostics(large, (_, p) => p.version === 2, 120000);
    const edited = LARGE.replace(ALIASES, '    aliases: [Schmidt, Keller]\n');
    const oneShot = testService().diagnostics({ uri: large, version: 2, getText: () => edited }, {}, {}, NEVER_CANCELLED);
    const essentials = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity }));
    assert.deepEqual(essentials(published.diagnostics), essentials(oneShot));
    assert.deepEqual(codesOf(published.diagnostics), ['quote-unknown-speaker']);
  });
});
