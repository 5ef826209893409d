// The speaker registry each document is read against, for the server: found on disk as the
// command line finds it (workspace/registryFiles.ts: the nearest `speakers.yaml`, up to the
// workspace folder's root), with the live text of the registry when it is open in the editor.
// Handed to the service with each request (`options.registry`); the service parses it once per text.
//
// The registry file itself is recognised by its name (`speakers.yaml`), whatever language id the
// editor gives it (YAML): its requests carry it as their own registry, which the service answers
// as the registry document.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServiceOptions } from '../service';
import { isRegistryPath, RegistryFiles, type FoundRegistry } from '../workspace/registryFiles';
import type { OpenDocuments } from './workspaceIndex';
import { uriToPath } from './fileUri';

type RegistrySource = NonNullable<ServiceOptions['registry']>;

export const isRegistryUri = (uri: string): boolean => isRegistryPath(uri);

export class RegistryStore {
  private roots: string[] = [];
  private readonly files = new RegistryFiles((dir) => this.roots.includes(dir));

  constructor(
    private readonly open: OpenDocuments,
    private readonly log: (message: string) => void,
  ) {}

  setRoots(uris: readonly string[]): void {
    this.roots = uris.map(uriToPath).filter((p): p is string => !!p);
    this.files.forget();
  }

  /** A registry file changed, appeared or went away on disk. */
  changed(): void {
    this.files.forget();
  }

  /** The registry for a document (the registry document is its own). */
  async sourceFor(uri: string): Promise<RegistrySource | undefined> {
    const dir = this.folderOf(uri);
    if (typeof dir !== 'string') return dir?.self;
    return this.fromDisk(await this.files.nearest(dir, (m) => this.log(`newsmark: ${m}`)));
  }

  /** Without waiting: what is known of the registry for a document (the workspace index reads many); a lookup starts if none is. */
  knownFor(uri: string): RegistrySource | undefined {
    const dir = this.folderOf(uri);
    if (typeof dir !== 'string') return dir?.self;
    const found = this.files.known(dir);
    if (!found) void this.files.nearest(dir);
    return this.fromDisk(found);
  }

  /** The folder to look up from, or the answer itself: the registry document is its own registry; other schemes have none. */
  private folderOf(uri: string): string | { self?: RegistrySource } | undefined {
    if (isRegistryUri(uri)) return { self: this.live(uri, undefined) };
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
