// The speaker registry each document is read against, for the server: found on disk as the
// command line finds it (workspace/registryFiles.ts: the nearest `speakers.yaml`, up to the
// workspace folder's root), with the live text of the registry when it is open in the editor.
// Handed to the service with each request (`options.registry`); the service parses it once per text.
//
// The registry file itself is recognised whatever language id the editor gives it (YAML): by its
// name (`speakers.yaml`), or as a file a `.newsmarkrc.json` names. Its requests carry it as their
// own registry, which the service answers as the registry document. A named registry is known once
// a configuration naming it has been read: for a YAML document, the configuration nearest it and
// those of the workspace folders' roots are read first, so that a registry opened before any
// article is still recognised.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServiceOptions } from '../service';
import { isRegistryPath, RegistryFiles, type FoundRegistry } from '../workspace/registryFiles';
import type { OpenDocuments } from './workspaceIndex';
import { uriToPath } from './fileUri';

type RegistrySource = NonNullable<ServiceOptions['registry']>;

/** The extensions of a file that may be a named registry (a YAML document). */
const YAML_EXTENSIONS = ['.yaml', '.yml'];

/** Whether a path or uri names a YAML file, which only a configuration can make a registry. */
export const isYamlPath = (file: string): boolean => YAML_EXTENSIONS.includes(path.extname(file).toLowerCase());

export class RegistryStore {
  private roots: string[] = [];
  private readonly files = new RegistryFiles((dir) => this.roots.includes(dir));
  /** The named registries `onNamedRegistryFound` has been told of since the last change. */
  private readonly announced = new Set<string>();
  /**
   * A registry a configuration names was found (by an article's lookup): if it was opened before,
   * it was read as no registry, and is to be checked again (set by lsp/sync.ts).
   */
  onNamedRegistryFound: (uri: string) => void = () => {};

  constructor(
    private readonly open: OpenDocuments,
    private readonly log: (message: string) => void,
  ) {}

  setRoots(uris: readonly string[]): void {
    this.roots = uris.map(uriToPath).filter((p): p is string => !!p);
    this.changed();
  }

  /** A registry file changed, appeared or went away on disk. */
  changed(): void {
    this.files.forget();
    this.announced.clear();
  }

  /** Without waiting: whether a uri is a registry file known so far (by its name, or named by a configuration read). */
  isKnownRegistry(uri: string): boolean {
    if (isRegistryPath(uri)) return true;
    const file = uriToPath(uri);
    return !!file && this.files.isNamed(file);
  }

  /** Whether a uri is a registry file, after reading the configurations that could name it. */
  async isRegistry(uri: string): Promise<boolean> {
    if (this.isKnownRegistry(uri)) return true;
    const file = uriToPath(uri);
    if (!file || !isYamlPath(file)) return false;
    // The configuration nearest the file, and the workspace folders' (a registry may be kept outside the folders it serves).
    await Promise.all([path.dirname(file), ...this.roots].map((dir) => this.files.namedFor(dir)));
    return this.files.isNamed(file);
  }

  /** The registry for a document (the registry document is its own). */
  async sourceFor(uri: string): Promise<RegistrySource | undefined> {
    if (await this.isRegistry(uri)) return this.live(uri, undefined);
    const dir = this.folderOf(uri);
    if (typeof dir !== 'string') return dir?.self;
    return this.fromDisk(await this.lookUp(dir));
  }

  /** Without waiting: what is known of the registry for a document (the workspace index reads many); a lookup starts if none is. */
  knownFor(uri: string): RegistrySource | undefined {
    const dir = this.folderOf(uri);
    if (typeof dir !== 'string') return dir?.self;
    const found = this.files.known(dir);
    if (!found) void this.lookUp(dir);
    return this.fromDisk(found);
  }

  /** The registry for the files of a folder; one a configuration names is announced the first time it is found. */
  private async lookUp(dir: string): Promise<FoundRegistry | undefined> {
    const found = await this.files.nearest(dir, (m) => this.log(`newsmark: ${m}`));
    if (found && !isRegistryPath(found.file) && !this.announced.has(found.file)) {
      this.announced.add(found.file);
      this.onNamedRegistryFound(pathToFileURL(found.file).toString());
    }
    return found;
  }

  /** The folder to look up from, or the answer itself: the registry document is its own registry; other schemes have none. */
  private folderOf(uri: string): string | { self?: RegistrySource } | undefined {
    if (this.isKnownRegistry(uri)) return { self: this.live(uri, undefined) };
    const file = uriToPath(uri);
    return file ? path.dirname(file) : undefined;
  }

  private fromDisk(found: FoundRegistry | undefined): RegistrySource | undefined {
    return found && this.live(pathToFileURL(found.file).toString(), found.text);
  }

  /** The open document's text wins over the file's. */
  private live(uri: string, diskText: string | undefined): RegistrySource | undefined {
    const open = this.open.get(uri);
    const text = open ? open.getText() : diskText;
    return text === undefined ? undefined : { uri, text };
  }
}
