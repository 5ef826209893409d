// The markup evaluation's gold set (test/markup/gold/) is data the evaluation trusts: every gold
// article must be valid NewsMark with nothing to report, and each plain body must be exactly what
// NewsMark publishes from its gold (make-plain.mjs --check), so that no gold drifts unnoticed.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './helpers';

// The gold set the engine is developed against, and the held-out set it is never tuned on.
for (const [set, minimum] of [['gold', 20], ['heldout', 8]] as const) describeSet(set, minimum);

function describeSet(set: 'gold' | 'heldout', minimum: number): void {
  const GOLD = path.join(ROOT, 'test/markup', set);
  const articles = readdirSync(GOLD).filter((f) => /^\d\d-.*\.news$/.test(f)).sort();

  describe(`markup ${set} set`, () => {
    test(`holds at least ${minimum} articles, each with its plain body`, () => {
      assert.ok(articles.length >= minimum, `${articles.length} ${set} articles`);
      const plain = new Set(readdirSync(GOLD).filter((f) => f.endsWith('.txt')));
      assert.deepEqual(articles.filter((a) => !plain.has(a.replace(/\.news$/, '.txt'))), []);
    });

    test('every gold article checks clean: no error, warning or hint', () => {
      const r = run(['check', '--format', 'json', ...articles], GOLD);
      const problems = (JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; message: string }[] }[])
        .flatMap((f) => f.diagnostics.map((d) => `${path.basename(f.file)}: ${d.code} ${d.message}`));
      assert.deepEqual(problems, []);
      assert.equal(r.status, 0);
    });

    test('every plain body is the published text of its gold article', () => {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'test/markup/gold/make-plain.mjs'), ...(set === 'gold' ? [] : [GOLD]), '--check'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
    });
  });
}
