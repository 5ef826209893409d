// Writes the two files generated from the settings schema (server/src/service/settings/schema.ts):
// package.json `contributes.configuration` and server/src/cli/config.schema.json. Run by
// scripts/build.mjs (so by `npm run build` and `prepare`): locally the build rewrites a stale file;
// under CI (CI=true) it only checks and fails naming the file, so that a hand edit or a schema
// change without its regenerated files fails CI instead of being rewritten quietly there.
// test/unit/settings.test.ts also compares the committed files with what this writes.
//   node scripts/generate-settings.mjs           write the files that changed
//   node scripts/generate-settings.mjs --check   write nothing; exit 1 and name the stale files
// The TypeScript module is bundled in memory by esbuild and imported from a data: URL.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
let calls = 0;

/** What the two files should hold; `root` is the project whose files they are (a test passes a copy). */
export async function generatedSettingsFiles(root = ROOT) {
  const built = await esbuild.build({
    entryPoints: [path.join(ROOT, 'server/src/service/settings/jsonSchemas.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  // A call number at the end makes each call's URL new. Without it, an unchanged bundle gives the
  // same data: URL, and the import cache returns the module evaluated by the first call: a process
  // that switches code paths at run time (mutation testing's mutants of schema.ts) would get the
  // first call's files from every later call.
  const code = `${built.outputFiles[0].text}\n// call ${++calls}\n`;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const pkgPath = path.join(root, 'package.json');
  return [
    { file: pkgPath, text: mod.packageJsonText(readFileSync(pkgPath, 'utf8')) },
    { file: path.join(root, 'server/src/cli/config.schema.json'), text: mod.configSchemaText() },
  ];
}

/** Writes the files whose text changed (none with `check`); returns their paths relative to `root`. */
export async function generateSettings({ check = false, root = ROOT } = {}) {
  const stale = [];
  for (const { file, text } of await generatedSettingsFiles(root)) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // a missing file is stale
    }
    if (current === text) continue;
    stale.push(path.relative(root, file));
    if (!check) writeFileSync(file, text);
  }
  return stale;
}

/** Generated files that differ from what the schema makes, found where nothing may be written (CI). */
export class StaleGeneratedFiles extends Error {}

/**
 * The build's step: locally, rewrite the stale files and return their names; under CI, write
 * nothing and throw StaleGeneratedFiles naming them and the command that regenerates them.
 */
export async function refreshGeneratedSettings({ ci = process.env.CI === 'true', root = ROOT } = {}) {
  const stale = await generateSettings({ check: ci, root });
  if (ci && stale.length) {
    throw new StaleGeneratedFiles(
      `${stale.join(' and ')} ${stale.length > 1 ? 'differ' : 'differs'} from what the settings schema (server/src/service/settings/schema.ts) generates. ` +
        'Under CI the build only checks: run `npm run build` locally and commit the regenerated files.',
    );
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = await generateSettings({ check });
  if (check && stale.length) {
    console.error(`generate-settings: out of date: ${stale.join(', ')} (run: npm run build)`);
    process.exit(1);
  }
  for (const f of stale) console.log(`generate-settings: wrote ${f}`);
}
