// The `.news` articles of the workspace folders, for the cross-file features (workspace symbols, a
// registry speaker's references and rename, the registry's lenses, the Speakers view and the
// report). The folders are walked in
// the background by the walker the command line uses (workspace/walk.ts: asynchronous,
// `.gitignore`-aware), first after `initialized`; requests never wait for a walk: they answer with
// what is indexed so far. Files are parsed by a language service of their own; an article open in
// the editor is taken in its live version instead. When the client watches `**/*.news` for us, its
// events keep the index fresh; otherwise a request starts a new background walk when the last one
// is older than RESCAN_INTERVAL_MS, re-reading only files whose size or modification time changed.
// Each file read is parsed right away (between reads, so requests interleave), so that the first
// cross-file request finds the index parsed. The first walk of a set of folders shows its progress
// in the editor ("Indexing N of M articles", when the client supports `window/workDoneProgress`).
//
// Of a file on disk the index keeps only its summary (service/archive/articleSummary.ts), made
// right after the parse; the text and the tree are dropped, so that memory grows with speakers,
// quotes and mentions, not with text (issue 11, "Scale"). A summary depends on the speaker
// registry the file was read against: when that registry changes, `current` reads the file again
// before it answers (asynchronously, one file at a time), so that the answers stay exact.

import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { asSummary, LanguageService, lineLogger, summarizeForWorkspace, type ArticleDocument, type ArticleSummary, type Cancellation, type ParsedArticle, type ServiceOptions } from '../service';
import { GitIgnores, isArticlePath, isWalked, walkFiles } from '../workspace/walk';
import { uriToPath } from './fileUri';

const RESCAN_INTERVAL_MS = 2000;
/** A guard against a workspace folder that is a home directory or a disk root; ten times a large newsroom archive (issue 11: 10,000 articles). */
const MAX_FILES = 50_000;
/** Progress in the editor is reported at most this often (a report is a message to the client). */
const PROGRESS_INTERVAL_MS = 250;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface DiskArticle {
  path: string;
  mtimeMs: number;
  size: number;
  /** What the cross-file features need of it, and the registry it was read against. */
  summary: ArticleSummary;
  registry: ServiceOptions['registry'];
}

/** What the index needs of an LSP work-done progress (`WorkDoneProgressReporter`). */
export interface IndexProgress {
  begin(title: string, percentage?: number, message?: string): void;
  report(percentage: number, message?: string): void;
  done(): void;
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
  /** Called when an article on disk is indexed, read again or dropped (the Speakers view's refresh). */
  changed: () => void = () => undefined;
  /** Starts a progress in the editor (the server passes `window.createWorkDoneProgress`); none by default. */
  createProgress: () => Promise<IndexProgress | undefined> = () => Promise.resolve(undefined);

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

  /**
   * Every article indexed so far plus the open ones (summarised from their live tree); never waits
   * for a walk. A file read against another registry than today's is answered as it was read.
   */
  articles(token: Cancellation): ArticleSummary[] {
    if (this.started && !this.watching && Date.now() - this.lastScan >= RESCAN_INTERVAL_MS) void this.rescan();
    const out: ArticleSummary[] = [];
    const seen = new Set<string>();
    for (const doc of this.open.all()) {
      if (token.isCancellationRequested) return out;
      seen.add(doc.uri);
      out.push(asSummary(this.parseOpen(doc)));
    }
    for (const [uri, file] of this.files) {
      if (token.isCancellationRequested) return out;
      if (!seen.has(uri)) out.push(file.summary);
    }
    return out;
  }

  /** As `articles`, after reading again the files whose registry has changed since they were read. */
  async current(token: Cancellation): Promise<ArticleSummary[]> {
    const generation = this.generation;
    for (const [uri, file] of [...this.files]) {
      if (token.isCancellationRequested || generation !== this.generation) break;
      if (!sameSource(file.registry, this.registryOf(uri)) && !this.open.get(uri)) await this.readFile(file.path, uri, generation, true);
    }
    return this.articles(token);
  }

  /** The summary of an article on disk, read against the registry that applies to it now. */
  private summarize(uri: string, text: string): { summary: ArticleSummary; registry: ServiceOptions['registry'] } {
    const registry = this.registryOf(uri);
    const article = this.diskService.parse({ uri, version: this.nextVersion++, getText: () => text }, { registry });
    // An article on disk is not edited: its incremental parser and checks' caches would only take memory.
    this.diskService.forget(uri);
    return { summary: summarizeForWorkspace(article), registry };
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
    // Only the first walk of these folders is shown: later ones re-read little, every few seconds.
    const progress = this.lastScan === -Infinity && this.roots.length ? await this.beginProgress() : undefined;
    try {
      await this.walkAndRead(progress);
    } finally {
      progress?.done();
    }
  }

  private async walkAndRead(progress: ThrottledProgress | undefined): Promise<void> {
    const generation = this.generation;
    const found: string[] = [];
    const ignores = new GitIgnores();
    const full = () => found.length >= this.maxFiles || generation !== this.generation;
    for (const root of this.roots) {
      await walkFiles(root, ignores, (file) => {
        if (!isArticlePath(file) || found.length >= this.maxFiles) return;
        found.push(file);
        progress?.report(0, `Found ${found.length} articles`);
      }, { shouldStop: full });
    }
    if (generation !== this.generation) return;
    const uris = new Set<string>();
    for (const [n, file] of found.entries()) {
      const uri = pathToFileURL(file).toString();
      uris.add(uri);
      await this.readFile(file, uri, generation);
      progress?.report(Math.floor((100 * (n + 1)) / found.length), `Indexing ${n + 1} of ${found.length} articles`);
    }
    if (generation !== this.generation) return;
    for (const uri of [...this.files.keys()]) if (!uris.has(uri)) this.drop(uri);
    this.lastScan = Date.now();
  }

  private async beginProgress(): Promise<ThrottledProgress | undefined> {
    try {
      const progress = await this.createProgress();
      progress?.begin('NewsMark', 0, 'Indexing articles');
      return progress && new ThrottledProgress(progress);
    } catch (e) {
      // A client that refuses the progress token still gets its index.
      this.log(`newsmark: no indexing progress: ${String(e)}`);
      return undefined;
    }
  }

  private drop(uri: string): void {
    if (this.files.delete(uri)) this.changed();
    this.diskService.forget(uri);
  }

  /** Reads a file unless the copy in the index has the same size and modification time (or `again`). */
  private async readFile(file: string, uri: string, generation: number, again = false): Promise<void> {
    try {
      const info = await stat(file);
      if (!info.isFile() || info.size > MAX_FILE_BYTES) return this.drop(uri);
      const known = this.files.get(uri);
      if (!again && known && known.mtimeMs === info.mtimeMs && known.size === info.size) return;
      const text = await readFile(file, 'utf8');
      if (generation !== this.generation) return;
      // Summarised now, in the background, so that a cross-file request does not parse the whole index.
      this.files.set(uri, { path: file, mtimeMs: info.mtimeMs, size: info.size, ...this.summarize(uri, text) });
      this.changed();
    } catch (e) {
      this.drop(uri);
      if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') this.log(`newsmark: could not read ${file}: ${String(e)}`);
    }
  }
}

function sameSource(a: ServiceOptions['registry'], b: ServiceOptions['registry']): boolean {
  return a?.uri === b?.uri && a?.text === b?.text;
}

/** Reports at most every PROGRESS_INTERVAL_MS, and always the last step (100%). */
class ThrottledProgress {
  private last = -Infinity;
  constructor(private readonly progress: IndexProgress) {}

  report(percentage: number, message: string): void {
    const now = Date.now();
    if (percentage < 100 && now - this.last < PROGRESS_INTERVAL_MS) return;
    this.last = now;
    this.progress.report(percentage, message);
  }

  done(): void {
    this.progress.done();
  }
}
