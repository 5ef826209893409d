// Data safety of the command line (issue 13, items 1 to 7): nothing `check --fix`, `-o` or a
// hostile repository does may lose an article, hang the run or hide a failure. The moments a real
// run cannot be stopped at (between reading and renaming, a write that fails half-way) are driven
// in-process through cli/atomicWrite.ts's test seams; everything else runs the bundle as a child
// process. A full disk is a real one (a small tmpfs) where `mount` works (root), and the seam
// otherwise.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statfsSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { writeSeams } from '../../server/src/cli/atomicWrite';
import { parseArgs } from '../../server/src/cli/args';
import { runCheck } from '../../server/src/cli/check';
import { runExport } from '../../server/src/cli/export/command';
import type { Io } from '../../server/src/cli/io';
import { ConfigError, ConfigFiles } from '../../server/src/workspace/configFiles';
import { CLI, FIXABLE, run, tempDir, writeFiles } from './helpers';

/** A run of `check` or `export` in this process, where the seams reach the writes. */
async function inProcess(args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  // export writes an article's errors to io.stderr directly: kept, not printed among the test results.
  const errorStream = { isTTY: false, write: (text: string) => { stderr += text; return true; } } as unknown as NodeJS.WriteStream;
  const io: Io = { cwd, version: 'test', color: false, stderr: errorStream, write: (t) => { stdout += t; }, error: (line) => { stderr += `newsmark: ${line}\n`; } };
  const cmd = parseArgs(args);
  assert.ok(cmd.command === 'check' || cmd.command === 'export');
  const status = cmd.command === 'check' ? await runCheck(cmd, io) : await runExport(cmd, io);
  return { status, stdout, stderr };
}

/** The files of a folder other than the .git marker: no temporary file may be among them. */
const listing = (dir: string) => readdirSync(dir).filter((f) => f !== '.git').sort();

const ENOSPC = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/** A FIFO made by mkfifo(1); Node has no call for it. */
function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  assert.equal(r.status, 0, `mkfifo: ${r.stderr}`);
}

describe('check --fix: an edit saved during the run is never overwritten (item 1)', () => {
  for (const [what, edit] of [
    ['a paragraph added', (text: string) => `${text}A paragraph saved meanwhile.\r\n`],
    // Same size and the same modification time: only the bytes tell.
    ['one letter changed, size and time kept', (text: string) => text.replace('Ortiz said', 'Ortiz SAID')],
  ] as const) {
    it(`skips the file with a message and status 1: ${what}`, async () => {
      const dir = tempDir();
      const file = path.join(dir, 'story.news');
      writeFileSync(file, FIXABLE);
      const edited = edit(FIXABLE);
      const { mtime } = statSync(file);
      let calls = 0;
      writeSeams.beforeReplace = (target) => {
        calls++;
        assert.equal(target, realpathSync(file));
        writeFileSync(target, edited);
        utimesSync(target, mtime, mtime);
      };
      let r;
      try {
        r = await inProcess(['check', '--fix', '--jobs', '0', 'story.news'], dir);
      } finally {
        delete writeSeams.beforeReplace;
      }
      assert.equal(calls, 1, 'the seam was reached: the fix was about to be written');
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /^newsmark: "story\.news" not fixed: it changed on disk while it was being fixed \(run again to fix the new text\)$/m);
      assert.doesNotMatch(r.stderr, /fixed 1 file/);
      assert.doesNotMatch(r.stdout, /No problems/);
      assert.equal(readFileSync(file, 'utf8'), edited, 'the edit survives');
      assert.deepEqual(listing(dir), ['story.news'], 'no temporary file left');
    });
  }

  it('without an edit, the same run writes the fixes (the guard is not always on)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'story.news'), FIXABLE);
    const r = await inProcess(['check', '--fix', '--jobs', '0', 'story.news'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(path.join(dir, 'story.news'), 'utf8'), /^headline: "Storm hits: town cleans up"\r$/m);
  });
});

describe('-o never names an input (item 2)', () => {
  const spellings: [string, (dir: string) => string][] = [
    ['the same path', () => 'story.news'],
    ['another spelling', () => './sub/../story.news'],
    ['a symbolic link', (dir) => { symlinkSync('story.news', path.join(dir, 'link.out')); return 'link.out'; }],
    ['a hard link', (dir) => { linkSync(path.join(dir, 'story.news'), path.join(dir, 'hard.out')); return 'hard.out'; }],
  ];
  for (const [name, output] of spellings) {
    for (const args of [['check'], ['check', '--fix'], ['check', '--fix-dry-run'], ['export', '--format', 'text']]) {
      it(`${args.join(' ')} -o ${name}: status 2, the article untouched`, () => {
        const dir = tempDir();
        writeFiles(dir, { 'story.news': FIXABLE, 'sub/.keep': '' });
        const r = run([...args, 'story.news', '-o', output(dir)], dir);
        assert.equal(r.status, 2, r.stdout + r.stderr);
        assert.match(r.stderr, /^newsmark: refusing to write the (report|export) to "[^"]+": it is an input( \(the same file as "story\.news"\))?, which it would overwrite\n$/);
        assert.equal(r.stdout, '');
        assert.equal(readFileSync(path.join(dir, 'story.news'), 'utf8'), FIXABLE, 'neither overwritten nor fixed');
      });
    }
  }

  it('check: an input inside a named folder is an input too', () => {
    const dir = tempDir();
    writeFiles(dir, { 'stories/a.news': FIXABLE });
    const r = run(['check', 'stories', '-o', 'stories/a.news'], dir);
    assert.equal(r.status, 2);
    assert.equal(readFileSync(path.join(dir, 'stories/a.news'), 'utf8'), FIXABLE);
  });

  it('markup -o through a symbolic link to its input is refused', () => {
    const dir = tempDir();
    writeFiles(dir, { 'copy.txt': 'BERLIN, Sept. 27 (Xinhua) -- The minister said the talks went well.\n' });
    symlinkSync('copy.txt', path.join(dir, 'draft.news'));
    const r = run(['markup', 'copy.txt', '-o', 'draft.news'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /refusing to write "draft\.news": it is an input/);
    assert.equal(readFileSync(path.join(dir, 'copy.txt'), 'utf8'), 'BERLIN, Sept. 27 (Xinhua) -- The minister said the talks went well.\n');
  });
});

describe('-o is written atomically, as --fix is (item 3)', () => {
  for (const [command, args, what] of [['check', ['check', 'story.news'], 'report'], ['export', ['export', '--format', 'nitf', 'story.news'], 'export']] as const) {
    it(`${command}: a write that fails half-way leaves the earlier output whole, and says why in words`, async () => {
      const dir = tempDir();
      writeFiles(dir, { 'story.news': FIXABLE, 'out.txt': 'the earlier output\n' });
      const temporaries: string[] = [];
      writeSeams.writeTemporary = (temp) => {
        temporaries.push(temp);
        writeFileSync(temp, 'half of it'); // the disk fills up after a part was written
        throw ENOSPC();
      };
      let r;
      try {
        r = await inProcess([...args, '-o', 'out.txt'], dir);
      } finally {
        delete writeSeams.writeTemporary;
      }
      assert.equal(r.status, 2);
      assert.match(r.stderr, new RegExp(`^newsmark: cannot write the ${what} to "out\\.txt": no space left on the device \\(the disk is full\\) \\(while writing a temporary copy in "[^"]+"\\)$`, 'm'));
      assert.doesNotMatch(r.stderr, /ENOSPC/);
      assert.equal(readFileSync(path.join(dir, 'out.txt'), 'utf8'), 'the earlier output\n');
      assert.equal(temporaries.length, 1);
      assert.equal(path.dirname(temporaries[0]), realpathSync(dir), 'the temporary file is in the same folder');
      assert.match(path.basename(temporaries[0]), new RegExp(`^\\.out\\.txt\\.newsmark-tmp-${process.pid}-[a-z0-9]+$`));
      assert.deepEqual(listing(dir), ['out.txt', 'story.news'], 'the partial temporary file is removed');
    });
  }

  it('an output that is a FIFO (or a device such as /dev/null) is written into, not replaced', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'story.news': FIXABLE });
    const fifo = path.join(dir, 'report.pipe');
    mkfifo(fifo);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => { received += chunk.toString('utf8'); });
    const closed = new Promise<number | null>((resolve) => reader.on('close', resolve));
    const r = run(['check', 'story.news', '-o', 'report.pipe'], dir);
    assert.equal(await closed, 0);
    assert.equal(r.status, 1, r.stderr);
    assert.match(received, /front-matter-yaml/);
    assert.ok(lstatSync(fifo).isFIFO(), 'still a FIFO');
  });
});

describe('--fix leaves some files alone, and says so (items 4 and 5)', () => {
  it('a symbolic link whose target lies outside the paths given is reported and skipped', () => {
    const dir = tempDir();
    writeFiles(dir, { 'outside/notes.txt': FIXABLE, 'tree/story.news': FIXABLE });
    symlinkSync(path.join('..', 'outside', 'notes.txt'), path.join(dir, 'tree', 'notes-link.news'));
    for (const args of [['tree'], ['tree/notes-link.news'], ["tree/*.news"]]) {
      const r = run(['check', '--fix', ...args], dir);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stderr, /^newsmark: "tree\/notes-link\.news" not fixed: it is a symbolic link to "outside\/notes\.txt", outside the paths given$/m);
      assert.equal(readFileSync(path.join(dir, 'outside/notes.txt'), 'utf8'), FIXABLE, `${args}: the target is untouched`);
      assert.ok(lstatSync(path.join(dir, 'tree/notes-link.news')).isSymbolicLink());
      assert.match(r.stdout, /^tree\/notes-link\.news:\d+:\d+ {2}error/m, 'its problems are still reported');
    }
    assert.match(readFileSync(path.join(dir, 'tree/story.news'), 'utf8'), /^headline: "Storm hits: town cleans up"\r$/m, 'the rest is fixed');
    // Naming the target's folder too puts it inside the paths given.
    assert.equal(run(['check', '--fix', 'tree', 'outside'], dir).status, 0);
    assert.match(readFileSync(path.join(dir, 'outside/notes.txt'), 'utf8'), /^headline: "Storm hits: town cleans up"\r$/m);
  });

  it(`a read-only file (0444) is reported and skipped${process.getuid?.() === 0 ? ', also as root' : ''}`, () => {
    const dir = tempDir();
    writeFiles(dir, { 'locked.news': FIXABLE, 'open.news': FIXABLE });
    chmodSync(path.join(dir, 'locked.news'), 0o444);
    const r = run(['check', '--fix', '.'], dir);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /^newsmark: "locked\.news" not fixed: it is read-only \(no write permission\)$/m);
    assert.match(r.stderr, /^newsmark: fixed 1 file$/m);
    assert.equal(readFileSync(path.join(dir, 'locked.news'), 'utf8'), FIXABLE);
    assert.equal(statSync(path.join(dir, 'locked.news')).mode & 0o777, 0o444);
    assert.match(r.stdout, /^locked\.news:\d+:\d+ {2}error/m);
    assert.match(r.stdout, /; 1 file not read or not written \(see standard error\)$/m);
  });

  it('a read-only -o output is not replaced', () => {
    const dir = tempDir();
    writeFiles(dir, { 'story.news': FIXABLE, 'report.txt': 'kept\n' });
    chmodSync(path.join(dir, 'report.txt'), 0o444);
    const r = run(['check', 'story.news', '-o', 'report.txt'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot write the report to "report\.txt": it is read-only/);
    assert.equal(readFileSync(path.join(dir, 'report.txt'), 'utf8'), 'kept\n');
  });
});

describe('configuration files that are not regular files, or too large, are refused by name (item 6)', () => {
  // A deadline, so that a regression fails instead of hanging the suite: the read is bounded either way.
  const bounded = (args: string[], dir: string) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.signal, null, 'the run ended by itself');
    return r;
  };
  const cases: [string, string, (file: string) => void, RegExp, number][] = [
    ['.newsmarkrc.json', 'a link to /dev/zero', (f) => symlinkSync('/dev/zero', f), /^newsmark: \.newsmarkrc\.json: cannot read: it is a device, not a regular file \(refused\)$/m, 2],
    ['.newsmarkrc.json', 'a FIFO', mkfifo, /^newsmark: \.newsmarkrc\.json: cannot read: it is a FIFO \(named pipe\), not a regular file \(refused\)$/m, 2],
    ['.newsmarkrc.json', 'over 1 MB', (f) => writeFileSync(f, `{"style": "ap"${' '.repeat(1 << 20)}}`), /^newsmark: \.newsmarkrc\.json: cannot read: it is larger than 1 MB, the limit for this file \(refused\)$/m, 2],
    ['package.json', 'a link to /dev/zero', (f) => symlinkSync('/dev/zero', f), /^newsmark: package\.json: cannot read: it is a device, not a regular file \(refused\)$/m, 2],
    ['package.json', 'a FIFO', mkfifo, /^newsmark: package\.json: cannot read: it is a FIFO/m, 2],
    // A .gitignore refused leaves its rules out; the check goes on.
    ['.gitignore', 'a link to /dev/zero', (f) => symlinkSync('/dev/zero', f), /^newsmark: "\.gitignore" left out: it is a device, not a regular file \(refused\)$/m, 1],
    ['.gitignore', 'a FIFO', mkfifo, /^newsmark: "\.gitignore" left out: it is a FIFO \(named pipe\), not a regular file \(refused\)$/m, 1],
  ];
  for (const [name, what, make, message, status] of cases) {
    it(`${name} that is ${what}: status ${status}, the file named`, () => {
      const dir = tempDir();
      writeFiles(dir, { 'story.news': FIXABLE });
      make(path.join(dir, name));
      const r = bounded(['check', '.'], dir);
      assert.match(r.stderr, message);
      assert.equal(r.status, status, r.stderr);
    });
  }

  it('a configuration file of exactly 1 MB is still read', () => {
    const dir = tempDir();
    writeFiles(dir, { 'story.news': FIXABLE });
    const json = '{"rules": {"front-matter-yaml": "off"}}';
    writeFileSync(path.join(dir, '.newsmarkrc.json'), json + ' '.repeat((1 << 20) - json.length));
    const r = run(['check', 'story.news', '--format', 'json'], dir);
    assert.doesNotMatch(r.stdout, /front-matter-yaml/, r.stderr);
  });

  it('the language server reads through the same code: ConfigFiles refuses a FIFO by name', async () => {
    const dir = tempDir();
    mkfifo(path.join(dir, '.newsmarkrc.json'));
    const files = new ConfigFiles();
    await assert.rejects(files.nearest(dir), (e: unknown) => e instanceof ConfigError && e.message === `${path.join(dir, '.newsmarkrc.json')}: cannot read: it is a FIFO (named pipe), not a regular file (refused)`);
  });
});

describe('messages and leftovers (item 7)', () => {
  it('a fix that cannot be saved is told in words, never as "No problems", with status 2', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'story.news': FIXABLE });
    writeSeams.writeTemporary = () => { throw ENOSPC(); };
    let r;
    try {
      r = await inProcess(['check', '--fix', '--jobs', '0', 'story.news'], dir);
    } finally {
      delete writeSeams.writeTemporary;
    }
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^newsmark: cannot save the fixes of "story\.news": no space left on the device \(the disk is full\) \(while writing a temporary copy in "[^"]+"\); the file is unchanged$/m);
    assert.doesNotMatch(r.stderr + r.stdout, /ENOSPC|No problems/);
    assert.equal(r.stdout, '✖ 1 file not read or not written (see standard error)\n');
    assert.equal(readFileSync(path.join(dir, 'story.news'), 'utf8'), FIXABLE);
  });

  it('configuration mistakes are capped at 20 lines and a count', () => {
    const dir = tempDir();
    const keys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`unknown${i}`, i]));
    writeFiles(dir, { 'story.news': FIXABLE, '.newsmarkrc.json': JSON.stringify(keys) });
    const r = run(['check', 'story.news'], dir);
    assert.equal(r.status, 2);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 21);
    assert.equal(lines[0], 'newsmark: .newsmarkrc.json: unknown0: unknown key');
    assert.equal(lines[20], 'newsmark: .newsmarkrc.json: and 4980 more mistakes (not shown)');
  });

  it('temporary files are recognisable, and those of a killed run are removed by the next run in that folder', () => {
    const dir = tempDir();
    writeFiles(dir, { 'story.news': FIXABLE });
    // 99999999 is above every system's largest PID: no process owns it. The test runner's own PID is alive.
    const stale = '.story.news.newsmark-tmp-99999999-k1ll3d';
    const live = `.story.news.newsmark-tmp-${process.pid}-running`;
    const foreign = '.story.news.newsmark-tmp-notapid';
    writeFiles(dir, { [stale]: 'half', [live]: 'in progress', [foreign]: 'someone else\'s' });
    const r = run(['check', '--fix', 'story.news'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(listing(dir), [foreign, live, 'story.news'].sort());
  });
});

// A real full disk: a tmpfs of 1 MB, where this machine lets us mount one (root, not in every container).
describe('a real full disk (tmpfs)', () => {
  const mountPoint = tempDir();
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]).status === 0;
  after(() => { if (mounted) spawnSync('umount', [mountPoint]); });
  const skip = mounted ? false : 'mount -t tmpfs is not allowed here (needs root); the seam tests above simulate the full disk';
  /** Fills the file system to the last byte. */
  const fill = (dir: string) => {
    const { bavail, bsize } = statfsSync(dir);
    try {
      writeFileSync(path.join(dir, 'filler'), Buffer.alloc(bavail * bsize));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e; // full is what we want
    }
  };

  it('--fix of an article that does not fit twice: status 2, in words, the article whole, no temporary file', { skip }, () => {
    const dir = path.join(mountPoint, 'fix');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '.git'), '');
    const article = FIXABLE + 'More text of the article.\r\n\r\n'.repeat(20_000); // about 600 KB
    writeFileSync(path.join(dir, 'big.news'), article);
    const r = run(['check', '--fix', 'big.news'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^newsmark: cannot save the fixes of "big\.news": no space left on the device \(the disk is full\) \(while writing a temporary copy in "\."\); the file is unchanged$/m);
    assert.doesNotMatch(r.stdout, /No problems/);
    assert.equal(readFileSync(path.join(dir, 'big.news'), 'utf8'), article);
    assert.deepEqual(listing(dir), ['big.news']);
    rmSync(dir, { recursive: true });
  });

  it('-o on a full disk keeps the earlier output whole (it used to be truncated)', { skip }, () => {
    const dir = path.join(mountPoint, 'out');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '.git'), '');
    writeFileSync(path.join(dir, 'story.news'), FIXABLE);
    const earlier = '<nitf>the earlier export</nitf>\n';
    writeFileSync(path.join(dir, 'story.xml'), earlier);
    fill(dir);
    const r = run(['export', '--format', 'nitf', 'story.news', '-o', 'story.xml'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot write the export to "story\.xml": no space left on the device/);
    assert.equal(readFileSync(path.join(dir, 'story.xml'), 'utf8'), earlier);
    assert.deepEqual(listing(dir), ['filler', 'story.news', 'story.xml']);
    rmSync(dir, { recursive: true });
  });
});
