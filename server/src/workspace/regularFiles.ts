// Reading files that a repository controls (configuration files, `.gitignore`, articles) without
// trusting what they are: git stores symbolic links, so a pull request can bring a
// `.newsmarkrc.json -> /dev/zero` (read without end) or a FIFO (an open that waits for ever).
// Only regular files are read: the file is opened non-blocking (a FIFO's open would wait for a
// writer), then its type is taken with fstat on the open descriptor (so a swap between a check
// and the open cannot fool it), and reading stops past a size cap. Shared by the command line and
// the language server, which read configuration through workspace/configFiles.ts and walk.ts.

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** The largest configuration file (`.newsmarkrc.json`, `package.json`, `.gitignore`) read: 1 MB. */
export const CONFIG_SIZE_CAP = 1 << 20;
const CHUNK = 1 << 16;
// O_NONBLOCK does not exist on Windows, which has no FIFOs to fear.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A file that exists but is not read: not a regular file, or over the cap. The message says which. */
export class RefusedFile extends Error {}

/** The bytes of a regular file (at most `cap`); rejects with RefusedFile, or the file system's error. */
export async function readRegularFile(file: string, cap = Infinity): Promise<Buffer> {
  const handle = await open(file, READ_FLAGS);
  try {
    refuseUnlessRegular(await handle.stat(), cap);
    const out = new Collected(cap);
    for (let b = Buffer.allocUnsafe(CHUNK); out.add(b, (await handle.read(b, 0, CHUNK, null)).bytesRead); b = Buffer.allocUnsafe(CHUNK));
    return out.bytes();
  } finally {
    await handle.close();
  }
}

/** readRegularFile for synchronous callers (the command line's per-file work, in worker threads). */
export function readRegularFileSync(file: string, cap = Infinity): Buffer {
  const fd = openSync(file, READ_FLAGS);
  try {
    const stat = fstatSync(fd);
    refuseUnlessRegular(stat, cap);
    const out = new Collected(cap);
    // The first buffer is the size fstat gave, one byte over: a read that does not fill it has met
    // the end (a regular file's reads come up short only there), so that an article costs one
    // small buffer and one read, not two of 64 KB (`check` reads thousands). A file that grew
    // since fstat fills it, and is read on in chunks.
    for (let b = Buffer.allocUnsafe(stat.size + 1); ; b = Buffer.allocUnsafe(CHUNK)) {
      const n = readSync(fd, b, 0, b.length, null);
      if (!out.add(b, n) || n < b.length) break;
    }
    return out.bytes();
  } finally {
    closeSync(fd);
  }
}

/** What was read so far, refused past the cap while reading too (a file may grow after fstat). */
class Collected {
  private readonly chunks: Buffer[] = [];
  private total = 0;

  constructor(private readonly cap: number) {}

  /** Keeps the first `n` bytes of `buffer`; false at the end of the file. */
  add(buffer: Buffer, n: number): boolean {
    if (n === 0) return false;
    this.total += n;
    if (this.total > this.cap) throw tooLarge(this.cap);
    this.chunks.push(buffer.subarray(0, n));
    return true;
  }

  bytes(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.total);
  }
}

function refuseUnlessRegular(stat: Stats, cap: number): void {
  if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!stat.isFile()) throw new RefusedFile(`it is ${kindOf(stat)}, not a regular file (refused)`);
  if (stat.size > cap) throw tooLarge(cap);
}

function tooLarge(cap: number): RefusedFile {
  return new RefusedFile(`it is larger than ${sizeText(cap)}, the limit for this file (refused)`);
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

function sizeText(bytes: number): string {
  return bytes % (1 << 20) === 0 ? `${bytes / (1 << 20)} MB` : `${bytes} bytes`;
}
