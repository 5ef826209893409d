// The sources each article quotes from (front matter `sources`, issue 14), for the server. Read
// from disk in the background (workspace/sourceFiles.ts), never on the request path: a request
// gets the sources already read (`knownFor`), and the first ask for one starts its read; when
// it finishes, the articles citing it are checked again (`reread`). A source that changes on disk
// (a watched file) is read again and its articles re-checked. Sources are read inside the
// workspace folders only (the article's own folder when none is open).

import path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ILanguageService, ServiceOptions, SourceFile } from '../service';
import { readSource } from '../workspace/sourceFiles';
import { uriToPath } from './fileUri';

interface Entry {
  /** Settled when read (under the path the first article citing it wrote); undefined while the read runs. */
  read?: SourceFile;
  /** The read under way or done; it never rejects. */
  reading?: Promise<void>;
  /** The open articles that cite it. */
  citedBy: Set<string>;
}

export class SourceStore {
  private roots: string[] = [];
  /** By absolute path of the source file. */
  private readonly files = new Map<string, Entry>();
  /** Articles to check again once what they cite is read or changed (the validation scheduler's). */
  reread: (articleUris: string[]) => void = () => {};
  /** Whether a document is a speaker registry, no article (the registry store's answer, set by lsp/sync.ts). */
  isRegistry: (uri: string) => boolean = () => false;

  constructor(private readonly parseOf: (doc: TextDocument) => ReturnType<ILanguageService['parse']> | undefined, private readonly log: (message: string) => void) {}

  setRoots(uris: readonly string[]): void {
    this.files.clear();
    this.roots = uris.flatMap((uri) => uriToPath(uri) ?? []);
  }

  /** The sources of an article read so far; the others start reading. Undefined for an article that cites none. */
  knownFor(doc: TextDocument): ServiceOptions['sources'] {
    const cited = this.entriesOf(doc);
    if (!cited) return undefined;
    const known: SourceFile[] = [];
    for (const { entry, written } of cited) if (entry.read) known.push({ ...entry.read, path: written });
    return known;
  }

  /**
   * Resolves when every source the article cites has been read or has failed to read. Diagnostics
   * wait for it (requests never do), so that the first problems published for a version already
   * tell a missing source or an altered quote, as they do for a version opened later, when the
   * same source has been read: one text, one answer (the fuzzer's incremental-vs-fresh check).
   */
  async readFor(doc: TextDocument): Promise<void> {
    await Promise.all((this.entriesOf(doc) ?? []).map(({ entry }) => entry.reading));
  }

  /** The entries of the sources an article cites, each read started; undefined when it cites none. */
  private entriesOf(doc: TextDocument): { entry: Entry; written: string }[] | undefined {
    // The speaker registry (`speakers.yaml`, or the file a configuration names) is no article.
    const article = this.isRegistry(doc.uri) ? undefined : uriToPath(doc.uri);
    const cited = article ? this.parseOf(doc)?.frontMatter?.sources : undefined;
    if (!article || !cited?.length) return undefined;
    const entries: { entry: Entry; written: string }[] = [];
    for (const written of new Set(cited.map((c) => c.path.text))) {
      const file = path.resolve(path.dirname(article), written);
      let entry = this.files.get(file);
      if (!entry) {
        entry = { citedBy: new Set() };
        this.files.set(file, entry);
        this.start(file, entry, article, written);
      }
      entry.citedBy.add(doc.uri);
      entries.push({ entry, written });
    }
    return entries;
  }

  /** Files changed on disk: the sources among them are read again, their articles checked again. */
  filesChanged(uris: readonly string[]): void {
    const again = new Set<string>();
    for (const uri of uris) {
      const file = uriToPath(uri);
      const entry = file === undefined ? undefined : this.files.get(file);
      if (!entry) continue;
      this.files.delete(file!);
      for (const a of entry.citedBy) again.add(a);
    }
    if (again.size) this.reread([...again]);
  }

  /** An article closed: it no longer waits on its sources, and a source no open article cites is let go (read again when cited). */
  closed(uri: string): void {
    for (const [file, entry] of this.files) {
      entry.citedBy.delete(uri);
      if (!entry.citedBy.size && entry.read) this.files.delete(file);
    }
  }

  private start(file: string, entry: Entry, article: string, written: string): void {
    const roots = this.roots.length ? this.roots : [path.dirname(article)];
    entry.reading = readSource(article, written, roots).then(
      (read) => {
        if (this.files.get(file) !== entry) return; // forgotten meanwhile: a newer read is under way
        // A source that cannot be used is told by its `source-missing` diagnostic, not in the log.
        entry.read = read;
        this.reread([...entry.citedBy]);
      },
      (e: unknown) => this.log(`newsmark: cannot read the source ${file}: ${String(e)}`),
    );
  }
}
