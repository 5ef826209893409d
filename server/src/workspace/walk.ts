// The one walk over a folder tree, shared by the command line (`newsmark check`) and the language
// server's workspace index, so that both see the same set of articles. Asynchronous (it never
// holds the server's event loop for a whole tree), and `.gitignore`-aware the way git is: the
// `.gitignore` files of the walked folders and of their ancestors up to the repository root apply,
// a deeper file can re-include what a higher one ignored, and an ignored folder is not entered.
// Bounded: `.git` and `node_modules` are never entered, symbolic links to folders are not followed
// (they can loop), and a caller may stop the walk or cap the number of files.

import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CONFIG_SIZE_CAP, readRegularFile, RefusedFile } from './regularFiles';

export const ARTICLE_EXTENSION = '.news';
/** Never worth entering, whatever .gitignore says. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

export const isArticlePath = (file: string): boolean => file.endsWith(ARTICLE_EXTENSION);

export interface WalkOptions {
  /** Checked before each folder: true ends the walk early (cancelled, or enough files). */
  shouldStop?: () => boolean;
}

/** Calls `visit` for every file below `dir` that no .gitignore excludes, folder by folder. */
export async function walkFiles(dir: string, ignores: GitIgnores, visit: (file: string) => void, options: WalkOptions = {}): Promise<void> {
  // Iterative, so that a deep tree cannot overflow the stack.
  const stack = [dir];
  while (stack.length) {
    if (options.shouldStop?.()) return;
    const current = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      continue; // an unreadable or vanished folder holds nothing we can report
    }
    const rules = await ignores.forFolder(current);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const full = path.join(current, entry.name);
      const isDir = entry.isDirectory();
      if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await isRegularFile(full)));
      if (!isDir && !isFile) continue;
      if (rules.ignored(full, isDir)) continue;
      if (isDir) stack.push(full);
      else visit(full);
    }
  }
}

/**
 * Told about a `.gitignore` that is refused (not a regular file, or over 1 MB): its rules are left
 * out and the walk goes on. `message` says why.
 */
type RefusalListener = (file: string, message: string) => void;

/** The .gitignore rules that apply in a folder: its own and those of its ancestors. */
export class GitIgnores {
  private readonly chains = new Map<string, Promise<IgnoreChain>>();

  constructor(private readonly onRefused: RefusalListener = () => {}) {}

  forFolder(dir: string): Promise<IgnoreChain> {
    let chain = this.chains.get(dir);
    if (!chain) {
      chain = this.build(dir);
      this.chains.set(dir, chain);
    }
    return chain;
  }

  private async build(dir: string): Promise<IgnoreChain> {
    const parent = path.dirname(dir);
    // Rules above a repository root do not apply inside it.
    const inherited = parent === dir || (await exists(path.join(dir, '.git'))) ? new IgnoreChain([]) : await this.forFolder(parent);
    const own = await readGitIgnore(dir, this.onRefused);
    return own ? new IgnoreChain([...inherited.levels, { dir, rules: own }]) : inherited;
  }
}

class IgnoreChain {
  constructor(readonly levels: { dir: string; rules: Ignore }[]) {}

  ignored(file: string, isDir: boolean): boolean {
    let ignored = false;
    for (const { dir, rules } of this.levels) {
      const rel = path.relative(dir, file).split(path.sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      const verdict = rules.test(isDir ? `${rel}/` : rel);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }
}

async function readGitIgnore(dir: string, onRefused: RefusalListener): Promise<Ignore | undefined> {
  const file = path.join(dir, '.gitignore');
  try {
    return ignore().add((await readRegularFile(file, CONFIG_SIZE_CAP)).toString('utf8'));
  } catch (e) {
    if (e instanceof RefusedFile) onRefused(file, e.message);
    return undefined; // absent or unreadable: no rules, as git does
  }
}

export async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

async function isRegularFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Errors of the file system in words, without Node's "ENOSPC: ..., write" jargon. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'is a folder',
  ELOOP: 'too many symbolic links',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'no space left on the device (the disk is full)',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EIO: 'the device reported an input/output error',
  EFBIG: 'the file is too large for the file system',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EEXIST: 'the file already exists',
};

/** One line for an error from the file system: "no such file or directory". */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && REASONS[code]) return REASONS[code];
  let line = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  // An unlisted code: "EXYZ: what happened, syscall 'path'" keeps only "what happened".
  if (code && line.startsWith(`${code}: `)) {
    line = line.slice(code.length + 2);
    const comma = line.indexOf(', ');
    if (comma > 0) line = line.slice(0, comma);
  }
  return line;
}

/**
 * Whether the walk from `root` would reach `file`: below the root, through no skipped or ignored
 * folder, and not ignored itself. For files named by watcher events, which the walk did not see.
 */
export async function isWalked(file: string, root: string, ignores: GitIgnores): Promise<boolean> {
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const parts = rel.split(path.sep);
  let dir = root;
  for (const [i, part] of parts.entries()) {
    const isDir = i < parts.length - 1;
    if (isDir && ALWAYS_SKIPPED.has(part)) return false;
    const full = path.join(dir, part);
    if ((await ignores.forFolder(dir)).ignored(full, isDir)) return false;
    dir = full;
  }
  return true;
}
