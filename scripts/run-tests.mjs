// Runs the test suites and prints one closing line "N passed, N failed" for all of them.
//   node scripts/run-tests.mjs            everything (what `npm test` and CI run)
//   node scripts/run-tests.mjs unit       only the named groups: lint unit protocol fuzz cli grammar nvim emacs e2e
// The lint group (scripts/lint.mjs) counts one pass or fail per linter: eslint, knip, deps, cpd.
// The fuzz group is the short fixed-seed run of test/fuzz/ (`npm run fuzz` is the long one).
// Groups that need a program this machine lacks (neovim, emacs, chromium, code-server) install it when
// they can (root with apt-get, npm); otherwise they fail under CI=true and are skipped, with the
// reason, on a developer's machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ALL = ['lint', 'unit', 'protocol', 'fuzz', 'cli', 'grammar', 'nvim', 'emacs', 'e2e'];
const asked = process.argv.slice(2);
const groups = asked.length ? asked : ALL;
for (const g of groups) if (!ALL.includes(g)) { console.error(`run-tests: unknown group "${g}" (known: ${ALL.join(' ')})`); process.exit(2); }

let passed = 0, failed = 0;
const failures = [];
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

function listTests(dirs) {
  const out = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.test.ts')) out.push(path.relative(root, p));
    }
  };
  dirs.forEach((d) => walk(path.join(root, d)));
  return out;
}

// Node's test runner, reporting "spec" on the terminal and TAP into a file that we count.
function nodeTests(group, dirs) {
  const files = listTests(dirs);
  if (!files.length) { console.log(`run-tests: ${group}: no test files yet`); return; }
  const tap = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-tap-')), 'out.tap');
  const r = run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number((text.match(new RegExp(`^# ${k} (\\d+)$`, 'm')) || [])[1] || 0);
  passed += count('pass');
  failed += count('fail');
  if (r.status !== 0) { failures.push(group); if (!count('fail')) failed++; }
}

// Scripts that print "N passed, N failed" themselves.
function scriptTests(group, cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  process.stdout.write(r.stdout || '');
  const m = [...(r.stdout || '').matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)].pop();
  if (m) { passed += Number(m[1]); failed += Number(m[2]); }
  if (r.status !== 0) { failures.push(group); if (!m || m[2] === '0') failed++; }
}

const t0 = Date.now();
if (!existsSync(path.join(root, 'dist/server.js')) || process.env.NEWSMARK_SKIP_BUILD !== '1') {
  if (run('npm', ['run', '--silent', 'build']).status !== 0) { console.error('run-tests: build failed'); process.exit(1); }
}
for (const group of groups) {
  console.log(`\n=== ${group} ===`);
  if (group === 'lint') scriptTests(group, 'node', ['scripts/lint.mjs']);
  if (group === 'unit') {
    if (run('npx', ['tsc', '-p', '.', '--noEmit']).status !== 0) { failures.push('typecheck'); failed++; }
    nodeTests(group, ['test/unit', 'test/golden', 'test/property', 'test/markup']);
  }
  if (group === 'protocol') nodeTests(group, ['test/protocol']);
  if (group === 'fuzz') nodeTests(group, ['test/fuzz']);
  if (group === 'cli') nodeTests(group, ['test/cli']);
  if (group === 'grammar') scriptTests(group, 'node', ['test/grammar/run.mjs']);
  if (group === 'nvim') scriptTests(group, 'bash', ['test/nvim/run.sh']);
  if (group === 'emacs') scriptTests(group, 'bash', ['test/emacs/run.sh']);
  if (group === 'e2e') scriptTests(group, 'bash', ['test/e2e/run.sh']);
}
console.log(`\nrun-tests: ${groups.join(' ')} in ${Math.round((Date.now() - t0) / 1000)} s${failures.length ? `; failing: ${failures.join(', ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || failures.length ? 1 : 0);
