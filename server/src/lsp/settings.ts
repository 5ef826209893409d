// The settings of each document as the server sees them, in two layers read by the service's one
// settings reader: the nearest `.newsmarkrc.json` (or package.json `newsmark` key) above the
// document, found exactly as the command line finds it (workspace/configFiles.ts), and over it the
// editor settings. The editor layer is asked of the client per document (`workspace/configuration`,
// scopeUri = the document) when it can answer, else it is the last `workspace/didChangeConfiguration`
// payload or the initialization options. Editors must send only what the user set (the VS Code
// client's middleware does; Neovim and others send only what is configured), so that an editor
// default never hides the file. Precedence: defaults < configuration file < editor settings.
// Mistakes are logged once each, naming the file or "editor settings" and the key, and fall back.

import path from 'node:path';
import { EDITOR_SETTINGS, readSettingsLayers, type NewsmarkSettings } from '../service';
import { ConfigFiles, hasNewsmarkKey, type FoundConfig } from '../workspace/configFiles';
import { uriToPath } from './fileUri';

export type { NewsmarkSettings };

/** Where the editor settings come from; `fetch` is `connection.workspace.getConfiguration`. */
export interface SettingsSource {
  /** True when the client answers `workspace/configuration`. */
  readonly pullSupported: boolean;
  fetch(scopeUri: string): Promise<unknown>;
}

/**
 * Settings per document, computed once and cached until the editor settings or a configuration
 * file change. Clients without `workspace/configuration` get one editor layer for every document.
 */
export class SettingsStore {
  private readonly perUri = new Map<string, Promise<NewsmarkSettings>>();
  /** The settings read so far, for the checks that cannot wait (the size limit, sizeLimit.ts). */
  private readonly resolved = new Map<string, NewsmarkSettings>();
  private readonly configFiles = new ConfigFiles();
  /** The editor layer for clients that cannot be asked (raw, read with each document's file layer). */
  private pushed: unknown;
  /** Each settings mistake is logged once, not once per document (until the settings change). */
  private readonly warned = new Set<string>();
  private readonly warn = (message: string) => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.log(`newsmark: ${message}`);
  };

  constructor(
    private readonly source: SettingsSource,
    initial: unknown,
    private readonly log: (message: string) => void,
  ) {
    this.pushed = initial;
  }

  get(uri: string): Promise<NewsmarkSettings> {
    let pending = this.perUri.get(uri);
    if (!pending) {
      const settings: Promise<NewsmarkSettings> = Promise.all([this.editorLayer(uri), this.fileLayer(uri)]).then(([editor, file]) => {
        // The client could not answer: ask again next time (unless asked anew already).
        if (editor.failed && this.perUri.get(uri) === settings) this.perUri.delete(uri);
        const fileSource = file.file ? [{ raw: file.raw, origin: { where: file.file, keyPrefix: file.keyPrefix } }] : [];
        const read = readSettingsLayers([...fileSource, { raw: editor.raw, origin: EDITOR_SETTINGS }], this.warn);
        if (this.perUri.get(uri) === settings) this.resolved.set(uri, read);
        return read;
      });
      pending = settings;
      this.perUri.set(uri, pending);
    }
    return pending;
  }

  /** The settings of `uri` as last read (until re-read after a change), without waiting; undefined until first read. */
  known(uri: string): NewsmarkSettings | undefined {
    return this.resolved.get(uri);
  }

  /**
   * After `workspace/didChangeConfiguration`: drops the cache; the payload is used directly only
   * by clients that cannot be asked (VS Code sends it too, but pulling honours resource scopes).
   */
  changed(payload: unknown): void {
    this.perUri.clear();
    this.warned.clear();
    if (!this.source.pullSupported && hasNewsmarkKey(payload) && payload.newsmark !== undefined) this.pushed = payload.newsmark;
  }

  /** A `.newsmarkrc.json` or package.json changed on disk: find and read them again. */
  configFilesChanged(): void {
    this.configFiles.forget();
    this.perUri.clear();
    this.warned.clear();
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
    this.resolved.delete(uri);
  }

  private async editorLayer(uri: string): Promise<{ raw: unknown; failed?: boolean }> {
    if (!this.source.pullSupported) return { raw: this.pushed };
    try {
      return { raw: await this.source.fetch(uri) };
    } catch (e) {
      this.log(`newsmark: could not read the editor settings of ${uri}: ${String(e)}`);
      return { raw: this.pushed, failed: true };
    }
  }

  /** The configuration file above a document on disk; none for other schemes or a broken file (logged). */
  private async fileLayer(uri: string): Promise<FoundConfig> {
    const file = uriToPath(uri);
    if (!file) return { keyPrefix: '' };
    try {
      return await this.configFiles.nearest(path.dirname(file));
    } catch (e) {
      this.warn(`${e instanceof Error ? e.message : String(e)} (ignored)`);
      return { keyPrefix: '' };
    }
  }
}
