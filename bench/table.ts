// Issue 9's table in one run: every row, with the peers side by side, printed and written to
// bench/results.json. Medians with their spread (p10–p90) over repeated runs, and each peer
// comparison as a ratio, since absolute times drift with the machine and its load (which is
// recorded with the figures). Figures are printed, never asserted.
// Usage: npm run bench (this is its first step), or node --import tsx --expose-gc bench/table.ts;
// BENCH_KEYSTROKES=200, BENCH_FILES=2000 change the counts. BENCH_ROWS=keystrokes measures only
// the keystroke rows and puts them into the bench/results.json there is (the other rows as they were).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { archiveArticle } from './archive';
import { bundledService } from './bundledService';
import { adversarialInputs, articleOfSize, distinctArticleOfSize } from './inputs';
import { serverKeystrokes, serviceKeystrokes } from './keystrokes';
import { ROOT } from './largeArticle';
import { bareScan, markdownItParse, markdownlintCli2, markdownlintLint } from './peers';
import { bundleSizes, startupTimes } from './startup';
import { fmt, mbPerS, spread, summarise, timeRuns, type Summary } from './stats';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES || 200);
const FILES = Number(process.env.BENCH_FILES || 2000);
const MB = 1048576;
const service = bundledService();
const results: Record<string, unknown> = {};
const lines: string[] = [];
const say = (line: string) => { lines.push(line); console.log(line); };

function newsmarkRun(text: string) {
  const { LanguageService, lineLogger, NEVER_CANCELLED } = service;
  return () => new LanguageService({ logger: lineLogger((l) => console.error(l)) }).diagnostics({ uri: 'file:///bench/a.news', version: 1, getText: () => text }, {}, {}, NEVER_CANCELLED);
}

/** BENCH_ROWS=keystrokes: the keystroke rows alone, put into the results of the last full run. */
async function keystrokesOnly() {
  const file = path.join(ROOT, 'bench/results.json');
  const last = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  say(`NewsMark keystroke rows (issue 9): node ${process.version}, ${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const loadAtStart = os.loadavg();
  last.keystrokes = { ...(await keystrokeRows()), measured: new Date().toISOString(), loadAverage: { start: loadAtStart, end: os.loadavg() } };
  writeFileSync(file, JSON.stringify(last, null, 2) + '\n');
  say(`load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; written to bench/results.json (keystrokes only)`);
}

async function main() {
  results.machine = { node: process.version, cores: os.availableParallelism(), loadAverageAtStart: os.loadavg(), date: new Date().toISOString() };
  say(`NewsMark performance (issue 9): node ${process.version}, ${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  // Throughput at four sizes, against the peers on the same text.
  const throughput: Record<string, unknown> = {};
  let ordinary1Mb: Summary | undefined;
  for (const [label, bytes, runs] of [['5 KB', 5 * 1024, 60], ['100 KB', 100 * 1024, 30], ['1 MB', MB, 15], ['10 MB', 10 * MB, 5]] as const) {
    const text = articleOfSize(bytes);
    const size = Buffer.byteLength(text);
    const row: Record<string, Summary | number> = { bytes: size };
    row.newsmark = summarise(timeRuns(runs, newsmarkRun(text)));
    row.scan = summarise(timeRuns(runs, () => bareScan(text)));
    row.markdownIt = summarise(timeRuns(Math.min(runs, 9), () => markdownItParse(text)));
    if (bytes <= MB) row.markdownlint = summarise(timeRuns(Math.min(runs, 5), () => markdownlintLint(text)));
    const nm = row.newsmark as Summary, scan = row.scan as Summary;
    say(`parse + all diagnostics, ${label}: ${spread(nm)} = ${mbPerS(size, nm.median).toFixed(0)} MB/s; ` +
      `scan ${fmt(scan.median)} ms (${(nm.median / scan.median).toFixed(1)}×); markdown-it ${fmt((row.markdownIt as Summary).median)} ms (${((row.markdownIt as Summary).median / nm.median).toFixed(1)}× ours)` +
      (row.markdownlint ? `; markdownlint ${fmt((row.markdownlint as Summary).median)} ms (${((row.markdownlint as Summary).median / nm.median).toFixed(0)}× ours)` : ''));
    throughput[label] = row;
    if (label === '1 MB') ordinary1Mb = nm;
  }
  results.throughput = throughput;
  // The repeated paragraphs above are found in the parser's text cache; distinct ones are each read.
  const distinct = distinctArticleOfSize(MB);
  const distinctRun = summarise(timeRuns(9, newsmarkRun(distinct)));
  say(`parse + all diagnostics, 1 MB, every paragraph distinct: ${spread(distinctRun)} = ${mbPerS(Buffer.byteLength(distinct), distinctRun.median).toFixed(0)} MB/s`);
  results.distinct1Mb = { bytes: Buffer.byteLength(distinct), newsmark: distinctRun };

  // Adversarial 1 MB inputs: no slower than 2× the ordinary 1 MB article.
  const adversarial: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(adversarialInputs(MB))) {
    const s = summarise(timeRuns(7, newsmarkRun(text)));
    adversarial[name] = { bytes: Buffer.byteLength(text), newsmark: s, ratioToOrdinary: s.median / ordinary1Mb!.median, ratioToDistinct: s.median / distinctRun.median };
    say(`adversarial 1 MB, ${name}: ${spread(s)} (${(s.median / ordinary1Mb!.median).toFixed(2)}× the ordinary 1 MB, ${(s.median / distinctRun.median).toFixed(2)}× the distinct one)`);
  }
  results.adversarial = adversarial;

  results.keystrokes = await keystrokeRows();

  // Start-up.
  const startup = summarise(await startupTimes(11));
  const withoutCache = summarise(await startupTimes(11, { withCache: false }));
  const sizes = bundleSizes();
  say(`server start → initialize answered: ${spread(startup)} (without the code cache, as the first start after a build: ${spread(withoutCache)}); bundles ${Object.entries(sizes).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KB`).join(', ')}`);
  results.startup = { ms: startup, withoutCodeCache: withoutCache, bundleBytes: sizes };

  // The command line on an archive of distinct 4 KB articles, against markdownlint-cli2 on the same files as Markdown.
  results.check = checkArchive();

  results.machine = { ...(results.machine as object), loadAverageAtEnd: os.loadavg() };
  writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  say('written to bench/results.json');
}

/** Keystrokes in a 10 MB article: the service, then the server over stdio. */
async function keystrokeRows() {
  const large = articleOfSize(10 * MB);
  const typed = serviceKeystrokes(service, large, KEYSTROKES);
  const inService = summarise(typed.times), cpu = summarise(typed.cpuTimes);
  const [heapOpen, heapTyped] = typed.liveHeapMb;
  say(`keystroke in a 10 MB article, parse + all diagnostics (service): median ${fmt(inService.median)} ms, p95 ${fmt(inService.p95)} ms (${KEYSTROKES} random places); CPU time median ${fmt(cpu.median)} ms, p95 ${fmt(cpu.p95)} ms` +
    (heapOpen === undefined ? '' : `; live heap after a full collection ${heapOpen.toFixed(0)} MB open, ${heapTyped!.toFixed(0)} MB after the keystrokes`));
  const server = await serverKeystrokes(large, KEYSTROKES);
  const hover = summarise(server.hover), pushed = summarise(server.diagnostics);
  say(`keystroke → hover answered, 10 MB, stdio: median ${fmt(hover.median)} ms, p95 ${fmt(hover.p95)} ms`);
  say(`keystroke → diagnostics pushed, 10 MB, stdio: median ${fmt(pushed.median)} ms, p95 ${fmt(pushed.p95)} ms (debounce 200 ms only when the median of the last three runs took 25 ms or more)`);
  say(`resident memory, 10 MB article open: ${server.rssOpenMb.toFixed(0)} MB, ${server.rssAfter30Mb.toFixed(0)} MB after 30 keystrokes, ${server.rssEndMb.toFixed(0)} MB after ${KEYSTROKES}`);
  return { service: inService, serviceCpu: cpu, liveHeapMb: { open: heapOpen, typed: heapTyped }, hover, pushed, openMs: server.openMs, rssMb: { open: server.rssOpenMb, after30: server.rssAfter30Mb, end: server.rssEndMb } };
}

function checkArchive() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-table-'));
  let bytes = 0;
  try {
    for (let i = 0; i < FILES; i++) {
      const text = archiveArticle(i, 21);
      bytes += Buffer.byteLength(text);
      for (const [ext, sub] of [['news', 'news'], ['md', 'md']]) {
        const folder = path.join(dir, sub, `desk-${i % 20}`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, `article-${i}.${ext}`), text);
      }
    }
    const check = summarise(timeRuns(3, () => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', path.join(dir, 'news'), '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 << 20 })));
    const cli2 = summarise([0, 1, 2].map(() => markdownlintCli2(path.join(dir, 'md'))));
    const perSecond = FILES / (check.median / 1000);
    say(`newsmark check, ${FILES} articles of ${(bytes / FILES / 1024).toFixed(1)} KB: ${spread(check)} = ${perSecond.toFixed(0)} articles/s; markdownlint-cli2 on the same files as Markdown ${fmt(cli2.median)} ms (ours ${(cli2.median / check.median).toFixed(1)}× faster)`);
    return { files: FILES, bytes, newsmark: check, articlesPerSecond: perSecond, markdownlintCli2: cli2, ratio: cli2.median / check.median };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

(process.env.BENCH_ROWS === 'keystrokes' ? keystrokesOnly() : main()).catch((e) => { console.error(e); process.exit(1); });
