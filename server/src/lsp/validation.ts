// When diagnostics are computed and pushed (`textDocument/publishDiagnostics`), for clients such
// as Neovim 0.7 that cannot pull them; a client that can pull (`textDocument/diagnostic`) asks for
// them instead, and this scheduler only tells it when to ask again (`usePull`). Per document: at
// once on open and save; on change (only with `validate: onType`) at once when the recent runs on
// that document were fast, debounced when they were slow (issue 9: a small article's problems follow
// the typing, a very large one's wait for a pause); never a result for an older version than the
// one the editor holds, so a slow run cannot overwrite a newer one.

import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cancellation, Logger } from '../service';
import type { NewsmarkSettings } from './settings';

export const CHANGE_DEBOUNCE_MS = 200;
/**
 * A document whose runs take less than this (the median of its last RUNS_REMEMBERED) is checked
 * after each change at once (in the next turn of the event loop, so that changes already received
 * are taken together); a slower one waits for CHANGE_DEBOUNCE_MS without changes. The median, so
 * that one run slowed by a garbage collection does not delay the next keystroke's problems.
 */
export const FAST_RUN_MS = 25;
const RUNS_REMEMBERED = 3;

export interface ValidationHost {
  /** The open document with this uri, in its latest version. */
  document(uri: string): TextDocument | undefined;
  settings(uri: string): Promise<NewsmarkSettings>;
  /** Undefined when the work was given up (a newer version, or cancelled): nothing is published. */
  diagnose(doc: TextDocument, settings: NewsmarkSettings, token: Cancellation): Diagnostic[] | Promise<Diagnostic[] | undefined>;
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  logger: Logger;
}

interface Pending {
  timer?: ReturnType<typeof setTimeout>;
  immediate?: ReturnType<typeof setImmediate>;
  /** Set when a newer run supersedes this one (or the document closes). */
  cancel: { isCancellationRequested: boolean };
}

export class ValidationScheduler {
  private readonly pending = new Map<string, Pending>();
  /** How long the last runs on each document took (ms), the latest last. */
  private readonly runMs = new Map<string, number[]>();
  /** Set by `usePull`: the client pulls, and is asked to pull again after a settings change. */
  private refresh?: () => void;
  /**
   * A pulling client asks after every change, whatever `validate` says. With `validate: onSave`
   * it gets the answer of the last open or save until the next save, as a pushed client keeps
   * the last published problems until then.
   */
  private readonly heldUntilSave = new Map<string, Diagnostic[]>();

  constructor(
    private readonly host: ValidationHost,
    private readonly debounceMs = CHANGE_DEBOUNCE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The client pulls diagnostics: nothing is pushed any more; `refresh` asks it to pull again. */
  usePull(refresh: () => void): void {
    this.refresh = refresh;
    for (const uri of [...this.pending.keys()]) this.cancelPending(uri);
  }

  get pulling(): boolean {
    return !!this.refresh;
  }

  /** Runs `diagnose` for the pull request of a client, and remembers how long it took. */
  timed<T>(uri: string, diagnose: () => T | Promise<T>): Promise<T> {
    const started = this.now();
    return Promise.resolve(diagnose()).finally(() => this.ran(uri, this.now() - started));
  }

  /** Pull, `validate: onSave`: the answer kept since the last open or save, if any. */
  held(uri: string): Diagnostic[] | undefined {
    return this.heldUntilSave.get(uri);
  }

  /** Pull, `validate: onSave`: keeps an answer until the document is saved. */
  hold(uri: string, diagnostics: Diagnostic[]): void {
    this.heldUntilSave.set(uri, diagnostics);
  }

  opened(uri: string): void {
    if (!this.refresh) this.run(uri, 0);
  }

  saved(uri: string): void {
    if (!this.refresh) return this.run(uri, 0);
    // Only a held answer waits for a save: ask the client to pull the saved text's problems.
    if (this.heldUntilSave.delete(uri)) this.refresh();
  }

  /** A change validates only with `validate: onType`; the setting is read per document. */
  changed(uri: string): void {
    if (this.refresh) return;
    // Until the settings are read, a run already scheduled stays: it reads the document when it
    // starts and publishes only if the version is still current, so it cannot show the old text's
    // problems. Once they are read (with `validate: onType`), run() replaces it by a debounced one.
    const version = this.host.document(uri)?.version;
    void this.host.settings(uri).then((settings) => {
      if (settings.validate !== 'onType') return;
      // A later change already scheduled its own run.
      if (this.host.document(uri)?.version !== version) return;
      this.run(uri, this.isFast(uri) ? 'next-turn' : this.debounceMs);
    });
  }

  closed(uri: string): void {
    this.cancelPending(uri);
    this.runMs.delete(uri);
    this.heldUntilSave.delete(uri);
    if (!this.refresh) this.host.publish(uri, undefined, []);
  }

  /** After a settings change: every open document again, at once (a pulling client is asked to pull). */
  revalidate(uris: Iterable<string>): void {
    if (this.refresh) {
      // New settings or a changed registry, configuration or source: held answers are out of date.
      this.heldUntilSave.clear();
      return this.refresh();
    }
    for (const uri of uris) this.run(uri, 0);
  }

  private cancelPending(uri: string): void {
    const p = this.pending.get(uri);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    if (p.immediate) clearImmediate(p.immediate);
    p.cancel.isCancellationRequested = true;
    this.pending.delete(uri);
  }

  private ran(uri: string, ms: number): void {
    const runs = this.runMs.get(uri) ?? [];
    runs.push(ms);
    if (runs.length > RUNS_REMEMBERED) runs.shift();
    this.runMs.set(uri, runs);
  }

  /** Whether the document's recent runs were fast (none yet: not known to be fast). */
  private isFast(uri: string): boolean {
    const runs = this.runMs.get(uri);
    if (!runs?.length) return false;
    const sorted = [...runs].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] < FAST_RUN_MS;
  }

  /** `delay`: milliseconds (0: now), or the next turn of the event loop. */
  private run(uri: string, delay: number | 'next-turn'): void {
    this.cancelPending(uri);
    const entry: Pending = { cancel: { isCancellationRequested: false } };
    this.pending.set(uri, entry);
    const go = () => {
      entry.timer = undefined;
      entry.immediate = undefined;
      // A timer's callback has no request around it: this is its error boundary.
      void this.validate(uri, entry).catch((e: unknown) => this.host.logger.error(`newsmark: validating ${uri} failed`, e));
    };
    if (delay === 'next-turn') entry.immediate = setImmediate(go);
    else if (delay > 0) entry.timer = setTimeout(go, delay);
    else go();
  }

  private async validate(uri: string, entry: Pending): Promise<void> {
    const settings = await this.host.settings(uri);
    const doc = this.host.document(uri);
    if (!doc || entry.cancel.isCancellationRequested) return;
    const version = doc.version;
    // Very large documents are checked in slices (lsp/slices.ts): other messages come in meanwhile.
    const started = this.now();
    const diagnostics = await this.host.diagnose(doc, settings, entry.cancel);
    if (diagnostics) this.ran(uri, this.now() - started);
    // Publish only if nothing newer started and the document is still at this version.
    if (!diagnostics || entry.cancel.isCancellationRequested || this.host.document(uri)?.version !== version) return;
    if (this.pending.get(uri) === entry) this.pending.delete(uri);
    this.host.publish(uri, version, diagnostics);
  }
}
