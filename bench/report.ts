// Benchmark of `newsmark report` (issue 11): an archive of small generated articles (10,000 by
// default: 200 speakers, a fifth of them anonymous, two years of dates), summarised by the
// command line in-process and on worker threads, then the HTML report with its charts, and the
// merge of two half summaries; in articles a second. Figures are printed, never asserted.
// Usage: npm run bench   (BENCH_REPORT_FILES=2000 for a shorter run)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { archiveArticle as article, SPEAKERS } from './archive';
import { ROOT } from './largeArticle';

const COUNT = Number(process.env.BENCH_REPORT_FILES || 10000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-report-'));
writeFileSync(path.join(dir, '.git'), ''); // no .gitignore above the archive counts
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const sub = path.join(dir, i < COUNT / 2 ? 'a' : 'b', `desk-${i % 20}`);
  mkdirSync(sub, { recursive: true });
  const text = article(i);
  writeFileSync(path.join(sub, `article-${i}.news`), text);
  bytes += text.length;
}

function run(args: string[], articles = COUNT): string {
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`report ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return `${ms.toFixed(0)} ms (${(articles / (ms / 1000)).toFixed(0)} articles/s), ${(r.stdout.length / 1024).toFixed(0)} KB out`;
}

console.log(`NewsMark report benchmark: ${COUNT} articles, ${(bytes / 1048576).toFixed(1)} MB, ${SPEAKERS} speakers, ${os.availableParallelism()} cores`);
try {
  console.log(`  report --format json, in-process:   ${run(['--format', 'json', '--jobs', '0'])}`);
  console.log(`  report --format json, threads:      ${run(['--format', 'json'])}`);
  console.log(`  report --format html (5 charts):    ${run(['--format', 'html'])}`);
  run(['a', '--format', 'json', '-o', 'a.json'], COUNT / 2);
  run(['b', '--format', 'json', '-o', 'b.json'], COUNT / 2);
  console.log(`  report --merge of two halves:       ${run(['--merge', 'a.json', 'b.json', '--format', 'json'])}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
