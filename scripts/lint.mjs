// Runs the four linters one after the other, prints each one's findings under its name, and closes
// with "lint: N passed, N failed" (one pass or fail per tool) for scripts/run-tests.mjs to count.
//   node scripts/lint.mjs              all four (what `npm run lint` and `npm test` run)
//   node scripts/lint.mjs eslint cpd   only the named ones
// Each tool's command is its `lint:<name>` script in package.json, so that the command written
// there is the one that runs here (and `npm run lint:knip` alone reproduces a finding):
//   eslint  typescript-eslint's recommended rules; no deep imports past the service's face and
//           no editor, connection or file system in the service (eslint.config.mjs)
//   knip    unused files, exports and dependencies (knip.jsonc)
//   deps    dependency-cruiser: the layer rules of ARCHITECTURE.md, no cycles (.dependency-cruiser.cjs)
//   cpd     jscpd: repeated code in server/src, 4 lines and 25 tokens or more (.jscpd.json).
//           Any clone fails. 25 tokens is about 4 lines of ordinary code here: at 20 jscpd also
//           reports a doc comment plus a signature repeated by a forwarding wrapper (a facade's
//           shape, not logic); at 30 it misses real 4-line copies (a "paragraph block at offset"
//           lookup, a "remove the comma" fix). Mark accepted boilerplate with
//           `// jscpd:ignore-start` / `// jscpd:ignore-end` and a reason.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
const TOOLS = ['eslint', 'knip', 'deps', 'cpd'];
const asked = process.argv.slice(2);
for (const t of asked) if (!TOOLS.includes(t)) { console.error(`lint: unknown tool "${t}" (known: ${TOOLS.join(' ')})`); process.exit(2); }

const failing = [];
const t0 = Date.now();
for (const tool of asked.length ? asked : TOOLS) {
  const script = `lint:${tool}`;
  console.log(`--- lint: ${tool} (${scripts[script]})`);
  const started = Date.now();
  // No colours: the output is read in CI logs and counted by run-tests.mjs.
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  const ok = r.status === 0;
  if (!ok) failing.push(tool);
  console.log(`--- lint: ${tool} ${ok ? 'passed' : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
const ran = asked.length ? asked.length : TOOLS.length;
console.log(`lint: ${((Date.now() - t0) / 1000).toFixed(1)} s${failing.length ? `; failing: ${failing.join(', ')}` : ''}`);
console.log(`lint: ${ran - failing.length} passed, ${failing.length} failed`);
process.exit(failing.length ? 1 : 0);
