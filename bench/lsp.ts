// Keystroke latency through the real language server over stdio: a client types into a very large
// article and asks for a hover and completion after each keystroke, then waits for the
// diagnostics of that version. Figures are printed, never asserted.
// Usage: npm run bench   (BENCH_PARAGRAPHS=20000 to change the size)
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

  console.log(`NewsMark language server benchmark (stdio, node ${process.version})`);
  console.log(`  article: ${N} paragraphs, ${mb(text.length * 2)} of UTF-16 text`);
  console.log(`  open to first diagnostics:        ${openMs.toFixed(0)} ms`);
  console.log(`  keystroke to hover answered:      median ${median(hover).toFixed(1)} ms, p95 ${p95(hover).toFixed(1)} ms`);
  console.log(`  completion after a keystroke:     median ${median(completion).toFixed(1)} ms, p95 ${p95(completion).toFixed(1)} ms`);
  console.log(`  keystroke to diagnostics pushed:  median ${median(diagnostics).toFixed(0)} ms, p95 ${p95(diagnostics).toFixed(0)} ms (of which ${CHANGE_DEBOUNCE_MS} ms debounce)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
