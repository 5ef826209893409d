// Which files `newsmark check` reads: named files as given, every `.news` below a named folder,
// and the `.news` files a glob matches. Folders are walked by the walker the language server's
// workspace index uses too (workspace/walk.ts), so `.gitignore` is respected the same way in both.
// It also tells where `--fix` may write through a symbolic link: into what the arguments name.

import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSION, exists, GitIgnores, isArticlePath, reason, walkFiles } from '../workspace/walk';
import { globBase, globMatcher, isGlob } from './glob';

export { reason };

export interface FileSelection {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Arguments that named nothing (a missing file, a glob without matches): usage errors. */
  problems: string[];
  /**
   * Real paths of what the arguments name (folders, the folders globs start from, named files),
   * for `--fix`: a symbolic link whose target lies outside all of them is not written through.
   * A named file counts as its own path (its folders resolved), not as its link's target.
   */
  roots: string[];
}

/** `warn`: a line about a `.gitignore` that was refused (not a regular file, or too large) and left out. */
export async function selectFiles(args: readonly string[], cwd: string, warn: (line: string) => void = () => {}): Promise<FileSelection> {
  const files = new Set<string>();
  const problems: string[] = [];
  const roots: string[] = [];
  const ignores = new GitIgnores((file, why) => warn(`"${relativePath(cwd, file)}" left out: ${why}`));
  for (const arg of args.length ? args : ['.']) {
    const pattern = arg.replace(/\\/g, '/');
    if (isGlob(pattern) && !(await exists(path.resolve(cwd, arg)))) {
      roots.push(await realOrResolved(path.resolve(cwd, globBase(pattern))));
      const matches = await walkGlob(pattern, cwd, ignores);
      if (!matches.length) problems.push(`no ${ARTICLE_EXTENSION} files match "${arg}"`);
      matches.forEach((f) => files.add(f));
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch (e) {
      problems.push(`cannot read "${arg}": ${reason(e)}`);
      continue;
    }
    if (info.isDirectory()) {
      roots.push(await realOrResolved(absolute));
      await walkFiles(absolute, ignores, (file) => { if (isArticlePath(file)) files.add(file); });
    } else {
      roots.push(path.join(await realOrResolved(path.dirname(absolute)), path.basename(absolute)));
      files.add(absolute); // named explicitly: checked even when ignored or named otherwise
    }
  }
  return { files: [...files].sort(), problems, roots };
}

async function realOrResolved(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    return p;
  }
}

/** The articles (`.news` files) that a glob matches: `stories/*` leaves a README or an image out. */
async function walkGlob(pattern: string, cwd: string, ignores: GitIgnores): Promise<string[]> {
  const absolutePattern = path.isAbsolute(pattern);
  const base = path.resolve(cwd, globBase(pattern));
  const matches = globMatcher(absolutePattern ? pattern : pattern.replace(/^\.\//, ''));
  const out: string[] = [];
  if (!(await exists(base))) return out;
  await walkFiles(base, ignores, (file) => {
    const candidate = absolutePattern ? file.split(path.sep).join('/') : relativePath(cwd, file);
    if (isArticlePath(file) && matches(candidate)) out.push(file);
  });
  return out;
}

/** A path as reports show it: relative to the current folder, with forward slashes. */
export function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}
