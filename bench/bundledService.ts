// The language service as the server and the command line run it: bundled by esbuild, as
// scripts/build.mjs bundles the programs. Benchmarks time this, not the TypeScript sources under
// tsx: tsx turns every call into another module into a getter call, which made the scanners' inner
// loops look up to twice as slow as they are in dist/ (issue 9).
import { buildSync } from 'esbuild';
import path from 'node:path';
import { ROOT } from './largeArticle';

type Service = typeof import('../server/src/service');

export function bundledService(): Service {
  const outfile = path.join(ROOT, 'node_modules/.cache/newsmark-bench/service.js');
  buildSync({
    entryPoints: [path.join(ROOT, 'server/src/service/index.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
    // The NLP model (markup only, which no benchmark here runs) is left out, as the programs leave it.
    external: ['./nlpModel'],
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Service;
}
