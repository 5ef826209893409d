// A unified diff of two texts, line by line, for `--fix-dry-run`. Common leading and trailing
// lines are trimmed first (fixes are local, so what remains is small), then an LCS table aligns
// the middle; past a size cap the middle is shown as one replaced block rather than spending
// quadratic time on it.

const CONTEXT = 3;
const MAX_TABLE_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their terminators, so that a change of line ending is a change. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function align(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = a.slice(0, pre).map((line) => ({ kind: ' ', line }));
  const ma = a.slice(pre, a.length - suf);
  const mb = b.slice(pre, b.length - suf);
  const m = ma.length, n = mb.length;
  if ((m + 1) * (n + 1) > MAX_TABLE_CELLS) {
    // One push per line, not push(...lines): a file of more than about 120,000 changed lines
    // would pass more arguments than V8 takes, and the diff threw.
    for (const line of ma) ops.push({ kind: '-', line });
    for (const line of mb) ops.push({ kind: '+', line });
  } else {
    // lcs[i][j]: length of the longest common subsequence of ma[i..] and mb[j..].
    const w = n + 1;
    const lcs = new Uint32Array((m + 1) * w);
    for (let i = m - 1; i >= 0; i--) {
      for (let j = n - 1; j >= 0; j--) {
        lcs[i * w + j] = ma[i] === mb[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0, j = 0;
    while (i < m || j < n) {
      if (i < m && j < n && ma[i] === mb[j]) { ops.push({ kind: ' ', line: ma[i] }); i++; j++; }
      // Deletions before insertions, as diff(1) shows a changed line.
      else if (i < m && (j === n || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) ops.push({ kind: '-', line: ma[i++] });
      else ops.push({ kind: '+', line: mb[j++] });
    }
  }
  for (let i = a.length - suf; i < a.length; i++) ops.push({ kind: ' ', line: a[i] });
  return ops;
}

/** A diff line; a CRLF line keeps its CR, so that `patch` applies the diff to the file as it is. */
function show(op: Op): string {
  if (op.line.endsWith('\n')) return `${op.kind}${op.line.slice(0, -1)}`;
  if (op.line.endsWith('\r')) return `${op.kind}${op.line}`; // a lone CR line break: shown as is
  return `${op.kind}${op.line}\n\\ No newline at end of file`;
}

/** `--- a/PATH`, `+++ b/PATH` and hunks with three lines of context; '' when equal. */
export function unifiedDiff(before: string, after: string, displayPath: string): string {
  if (before === after) return '';
  const ops = align(splitLines(before), splitLines(after));
  const out = [`--- a/${displayPath}`, `+++ b/${displayPath}`];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k].kind === ' ') k++;
    if (k >= ops.length) break;
    // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
    // lies within 2 × CONTEXT unchanged lines of the previous one.
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    let lastChange = k;
    while (end < ops.length) {
      if (ops[end].kind !== ' ') lastChange = end;
      else if (end - lastChange > 2 * CONTEXT) break;
      end++;
    }
    end = Math.min(ops.length, lastChange + 1 + CONTEXT);
    let oldStart = 1, newStart = 1;
    for (let i = 0; i < start; i++) { if (ops[i].kind !== '+') oldStart++; if (ops[i].kind !== '-') newStart++; }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${oldCount ? oldStart : oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@`);
    for (const op of hunk) out.push(show(op));
    k = end;
  }
  return out.join('\n') + '\n';
}
