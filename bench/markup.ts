// Benchmark of the markup engine (issue 10): a 5 KB article marked up after start (the model loaded
// by a first article), and an archive of 10,000 articles on two worker threads, in articles a
// second. Articles are the gold set's plain bodies, repeated. Figures are printed, never asserted.
// Usage: npm run bench   (BENCH_ARCHIVE=2000 for a shorter archive run)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readPlainArticle, renderDraft, suggestMarkup } from '../server/src/service';
import { median } from './largeArticle';

const GOLD = path.join(__dirname, '../test/markup/gold');
const bodies = readdirSync(GOLD).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readPlainArticle(readFileSync(path.join(GOLD, f), 'utf8')).body);
// A bug the engine survives would make the figures lie: report it loudly.
const onError = (e: unknown) => { console.error('markup error:', e); };
const markUp = (body: string) => renderDraft({ body }, suggestMarkup({ body }, { onError }));

function ms(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

function mainThread() {
  // A 5 KB article: gold bodies joined until 5 KB, cut at a paragraph.
  let article = '';
  for (let i = 0; article.length < 5 * 1024; i++) article += `${bodies[i % bodies.length]}\n\n`;
  article = article.slice(0, article.lastIndexOf('\n\n', 5 * 1024));
  let t = process.hrtime.bigint();
  markUp(bodies[0]);
  const firstCall = ms(t);
  const times: number[] = [];
  for (let k = 0; k < 50; k++) {
    t = process.hrtime.bigint();
    markUp(article);
    times.push(ms(t));
  }
  console.log(`NewsMark markup benchmark (node ${process.version})`);
  console.log(`  start (model load + first article): ${firstCall.toFixed(0)} ms`);
  console.log(`  5 KB article (${article.length} chars), after start: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (target < 20 ms)`);

  const total = Number(process.env.BENCH_ARCHIVE || 10000);
  const threads = 2;
  const started = process.hrtime.bigint();
  let done = 0;
  for (let w = 0; w < threads; w++) {
    const count = Math.floor(total / threads) + (w < total % threads ? 1 : 0);
    // A worker loads this file through tsx's require hook (a .ts file is no worker entry by itself).
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, workerData: { count, offset: w } });
    worker.on('message', (n: number) => {
      done += n;
      if (done === total) {
        const seconds = ms(started) / 1000;
        console.log(`  archive: ${total} articles (mean ${Math.round(bodies.reduce((a, b) => a + b.length, 0) / bodies.length)} chars) on ${threads} threads in ${seconds.toFixed(1)} s: ${Math.round(total / seconds)} articles/s (target ≥ 500)`);
      }
    });
    worker.on('error', (e) => { console.error(e); process.exitCode = 1; });
  }
}

function workerThread() {
  const { count, offset } = workerData as { count: number; offset: number };
  for (let k = 0; k < count; k++) markUp(bodies[(k * 2 + offset) % bodies.length]);
  parentPort!.postMessage(count);
}

if (isMainThread) mainThread();
else workerThread();
