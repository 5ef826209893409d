// The `.news` articles of the workspace folders, for workspace symbols. The folders are walked in
// the background by the walker the command line uses (workspace/walk.ts: asynchronous,
// `.gitignore`-aware), first after `initialized`; requests never wait for a walk: they answer with
// what is indexed so far. Files are parsed by a language service of their own; an article open in
// the editor is taken in its live version instead. When the client watches `**/*.news` for us, its
// events keep the index fresh; otherwise a request starts a new background walk when the last one
// is older than RESCAN_INTERVAL_MS, re-reading only files whose size or modification time changed.

import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { LanguageService, lineLogger, type ArticleDocument, type Cancellation, type ParsedArticle, type ServiceOptions } from '../service';
import { GitIgnores, isArticlePath, isWalked, walkFiles } from '../workspace/walk';
import { uriToPath } from './fileUri';

const RESCAN_INTERVAL_MS = 2000;
/** A guard against a workspace folder that is a home directory or a disk root. */
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface DiskArticle extends ArticleDocument {
  mtimeMs: number;
  size: number;
}

export interface OpenDocuments {
  get(uri: string): ArticleDocument | undefined;
  all(): ArticleDocument[];
}

export class WorkspaceIndex {
  private readonly diskService: LanguageService;
  private readonly files = new Map<string, DiskArticle>();
  private roots: string[] = [];
  private started = false;
  /** The walk under way, if any; a second one asked for meanwhile runs right after it. */
  private scanning?: Promise<void>;
  private scanAgain = false;
  /** Bumped when the roots change: a walk of the old roots must not fill the index. */
  private generation = 0;
  private lastScan = -Infinity;
  private nextVersion = 1;
  /** True once the client has agreed to send `workspace/didChangeWatchedFiles` for `.news` files. */
  watching = false;
  /** The speaker registry an article on disk is read against (its speakers' mentions, the cross-file features). */
  registryOf: (uri: string) => ServiceOptions['registry'] = () => undefined;

  constructor(
    private readonly parseOpen: (doc: ArticleDocument) => ParsedArticle,
    private readonly open: OpenDocuments,
    private readonly log: (message: string) => void,
    private readonly maxFiles = MAX_FILES,
  ) {
    this.diskService = new LanguageService({ logger: lineLogger(log) });
  }

  /** Workspace folder uris (`file:` only: other schemes have no disk to walk). */
  setRoots(uris: readonly string[]): void {
    this.roots = [...new Set(uris.map(uriToPath).filter((p): p is string => !!p))];
    this.generation++;
    this.files.clear();
    this.lastScan = -Infinity;
    if (this.started) void this.rescan();
  }

  /** After `initialized`: the first walk, in the background. */
  start(): void {
    this.started = true;
    void this.rescan();
  }

  /** `workspace/didChangeWatchedFiles`: re-read just the articles named (in the background). */
  filesChanged(uris: readonly string[]): void {
    const generation = this.generation;
    const ignores = new GitIgnores();
    for (const uri of uris) {
      const file = uriToPath(uri);
      if (!file || !isArticlePath(file)) continue;
      void (async () => {
        const walked = (await Promise.all(this.roots.map((root) => isWalked(file, root, ignores)))).some(Boolean);
        if (generation !== this.generation) return;
        if (walked) await this.readFile(file, uri, generation);
        else this.drop(uri);
      })().catch((e: unknown) => this.log(`newsmark: could not index ${file}: ${String(e)}`));
    }
  }

  /** Every article indexed so far plus the open ones, parsed; never waits for a walk. */
  articles(token: Cancellation): ParsedArticle[] {
    if (this.started && !this.watching && Date.now() - this.lastScan >= RESCAN_INTERVAL_MS) void this.rescan();
    const out: ParsedArticle[] = [];
    const seen = new Set<string>();
    for (const doc of this.open.all()) {
      if (token.isCancellationRequested) return out;
      seen.add(doc.uri);
      out.push(this.parseOpen(doc));
    }
    for (const [uri, file] of this.files) {
      if (token.isCancellationRequested) return out;
      if (seen.has(uri)) continue;
      out.push(this.diskService.parse(file, { registry: this.registryOf(uri) }));
    }
    return out;
  }

  /** Resolves when no walk is under way (tests and benchmarks). */
  async idle(): Promise<void> {
    while (this.scanning) await this.scanning;
  }

  private rescan(): Promise<void> {
    if (this.scanning) {
      this.scanAgain = true;
      return this.scanning;
    }
    this.scanning = this.scan()
      .catch((e: unknown) => this.log(`newsmark: indexing the workspace failed: ${String(e)}`))
      .finally(() => {
        this.scanning = undefined;
        if (this.scanAgain) {
          this.scanAgain = false;
          void this.rescan();
        }
      });
    return this.scanning;
  }

  private async scan(): Promise<void> {
    const generation = this.generation;
    const found: string[] = [];
    const ignores = new GitIgnores();
    const full = () => found.length >= this.maxFiles || generation !== this.generation;
    for (const root of this.roots) {
      await walkFiles(root, ignores, (file) => { if (isArticlePath(file) && found.length < this.maxFiles) found.push(file); }, { shouldStop: full });
    }
    if (generation !== this.generation) return;
    const uris = new Set<string>();
    for (const file of found) {
      const uri = pathToFileURL(file).toString();
      uris.add(uri);
      await this.readFile(file, uri, generation);
    }
    if (generation !== this.generation) return;
    for (const uri of [...this.files.keys()]) if (!uris.has(uri)) this.drop(uri);
    this.lastScan = Date.now();
  }

  private drop(uri: string): void {
    this.files.delete(uri);
    this.diskService.forget(uri);
  }

  /** Reads a file unless the copy in the index has the same size and modification time. */
  private async readFile(file: string, uri: string, generation: number): Promise<void> {
    try {
      const info = await stat(file);
      if (!info.isFile() || info.size > MAX_FILE_BYTES) return this.drop(uri);
      const known = this.files.get(uri);
      if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return;
      const text = await readFile(file, 'utf8');
      if (generation !== this.generation) return;
      const version = this.nextVersion++;
      this.diskService.forget(uri);
      this.files.set(uri, { uri, version, getText: () => text, mtimeMs: info.mtimeMs, size: info.size });
    } catch (e) {
      this.drop(uri);
      if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') this.log(`newsmark: could not read ${file}: ${String(e)}`);
    }
  }
}
