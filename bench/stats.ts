// Summaries of repeated measurements: a median with its spread (the 10th and 90th percentiles),
// and how each benchmark repeats a piece of work. Absolute times drift from machine to machine and
// with the load beside them; ratios to a peer measured in the same run drift less.

export interface Summary {
  median: number;
  p10: number;
  p90: number;
  p95: number;
  runs: number;
}

export function summarise(xs: number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(s.length * q))];
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), p95: at(0.95), runs: s.length };
}

/** `f` timed `runs` times (wall clock, ms) after one untimed warm-up run. */
export function timeRuns(runs: number, f: () => unknown): number[] {
  f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
export const spread = (s: Summary) => `${fmt(s.median)} ms (p10–p90 ${fmt(s.p10)}–${fmt(s.p90)}, n=${s.runs})`;
/** MB/s of `bytes` in `ms`. */
export const mbPerS = (bytes: number, ms: number) => bytes / 1048576 / (ms / 1000);

/** A deterministic pseudo-random sequence in [0, 1): the same edits in every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
