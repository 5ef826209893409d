// Hostile inputs of issue 13 (items 8, 10 and 11), each at three sizes doubling: parse plus all
// diagnostics in a fresh service. Linear time shows as a steady figure per unit across a row
// (quadratic would double it at each step); these inputs once took from seconds to "not within
// 300 s". Printed, never asserted: the tests check the results, this shows the speed.
// Usage: npm run bench (or node --import tsx bench/robustness.ts); BENCH_ROBUST_SCALE=0.1 for a quick run.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService, lineLogger, NEVER_CANCELLED } from '../server/src/service';

const SCALE = Number(process.env.BENCH_ROBUST_SCALE || 1);
const BODY = '\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said [we are ready]{@chen}.\n';
const frontMatter = (lines: string) => `---\nheadline: H\ndate: 2023-09-28\n${lines}---\n${BODY}`;

const cases: { name: string; unit: 'key' | 'speaker' | 'level' | 'KB'; sizes: number[]; make: (n: number) => string }[] = [
  {
    name: 'front matter keys', unit: 'key', sizes: [250_000, 500_000, 1_000_000],
    make: (n) => frontMatter(Array.from({ length: n }, (_, i) => `k${i}: v\n`).join('')),
  },
  {
    name: 'speakers sharing a first word', unit: 'speaker', sizes: [25_000, 50_000, 100_000],
    make: (n) => frontMatter(`speakers:\n  chen: Chen Wenqing\n${Array.from({ length: n }, (_, i) => `  s${i}: Chen W${i}\n`).join('')}`),
  },
  {
    name: 'nested quote spans', unit: 'level', sizes: [5_000, 10_000, 20_000],
    make: (n) => `${frontMatter('speakers:\n  chen: Chen Wenqing\n')}\nChen said ${'['.repeat(n)}x${']{@chen}'.repeat(n)}.\n`,
  },
  {
    name: 'malformed front matter (lines of "] ")', unit: 'KB', sizes: [25, 50, 100],
    make: (n) => `---\n${Array.from({ length: n * 128 }, () => '] ] ] ]').join('\n')}\n---\n${BODY}`,
  },
];

function timeOnce(text: string): number {
  const service = new LanguageService({ logger: lineLogger((line) => console.error(line)) });
  const t = process.hrtime.bigint();
  service.diagnostics(TextDocument.create('file:///bench-robust.news', 'newsmark', 1, text), {}, {}, NEVER_CANCELLED);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

console.log(`NewsMark hostile inputs (node ${process.version}): parse + diagnostics, fresh service${SCALE !== 1 ? `, scale ${SCALE}` : ''}`);
for (const c of cases) {
  const row = c.sizes.map((size) => {
    const n = Math.max(1, Math.round(size * SCALE));
    const ms = timeOnce(c.make(n));
    return `${n.toLocaleString('en')} ${c.unit}${c.unit === 'KB' ? '' : 's'} ${ms.toFixed(0)} ms (${((ms * 1000) / n).toFixed(1)} µs/${c.unit})`;
  });
  console.log(`  ${c.name.padEnd(36)} ${row.join('; ')}`);
}
