// A very large article made of the reference example's paragraphs, with a subheading every 50
// paragraphs: what the benchmarks parse, serve and check.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

export function largeArticle(paragraphCount: number): string {
  const reference = readFileSync(path.join(ROOT, 'examples/berlin-security-dialogue.news'), 'utf8');
  const fmEnd = reference.indexOf('\n---\n', 4) + 5;
  const paragraphs = reference.slice(fmEnd).trim().split(/\n\n/);
  const out = [paragraphs[0]];
  for (let i = 0; out.length < paragraphCount; i++) out.push(i % 50 === 0 ? `## Section ${i / 50 + 1}` : paragraphs[1 + (i % (paragraphs.length - 1))]);
  return `${reference.slice(0, fmEnd)}\n${out.join('\n\n')}\n`;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
export const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
