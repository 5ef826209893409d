// Finding the speaker registry that applies to an article (spec section 7): the nearest
// `speakers.yaml` up the tree from the article's folder, stopping at the workspace folder's root
// (the server) or the file system's root (the command line). Shared by the language server and the
// command line, so that `newsmark check` and the editor read the same registry for the same file.
// Read only when a regular file of at most 1 MB (workspace/regularFiles.ts).

import path from 'node:path';
import { CONFIG_SIZE_CAP, readRegularFile } from './regularFiles';

export const REGISTRY_FILE = 'speakers.yaml';

/** A registry file found on disk. */
export interface FoundRegistry {
  file: string;
  text: string;
}

/** Whether a path (or uri) names a registry file. */
export const isRegistryPath = (file: string): boolean => path.posix.basename(file.replace(/\\/g, '/')) === REGISTRY_FILE;

export class RegistryFiles {
  private readonly byFolder = new Map<string, Promise<FoundRegistry | undefined>>();
  private readonly settled = new Map<string, FoundRegistry | undefined>();

  /** @param stopsAt true for a folder above which no registry is looked for (a workspace folder's root). */
  constructor(private readonly stopsAt: (dir: string) => boolean = () => false) {}

  /** The registry for the files of `dir`, if any; a file that cannot be read counts as none (`onError` hears why). */
  nearest(dir: string, onError: (message: string) => void = () => {}): Promise<FoundRegistry | undefined> {
    let found = this.byFolder.get(dir);
    if (!found) {
      found = this.lookup(dir, onError).then((r) => {
        this.settled.set(dir, r);
        return r;
      });
      this.byFolder.set(dir, found);
    }
    return found;
  }

  /** What `nearest(dir)` found, if it has finished (for callers that cannot wait). */
  known(dir: string): FoundRegistry | undefined {
    return this.settled.get(dir);
  }

  /** After a registry file changed, appeared or went away on disk. */
  forget(): void {
    this.byFolder.clear();
    this.settled.clear();
  }

  private async lookup(dir: string, onError: (message: string) => void): Promise<FoundRegistry | undefined> {
    const file = path.join(dir, REGISTRY_FILE);
    try {
      return { file, text: (await readRegularFile(file, CONFIG_SIZE_CAP)).toString('utf8') };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        onError(`${file}: cannot read the speaker registry: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    }
    const parent = path.dirname(dir);
    return parent === dir || this.stopsAt(dir) ? undefined : this.nearest(parent, onError);
  }
}
