// Starting a bundle through V8's code cache (issue 9, start-up). Node compiles the whole bundle at
// every start, about a fifth of the language server's time to answer `initialize`; V8 can take
// the code compiled at an earlier start instead (node:vm's `cachedData`, what v8-compile-cache
// does; node 20 has no `module.enableCompileCache`). The cache lives beside the bundle
// (`<bundle>.cache`) and is written after a start that had none, atomically (a temporary file,
// then a rename). It is handed to V8 only when its header names the exact bytes of this bundle
// (their SHA-256), this node and this architecture, and the SHA-256 of its own payload matches:
// a stale, torn or corrupt cache is ignored (and replaced), never run; V8 checks its own version
// and flags on top. A cache that cannot be read or written costs only the time it would save.
// NEWSMARK_CODE_CACHE=0 turns it off (to measure without it).

import { createHash } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const MAGIC = 'newsmark-v8-code-cache/1';
/** The header is one line of a few hashes; anything longer is not ours. */
const MAX_HEADER = 512;

export interface CachedStart {
  /** Whether V8 took the cache (false: none, ignored as stale or corrupt, or rejected by V8). */
  cacheUsed: boolean;
  /** Writes the cache of what has been compiled so far (call it once the first requests ran). */
  saveCache(): void;
}

/** Runs `bundle` (a CommonJS file) as node would, through its code cache when a valid one exists. */
export function runWithCodeCache(bundle: string): CachedStart {
  const bytes = readFileSync(bundle);
  const key = `${sha256(bytes)}:${process.version}:${process.arch}`;
  const cacheFile = `${bundle}.cache`;
  const enabled = process.env.NEWSMARK_CODE_CACHE !== '0';
  const cachedData = enabled ? readCache(cacheFile, key) : undefined;
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = new Module(bundle);
  module.filename = bundle;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  return { cacheUsed, saveCache: () => { if (enabled) writeCache(cacheFile, key, script.createCachedData()); } };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The payload of a cache made for `key`, or undefined when there is none or it is not whole. */
function readCache(file: string, key: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  const end = data.subarray(0, MAX_HEADER).indexOf(0x0a);
  if (end < 0) return undefined;
  const [magic, cacheKey, payloadHash, ...rest] = data.subarray(0, end).toString('latin1').split(' ');
  const payload = data.subarray(end + 1);
  if (magic !== MAGIC || cacheKey !== key || rest.length || payloadHash !== sha256(payload)) return undefined;
  return payload;
}

function writeCache(file: string, key: string, payload: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(`${MAGIC} ${key} ${sha256(payload)}\n`, 'latin1'), payload]));
    renameSync(temp, file);
  } catch {
    // A read-only installation, a full disk: the next start compiles, as without a cache.
    try { unlinkSync(temp); } catch { /* never written */ }
  }
}
