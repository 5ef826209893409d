// Packages the extension as newsmark-<version>.vsix with the project's own @vscode/vsce (3.x: runs
// on Node 20), without node_modules (dist/ bundles everything), then checks what went in.
//   npm run package                 -> newsmark-<version>.vsix in the project root
//   NEWSMARK_VSIX_OUT=/x/y.vsix npm run package
// Needs a build first (`npm run build`). Fails when a required file is missing, when anything outside
// the allow-list (.vscodeignore) got in, when the package is 2 MB or more, or when package.json's
// `contributes.configuration` is not what the settings schema generates. Prints the file list.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import path from 'node:path';
import { generateSettings } from './generate-settings.mjs';

const root = path.resolve(import.meta.dirname, '..');
const pkgPath = path.join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const out = path.resolve(root, process.env.NEWSMARK_VSIX_OUT || `${pkg.name}-${pkg.version}.vsix`);
const MAX_BYTES = 2 * 1024 * 1024; // issue 10: the .vsix stays under 2 MB (the NLP model is most of it)
const fail = (msg) => { console.error(`package: ${msg}`); process.exit(1); };

// ---- the settings schema in package.json is the generated one ----
{
  const stale = await generateSettings({ check: true });
  if (stale.length) fail(`generated from the settings schema but out of date: ${stale.join(', ')}; run: npm run build`);
}

const required = ['dist/extension.js', 'dist/server.js', 'dist/serverMain.js', 'dist/nlp.js', 'dist/reportView.js', 'dist/reportView.css', 'dist/previewView.js', 'package.json', 'README.md', 'images/icon.png', 'docs/syntax.md'];
for (const f of required) if (!existsSync(path.join(root, f))) fail(`${f} is missing${f.startsWith('dist/') ? ' (run `npm run build`)' : ''}`);
for (const f of ['CHANGELOG.md', 'LICENSE', 'language-configuration.json']) {
  if (!existsSync(path.join(root, f))) console.warn(`package: warning: ${f} is missing`);
}

const vsce = path.join(root, 'node_modules/.bin/vsce');
if (!existsSync(vsce)) fail('node_modules/.bin/vsce not found (npm install)');
const args = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out];
if (!existsSync(path.join(root, 'LICENSE'))) args.push('--skip-license');
const r = spawnSync(vsce, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (r.status !== 0) fail(`vsce failed (${r.status}):\n${r.stdout}${r.stderr}`);
if (r.stderr.trim()) process.stderr.write(r.stderr);

// List the archive from its zip central directory.
const zip = readFileSync(out);
const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
if (eocd < 0) fail(`${out} is not a zip file`);
const count = zip.readUInt16LE(eocd + 10);
let p = zip.readUInt32LE(eocd + 16);
const entries = [];
for (let i = 0; i < count; i++) {
  const method = zip.readUInt16LE(p + 10), csize = zip.readUInt32LE(p + 20), size = zip.readUInt32LE(p + 24);
  const nameLen = zip.readUInt16LE(p + 28), extraLen = zip.readUInt16LE(p + 30), commentLen = zip.readUInt16LE(p + 32);
  const local = zip.readUInt32LE(p + 42);
  const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
  entries.push({ name, size, csize, method, local });
  p += 46 + nameLen + extraLen + commentLen;
}
const names = entries.map((e) => e.name);
const inExt = names.filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
const allowed = [/^dist\/(extension|server|serverMain|nlp|reportView|previewView)\.js$/, /^dist\/reportView\.css$/, /^syntaxes\//, /^snippets\//, /^language-configuration\.json$/,
  /^images\/icon\.png$/, /^docs\/syntax\.md$/, /^docs\/images\/screenshot\.png$/, /^(readme|changelog)\.md$/i, /^LICENSE(\.txt)?$/i, /^package\.json$/];
const unexpected = inExt.filter((n) => !allowed.some((re) => re.test(n)));
const missing = required.filter((f) => !inExt.some((n) => n.toLowerCase() === f.toLowerCase()));

// The shipped package.json must point at files that are in the package.
const readEntry = (name) => {
  const e = entries.find((x) => x.name === name);
  const start = e.local + 30 + zip.readUInt16LE(e.local + 26) + zip.readUInt16LE(e.local + 28);
  const data = zip.subarray(start, start + e.csize);
  return (e.method === 8 ? inflateRawSync(data) : data).toString('utf8');
};
const shipped = JSON.parse(readEntry('extension/package.json'));
const referenced = [shipped.main, shipped.icon,
  ...(shipped.contributes?.grammars ?? []).map((g) => g.path),
  ...(shipped.contributes?.snippets ?? []).map((s) => s.path),
  ...(shipped.contributes?.languages ?? []).map((l) => l.configuration)]
  .filter(Boolean).map((f) => path.posix.normalize(f.replace(/^\.\//, '')));
const dangling = referenced.filter((f) => !inExt.includes(f));

const bytes = statSync(out).size;
console.log(`package: ${path.relative(process.cwd(), out) || out} (${(bytes / 1024).toFixed(1)} KB, ${inExt.length} files)`);
for (const e of entries.filter((x) => x.name.startsWith('extension/'))) {
  console.log(`  ${e.name.slice(10).padEnd(48)} ${(e.size / 1024).toFixed(1).padStart(8)} KB`);
}
const problems = [
  ...missing.map((f) => `required file not in the package: ${f}`),
  ...unexpected.map((f) => `unexpected file in the package: ${f} (see .vscodeignore)`),
  ...dangling.map((f) => `package.json refers to ${f}, which is not in the package`),
  ...(bytes >= MAX_BYTES ? [`the package is ${bytes} bytes, over the ${MAX_BYTES} byte limit`] : []),
];
if (problems.length) fail(problems.join('\n'));
