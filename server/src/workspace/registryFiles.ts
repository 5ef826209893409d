// Finding the speaker registry that applies to an article (spec section 7): the file named by the
// `registry` key of the configuration that applies to the article (workspace/configFiles.ts: the
// nearest `.newsmarkrc.json` or package.json `newsmark` key; the path is relative to that file),
// else the nearest `speakers.yaml` up the tree from the article's folder, stopping at the workspace
// folder's root (the server) or the file system's root (the command line). Shared by the language
// server and the command line, so that `newsmark check` and the editor read the same registry for
// the same file. Read only when a regular file of at most 1 MB (workspace/regularFiles.ts).

import path from 'node:path';
import { readSettings } from '../service';
import { ConfigFiles, type FoundConfig } from './configFiles';
import { CONFIG_SIZE_CAP, readRegularFile } from './regularFiles';
import { reason } from './walk';

const REGISTRY_FILE = 'speakers.yaml';

/**
 * The files an editor watches for registry changes: any YAML file, since a configuration may name
 * a registry of any name (a `speakers.yaml` is one of them); the server tells the registries apart.
 */
export const REGISTRY_WATCH_PATTERNS = ['**/*.yaml', '**/*.yml'];

/** A registry file found on disk. */
export interface FoundRegistry {
  file: string;
  text: string;
}

/** Whether a path (or uri) names a registry file. */
export const isRegistryPath = (file: string): boolean => path.posix.basename(file.replace(/\\/g, '/')) === REGISTRY_FILE;

/** The configuration that applies to a folder's files; by default read by a ConfigFiles of the RegistryFiles' own. */
type ConfigLookup = (dir: string) => Promise<FoundConfig>;

export class RegistryFiles {
  private readonly byFolder = new Map<string, Promise<FoundRegistry | undefined>>();
  private readonly settled = new Map<string, FoundRegistry | undefined>();
  /** The nearest `speakers.yaml` per folder (what applies when no configuration names a registry). */
  private readonly yamlByFolder = new Map<string, Promise<FoundRegistry | undefined>>();
  private readonly ownConfigs = new ConfigFiles();
  /** Every registry file a configuration read so far names (whether or not it can be read). */
  private readonly named = new Set<string>();

  /**
   * @param stopsAt true for a folder above which no `speakers.yaml` is looked for (a workspace folder's root).
   * @param configFor the configuration that applies to a folder (the command line's `--config` or the nearest).
   */
  constructor(
    private readonly stopsAt: (dir: string) => boolean = () => false,
    private readonly configFor: ConfigLookup = (dir) => this.ownConfigs.nearest(dir),
  ) {}

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

  /** The registry file the configuration that applies to `dir` names, if it names one (without reading the registry). */
  async namedFor(dir: string): Promise<string | undefined> {
    return (await this.namedByConfig(dir))?.file;
  }

  /** Whether a configuration read so far names this file as a registry. */
  isNamed(file: string): boolean {
    return this.named.has(file);
  }

  /** After a registry file changed, appeared or went away on disk. */
  forget(): void {
    this.byFolder.clear();
    this.settled.clear();
    this.yamlByFolder.clear();
    this.named.clear();
    this.ownConfigs.forget();
  }

  private async lookup(dir: string, onError: (message: string) => void): Promise<FoundRegistry | undefined> {
    const named = await this.namedByConfig(dir);
    if (named === undefined) return this.nearestYaml(dir, onError);
    // Named on purpose: a file that is missing is a mistake to tell, not a reason to look elsewhere.
    return readRegistry(named.file, onError, `(the "${named.keyPrefix}registry" of ${named.config})`);
  }

  /** The registry the applicable configuration names, if it names one (a broken configuration is told by the settings' reader). */
  private async namedByConfig(dir: string): Promise<{ file: string; config: string; keyPrefix: string } | undefined> {
    let found: FoundConfig;
    try {
      found = await this.configFor(dir);
    } catch {
      return undefined;
    }
    const named = found.file === undefined ? '' : readSettings(found.raw, () => {}, { where: found.file }).registry;
    if (!named) return undefined;
    const file = path.resolve(path.dirname(found.file!), named);
    this.named.add(file);
    return { file, config: found.file!, keyPrefix: found.keyPrefix };
  }

  private nearestYaml(dir: string, onError: (message: string) => void): Promise<FoundRegistry | undefined> {
    let found = this.yamlByFolder.get(dir);
    if (!found) {
      found = this.lookupYaml(dir, onError);
      this.yamlByFolder.set(dir, found);
    }
    return found;
  }

  private async lookupYaml(dir: string, onError: (message: string) => void): Promise<FoundRegistry | undefined> {
    const found = await readRegistry(path.join(dir, REGISTRY_FILE), onError);
    if (found !== 'absent') return found;
    const parent = path.dirname(dir);
    return parent === dir || this.stopsAt(dir) ? undefined : this.nearestYaml(parent, onError);
  }
}

/** The registry file; 'absent' when there is none (or, when `namedBy` is given, undefined after telling `onError`). */
async function readRegistry(file: string, onError: (message: string) => void): Promise<FoundRegistry | 'absent' | undefined>;
async function readRegistry(file: string, onError: (message: string) => void, namedBy: string): Promise<FoundRegistry | undefined>;
async function readRegistry(file: string, onError: (message: string) => void, namedBy?: string): Promise<FoundRegistry | 'absent' | undefined> {
  try {
    return { file, text: (await readRegularFile(file, CONFIG_SIZE_CAP)).toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'ENOENT' || code === 'ENOTDIR') && namedBy === undefined) return 'absent';
    onError(`${file}${namedBy ? ` ${namedBy}` : ''}: cannot read the speaker registry: ${reason(e)}`);
    return undefined;
  }
}
