// When diagnostics are computed and pushed. Pushed (`textDocument/publishDiagnostics`) because
// clients such as Neovim 0.7 cannot pull them. Per document: at once on open and save, debounced
// on change (only with `validate: onType`), and never a result for an older version than the one
// the editor holds, so a slow run cannot overwrite a newer one.

import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cancellation, Logger } from '../service';
import type { NewsmarkSettings } from './settings';

export const CHANGE_DEBOUNCE_MS = 200;

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
  /** Set when a newer run supersedes this one (or the document closes). */
  cancel: { isCancellationRequested: boolean };
}

export class ValidationScheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly host: ValidationHost,
    private readonly debounceMs = CHANGE_DEBOUNCE_MS,
  ) {}

  opened(uri: string): void {
    this.run(uri, 0);
  }

  saved(uri: string): void {
    this.run(uri, 0);
  }

  /** A change validates only with `validate: onType`; the setting is read per document. */
  changed(uri: string): void {
    // Until the settings are read, a run already scheduled stays: it reads the document when it
    // starts and publishes only if the version is still current, so it cannot show the old text's
    // problems. Once they are read (with `validate: onType`), run() replaces it by a debounced one.
    const version = this.host.document(uri)?.version;
    void this.host.settings(uri).then((settings) => {
      if (settings.validate !== 'onType') return;
      // A later change already scheduled its own run.
      if (this.host.document(uri)?.version !== version) return;
      this.run(uri, this.debounceMs);
    });
  }

  closed(uri: string): void {
    this.cancelPending(uri);
    this.host.publish(uri, undefined, []);
  }

  /** After a settings change: every open document again, at once. */
  revalidate(uris: Iterable<string>): void {
    for (const uri of uris) this.run(uri, 0);
  }

  private cancelPending(uri: string): void {
    const p = this.pending.get(uri);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    p.cancel.isCancellationRequested = true;
    this.pending.delete(uri);
  }

  private run(uri: string, delayMs: number): void {
    this.cancelPending(uri);
    const entry: Pending = { cancel: { isCancellationRequested: false } };
    this.pending.set(uri, entry);
    const go = () => {
      entry.timer = undefined;
      // A timer's callback has no request around it: this is its error boundary.
      void this.validate(uri, entry).catch((e: unknown) => this.host.logger.error(`newsmark: validating ${uri} failed`, e));
    };
    if (delayMs > 0) entry.timer = setTimeout(go, delayMs);
    else go();
  }

  private async validate(uri: string, entry: Pending): Promise<void> {
    const settings = await this.host.settings(uri);
    const doc = this.host.document(uri);
    if (!doc || entry.cancel.isCancellationRequested) return;
    const version = doc.version;
    // Very large documents are checked in slices (lsp/slices.ts): other messages come in meanwhile.
    const diagnostics = await this.host.diagnose(doc, settings, entry.cancel);
    // Publish only if nothing newer started and the document is still at this version.
    if (!diagnostics || entry.cancel.isCancellationRequested || this.host.document(uri)?.version !== version) return;
    if (this.pending.get(uri) === entry) this.pending.delete(uri);
    this.host.publish(uri, version, diagnostics);
  }
}
