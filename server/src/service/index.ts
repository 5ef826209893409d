// The public face of the language service.
export * from './languageService';
export * from './options';
export * from './settings';
export * from './syntax';
export * from './query';
export { strip } from './strip';
export { plural } from './labels';
export { articleContext, type ArticleContext, type HouseStyleChoice, type HouseStyleReason } from './context/articleContext';
export { formatIsoDate } from './domain/calendar';
export { computeDiagnostics, collectFindings } from './features/diagnostics';
export { DIAGNOSTIC_CODES, ALL_CODES, isDiagnosticCode, type DiagnosticCode, type Severity, type RuleSetting } from './diagnostics/codes';
export { DIAGNOSTIC_SOURCE, fixesOf, type DiagnosticData, type FixData } from './diagnostics/toLsp';
export type { Finding, FixProposal, OffsetEdit } from './diagnostics/finding';
export type { Cancellation } from './cancellation';
