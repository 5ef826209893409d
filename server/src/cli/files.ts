// Which files `newsmark check` reads: named files as given, every `.news` below a named folder,
// and the `.news` files a glob matches. `.gitignore` files (of the walked folders and of their
// ancestors up to the repository root) are respected the way git does: a deeper file can
// re-include what a higher one ignored, and an ignored folder is not entered at all.

import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globBase, globMatcher, isGlob } from './glob';

export const ARTICLE_EXTENSION = '.news';
/** Never worth entering, whatever .gitignore says. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

export interface FileSelection {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Arguments that named nothing (a missing file, a glob without matches): usage errors. */
  problems: string[];
}

export function selectFiles(args: readonly string[], cwd: string): FileSelection {
  const files = new Set<string>();
  const problems: string[] = [];
  const ignores = new GitIgnores();
  for (const arg of args.length ? args : ['.']) {
    const pattern = arg.replace(/\\/g, '/');
    if (isGlob(pattern) && !exists(path.resolve(cwd, arg))) {
      const matches = walkGlob(pattern, cwd, ignores);
      if (!matches.length) problems.push(`no ${ARTICLE_EXTENSION} files match "${arg}"`);
      matches.forEach((f) => files.add(f));
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (e) {
      problems.push(`cannot read "${arg}": ${reason(e)}`);
      continue;
    }
    if (stat.isDirectory()) walk(absolute, ignores, (file) => { if (file.endsWith(ARTICLE_EXTENSION)) files.add(file); });
    else files.add(absolute); // named explicitly: checked even when ignored or named otherwise
  }
  return { files: [...files].sort(), problems };
}

/** The articles (`.news` files) that a glob matches: `stories/*` leaves a README or an image out. */
function walkGlob(pattern: string, cwd: string, ignores: GitIgnores): string[] {
  const absolutePattern = path.isAbsolute(pattern);
  const base = path.resolve(cwd, globBase(pattern));
  const matches = globMatcher(absolutePattern ? pattern : pattern.replace(/^\.\//, ''));
  const out: string[] = [];
  if (!exists(base)) return out;
  walk(base, ignores, (file) => {
    const candidate = absolutePattern ? file.split(path.sep).join('/') : relativePath(cwd, file);
    if (file.endsWith(ARTICLE_EXTENSION) && matches(candidate)) out.push(file);
  });
  return out;
}

/** Calls `visit` for every file below `dir` that no .gitignore excludes. */
function walk(dir: string, ignores: GitIgnores, visit: (file: string) => void): void {
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue; // an unreadable folder below a named one holds nothing we were asked for
    }
    const rules = ignores.forFolder(current);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const full = path.join(current, entry.name);
      // Symbolic links to folders are not followed: they can loop.
      const isDir = entry.isDirectory();
      const isFile = entry.isFile() || (entry.isSymbolicLink() && isRegularFile(full));
      if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
      if (!isDir && !isFile) continue;
      if (rules.ignored(full, isDir)) continue;
      if (isDir) stack.push(full);
      else visit(full);
    }
  }
}

/** The .gitignore rules that apply in a folder: its own and those of its ancestors. */
class GitIgnores {
  private readonly chains = new Map<string, IgnoreChain>();

  forFolder(dir: string): IgnoreChain {
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const parent = path.dirname(dir);
    // Rules above a repository root do not apply inside it.
    const inherited = parent === dir || exists(path.join(dir, '.git')) ? new IgnoreChain([]) : this.forFolder(parent);
    const own = readGitIgnore(dir);
    const chain = own ? new IgnoreChain([...inherited.levels, { dir, rules: own }]) : inherited;
    this.chains.set(dir, chain);
    return chain;
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

function readGitIgnore(dir: string): Ignore | undefined {
  try {
    return ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function isRegularFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A path as reports show it: relative to the current folder, with forward slashes. */
export function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}

/** One line for an error from the file system: "no such file or directory". */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a folder',
    ELOOP: 'too many symbolic links',
    ENOTDIR: 'a part of the path is not a folder',
  };
  if (code && known[code]) return known[code];
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0];
}
