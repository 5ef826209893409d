// `npm run fuzz`: the long fuzz run through the live server, with its figures at the end.
//   npm run fuzz -- [DOCUMENTS] [--seed N] [--from N] [--workers N] [--timeout MS] [--out DIR]
// DOCUMENTS defaults to FUZZ_DOCUMENTS or 100000; the seed to FUZZ_SEED or a random one (printed).
// Progress goes to stderr every 1,000 documents; each finding is written with its case (text and
// edits) into DIR (default: a temporary folder) as JSON, to replay with --from N and 1 document,
// or with --replay FILE (a finding's JSON, or { text, changes }), alone on a fresh server.
// --shrink FILE (a finding's JSON) prints the smallest case found that fails the same way.
// --beside N (with --seed) measures how long a small document waits beside document N (beside.ts).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beside } from './beside';
import { fuzz } from './fuzz';
import type { FuzzCase } from './generate';
import { sameFailure, shrink } from './shrink';
import type { Finding } from './tally';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const positional = process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && !all[i - 1]?.startsWith('--'));
const documents = Number(positional ?? process.env.FUZZ_DOCUMENTS ?? 100_000);
const seed = Number(option('seed') ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 0x7fffffff));
const workers = Number(option('workers') ?? 4);
const timeoutMs = Number(option('timeout') ?? 30_000);
const replay = option('replay');
const replayed = replay ? (JSON.parse(readFileSync(replay, 'utf8')) as { fuzzCase?: FuzzCase; index?: number } & FuzzCase) : undefined;
const from = Number(option('from') ?? replayed?.index ?? 0);
const out = option('out') ?? mkdtempSync(path.join(os.tmpdir(), 'newsmark-fuzz-'));
mkdirSync(out, { recursive: true });

async function shrinkFinding(file: string): Promise<void> {
  const finding = JSON.parse(readFileSync(file, 'utf8')) as Finding;
  const { fuzzCase, attempts } = await shrink(finding.fuzzCase, finding.index, sameFailure(finding));
  console.log(`fuzz: ${finding.kind} shrunk in ${attempts} replays from ${finding.fuzzCase.text.length} characters and ${finding.fuzzCase.changes.length} changes to:`);
  console.log(JSON.stringify({ text: fuzzCase.text, changes: fuzzCase.changes }));
}

async function main(): Promise<void> {
if (option('shrink')) return shrinkFinding(option('shrink')!);
if (option('beside')) return console.log(await beside(seed, Number(option('beside')), Number(option('rounds') ?? 3)));
console.log(`fuzz: ${replayed ? 1 : documents} documents from ${from}, seed ${seed}, ${workers} at a time; findings in ${out}`);
const t0 = performance.now();
let written = 0;
let reported = 0;
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
    if (t.documents >= reported + 1000) {
      reported = t.documents - (t.documents % 1000);
      const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
      console.error(`fuzz: ${t.documents} documents, ${Math.round((performance.now() - t0) / 1000)} s, ${t.total} findings, fuzzer heap ${heap} MB`);
    }
  },
});
console.log(tally.report(seed, (performance.now() - t0) / 1000));
process.exit(tally.total ? 1 : 0);
}

void main();
