// The seed and the number of runs of every fast-check property. `npm test` uses a fixed seed, so a
// run is reproducible and a failure is the code's, not the dice's; `npm run test:random` picks a
// random seed to explore (PROPERTY_SEED=random does too) and prints it, so a failure replays with
//   PROPERTY_SEED=<seed> PROPERTY_RUNS=<runs> npm run test:random
import type { Parameters } from 'fast-check';

/** The seed of `npm test`: any fixed number would do; this one is the reference article's date. */
const FIXED_SEED = 20230928;

function chooseSeed(): number {
  const asked = process.env.PROPERTY_SEED;
  if (!asked) return FIXED_SEED;
  if (asked === 'random') return (Math.random() * 0x7fffffff) | 0;
  const seed = Number(asked);
  if (!Number.isInteger(seed)) throw new Error(`PROPERTY_SEED must be an integer or "random", not "${asked}"`);
  return seed;
}

const PROPERTY_SEED = chooseSeed();
const RUNS = process.env.PROPERTY_RUNS ? Number(process.env.PROPERTY_RUNS) : undefined;

if (process.env.PROPERTY_SEED) {
  console.log(`property tests: seed ${PROPERTY_SEED}; reproduce with PROPERTY_SEED=${PROPERTY_SEED}${RUNS ? ` PROPERTY_RUNS=${RUNS}` : ''} npm run test:random`);
}

/**
 * fast-check parameters: the seed above and `defaultRuns` runs (PROPERTY_RUNS overrides it, scaled
 * by `share` for properties that run a fraction of the others).
 */
export function propertyParameters<T>(defaultRuns: number, share = 1): Parameters<T> {
  return { seed: PROPERTY_SEED, numRuns: Math.max(1, Math.ceil((RUNS ?? defaultRuns) * share)) };
}
