// The one way the command line writes a file (`check --fix`, every `-o`, `markup`'s drafts): a
// temporary file in the same folder, then a rename over the target, so that an interrupted run or
// a full disk never leaves a half-written article or report (rename is atomic on one file system,
// which the same folder guarantees). The target's permissions (and, where we may, its owner) are
// kept. A symbolic link is written through: its target gets the text and the link stays a link.
// A file that does not exist yet is created the same way, so that no reader ever sees half of it.
//
// Guards, because a rename replaces whatever is there: a read-only target (no write bit, even for
// root, who may write anyway) is refused; with `unchangedSince`, a target whose bytes are no
// longer those that were read (someone saved it during the run) is refused; with `within`, a
// symbolic link whose target lies outside those folders is refused. A refusal throws
// WriteRefused and a failure WriteFailed; either way the target is as it was and the temporary
// file is gone. Temporary files are named `.NAME.newsmark-tmp-PID-RANDOM`, so that one left by a
// killed run is recognisable, and the next write into that folder removes those whose process is
// gone.

import { accessSync, chmodSync, chownSync, closeSync, constants, lstatSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { reason } from '../workspace/walk';

export interface WriteGuards {
  /** The bytes the target held when it was read: if it holds others now, it is not replaced. */
  unchangedSince?: Buffer;
  /** Real paths of what the user named: a symbolic link is written through only into these. */
  within?: readonly string[];
}

/** The target was left alone to protect it (read-only, changed meanwhile, a link out of the paths given). */
export class WriteRefused extends Error {}

/** The write failed (a full disk, a folder without write permission); the message says why and where, in words. */
class WriteFailed extends Error {}

/**
 * Seams for the tests, which drive the steps a real run cannot be stopped between: the temporary
 * file's write (to fail it as a full disk would) and the moment before the rename (to change the
 * target as an editor saving it would). Never set outside tests.
 */
export const writeSeams: {
  /** Each piece of text written to the temporary file; the first (empty) one creates it (`wx`). */
  writeTemporary?: (temp: string, text: string, flag: 'wx' | 'a') => void;
  beforeReplace?: (target: string) => void;
} = {};

const TEMP_MARK = '.newsmark-tmp-';
const cleanedFolders = new Set<string>();

export function writeAtomically(link: string, text: string, guards: WriteGuards = {}): void {
  const file = openAtomically(link, guards);
  file.write(text);
  file.commit();
}

/**
 * A file written piece by piece (the report of `check`, as the files finish) and put in its place
 * only by `commit`. The guards are those of writeAtomically, `unchangedSince` checked at the
 * commit. A failing `write` or `commit` removes the temporary file before it throws; `abandon`
 * removes it without putting anything in place.
 */
export interface AtomicFile {
  write(text: string): void;
  commit(): void;
  abandon(): void;
}

export function openAtomically(link: string, guards: WriteGuards = {}): AtomicFile {
  const file = existingRealPath(link) ?? path.resolve(link);
  if (guards.within && file !== path.resolve(link) && !guards.within.some((root) => isInside(file, root))) {
    throw new WriteRefused(`it is a symbolic link to "${shown(file)}", outside the paths given`);
  }
  const stat = statOrUndefined(file);
  if (stat && !stat.isFile()) {
    if (stat.isDirectory()) throw new WriteFailed(reason({ code: 'EISDIR' }));
    // A device or a FIFO (`-o /dev/null`): a stream, written into; renaming over it would replace it.
    return intoStream(file);
  }
  if (stat && !isWritable(file, stat)) throw new WriteRefused('it is read-only (no write permission)');

  const dir = path.dirname(file);
  removeStaleTemporaries(dir);
  const temp = path.join(dir, `.${path.basename(file).slice(0, 100)}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  const removeTemporary = () => {
    try { unlinkSync(temp); } catch { /* never created, or already renamed */ }
  };
  /** Runs a step; when it fails, the temporary file goes before the error is thrown on. */
  const orRemove = (step: () => void) => {
    try {
      step();
    } catch (e) {
      removeTemporary();
      throw e;
    }
  };
  const put = (text: string, flag: 'wx' | 'a') => orRemove(() => writeOrExplain(() => (writeSeams.writeTemporary ?? writeTemporary)(temp, text, flag), `writing a temporary copy in "${shown(dir)}"`));
  put('', 'wx'); // created now, so that an empty text still replaces the target
  return {
    write: (text) => { if (text) put(text, 'a'); },
    abandon: removeTemporary,
    commit: () => orRemove(() => {
      if (stat) {
        try { chownSync(temp, stat.uid, stat.gid); } catch { /* only root may give a file away */ }
        chmodSync(temp, stat.mode & 0o7777); // after chown, which may clear set-id bits
      }
      writeSeams.beforeReplace?.(file);
      if (guards.unchangedSince && !holds(file, guards.unchangedSince)) {
        throw new WriteRefused('it changed on disk while it was being fixed (run again to fix the new text)');
      }
      writeOrExplain(() => renameSync(temp, file), `putting the new text in its place in "${shown(dir)}"`);
    }),
  };
}

function writeTemporary(temp: string, text: string, flag: 'wx' | 'a'): void {
  writeFileSync(temp, text, { encoding: 'utf8', flag });
}

/** A device or FIFO, opened once and written into piece by piece. */
function intoStream(file: string): AtomicFile {
  let fd: number | undefined;
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  const write = (text: string) => writeOrExplain(() => {
    fd ??= openSync(file, 'w');
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
  }, 'writing into it');
  write(''); // opened now, as writing the whole text at once would
  return { write, commit: close, abandon: close };
}

/** Runs one step of the write; its error becomes a WriteFailed that says what was being done. */
function writeOrExplain(step: () => void, doing: string): void {
  try {
    step();
  } catch (e) {
    if (e instanceof WriteRefused || e instanceof WriteFailed) throw e;
    throw new WriteFailed(`${reason(e)} (while ${doing})`);
  }
}

/** Root may write anything: the permission bits say what the owner meant, and they are respected. */
function isWritable(file: string, stat: Stats): boolean {
  if ((stat.mode & 0o222) === 0) return false;
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether the file still holds exactly these bytes (a vanished file does not). */
function holds(file: string, bytes: Buffer): boolean {
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/**
 * Removes the temporary files of runs that were killed before their rename: ours by their name,
 * stale when no process with their PID lives on this machine. Once per folder and run.
 */
function removeStaleTemporaries(dir: string): void {
  if (cleanedFolders.has(dir)) return;
  cleanedFolders.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = temporaryOwner(name);
    if (pid === undefined || processLives(pid)) continue;
    const full = path.join(dir, name);
    try {
      if (lstatSync(full).isFile()) unlinkSync(full);
    } catch { /* another run removed it first */ }
  }
}

/** The PID in `.NAME.newsmark-tmp-PID-RANDOM`; undefined for any other name. */
function temporaryOwner(name: string): number | undefined {
  const at = name.lastIndexOf(TEMP_MARK);
  if (!name.startsWith('.') || at < 1) return undefined;
  const [pid, random, ...rest] = name.slice(at + TEMP_MARK.length).split('-');
  if (rest.length || !/^\d{1,10}$/.test(pid) || !/^[a-z0-9]{1,16}$/.test(random ?? '')) return undefined;
  return Number(pid);
}

function processLives(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function shown(file: string): string {
  return path.relative(process.cwd(), file) || '.';
}

function existingRealPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
