// Where `-o` may write: never over one of the command's inputs. A file is the same file whatever
// path names it (another spelling, `./`, `..`, a symbolic link, a hard link): device and inode
// decide. Shared by check, export and markup, which refuse such an output before anything is
// read, fixed or written (status 2).

import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { relativePath } from './files';

/** The same file whatever path names it (symbolic links resolved), or the path when it does not exist. */
export function fileIdentity(file: string): string {
  try {
    const stat = statSync(realpathSync(file));
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return path.resolve(file);
  }
}

/** The refusal to print when `output` (absolute) is one of the inputs (absolute); undefined when it is not. */
export function outputIsAnInput(output: string, inputs: readonly string[], cwd: string, what: string): string | undefined {
  const target = fileIdentity(output);
  const input = inputs.find((file) => fileIdentity(file) === target);
  if (input === undefined) return undefined;
  const same = path.resolve(output) === input ? '' : ` (the same file as "${relativePath(cwd, input)}")`;
  return `refusing to write ${what} to "${relativePath(cwd, output)}": it is an input${same}, which it would overwrite`;
}
