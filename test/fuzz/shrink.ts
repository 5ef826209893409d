// Shrinks a failing fuzz case to a small one that fails the same way, for a defect report: opens
// the text as it was before as few of the last edits as still fail, drops edits, deletes ever
// smaller slices of the text (moving the edits' offsets with it), then of what the edits insert. Each candidate is replayed alone through one live server.
import { applyChange, type Change, type FuzzCase, type OffsetEdit } from './generate';
import { FuzzServer, Session } from './session';
import { Tally, type Finding } from './tally';

/** A finding that counts as "the same failure": same kind and the same first line of detail. */
export const sameFailure = (a: Finding) => (b: Finding) => b.kind === a.kind && firstLine(b.detail).replace(/\d+/g, '#') === firstLine(a.detail).replace(/\d+/g, '#');
const firstLine = (s: string) => s.split('\n')[0].replace(/ \(logged while .*$/, '').replace(/: edited .*$/, '');

function withoutSlice(c: FuzzCase, start: number, length: number): FuzzCase {
  const move = (e: OffsetEdit): OffsetEdit => ({ ...e, at: e.at >= start + length ? e.at - length : Math.min(e.at, start) });
  const changes: Change[] = c.changes.map((ch) => ('full' in ch ? ch : { edits: ch.edits.map(move) }));
  return { ...c, text: c.text.slice(0, start) + c.text.slice(start + length), changes };
}

export async function shrink(original: FuzzCase, index: number, fails: (f: Finding) => boolean, maxAttempts = 600): Promise<{ fuzzCase: FuzzCase; attempts: number }> {
  const server = new FuzzServer();
  let attempts = 0;
  const stillFails = async (candidate: FuzzCase): Promise<boolean> => {
    attempts++;
    const tally = new Tally();
    // The document's number seeds when requests come between edits: the parser's incremental
    // steps depend on it, so every replay keeps the original's.
    await new Session(server, tally, index, candidate, `file:///fuzz/shrink/a${attempts}.news`, { timeoutMs: 20_000 }).run();
    return tally.findings.some(fails);
  };
  let best = original;
  const tryCandidate = async (candidate: FuzzCase) => {
    if (attempts >= maxAttempts || !(await stillFails(candidate))) return false;
    best = candidate;
    return true;
  };
  try {
    // Open the text as it stood before the last change, the last two, ...: the fewest that still fail.
    for (let keep = 1; keep < best.changes.length; keep++) {
      const cut = best.changes.length - keep;
      if (await tryCandidate({ ...best, text: best.changes.slice(0, cut).reduce(applyChange, best.text), changes: best.changes.slice(cut) })) break;
    }
    for (let i = best.changes.length - 1; i >= 0; i--) await tryCandidate({ ...best, changes: best.changes.filter((_, k) => k !== i) });
    for (let size = Math.ceil(best.text.length / 2); size >= 1; size = Math.floor(size / 2)) {
      for (let start = 0; start < best.text.length && attempts < maxAttempts; ) {
        if (!(await tryCandidate(withoutSlice(best, start, size)))) start += size;
      }
    }
    for (let i = 0; i < best.changes.length; i++) {
      const change: Change = best.changes[i];
      if ('full' in change) continue;
      for (let k = 0; k < change.edits.length; k++) {
        for (let size = Math.ceil(change.edits[k].insert.length / 2); size >= 1; size = Math.floor(size / 2)) {
          for (let start = 0; attempts < maxAttempts; ) {
            const current = best.changes[i] as { edits: OffsetEdit[] };
            if (start >= current.edits[k].insert.length) break;
            const edits = current.edits.map((e, j) => (j === k ? { ...e, insert: e.insert.slice(0, start) + e.insert.slice(start + size) } : e));
            if (!(await tryCandidate({ ...best, changes: best.changes.map((c, j) => (j === i ? { edits } : c)) }))) start += size;
          }
        }
      }
    }
  } finally {
    await server.stop();
  }
  return { fuzzCase: best, attempts };
}
