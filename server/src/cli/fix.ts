// Writing a fixed article: a temporary file in the same folder, then a rename over the original,
// so that an interrupted run never leaves a half-written article (rename is atomic on one file
// system, which the same folder guarantees). The original's permissions are kept.

import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeAtomically(file: string, text: string): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (e) {
    try { unlinkSync(temp); } catch { /* already gone */ }
    throw e;
  }
}
