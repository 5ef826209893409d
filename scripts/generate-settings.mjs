// Writes the two files generated from the settings schema (server/src/service/settings/schema.ts):
// package.json `contributes.configuration` and server/src/cli/config.schema.json. Run by
// scripts/build.mjs (so by `npm run build` and `prepare`); test/unit/settings.test.ts fails when the
// committed files differ from what this writes, so nobody edits them by hand.
//   node scripts/generate-settings.mjs           write the files that changed
//   node scripts/generate-settings.mjs --check   write nothing; exit 1 and name the stale files
// The TypeScript module is bundled in memory by esbuild and imported from a data: URL.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export async function generatedSettingsFiles() {
  const built = await esbuild.build({
    entryPoints: [path.join(root, 'server/src/service/settings/jsonSchemas.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = built.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const pkgPath = path.join(root, 'package.json');
  return [
    { file: pkgPath, text: mod.packageJsonText(readFileSync(pkgPath, 'utf8')) },
    { file: path.join(root, 'server/src/cli/config.schema.json'), text: mod.configSchemaText() },
  ];
}

/** Writes the files whose text changed; returns their paths relative to the project. */
export async function generateSettings({ check = false } = {}) {
  const stale = [];
  for (const { file, text } of await generatedSettingsFiles()) {
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = await generateSettings({ check });
  if (check && stale.length) {
    console.error(`generate-settings: out of date: ${stale.join(', ')} (run: node scripts/generate-settings.mjs)`);
    process.exit(1);
  }
  for (const f of stale) console.log(`generate-settings: wrote ${f}`);
}
