// `npm run fuzz`: the long fuzz run through the live server, with its figures at the end.
//   npm run fuzz -- [DOCUMENTS] [--seed N] [--from N] [--workers N] [--timeout MS] [--out DIR]
// DOCUMENTS defaults to FUZZ_DOCUMENTS or 100000; the seed to FUZZ_SEED or a random one (printed).
// Progress goes to stderr every 1,000 documents; each finding is written with its case (text and
// edits) into DIR (default: a temporary folder) as JSON, to replay with --from N and 1 document,
// or with --replay FILE (a finding's JSON, or { text, changes }), alone on a fresh server.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fuzz } from './fuzz';
import type { FuzzCase } from './generate';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const positional = process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && !all[i - 1]?.startsWith('--'));
const documents = Number(positional ?? process.env.FUZZ_DOCUMENTS ?? 100_000);
const seed = Number(option('seed') ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 0x7fffffff));
const from = Number(option('from') ?? 0);
const workers = Number(option('workers') ?? 4);
const timeoutMs = Number(option('timeout') ?? 30_000);
const replay = option('replay');
const replayed = replay ? (JSON.parse(readFileSync(replay, 'utf8')) as { fuzzCase?: FuzzCase } & FuzzCase) : undefined;
const out = option('out') ?? mkdtempSync(path.join(os.tmpdir(), 'newsmark-fuzz-'));
mkdirSync(out, { recursive: true });

async function main(): Promise<void> {
console.log(`fuzz: ${replayed ? 1 : documents} documents from ${from}, seed ${seed}, ${workers} at a time; findings in ${out}`);
const t0 = performance.now();
let written = 0;
const tally = await fuzz({
  seed,
  documents: replayed ? 1 : documents,
  caseAt: replayed ? () => ({ ...(replayed.fuzzCase ?? replayed), family: 'replay' }) : undefined,
  from,
  workers,
  timeoutMs,
  progress: (t) => {
    for (; written < t.findings.length; written++) {
      const f = t.findings[written];
      console.error(`fuzz: ${f.kind} in document ${f.index}: ${f.detail.slice(0, 300)}`);
      writeFileSync(path.join(out, `${String(written).padStart(5, '0')}-${f.index}.json`), JSON.stringify({ seed, ...f }, null, 1));
    }
    if (t.documents % 1000 === 0) console.error(`fuzz: ${t.documents} documents, ${Math.round((performance.now() - t0) / 1000)} s, ${t.total} findings`);
  },
});
console.log(tally.report(seed, (performance.now() - t0) / 1000));
process.exit(tally.total ? 1 : 0);
}

void main();
