// `--fix` and `--fix-dry-run` on copies: the diff, the atomic rewrite, a clean check afterwards.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { unifiedDiff } from '../../server/src/cli/diff';
import { FIXABLE, run, tempDir } from './helpers';

describe('newsmark check --fix', () => {
  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'fixable.news'), FIXABLE);
    const r = run(['check', '--fix-dry-run'], dir);
    assert.equal(r.status, 0, 'no problems would remain');
    assert.match(r.stdout, /^--- a\/fixable\.news\n\+\+\+ b\/fixable\.news\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    assert.match(r.stdout, /^-headline: Storm hits: town cleans up\r$/m);
    assert.match(r.stdout, /^\+headline: "Storm hits: town cleans up"\r$/m);
    assert.match(r.stderr, /1 of 1 file would change/);
    assert.equal(readFileSync(path.join(dir, 'fixable.news'), 'utf8'), FIXABLE);
    // The diff is a real patch: `patch` applies it, when the machine has it.
    const patch = spawnSync('patch', ['-p1', '--dry-run'], { cwd: dir, input: r.stdout, encoding: 'utf8' });
    if (!patch.error) assert.equal(patch.status, 0, patch.stdout + patch.stderr);
  });

  it('--fix rewrites in place (line endings and mode kept), then check is clean', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fixable.news');
    writeFileSync(file, FIXABLE);
    chmodSync(file, 0o640);
    assert.equal(run(['check'], dir).status, 1);
    const r = run(['check', '--fix'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, 'No problems\n');
    assert.match(r.stderr, /fixed 1 file/);
    const fixed = readFileSync(file, 'utf8');
    assert.notEqual(fixed, FIXABLE);
    assert.ok(!/[^\r]\n/.test(fixed), 'CRLF kept');
    assert.match(fixed, /^headline: "Storm hits: town cleans up"\r$/m);
    assert.match(fixed, /^SPRINGFIELD, Ill\., Aug\. 3 \(AP\) — Mayor/m);
    assert.match(fixed, /\{@ortiz\}\./);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'fixable.news'], 'no temporary file left');
    const again = run(['check'], dir);
    assert.equal(again.status, 0);
    assert.equal(run(['check', '--fix-dry-run'], dir).stdout, '');
  });

  it('--fix on the example copies leaves only problems without a mechanical fix', () => {
    const dir = tempDir(true);
    const before = run(['check', '--format', 'json'], dir);
    run(['check', '--fix'], dir);
    assert.equal(run(['check', '--fix-dry-run'], dir).stdout, '', 'a second pass finds nothing to fix');
    const after = run(['check', '--format', 'json'], dir);
    const count = (out: string) => (JSON.parse(out) as { diagnostics: unknown[] }[]).reduce((n, f) => n + f.diagnostics.length, 0);
    assert.ok(count(after.stdout) < count(before.stdout));
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts and marks a missing final newline', () => {
    assert.equal(unifiedDiff('a\n', 'a\n', 'x'), '');
    assert.equal(unifiedDiff('a\nb', 'a\nc', 'x'), '--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('keeps distant changes in separate hunks with three lines of context', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const changed = [...lines];
    changed[1] = 'LINE 2';
    changed[25] = 'LINE 26';
    const diff = unifiedDiff(lines.join('\n') + '\n', changed.join('\n') + '\n', 'f.news');
    assert.deepEqual(diff.split('\n').filter((l) => l.startsWith('@@')), ['@@ -1,5 +1,5 @@', '@@ -23,7 +23,7 @@']);
  });

  it('diffs a file whose every one of 200,000 lines changed (more than V8 takes as arguments)', () => {
    const before = Array.from({ length: 200_000 }, (_, i) => `line ${i}\n`).join('');
    const lines = unifiedDiff(`head\n${before}tail\n`, `head\n${before.replaceAll('line', 'LINE')}tail\n`, 'big.news').split('\n');
    assert.deepEqual(lines.slice(0, 5), ['--- a/big.news', '+++ b/big.news', '@@ -1,200002 +1,200002 @@', ' head', '-line 0']);
    assert.equal(lines.filter((l) => l.startsWith('-line ')).length, 200_000);
    assert.equal(lines.filter((l) => l.startsWith('+LINE ')).length, 200_000);
    assert.deepEqual(lines.slice(-3), ['+LINE 199999', ' tail', '']);
  });

  it('shows insertions and deletions', () => {
    assert.equal(unifiedDiff('a\nb\nc\n', 'a\nx\nb\n', 'f'), '--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n+x\n b\n-c\n');
  });
});
