// Bundles the three programs (and the extension-host test suite) with esbuild.
//   dist/server.js     the language server (--stdio or VS Code's IPC); bin newsmark-language-server:
//                      a small launcher that runs dist/serverMain.js (server.ts) through V8's code
//                      cache, dist/serverMain.js.cache, written beside it (server/src/codeCache.ts)
//   dist/cli.js        the command line; bin newsmark
//   dist/nlp.js        the markup engine's NLP model (wink-nlp), loaded by the two above on first use
//   dist/reportSvg.js  the HTML report's chart renderer (ECharts), loaded by dist/cli.js on first use
//   dist/extension.js  the VS Code client (vscode is provided by the editor)
//   dist/reportView.js the Quote Report webview's page script (browser; ECharts and the report's
//                      chart builders) and dist/reportView.css, its stylesheet
//   dist/previewView.js the live preview's page script (browser; the published article's renderer)
//   dist/test/...      the mocha suite that runs inside VS Code's extension host
// First it regenerates the files made from the settings schema (scripts/generate-settings.mjs):
// package.json `contributes.configuration` and server/src/cli/config.schema.json. Under CI=true it
// only checks them and fails when one is stale (regenerate with `npm run build` and commit).
// Usage: node scripts/build.mjs [--watch] [--production]
//   --production: minified, without source maps (what `npm run package` ships)
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { refreshGeneratedSettings, StaleGeneratedFiles } from './generate-settings.mjs';

const root = path.resolve(import.meta.dirname, '..');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// NEWSMARK_DIST=/tmp/x builds elsewhere (a private build that a concurrent build cannot empty).
const dist = process.env.NEWSMARK_DIST ? path.resolve(process.env.NEWSMARK_DIST) : path.join(root, 'dist');
const shebang = { js: '#!/usr/bin/env node' };

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

// The NLP model is most of the service's weight (3.6 MB): the server and the command line load it
// from dist/nlp.js at the first markup (server/src/service/markup/text.ts), not at start, so that
// the language server answers `initialize` without parsing it.
const nlpModelOutside = {
  name: 'nlp-model-outside',
  setup(build) {
    build.onResolve({ filter: /[\\/]nlpModel$/ }, () => ({ path: './nlp.js', external: true }));
  },
};

// ECharts (1.5 MB unminified) draws the charts of `newsmark report --format html` only; inside
// dist/cli.js V8 would still read it at every start of the command line and of each of its worker
// threads (`check` on many files), although nothing runs it. It is a bundle of its own that
// server/src/cli/report/command.ts requires on the first chart.
const chartsOutside = {
  name: 'charts-outside',
  setup(build) {
    build.onResolve({ filter: /[\\/]report[\\/]svg$/ }, () => ({ path: './reportSvg.js', external: true }));
  },
};

const programs = [
  { entryPoints: ['server/src/serverEntry.ts'], outfile: path.join(dist, 'server.js'), banner: shebang },
  { entryPoints: ['server/src/server.ts'], outfile: path.join(dist, 'serverMain.js'), plugins: [nlpModelOutside] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: path.join(dist, 'cli.js'), banner: shebang, plugins: [nlpModelOutside, chartsOutside] },
  { entryPoints: ['server/src/service/markup/nlpModel.ts'], outfile: path.join(dist, 'nlp.js') },
  { entryPoints: ['server/src/report/svg.ts'], outfile: path.join(dist, 'reportSvg.js') },
  { entryPoints: ['client/src/extension.ts'], outfile: path.join(dist, 'extension.js'), external: ['vscode'] },
  // Runs in the webview (a browser page), not in the extension host.
  { entryPoints: ['client/src/webview/reportView.ts'], outfile: path.join(dist, 'reportView.js'), platform: 'browser', format: 'iife', target: 'es2022' },
  // The live preview's page (the article's HTML renderer and styles inside it).
  { entryPoints: ['client/src/webview/previewView.ts'], outfile: path.join(dist, 'previewView.js'), platform: 'browser', format: 'iife', target: 'es2022' },
];

// The extension-host suite: one bundle per file so that mocha can load them one by one.
const suiteDir = path.join(root, 'test/vscode/suite');
if (existsSync(suiteDir)) {
  const entries = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => `test/vscode/suite/${f}`);
  programs.push({ entryPoints: entries, outdir: path.join(dist, 'test/suite'), external: ['vscode', 'mocha'] });
}
if (existsSync(path.join(root, 'test/vscode/runElectron.ts'))) {
  programs.push({ entryPoints: ['test/vscode/runElectron.ts'], outfile: path.join(dist, 'test/runElectron.js'), external: ['@vscode/test-electron'] });
}

try {
  for (const f of await refreshGeneratedSettings()) console.log(`build: regenerated ${f} from the settings schema`);
} catch (e) {
  if (!(e instanceof StaleGeneratedFiles)) throw e;
  console.error(`build: ${e.message}`);
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
const present = programs.filter((p) => p.entryPoints.every((e) => existsSync(path.join(root, e))));
for (const p of programs) if (!present.includes(p)) console.warn(`build: skipping ${p.entryPoints.join(', ')} (not written yet)`);

if (watch) {
  for (const p of present) await (await esbuild.context({ ...common, ...p })).watch();
  console.log('build: watching');
} else {
  await Promise.all(present.map((p) => esbuild.build({ ...common, ...p })));
}
