// `newsmark report` reads each article against the speaker registry `check` and the editor use:
// a registry speaker quoted without a front-matter entry is counted as the registry's person, not
// as an unknown id.

import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, run, tempDir } from './helpers';

const WORKSPACE = path.join(ROOT, 'test/fixtures/registry-workspace');

interface Summary {
  speakerKinds: Record<string, { direct: number; indirect: number }>;
  speakers: { id: string; variants: { name: string; kind: string }[] }[];
}

describe('report with a speaker registry', () => {
  it('a speaker declared only in speakers.yaml is counted with the registry\'s name and kind', () => {
    const r = run(['report', '--format', 'json', 'berlin.news'], WORKSPACE);
    assert.equal(r.status, 0, r.stderr);
    const summary = JSON.parse(r.stdout) as Summary;
    assert.deepEqual(summary.speakers.map((s) => [s.id, s.variants.map((v) => `${v.name} (${v.kind})`)]), [
      ['chen', ['Chen Wenqing (person)']],
      ['schmidt', ['Wolfgang Schmidt (person)']],
    ]);
    assert.deepEqual(summary.speakerKinds.unknown, { direct: 0, partial: 0, indirect: 0 });
  });

  it('without the registry the same article\'s speakers are unknown ids', () => {
    const dir = tempDir();
    cpSync(path.join(WORKSPACE, 'berlin.news'), path.join(dir, 'berlin.news'));
    try {
      const r = run(['report', '--format', 'json', 'berlin.news'], dir);
      assert.equal(r.status, 0, r.stderr);
      const summary = JSON.parse(r.stdout) as Summary;
      assert.deepEqual(summary.speakerKinds.unknown, { direct: 1, partial: 0, indirect: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
