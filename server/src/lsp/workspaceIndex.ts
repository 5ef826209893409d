// The `.news` articles of the workspace folders, for workspace symbols. Files are read from disk
// and parsed by a language service of their own; an article open in the editor is taken in its
// live version instead. When the client watches `**/*.news` for us, its events keep the index
// fresh; otherwise the folders are walked again at most every RESCAN_INTERVAL_MS, re-reading only
// files whose size or modification time changed.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LanguageService, lineLogger, type ArticleDocument, type Cancellation, type ParsedArticle } from '../service';

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
  private lastScan = -Infinity;
  private nextVersion = 1;
  /** True once the client has agreed to send `workspace/didChangeWatchedFiles` for `.news` files. */
  watching = false;

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
    this.files.clear();
    this.lastScan = -Infinity;
  }

  /** `workspace/didChangeWatchedFiles`: re-read just the files named. */
  filesChanged(uris: readonly string[]): void {
    for (const uri of uris) {
      const file = uriToPath(uri);
      if (!file || !file.endsWith('.news')) continue;
      this.diskService.forget(uri);
      this.files.delete(uri);
      this.readFile(file, uri);
    }
  }

  /** Every article of the workspace plus the open ones outside it, parsed. */
  articles(token: Cancellation): ParsedArticle[] {
    this.refresh(token);
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
      out.push(this.diskService.parse(file));
    }
    return out;
  }

  private refresh(token: Cancellation): void {
    const now = Date.now();
    // With file watching, one walk at the start is enough; events do the rest.
    if (this.watching && this.lastScan > -Infinity) return;
    if (!this.watching && now - this.lastScan < RESCAN_INTERVAL_MS) return;
    this.lastScan = now;
    const found = new Set<string>();
    for (const root of this.roots) this.walk(root, found, token);
    if (token.isCancellationRequested) {
      this.lastScan = -Infinity; // an interrupted walk must not count as done
      return;
    }
    for (const uri of [...this.files.keys()]) {
      if (!found.has(uri)) {
        this.files.delete(uri);
        this.diskService.forget(uri);
      }
    }
  }

  private walk(dir: string, found: Set<string>, token: Cancellation): void {
    // Iterative, so a deep tree cannot overflow the stack.
    const stack = [dir];
    while (stack.length) {
      if (token.isCancellationRequested || found.size >= this.maxFiles) return;
      const current = stack.pop()!;
      let entries;
      try {
        entries = readdirSync(current, { withFileTypes: true });
      } catch {
        continue; // unreadable or vanished folder
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const full = path.join(current, entry.name);
        if (entry.isDirectory()) stack.push(full);
        else if (entry.isFile() && entry.name.endsWith('.news')) {
          // Checked per file too: one folder may hold more articles than the whole limit.
          if (found.size >= this.maxFiles) return;
          const uri = pathToFileURL(full).toString();
          found.add(uri);
          this.readFile(full, uri);
        }
      }
    }
  }

  /** Reads a file unless the copy in the index has the same size and modification time. */
  private readFile(file: string, uri: string): void {
    try {
      const stat = statSync(file);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return;
      const known = this.files.get(uri);
      if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return;
      const text = readFileSync(file, 'utf8');
      const version = this.nextVersion++;
      this.files.set(uri, { uri, version, getText: () => text, mtimeMs: stat.mtimeMs, size: stat.size });
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') this.log(`newsmark: could not read ${file}: ${String(e)}`);
    }
  }
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
