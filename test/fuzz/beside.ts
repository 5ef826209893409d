// `npm run fuzz -- --beside N --seed S [--rounds R]`: document N of the run with seed S, sent R times
// (default 3) through one server exactly as the fuzzer sends it (its requests and edits), while a
// small document beside it asks for a hover again and again, one at a time. It measures issue 13's
// last figure in isolation: how long a small document waits behind a large one ("no request over
// 1 s caused by another document"). The markup engine is loaded first, once, as a server that has
// answered one code action has it. NEWSMARK_SERVER=path/to/server.js measures another build.
import { referenceExample } from '../protocol/lspClient';
import { generateCase } from './generate';
import { FuzzServer, Session } from './session';
import { Tally } from './tally';

export async function beside(seed: number, index: number, rounds: number): Promise<string> {
  const server = new FuzzServer();
  const tally = new Tally();
  const { client } = await server.client();
  const small = 'file:///fuzz/beside/small.news';
  const warm = 'file:///fuzz/beside/warm.news';
  await client.open(warm, 'The plan will work, Chen Wenqing said.\n');
  await client.request('textDocument/codeAction', { textDocument: { uri: warm }, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } });
  await client.close(warm);
  await client.open(small, referenceExample());
  await client.waitForDiagnostics(small, () => true, 20_000);
  const waits: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const t0 = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 0 } });
      waits.push(performance.now() - t0);
    }
  })();
  const t0 = performance.now();
  try {
    for (let round = 0; round < rounds; round++) {
      await new Session(server, tally, index, generateCase(seed, index), `file:///fuzz/beside/d${index}-${round}.news`, { timeoutMs: 60_000 }).run();
    }
  } finally {
    probing = false;
    await probe;
    await server.stop();
  }
  const sorted = waits.sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]);
  return [
    tally.report(seed, (performance.now() - t0) / 1000),
    `small document beside it: ${sorted.length} hovers, median ${at(0.5)} ms, 99th percentile ${at(0.99)} ms, longest ${at(1)} ms`,
  ].join('\n');
}
