// The public face of the language service.
export * from './languageService';
export * from './options';
export * from './settings';
export * from './syntax';
export * from './query';
export { strip } from './strip';
export { computeDiagnostics, collectFindings } from './features/diagnostics';
export { DIAGNOSTIC_CODES, ALL_CODES, isDiagnosticCode, type DiagnosticCode, type Severity, type RuleSetting } from './diagnostics/codes';
export { DIAGNOSTIC_SOURCE, fixesOf, type DiagnosticData, type FixData } from './diagnostics/toLsp';
export type { Finding, FixProposal, OffsetEdit } from './diagnostics/finding';
export type { Cancellation } from './cancellation';
