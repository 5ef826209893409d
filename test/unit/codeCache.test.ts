// The language server starts through V8's code cache (server/src/codeCache.ts): a cache is used
// only when it was made from these very bytes, and a stale, torn or corrupt one is ignored, the
// bundle then compiled and run as without a cache. Each case runs a small bundle in this process.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { runWithCodeCache } from '../../server/src/codeCache';

const runs = globalThis as { codeCacheTestRuns?: string[] };

/** A bundle that records each run, with a sibling module required relative to it. */
function bundle(word = 'first'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-code-cache-'));
  writeFileSync(path.join(dir, 'sibling.js'), 'module.exports = "sibling";\n');
  const file = path.join(dir, 'main.js');
  writeBundle(file, word);
  return file;
}

function writeBundle(file: string, word: string): void {
  writeFileSync(file, `"use strict";\nconst sibling = require("./sibling.js");\n(globalThis.codeCacheTestRuns ??= []).push(${JSON.stringify(word)} + " " + sibling + " " + (__filename === ${JSON.stringify(file)}) + " " + (module.exports === exports));\nfunction unused() { return [1, 2, 3].map((n) => n * 2); }\nmodule.exports.unused = unused;\n`);
}

/** Runs the bundle; returns whether the cache was used and what the run recorded. */
function start(file: string): { used: boolean; ran: string | undefined; save: () => void } {
  const before = runs.codeCacheTestRuns?.length ?? 0;
  const { cacheUsed, saveCache } = runWithCodeCache(file);
  assert.equal(runs.codeCacheTestRuns?.length, before + 1, 'the bundle ran once');
  return { used: cacheUsed, ran: runs.codeCacheTestRuns?.at(-1), save: saveCache };
}

const cacheOf = (file: string) => `${file}.cache`;

describe('code cache of the language server bundle', () => {
  afterEach(() => { delete process.env.NEWSMARK_CODE_CACHE; });

  it('the first start compiles and writes a cache, the next one uses it; both run the bundle as node would', () => {
    const file = bundle();
    const first = start(file);
    assert.equal(first.used, false);
    assert.equal(first.ran, 'first sibling true true');
    assert.equal(existsSync(cacheOf(file)), false, 'nothing written before saveCache');
    first.save();
    assert.match(readFileSync(cacheOf(file), 'latin1').split('\n')[0], /^newsmark-v8-code-cache\/1 [0-9a-f]{64}:v\d+\.\d+\.\d+:\w+ [0-9a-f]{64}$/);
    const second = start(file);
    assert.equal(second.used, true);
    assert.equal(second.ran, 'first sibling true true');
    assert.deepEqual(readdirSync(path.dirname(file)).sort(), ['main.js', 'main.js.cache', 'sibling.js'], 'no temporary file left');
  });

  it('a cache made for other bytes of the bundle, even of the same length, is ignored', () => {
    const file = bundle('first');
    start(file).save();
    writeBundle(file, 'again');
    const changed = start(file);
    assert.equal(changed.used, false);
    assert.equal(changed.ran, 'again sibling true true');
  });

  const damages: [string, (cache: Buffer) => Buffer][] = [
    ['one byte of its payload changed', (c) => { const d = Buffer.from(c); d[d.length - 10] ^= 0xff; return d; }],
    ['cut short (a torn write)', (c) => c.subarray(0, c.length - 100)],
    ['its header only', (c) => c.subarray(0, c.indexOf(0x0a) + 1)],
    ['empty', () => Buffer.alloc(0)],
    ['something else', () => Buffer.from('x'.repeat(4096))],
  ];
  for (const [what, damage] of damages) {
    it(`a cache that is ${what} is ignored, and the bundle runs`, () => {
      const file = bundle();
      start(file).save();
      writeFileSync(cacheOf(file), damage(readFileSync(cacheOf(file))));
      const damaged = start(file);
      assert.equal(damaged.used, false);
      assert.equal(damaged.ran, 'first sibling true true');
      damaged.save();
      assert.equal(start(file).used, true, 'the damaged cache was replaced');
    });
  }

  it('a cache that cannot be written is left alone, without an error or a temporary file', () => {
    const file = bundle();
    mkdirSync(cacheOf(file)); // a folder where the cache would go: the rename fails
    const blocked = start(file);
    blocked.save();
    assert.equal(start(file).used, false);
    assert.deepEqual(readdirSync(path.dirname(file)).sort(), ['main.js', 'main.js.cache', 'sibling.js']);
  });

  it('NEWSMARK_CODE_CACHE=0 neither reads nor writes a cache', () => {
    const file = bundle();
    start(file).save();
    process.env.NEWSMARK_CODE_CACHE = '0';
    const off = start(file);
    assert.equal(off.used, false);
    const before = readFileSync(cacheOf(file));
    writeFileSync(cacheOf(file), 'not a cache');
    off.save();
    assert.equal(readFileSync(cacheOf(file), 'utf8'), 'not a cache');
    assert.ok(before.length > 0);
  });
});
