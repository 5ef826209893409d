// Runs the node:test test files under mocha, for mutation testing only (`npm run mutate`).
// Stryker's mocha runner keeps one process and re-runs, per mutant, only the tests that reach it;
// its tap runner would start a process per test file and mutant, about 100 times slower. The test
// files use little of node:test (describe, test, before, after, t.test, mock): this maps those
// names onto mocha's, so the files stay plain node:test files for `npm test`.
//
// Describe bodies: many tests parse an example once in the body of their `describe`. Mocha runs
// the bodies once, when it loads the files, so a mutant reached there would be "static" for
// Stryker (a new process and every test, per mutant) and, worse, the tests would read the values
// computed without it. So each top-level describe body runs again before its tests on every run
// (a `before` hook), its tests get the new closures, and in the initial (coverage) run what that
// body reaches is counted as reached by each test of the describe, not as static.
const Module = require('node:module');

const NO_TIMEOUT = 0; // Stryker times out a mutant itself; a slow property test is not a failure.
const stryker = () => globalThis.__stryker__;

/** The part of node:test's TestContext that the tests use: subtests run in place. */
function context(name) {
  return {
    name,
    test: async (subName, optionsOrFn, maybeFn) => bodyOf(optionsOrFn, maybeFn)(context(subName)),
    diagnostic: () => {},
  };
}

/** node:test's (name, options?, fn?) argument shapes; `skip`/`todo`/`only` options are not used. */
const bodyOf = (optionsOrFn, maybeFn) => (typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn);

// While a describe body runs again, its test() and describe() calls rebind the mocha tests and
// suites registered the first time, in the same order, instead of registering new ones.
let rebinding; // { suite: mocha Suite, nextTest: number, nextSuite: number } | undefined
let depth = 0;

const testFn = (fn, name) => function () { this.timeout(NO_TIMEOUT); return fn(context(name)); };

/** Counts, per mutant id, of what `run` added to the static coverage. */
function staticHitsOf(run) {
  const cov = stryker()?.mutantCoverage;
  const before = cov ? { ...cov.static } : {};
  run();
  const hits = {};
  if (cov) for (const [id, n] of Object.entries(cov.static)) if (n > (before[id] ?? 0)) hits[id] = n - (before[id] ?? 0);
  return hits;
}

function takeFromStatic(hits) {
  const cov = stryker().mutantCoverage;
  for (const [id, n] of Object.entries(hits)) {
    cov.static[id] -= n;
    if (cov.static[id] <= 0) delete cov.static[id];
  }
}

function allTests(suite) {
  return [...suite.tests, ...suite.suites.flatMap(allTests)];
}

function rerunBody(suite, body, loadHits) {
  const ns = stryker();
  const coverageRun = ns?.mutantCoverage && ns.activeMutant === undefined;
  const testId = ns?.currentTestId;
  if (ns) ns.currentTestId = undefined;
  const outer = rebinding;
  rebinding = { suite, nextTest: 0, nextSuite: 0 };
  let hits;
  try {
    hits = staticHitsOf(body);
  } finally {
    rebinding = outer;
    if (ns) ns.currentTestId = testId;
  }
  if (!coverageRun) return;
  takeFromStatic(hits);
  if (loadHits.pending) { takeFromStatic(loadHits.counts); loadHits.pending = false; }
  const perTest = ns.mutantCoverage.perTest;
  for (const t of allTests(suite)) {
    const c = (perTest[t.fullTitle()] ??= {});
    for (const [id, n] of Object.entries(hits)) c[id] = (c[id] ?? 0) + n;
  }
}

const nodeTest = {
  describe(name, optionsOrFn, maybeFn) {
    const body = bodyOf(optionsOrFn, maybeFn);
    if (rebinding) {
      const suite = rebinding.suite.suites[rebinding.nextSuite++];
      const outer = rebinding;
      rebinding = { suite, nextTest: 0, nextSuite: 0 };
      try { body(); } finally { rebinding = outer; }
      return suite;
    }
    const topLevel = depth === 0;
    return globalThis.describe(name, function () {
      this.timeout(NO_TIMEOUT);
      depth++;
      try {
        if (!topLevel) return body();
        const loadHits = { counts: staticHitsOf(body), pending: true };
        globalThis.before(() => rerunBody(this, body, loadHits)); // `this`: the mocha suite being defined
      } finally {
        depth--;
      }
    });
  },
  test(name, optionsOrFn, maybeFn) {
    const fn = bodyOf(optionsOrFn, maybeFn);
    if (rebinding) {
      const t = rebinding.suite.tests[rebinding.nextTest++];
      t.fn = testFn(fn, name);
      return t;
    }
    return globalThis.it(name, testFn(fn, name));
  },
  // Hooks inside a describe body are registered the first time only.
  before: (fn) => rebinding || globalThis.before(() => fn()),
  after: (fn) => rebinding || globalThis.after(() => fn()),
  beforeEach: (fn) => rebinding || globalThis.beforeEach(() => fn()),
  afterEach: (fn) => rebinding || globalThis.afterEach(() => fn()),
};
nodeTest.it = nodeTest.test;
nodeTest.suite = nodeTest.describe;
// node:test's mock tracker works without its runner (test/unit/adaptiveDebounce.test.ts mocks
// setTimeout with `mock.timers`): the real one, loaded before the hook below takes the name over.
nodeTest.mock = require('node:test').mock;

// Property tests: a mutant run repeats every test that reaches the mutant, on code that the
// instrumentation makes several times slower, and the thousands of random cases of a property
// (3000 in dateline-robustness) would make a run take many hours on two cores. Under mutation
// testing each property checks at most PROPERTY_RUNS_UNDER_MUTATION cases (default 10); the
// full counts run in `npm test`.
const MAX_RUNS = Number(process.env.PROPERTY_RUNS_UNDER_MUTATION || 10);
let fastCheck;
function cappedFastCheck(fc) {
  const capped = (params) => ({ ...params, numRuns: Math.min(params?.numRuns ?? 100, MAX_RUNS) });
  const proxy = new Proxy(fc, {
    get(target, key) {
      if (key === 'assert') return (property, params) => target.assert(property, capped(params));
      if (key === 'check') return (property, params) => target.check(property, capped(params));
      // `import fc from 'fast-check'` reads the CommonJS build's `default`, the same API.
      if (key === 'default') return proxy;
      return target[key];
    },
  });
  return proxy;
}

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'node:test') return nodeTest;
  if (request === 'fast-check') return (fastCheck ??= cappedFastCheck(load.call(this, request, ...rest)));
  return load.call(this, request, ...rest);
};

// Hybrid mutants: reached both while the files load (static coverage: a table a module builds at
// load time, a test file's top-level parse) and by tests. With ignoreStatic, Stryker tests them at
// runtime like the others, yet restarts the test process before each (reloadEnvironment), which
// reloads every test file: 5 to 20 s a mutant, most of the parser's run time. The restart changes
// nothing here, since the mutant is only activated at runtime, after the files load. So at the
// end of the coverage run, a mutant that tests reach is no longer counted as static; one that only
// loading reaches stays static and is ignored, as before.
exports.mochaHooks = {
  afterAll() {
    const ns = stryker();
    if (!ns?.mutantCoverage || ns.activeMutant !== undefined) return;
    const { static: statics, perTest } = ns.mutantCoverage;
    const reached = new Set(Object.values(perTest).flatMap((hits) => Object.keys(hits)));
    for (const id of Object.keys(statics)) if (reached.has(id)) delete statics[id];
  },
};
