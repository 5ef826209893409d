// `npm run test:random`: the property tests with a random seed (npm test uses a fixed one), to
// look for inputs the fixed seed never tries. Prints the seed first, and how to replay a failure.
//   node scripts/test-random.mjs                 a random seed, the default number of runs
//   PROPERTY_RUNS=3000 node scripts/test-random.mjs
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const seed = process.env.PROPERTY_SEED && process.env.PROPERTY_SEED !== 'random'
  ? Number(process.env.PROPERTY_SEED)
  : Math.floor(Math.random() * 0x7fffffff);
const runs = process.env.PROPERTY_RUNS;

// The test files whose properties take their seed from test/property/parameters.ts.
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = path.join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts') && readFileSync(p, 'utf8').includes('propertyParameters(')) files.push(path.relative(root, p));
  }
};
walk(path.join(root, 'test'));

const replay = `PROPERTY_SEED=${seed}${runs ? ` PROPERTY_RUNS=${runs}` : ''} npm run test:random`;
console.log(`test:random: seed ${seed}${runs ? `, ${runs} runs` : ''} on ${files.join(' ')}\ntest:random: replay with ${replay}`);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  cwd: root, stdio: 'inherit', env: { ...process.env, PROPERTY_SEED: String(seed) },
});
console.log(`test:random: seed ${seed} ${r.status === 0 ? 'passed' : 'FAILED'}; replay with ${replay}`);
process.exit(r.status ?? 1);
