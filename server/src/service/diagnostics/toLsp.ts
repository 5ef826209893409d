// Findings become LSP diagnostics: positions from offsets, the severity from the settings (or the
// code's default), `source: "newsmark"`, a link to the code's documentation, and the mechanical
// fixes as data. The server's own quick fixes read them from its diagnostics of the current version
// (features/codeActions.ts), not from what the client sends back; fix-all runs the checks again.

import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { ServiceOptions } from '../options';
import type { ParsedArticle } from '../syntax';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type RuleSetting, type Severity } from './codes';
import type { Finding } from './finding';

export const DIAGNOSTIC_SOURCE = 'newsmark';

export interface FixData {
  title: string;
  preferred: boolean;
  edits: TextEdit[];
  /** Edits of other files by uri (FixProposal.elsewhere). */
  elsewhere?: Record<string, TextEdit[]>;
}

/** What `Diagnostic.data` holds for NewsMark diagnostics. */
interface DiagnosticData {
  fixes: FixData[];
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function severityOf(code: DiagnosticCode, options: ServiceOptions): RuleSetting {
  return options.rules[code] ?? DIAGNOSTIC_CODES[code].severity;
}

/** `docsBaseUrl`: where the codes are documented (`${docsBaseUrl}#${code}`), given to the service at construction. */
export function toLspDiagnostic(article: Pick<ParsedArticle, 'uri' | 'lines'>, f: Finding, severity: Severity, docsBaseUrl: string): Diagnostic {
  const range = article.lines.range(f);
  const data: DiagnosticData = {
    fixes: (f.fixes ?? []).map((fix) => ({
      title: fix.title,
      preferred: !!fix.preferred,
      edits: fix.edits.map((e) => ({ range: article.lines.range(e), newText: e.newText })),
      ...(fix.elsewhere ? { elsewhere: fix.elsewhere } : {}),
    })),
  };
  const d: Diagnostic = {
    range,
    severity: LSP_SEVERITY[severity],
    code: f.code,
    codeDescription: { href: `${docsBaseUrl}#${f.code}` },
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    data,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: r.location ?? { uri: article.uri, range: article.lines.range(r) }, message: r.message }));
  }
  return d;
}

export function fixesOf(d: Diagnostic): FixData[] {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return Array.isArray(data?.fixes) ? data!.fixes : [];
}
