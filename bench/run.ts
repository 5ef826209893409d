// Benchmarks of the language service: cost of a first parse, of a keystroke in a very large
// article (only the touched paragraph is read again), of all diagnostics, and memory held.
// Usage: npm run bench   (BENCH_PARAGRAPHS=20000 to change the size)
// Figures are printed, never asserted: speed is shown here, not in tests.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService, lineLogger, NEVER_CANCELLED } from '../server/src/service';
import { largeArticle, mb, median } from './largeArticle';

// A bug the service survives would make the figures lie: report it loudly.
const newService = () => new LanguageService({ logger: lineLogger((line) => console.error(line)) });

const N = Number(process.env.BENCH_PARAGRAPHS || 20000);
const text = largeArticle(N);

function time<T>(f: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t) / 1e6];
}
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const service = newService();
const uri = 'file:///bench.news';
gc();
const heapBefore = process.memoryUsage().heapUsed;
let version = 1;
const [, firstParse] = time(() => service.parse(TextDocument.create(uri, 'newsmark', version, text)));
gc();
const heapAfter = process.memoryUsage().heapUsed;
const [diagnostics, diagTime] = time(() => service.diagnostics(TextDocument.create(uri, 'newsmark', version, text), {}, {}, NEVER_CANCELLED));
const [symbols, symbolTime] = time(() => service.documentSymbols(TextDocument.create(uri, 'newsmark', version, text), { groupBy: 'speaker' }, {}, NEVER_CANCELLED));

// Keystrokes: insert a character in a paragraph in the middle, then parse + diagnose that version.
const keystrokes: number[] = [];
const keystrokeParse: number[] = [];
let current = text;
const middle = text.indexOf('Chen expressed', Math.floor(text.length / 2));
for (let k = 0; k < 30; k++) {
  current = current.slice(0, middle + k) + 'x' + current.slice(middle + k);
  version++;
  const doc = TextDocument.create(uri, 'newsmark', version, current);
  const [, tp] = time(() => service.parse(doc));
  const [, td] = time(() => service.diagnostics(doc, {}, {}, NEVER_CANCELLED));
  keystrokeParse.push(tp);
  keystrokes.push(tp + td);
}
const stats = service.parseStats(uri)!;

console.log(`NewsMark service benchmark (node ${process.version})`);
console.log(`  article: ${N} paragraphs, ${mb(text.length * 2)} of UTF-16 text (${text.length} chars)`);
console.log(`  first parse:              ${firstParse.toFixed(1)} ms`);
console.log(`  all diagnostics:          ${diagTime.toFixed(1)} ms (${diagnostics.length} diagnostics)`);
console.log(`  outline:                  ${symbolTime.toFixed(1)} ms (${symbols.length} top-level symbols)`);
console.log(`  keystroke, parse only:    median ${median(keystrokeParse).toFixed(1)} ms (split again ${stats.resplit} of ${stats.paragraphs} blocks, parsed ${stats.reparsed})`);
console.log(`  keystroke, parse + diagnostics: median ${median(keystrokes).toFixed(1)} ms, max ${Math.max(...keystrokes).toFixed(1)} ms`);
console.log(`  heap held by one parse:   ${mb(heapAfter - heapBefore)}${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for an exact figure)'}`);

// Linear growth: parse time per character at three sizes.
for (const n of [N / 4, N / 2, N].map(Math.floor)) {
  const t = largeArticle(n);
  const runs = [0, 1, 2].map(() => time(() => newService().diagnostics(TextDocument.create(uri, 'newsmark', 1, t), {}, {}, NEVER_CANCELLED))[1]);
  console.log(`  ${String(n).padStart(6)} paragraphs: parse + diagnostics ${median(runs).toFixed(1)} ms (${(median(runs) * 1e6 / t.length).toFixed(1)} ns/char)`);
}
