// Finding the configuration that applies to an article: the nearest `.newsmarkrc.json` up the tree
// from it, or a `newsmark` key in the nearest package.json that has one. Shared by the command line
// and the language server, so that both find the same file for the same article. This module only
// finds and parses (JSON data only, never a script); the settings reader in the service validates.
// Files are read only when regular and at most 1 MB (workspace/regularFiles.ts): a configuration
// file that is a link to /dev/zero, a FIFO or a huge file is refused with its name.

import path from 'node:path';
import { CONFIG_SIZE_CAP, readRegularFile, RefusedFile } from './regularFiles';
import { reason } from './walk';

export const CONFIG_FILE = '.newsmarkrc.json';

/** A configuration file that cannot be read or is not JSON; the message names the file (and line). */
export class ConfigError extends Error {
  /** @param refused the file is not a regular file or is too large (workspace/regularFiles.ts). */
  constructor(message: string, readonly refused = false) {
    super(message);
  }
}

/** The raw settings a file holds, with what messages need to name it. */
export interface FoundConfig {
  /** Absolute path; undefined when no file applies. */
  file?: string;
  /** The parsed data (a package.json: its `newsmark` value); undefined when no file applies. */
  raw?: unknown;
  /** Put before keys in messages: `newsmark.` inside a package.json. */
  keyPrefix: string;
}

const NONE: FoundConfig = { keyPrefix: '' };

/** Finds and reads configuration files, once per folder until `forget()`. */
export class ConfigFiles {
  private readonly byFolder = new Map<string, Promise<FoundConfig>>();

  /** @param display how a file is named in messages (the command line: relative to the current folder). */
  constructor(readonly display: (file: string) => string = (file) => file) {}

  /** The configuration that applies to the files of `dir`; rejects with ConfigError for a broken one. */
  nearest(dir: string): Promise<FoundConfig> {
    let found = this.byFolder.get(dir);
    if (!found) {
      found = this.lookup(dir);
      this.byFolder.set(dir, found);
    }
    return found;
  }

  /** After a configuration file changed on disk. */
  forget(): void {
    this.byFolder.clear();
  }

  /** `--config FILE`: that file, which must exist (a package.json must have a `newsmark` key). */
  async explicit(file: string): Promise<FoundConfig> {
    const text = await this.read(file, false);
    const data = parseJson(text!, this.display(file));
    if (path.basename(file) !== 'package.json') return { file, raw: data, keyPrefix: '' };
    if (!hasNewsmarkKey(data)) throw new ConfigError(`${this.display(file)}: newsmark: no such key`);
    return { file, raw: data.newsmark, keyPrefix: 'newsmark.' };
  }

  private async lookup(dir: string): Promise<FoundConfig> {
    const rc = path.join(dir, CONFIG_FILE);
    const rcText = await this.read(rc, true);
    if (rcText !== undefined) return { file: rc, raw: parseJson(rcText, this.display(rc)), keyPrefix: '' };
    const pkg = path.join(dir, 'package.json');
    // A package.json that cannot be read is npm's business, not ours; one refused is named.
    const fromPackage = packageKey(await this.read(pkg, true).catch((e: unknown) => { if (e instanceof ConfigError && e.refused) throw e; return undefined; }));
    if (fromPackage) return { file: pkg, raw: fromPackage.newsmark, keyPrefix: 'newsmark.' };
    const parent = path.dirname(dir);
    return parent === dir ? NONE : this.nearest(parent);
  }

  /** The file's text; undefined when it is absent and `optional`. */
  private async read(file: string, optional: boolean): Promise<string | undefined> {
    try {
      return (await readRegularFile(file, CONFIG_SIZE_CAP)).toString('utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (optional && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
      throw new ConfigError(`${this.display(file)}: cannot read: ${reason(e)}`, e instanceof RefusedFile);
    }
  }
}

/** An object with a `newsmark` key of its own: a package.json that configures us, or an editor's settings payload. */
export const hasNewsmarkKey = (data: unknown): data is { newsmark: unknown } =>
  !!data && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, 'newsmark');

/** The `newsmark` key of a package.json; undefined when absent or not JSON at all (npm's business, not ours). */
function packageKey(text: string | undefined): { newsmark: unknown } | undefined {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(stripBom(text));
    return hasNewsmarkKey(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function parseJson(text: string, shown: string): unknown {
  const json = stripBom(text);
  try {
    return JSON.parse(json);
  } catch (e) {
    const full = e instanceof Error ? e.message : String(e);
    // V8 gives "... in JSON at position 36", or for an unexpected token no position but a quote
    // of the text ("Unexpected token '}', ...\"x\": \n}\" is not valid JSON"), which may span lines.
    const position = / at position (\d+)/.exec(full);
    const offset = position ? Number(position[1]) : errorOffset(json);
    const message = full.replace(/(?: in JSON)? at position \d+[\s\S]*$/, '').replace(/^(Unexpected token .+?), (?:\.\.\.)?"[\s\S]*$/, '$1').split('\n')[0];
    throw new ConfigError(`${shown}${lineColumn(json, offset)}: not valid JSON: ${message}`);
  }
}

/** Where JSON.parse gave up on `json`: the end of its longest prefix that valid JSON could continue. */
function errorOffset(json: string): number {
  const continuable = (k: number): boolean => {
    const prefix = json.slice(0, k);
    try {
      JSON.parse(prefix);
      return true;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const at = / at position (\d+)/.exec(message);
      return message.startsWith('Unexpected end of JSON input') || (at !== null && Number(at[1]) >= prefix.length);
    }
  };
  let lo = 0, hi = json.length; // continuable(lo); the answer lies in [lo, hi]
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (continuable(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** ":2:15": the 1-based line and column of an offset. */
function lineColumn(json: string, offset: number): string {
  const before = json.slice(0, Math.min(offset, json.length));
  const line = before.split('\n').length;
  return `:${line}:${before.length - before.lastIndexOf('\n')}`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
