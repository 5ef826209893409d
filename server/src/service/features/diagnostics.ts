// All diagnostics of an article: every check runs on the shared parse, inline switches and
// severity settings are applied, and the result is sorted by position.

import type { Diagnostic } from 'vscode-languageserver-types';
import { checkDatelineOfArticle } from '../checks/datelineChecks';
import { checkFrontMatter } from '../checks/frontMatterChecks';
import { checkQuotes } from '../checks/quoteChecks';
import { checkSpeakers } from '../checks/speakerChecks';
import type { Finding } from '../diagnostics/finding';
import { readSuppressions } from '../diagnostics/suppressions';
import { severityOf, toLspDiagnostic } from '../diagnostics/toLsp';
import type { ServiceOptions } from '../options';
import type { ParsedArticle } from '../syntax';
import type { Cancellation } from '../cancellation';

type Check = (article: ParsedArticle, options: ServiceOptions) => Finding[];

const CHECKS: [string, Check][] = [
  ['front matter', (a) => checkFrontMatter(a)],
  ['speakers', (a) => checkSpeakers(a)],
  ['quotes', (a, o) => checkQuotes(a, o.unattributedMinWords)],
  ['dateline', (a, o) => checkDatelineOfArticle(a, o)],
];

/** Findings of every check, without those switched off in the settings or by inline comments, sorted (fix-all and the command line's --fix use them). */
export function collectFindings(article: ParsedArticle, options: ServiceOptions, token?: Cancellation): Finding[] {
  const findings: Finding[] = [];
  for (const [, check] of CHECKS) {
    if (token?.isCancellationRequested) return [];
    try {
      findings.push(...check(article, options));
    } catch {
      // A check with a bug must not cost the others: the remaining checks still report.
    }
  }
  const suppressions = readSuppressions(article);
  return findings
    .filter((f) => severityOf(f.code, options) !== 'off' && !suppressions.isSuppressed(f))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

/**
 * Diagnostics of one parse under some options, kept with the parse: the editor asks for code
 * actions at every cursor move, and those need this version's diagnostics again.
 */
const computed = new WeakMap<ParsedArticle, { key: string; diagnostics: Diagnostic[] }>();

export function computeDiagnostics(article: ParsedArticle, options: ServiceOptions, token?: Cancellation): Diagnostic[] {
  const key = JSON.stringify(options);
  const known = computed.get(article);
  if (known && known.key === key) return known.diagnostics;
  const out: Diagnostic[] = [];
  for (const f of collectFindings(article, options, token)) {
    const severity = severityOf(f.code, options);
    if (severity !== 'off') out.push(toLspDiagnostic(article, f, severity, options));
  }
  if (!token?.isCancellationRequested) computed.set(article, { key, diagnostics: out });
  return out;
}
