// Writing a fixed article: a temporary file in the same folder, then a rename over the original,
// so that an interrupted run never leaves a half-written article (rename is atomic on one file
// system, which the same folder guarantees). The original's permissions (and, where we may, its
// owner) are kept. A symbolic link is written through: its target gets the fixed text and the
// link stays a link. A file that does not exist yet (a draft of `newsmark markup`) is created the
// same way, so that no reader ever sees half of it.

import { chmodSync, chownSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';

export function writeAtomically(link: string, text: string): void {
  const file = existingRealPath(link) ?? path.resolve(link);
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let stat: Stats | undefined;
  try {
    stat = statSync(file);
  } catch {
    stat = undefined;
  }
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    if (stat) {
      try { chownSync(temp, stat.uid, stat.gid); } catch { /* only root may give a file away */ }
      chmodSync(temp, stat.mode & 0o7777); // after chown, which may clear set-id bits
    }
    renameSync(temp, file);
  } catch (e) {
    try { unlinkSync(temp); } catch { /* already gone */ }
    throw e;
  }
}

function existingRealPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
