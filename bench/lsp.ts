// Keystroke latency through the real language server over stdio: a client types into a very large
// article and asks for a hover and completion after each keystroke, then waits for the
// diagnostics of that version. Then another document's latency: hovers on a small document, one
// after another, while a 15 MB document is opened and checked (in slices: issue 13, item 12).
// Figures are printed, never asserted.
// Usage: npm run bench   (BENCH_PARAGRAPHS=20000 to change the size; BENCH_HEAVY_MB=15)
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { CHANGE_DEBOUNCE_MS } from '../server/src/lsp/validation';
import { LspClient } from '../test/protocol/lspClient';
import { largeArticle, mb, median, p95 } from './largeArticle';

async function main() {
  const N = Number(process.env.BENCH_PARAGRAPHS || 20000);
  let text = largeArticle(N);
  const client = await LspClient.start();
  const uri = 'file:///bench/large.news';
  const t0 = performance.now();
  await client.open(uri, text, 1);
  await client.waitForDiagnostics(uri, (_d, p) => p.version === 1, 120_000);
  const openMs = performance.now() - t0;

  const at = text.indexOf('Chen expressed', Math.floor(text.length / 2));
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - (text.lastIndexOf('\n', at - 1) + 1);
  const hover: number[] = [], completion: number[] = [], diagnostics: number[] = [];
  for (let k = 0; k < 25; k++) {
    const version = k + 2;
    const pos = { line, character: character + k };
    const started = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }],
    });
    text = text.slice(0, at + k) + 'x' + text.slice(at + k);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: character + 1 } });
    hover.push(performance.now() - started);
    const c0 = performance.now();
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: character + k + 1 } });
    completion.push(performance.now() - c0);
    await client.waitForDiagnostics(uri, (_d, p) => p.version === version, 60_000);
    diagnostics.push(performance.now() - started);
  }
  await client.stop();
  const heavy = await hoversBesideHeavyDocument();

  console.log(`NewsMark language server benchmark (stdio, node ${process.version})`);
  console.log(`  article: ${N} paragraphs, ${mb(text.length * 2)} of UTF-16 text`);
  console.log(`  open to first diagnostics:        ${openMs.toFixed(0)} ms`);
  console.log(`  keystroke to hover answered:      median ${median(hover).toFixed(1)} ms, p95 ${p95(hover).toFixed(1)} ms`);
  console.log(`  completion after a keystroke:     median ${median(completion).toFixed(1)} ms, p95 ${p95(completion).toFixed(1)} ms`);
  console.log(`  keystroke to diagnostics pushed:  median ${median(diagnostics).toFixed(0)} ms, p95 ${p95(diagnostics).toFixed(0)} ms (debounce: ${CHANGE_DEBOUNCE_MS} ms when the last run was slow, none when fast)`);
  console.log(`  small-document hover while a ${heavy.size} document is opened and checked: median ${median(heavy.hovers).toFixed(1)} ms, max ${Math.max(...heavy.hovers).toFixed(0)} ms (${heavy.hovers.length} hovers; the large document's diagnostics after ${heavy.largeMs.toFixed(0)} ms)`);
}

/** Hovers on a small document, one after the other, from the moment a heavy document's work starts (its settings answered) until its diagnostics arrive. */
async function hoversBesideHeavyDocument(): Promise<{ size: string; hovers: number[]; largeMs: number }> {
  const MB = Number(process.env.BENCH_HEAVY_MB || 15);
  const small = largeArticle(40);
  const perParagraph = (largeArticle(2000).length - largeArticle(1000).length) / 1000;
  const heavyText = largeArticle(Math.ceil((MB * 1024 * 1024) / perParagraph));
  const heavyUri = 'untitled:heavy.news';
  let started: () => void = () => {};
  const workStarted = new Promise<void>((resolve) => (started = resolve));
  const client = await LspClient.start({ settingsFor: (scope) => (scope === heavyUri && setImmediate(started), {}) });
  const smallUri = 'untitled:small.news';
  await client.open(smallUri, small, 1);
  await client.waitForDiagnostics(smallUri, () => true, 60_000);
  const t0 = performance.now();
  await client.open(heavyUri, heavyText, 1);
  let largeMs = 0;
  const published = client.waitForDiagnostics(heavyUri, () => true, 300_000).then(() => (largeMs = performance.now() - t0));
  await workStarted;
  const at = small.indexOf('{@chen}') + 3;
  const position = { line: small.slice(0, at).split('\n').length - 1, character: at - (small.lastIndexOf('\n', at - 1) + 1) };
  const hovers: number[] = [];
  while (!largeMs) {
    const h0 = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: smallUri }, position });
    hovers.push(performance.now() - h0);
  }
  await published;
  if (process.env.BENCH_DEBUG) console.log(hovers.map((h) => h.toFixed(0)).join(' '));
  await client.stop();
  return { size: mb(heavyText.length), hovers, largeMs };
}

main().catch((e) => { console.error(e); process.exit(1); });
