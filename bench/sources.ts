// Benchmark of quotes checked against their sources (issue 14): an article of 50 quotes checked
// against a 200 KB transcript, cold (the transcript indexed on the way) and warm (a new version of
// the article, the index kept), beside the same article's diagnostics without sources. The
// transcript is generated (seeded) from the words of docs/syntax.md in Zipf proportions, as speech
// repeats its common words; the quotes are taken from it: 30 word for word, 10 with a word
// changed, 5 with an ellipsis, 5 invented. Figures are printed, never asserted.
// Usage: npm run bench
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService, lineLogger, NEVER_CANCELLED, type SourceFile } from '../server/src/service';
import { median } from './largeArticle';

const service = new LanguageService({ logger: lineLogger((line) => console.error(line)) });

let seed = 20250304;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const vocabulary = [...new Set(readFileSync(path.join(__dirname, '../docs/syntax.md'), 'utf8').toLowerCase().match(/[a-z]{2,}/g) ?? [])];
// Zipf: the word of rank r drawn in proportion to 1/r.
const weights = vocabulary.map((_, r) => 1 / (r + 1));
const total = weights.reduce((a, b) => a + b, 0);
const cumulative = weights.map(((sum) => (w: number) => (sum += w / total))(0));
const word = () => {
  const x = random();
  let lo = 0, hi = cumulative.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid] < x) lo = mid + 1; else hi = mid; }
  return vocabulary[lo];
};

const sentences: string[] = [];
let transcript = 'TRANSCRIPT OF THE HEARING\n\n';
while (transcript.length < 200 * 1024) {
  const n = 8 + Math.floor(random() * 18);
  const s = Array.from({ length: n }, word).join(' ');
  sentences.push(s);
  transcript += `${s[0].toUpperCase()}${s.slice(1)}.${random() < 0.2 ? '\n\n' : random() < 0.5 ? '\n' : ' '}`;
}

const quotes: string[] = [];
const pick = () => sentences[Math.floor(random() * sentences.length)].split(' ');
for (let k = 0; k < 30; k++) quotes.push(pick().join(' '));
for (let k = 0; k < 10; k++) { const w = pick(); w[Math.floor(w.length / 2)] = 'altered'; quotes.push(w.join(' ')); }
for (let k = 0; k < 5; k++) { const w = pick(); quotes.push(`${w.slice(0, 4).join(' ')} … ${w.slice(-3).join(' ')}`); }
for (let k = 0; k < 5; k++) quotes.push(Array.from({ length: 12 }, () => `invented${Math.floor(random() * 1000)}`).join(' '));

// `fresh`: each quote written with `v` spaces before its closing mark, so that no match is re-used from an earlier version.
const article = (v: number, fresh = false) => [
  '---', 'headline: "Hearing"', 'date: 2025-03-04', 'agency: Reuters', 'speakers:', '  wen:', '    name: Wen Ming', '    aliases: [Wen]',
  'sources:', '  - hearing.txt', '---', '', `KESTREL BAY, March 4 (Reuters) - Wen Ming spoke at the hearing (version ${v}).`, '',
  ...quotes.map((q) => `["${q},${fresh ? ' '.repeat(v) : ''}"]{@wen} Wen said.\n`),
].join('\n');

const source: SourceFile = { path: 'hearing.txt', uri: 'file:///bench/hearing.txt', text: transcript };
const time = (f: () => unknown) => { const t = process.hrtime.bigint(); const r = f(); return { r, ms: Number(process.hrtime.bigint() - t) / 1e6 }; };
const check = (v: number, sources: SourceFile[] | undefined, fresh = false) =>
  time(() => service.diagnostics(TextDocument.create('file:///bench/article.news', 'newsmark', v, article(v, fresh)), {}, sources ? { sources } : {}, NEVER_CANCELLED));

// The service's own first run (parse, checks) is not the sources' cost: it runs once before.
const serviceStart = check(0, undefined);
const cold = check(1, [source]);
const counts = new Map<string, number>();
// A quote-altered on a quote without the planted word is a false one (a quote in the transcript aligned in the wrong place).
const articleLines = article(1).split('\n');
for (const d of cold.r as { code?: string | number; range: { start: { line: number } } }[]) {
  const code = d.code === 'quote-altered' && !articleLines[d.range.start.line].includes('altered') ? 'false quote-altered' : String(d.code);
  counts.set(code, (counts.get(code) ?? 0) + 1);
}
const fresh: number[] = [], keystroke: number[] = [], without: number[] = [];
for (let v = 2; v < 60; v += 3) {
  fresh.push(check(v, [{ ...source }], true).ms);
  keystroke.push(check(v + 1, [{ ...source }]).ms);
  without.push(check(v + 2, undefined).ms);
}
console.log(`NewsMark sources benchmark (node ${process.version})`);
console.log(`  transcript: ${(transcript.length / 1024).toFixed(0)} KB, ${vocabulary.length} distinct words; article: ${quotes.length} quotes`);
console.log(`  found: ${counts.get('quote-altered') ?? 0} quote-altered on the planted alterations, ${counts.get('false quote-altered') ?? 0} on other quotes, ${counts.get('quote-not-in-source') ?? 0} quote-not-in-source (expected 10, 0 and 5)`);
console.log(`  the service's first run, without sources: ${serviceStart.ms.toFixed(1)} ms`);
console.log(`  cold (index the transcript + check): ${cold.ms.toFixed(1)} ms`);
console.log(`  50 quotes matched afresh, transcript indexed: median ${median(fresh).toFixed(1)} ms, max ${Math.max(...fresh).toFixed(1)} ms (target < 50 ms)`);
console.log(`  a keystroke in the lead (the quotes' matches re-used): median ${median(keystroke).toFixed(1)} ms; the same without sources: median ${median(without).toFixed(1)} ms`);
