// `newsmark check` reads the same speaker registry as the editor (the nearest speakers.yaml), so
// that CI and the editor agree on a workspace that relies on one.
import assert from 'node:assert/strict';
import { cpSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, run, tempDir } from './helpers';

const FIXTURE = path.join(ROOT, 'test/fixtures/registry-workspace');

describe('newsmark check with a speaker registry', () => {
  test('registry speakers are known; the override hint and the unknown speaker are reported; without the registry they are unknown', () => {
    const dir = tempDir();
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      const withRegistry = run(['check', '--format', 'json', '--rule', 'speaker-registry-override=warning', '.'], dir);
      const files = JSON.parse(withRegistry.stdout) as { file?: string; filePath?: string; diagnostics?: { code: string }[]; messages?: { code?: string; ruleId?: string }[] }[];
      const codes = JSON.stringify(files);
      assert.match(codes, /speaker-registry-override/);
      assert.equal((codes.match(/quote-unknown-speaker/g) ?? []).length, 1, 'only @schmit in override.news');
      unlinkSync(path.join(dir, 'speakers.yaml'));
      const without = run(['check', '--format', 'json', '.'], dir);
      assert.ok((without.stdout.match(/quote-unknown-speaker/g) ?? []).length >= 3, 'berlin quotes chen and schmidt, unknown without the registry');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
