// The fuzz run's figures: what was sent, what went wrong (each wrong thing with the document that
// caused it, so it can be replayed), and the slowest request per input size.
import type { FuzzCase } from './generate';

export type FindingKind = 'crash' | 'error response' | 'timeout' | 'internal error' | 'out of range' | 'stale' | 'incremental ≠ fresh';

export interface Finding {
  kind: FindingKind;
  index: number;
  detail: string;
  fuzzCase: FuzzCase;
}

export interface Slowest {
  ms: number;
  method: string;
  index: number;
  length: number;
}

const FINDINGS_KEPT = 200;

/** Size classes by document length in UTF-16 units (about characters). */
const SIZE_CLASSES = [1_000, 10_000, 100_000, Infinity];
const sizeClassName = (limit: number, i: number) => (limit === Infinity ? `≥ ${SIZE_CLASSES[i - 1] / 1000}k` : `< ${limit / 1000}k`);

export class Tally {
  documents = 0;
  requests = 0;
  didChanges = 0;
  /** Content changes: a didChange may carry several. */
  edits = 0;
  freshComparisons = 0;
  readonly families = new Map<string, number>();
  /** The findings, up to FINDINGS_KEPT of each kind (each holds its whole case); all are counted. */
  readonly findings: Finding[] = [];
  private readonly counts = new Map<FindingKind, number>();
  readonly slowest = new Map<string, Slowest>();
  readonly documentsPerSize = new Map<string, number>();

  static sizeClass(length: number): string {
    const i = SIZE_CLASSES.findIndex((limit) => length < limit);
    return sizeClassName(SIZE_CLASSES[i], i);
  }

  document(fuzzCase: FuzzCase): void {
    this.documents++;
    this.families.set(fuzzCase.family, (this.families.get(fuzzCase.family) ?? 0) + 1);
    const size = Tally.sizeClass(fuzzCase.text.length);
    this.documentsPerSize.set(size, (this.documentsPerSize.get(size) ?? 0) + 1);
  }

  timed(method: string, ms: number, index: number, length: number): void {
    const size = Tally.sizeClass(length);
    const worst = this.slowest.get(size);
    if (!worst || ms > worst.ms) this.slowest.set(size, { ms, method, index, length });
  }

  add(finding: Finding): void {
    const n = (this.counts.get(finding.kind) ?? 0) + 1;
    this.counts.set(finding.kind, n);
    if (n <= FINDINGS_KEPT) this.findings.push(finding);
  }

  count(kind: FindingKind): number {
    return this.counts.get(kind) ?? 0;
  }

  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }

  /** The figures as printed by `npm run fuzz` and copied into docs/robustness.md. */
  report(seed: number, seconds: number): string {
    const kinds: FindingKind[] = ['crash', 'error response', 'timeout', 'internal error', 'out of range', 'stale', 'incremental ≠ fresh'];
    const sizes = SIZE_CLASSES.map(sizeClassName);
    const lines = [
      `seed ${seed}, ${Math.round(seconds)} s`,
      `documents ${this.documents} (${[...this.families].sort().map(([f, n]) => `${f} ${n}`).join(', ')})`,
      `requests ${this.requests}, didChange ${this.didChanges} with ${this.edits} edits, incremental-vs-fresh comparisons ${this.freshComparisons}`,
      ...kinds.map((k) => `${k}: ${this.count(k)}`),
      'slowest request per document size (characters):',
      ...sizes.map((s) => {
        const w = this.slowest.get(s);
        return `  ${s.padEnd(7)} ${String(this.documentsPerSize.get(s) ?? 0).padStart(7)} documents, ${w ? `slowest ${w.method} ${Math.round(w.ms)} ms (document ${w.index}, ${w.length} characters)` : 'none'}`;
      }),
    ];
    return lines.join('\n');
  }
}
