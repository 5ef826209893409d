// Where `check` writes its report (or, for --fix-dry-run, its patch) while the files finish
// (issue 9): standard output, or the `-o` file, written atomically (cli/atomicWrite.ts): its
// temporary file grows as the report does and takes the target's place only when the report is
// whole. Text is passed on in pieces of about 64 KB, so that a run over many small files makes
// few system calls and holds little. A failing write drops the rest of the report and leaves the
// target as it was; the run goes on (fixes are still written) and ends with the failure told.

import { openAtomically, type AtomicFile } from './atomicWrite';
import { reason } from './files';
import type { Io } from './io';

const PIECE = 64 * 1024;

export class ReportOutput {
  private pending = '';
  private failure?: string;
  private readonly file?: AtomicFile;

  /**
   * `target` is the absolute `-o` path (undefined: standard output), `named` the path as the user
   * wrote it; `beforeWrite` runs before text reaches standard output (to lift a progress bar).
   */
  constructor(private readonly io: Io, private readonly what: string, target: string | undefined, private readonly named?: string, private readonly beforeWrite?: () => void) {
    if (target === undefined) return;
    try {
      this.file = openAtomically(target);
    } catch (e) {
      this.fail(e);
    }
  }

  write(text: string): void {
    if (this.failure !== undefined) return;
    this.pending += text;
    if (this.pending.length >= PIECE) this.flush();
  }

  /** Puts the whole report in place; false (the failure told on standard error) when it could not be written. */
  finish(): boolean {
    this.flush();
    if (this.failure === undefined && this.file) {
      try {
        this.file.commit();
      } catch (e) {
        this.fail(e);
      }
    }
    if (this.failure !== undefined) this.io.error(this.failure);
    return this.failure === undefined;
  }

  private flush(): void {
    const text = this.pending;
    this.pending = '';
    if (this.failure !== undefined || !text) return;
    if (!this.file) {
      this.beforeWrite?.();
      this.io.write(text);
      return;
    }
    try {
      this.file.write(text);
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.failure = `cannot write the ${this.what} to "${this.named}": ${reason(e)}`;
    this.pending = '';
  }
}
