// The problems of an article: every check runs on the shared parse, inline switches and severity
// settings are applied, the result is sorted by position, and (for the editor) converted to LSP
// diagnostics. One DocumentProblems per document, held by the language service next to the
// document's parser, so that its caches die with the document. `diagnosticsSteps` is the same
// work in steps (a step per check, and per thousands of diagnostics), for the server's sliced
// checking of very large articles (../steps.ts).

import type { Diagnostic } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import { checkDatelineOfArticle } from '../checks/datelineChecks';
import { checkFrontMatter } from '../checks/frontMatterChecks';
import { ParagraphFindings } from '../checks/paragraphFindings';
import { checkQuotesSteps } from '../checks/quoteChecks';
import { checkReviewNotes } from '../checks/reviewNotes';
import { checkSpeakers } from '../checks/speakerChecks';
import { checkQuoteSources } from '../sources/sourceChecks';
import { sameFiles } from '../sources/articleSources';
import { speakerIndex } from '../context/articleContext';
import type { Severity } from '../diagnostics/codes';
import type { Finding } from '../diagnostics/finding';
import { readSuppressions } from '../diagnostics/suppressions';
import { severityOf, toLspDiagnostic } from '../diagnostics/toLsp';
import type { ServiceOptions } from '../options';
import type { ParsedArticle } from '../syntax';
import { drain } from '../steps';

/** Findings converted to diagnostics per step. */
const DIAGNOSTICS_PER_STEP = 4096;

export class DocumentProblems {
  /** The quote checks' per-paragraph findings of this document. */
  private readonly paragraphFindings = new ParagraphFindings();
  /**
   * The diagnostics of the last parse under the last options: the editor asks for code actions
   * at every cursor move, and those need this version's diagnostics again.
   */
  private last?: { article: ParsedArticle; key: string; sources: ServiceOptions['sources']; diagnostics: Diagnostic[] };

  constructor(private readonly docsBaseUrl: string) {}

  /** Findings of every check, without those switched off in the settings or by inline comments, sorted (fix-all uses them). */
  findings(article: ParsedArticle, options: ServiceOptions, token: Cancellation): Finding[] {
    return drain(this.graded(article, options, token)).map((g) => g.finding);
  }

  diagnostics(article: ParsedArticle, options: ServiceOptions, token: Cancellation): Diagnostic[] {
    return drain(this.diagnosticsSteps(article, options, token));
  }

  *diagnosticsSteps(article: ParsedArticle, options: ServiceOptions, token: Cancellation): Generator<void, Diagnostic[]> {
    // The sources' texts (200 KB a transcript) are compared by identity, not written into the key.
    const key = JSON.stringify({ ...options, sources: undefined });
    if (this.last && this.last.article === article && this.last.key === key && sameFiles(this.last.sources, options.sources)) return this.last.diagnostics;
    const graded = yield* this.graded(article, options, token);
    const diagnostics: Diagnostic[] = [];
    for (let k = 0; k < graded.length; k++) {
      if (k % DIAGNOSTICS_PER_STEP === DIAGNOSTICS_PER_STEP - 1) yield;
      diagnostics.push(toLspDiagnostic(article, graded[k].finding, graded[k].severity, this.docsBaseUrl));
    }
    if (!token.isCancellationRequested) this.last = { article, key, sources: options.sources, diagnostics };
    return diagnostics;
  }

  private *graded(article: ParsedArticle, options: ServiceOptions, token: Cancellation): Generator<void, { finding: Finding; severity: Severity }[]> {
    // Each check a step; the quote checks (the longest) in steps of their own.
    const checks: (() => Finding[] | Generator<void, Finding[]>)[] = [
      // The speaker index (memoised per tree), which the speaker and quote checks read: a step of its own.
      () => (speakerIndex(article), []),
      () => checkFrontMatter(article),
      () => checkSpeakers(article),
      () => checkQuotesSteps(article, options.unattributedMinWords, this.paragraphFindings),
      () => checkDatelineOfArticle(article, options),
      () => checkReviewNotes(article),
      () => checkQuoteSources(article, options),
    ];
    const findings: Finding[] = [];
    for (const check of checks) {
      yield;
      if (token.isCancellationRequested) return [];
      const found = check();
      for (const f of Array.isArray(found) ? found : yield* found) findings.push(f); // not push(...): 200,000 findings overflow the stack
    }
    yield;
    const suppressions = readSuppressions(article);
    const graded: { finding: Finding; severity: Severity }[] = [];
    for (const finding of findings) {
      const severity = severityOf(finding.code, options);
      if (severity !== 'off' && !suppressions.isSuppressed(finding)) graded.push({ finding, severity });
    }
    return graded.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end || a.finding.code.localeCompare(b.finding.code));
  }
}
