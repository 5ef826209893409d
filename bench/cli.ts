// The command line on an archive: 2,000 articles (copies of the examples) checked in-process and
// across worker threads. Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './largeArticle';

const COUNT = Number(process.env.BENCH_FILES || 2000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-archive-'));
const sources = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.news') && !f.startsWith('every'));
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const text = readFileSync(path.join(ROOT, 'examples', sources[i % sources.length]), 'utf8');
  const sub = path.join(dir, `desk-${i % 20}`);
  mkdirSync(sub, { recursive: true });
  writeFileSync(path.join(sub, `article-${i}.news`), text);
  bytes += text.length;
}

function run(args: string[]): { ms: number; status: number | null } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', dir, '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return { ms: performance.now() - t, status: r.status };
}

console.log(`NewsMark command line benchmark: ${COUNT} articles, ${(bytes / 1048576).toFixed(1)} MB, ${os.availableParallelism()} cores`);
const single = run(['--jobs', '0']);
console.log(`  check, in-process:        ${single.ms.toFixed(0)} ms (${(COUNT / (single.ms / 1000)).toFixed(0)} articles/s), exit ${single.status}`);
const parallel = run([]);
console.log(`  check, worker threads:    ${parallel.ms.toFixed(0)} ms (${(COUNT / (parallel.ms / 1000)).toFixed(0)} articles/s), exit ${parallel.status}`);
rmSync(dir, { recursive: true, force: true });
