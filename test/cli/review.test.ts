// Edge cases of the command line found in review: file names that are not plain URIs, globs over
// mixed folders, closed pipes, symbolic links under --fix, package.json as --config, JSON errors
// without a position from V8, and -o with --fix-dry-run.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLI, EXAMPLES, FIXABLE, run, tempDir, writeFiles } from './helpers';

const BROKEN = readFileSync(path.join(EXAMPLES, 'broken', 'dateline-date.news'), 'utf8');

/** Runs the command line with standard output or standard error closed by the reader. */
function runWithClosed(which: 'stdout' | 'stderr', args: string[], cwd: string): Promise<{ status: number | null; other: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const open = which === 'stdout' ? child.stderr : child.stdout;
    child[which].destroy();
    let other = '';
    open.setEncoding('utf8');
    open.on('data', (d: string) => { other += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, other }));
  });
}

describe('newsmark check: review edge cases', () => {
  it('sarif: a file name with #, : or % is one percent-encoded relative URI', () => {
    const dir = tempDir();
    writeFiles(dir, { 'desk/a#1.news': BROKEN, 'c:d.news': BROKEN, 'desk/50%?.news': BROKEN });
    const r = run(['check', '--format', 'sarif'], dir);
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout);
    const uris: string[] = log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri);
    assert.deepEqual([...new Set(uris)].sort(), ['c%3Ad.news', 'desk/50%25%3F.news', 'desk/a%231.news']);
    for (const uri of uris) {
      const resolved = new URL(uri, 'file:///repo/');
      assert.equal(resolved.protocol, 'file:', `${uri} is not read as a scheme`);
      assert.equal(resolved.hash + resolved.search, '', `${uri} has no fragment or query`);
      assert.ok(['c:d.news', 'desk/a#1.news', 'desk/50%?.news'].includes(decodeURIComponent(resolved.pathname.slice('/repo/'.length))));
    }
    assert.deepEqual(log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri).sort(), ['c%3Ad.news', 'desk/50%25%3F.news', 'desk/a%231.news']);
  });

  it('a glob selects the articles it matches, not the other files beside them', () => {
    const dir = tempDir();
    writeFiles(dir, { 'desk/a.news': BROKEN, 'desk/README.md': '# Desk\n', 'desk/photo.jpg': 'JFIF' });
    const r = run(['check', '--format', 'json', 'desk/*'], dir);
    assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file), ['desk/a.news']);
    const none = run(['check', 'desk/*.md'], dir);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^newsmark: no \.news files match "desk\/\*\.md"$/m);
  });

  it('a closed standard output: no noise, and the status still says there are errors', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.news': BROKEN });
    const r = await runWithClosed('stdout', ['check', '--format', 'json', 'a.news'], dir);
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.other, /EPIPE|Error/);
  });

  it('a closed standard error does not crash a usage error into status 1', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.news': BROKEN });
    const r = await runWithClosed('stderr', ['check', 'a.news', 'missing.news'], dir);
    assert.equal(r.status, 2);
  });

  it('--fix writes through a symbolic link into the paths given: the target is fixed, the link stays a link', () => {
    const dir = tempDir();
    writeFiles(dir, { 'archive/story.news': FIXABLE });
    symlinkSync(path.join('archive', 'story.news'), path.join(dir, 'story.news'));
    // The link alone names a path outside its target's folder (a shell's `*.news` names links
    // too): not written through (test/cli/dataSafety.test.ts); with the target's folder named, it is.
    const r = run(['check', '--fix', 'story.news', 'archive'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(lstatSync(path.join(dir, 'story.news')).isSymbolicLink(), 'still a link');
    assert.equal(readlinkSync(path.join(dir, 'story.news')), path.join('archive', 'story.news'));
    assert.match(readFileSync(path.join(dir, 'archive/story.news'), 'utf8'), /^headline: "Storm hits: town cleans up"\r$/m);
  });

  it('--fix-dry-run -o writes the patch to the file, not to standard output', () => {
    const dir = tempDir();
    writeFiles(dir, { 'fixable.news': FIXABLE });
    const r = run(['check', '--fix-dry-run', '-o', 'fixes.patch', 'fixable.news'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(readFileSync(path.join(dir, 'fixes.patch'), 'utf8'), /^--- a\/fixable\.news\n\+\+\+ b\/fixable\.news\n@@ /);
    assert.match(r.stderr, /1 of 1 file would change/);
  });

  it('--fix reports the same problems as a check of the fixed files', () => {
    const dir = tempDir(true);
    const fixed = run(['check', '--fix', '--format', 'json', '--jobs', '0'], dir);
    const after = run(['check', '--format', 'json', '--jobs', '0'], dir);
    assert.equal(fixed.stdout, after.stdout);
    assert.equal(fixed.status, after.status);
  });
});

describe('newsmark check: configuration edge cases', () => {
  it('--config package.json reads its "newsmark" key', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'a.news': BROKEN,
      'settings/package.json': JSON.stringify({ name: 'desk', version: '1.0.0', newsmark: { rules: { 'dateline-date': 'off' } } }),
      'other/package.json': JSON.stringify({ name: 'desk', version: '1.0.0' }),
    });
    const r = run(['check', '--config', 'settings/package.json', 'a.news'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'No problems\n');
    const without = run(['check', '-c', 'other/package.json', 'a.news'], dir);
    assert.equal(without.status, 2);
    assert.equal(without.stderr, 'newsmark: other/package.json: newsmark: no such key\n');
  });

  it('names the line and column of a JSON mistake that V8 reports without a position', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.news': BROKEN, '.newsmarkrc.json': '\ufeff{\r\n  "rules": {\r\n    "quote-marks": \r\n}\r\n' });
    const r = run(['check', 'a.news'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "newsmark: .newsmarkrc.json:4:1: not valid JSON: Unexpected token '}'\n");
    writeFileSync(path.join(dir, '.newsmarkrc.json'), '{ "style": "ap" }}');
    assert.equal(run(['check', 'a.news'], dir).stderr, 'newsmark: .newsmarkrc.json:1:18: not valid JSON: Unexpected non-whitespace character after JSON\n');
  });
});
