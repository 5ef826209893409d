// What the Quote Report panel (../reportPanel.ts) and its page (reportView.ts) say to each other
// through postMessage. Types only: both bundles import them.

import type { ReportScope, ReportView } from '../../../server/src/protocol/views';

export interface ScopeChoice {
  value: ReportScope;
  label: string;
  enabled: boolean;
}

export type ToWebview =
  | { type: 'report'; scope: ReportScope; scopes: ScopeChoice[]; view: ReportView }
  | { type: 'error'; scope: ReportScope; scopes: ScopeChoice[]; message: string };

/** What the page drew: per chart, the element it drew into and its table's size. */
export interface RenderedReport {
  scope: ReportScope;
  articles: number;
  charts: { id: string; title: string; drawn: 'canvas' | 'svg' | 'none'; caption: string; tableRows: number }[];
}

export type FromWebview =
  | { type: 'ready' }
  | { type: 'scope'; scope: ReportScope }
  | { type: 'rendered'; report: RenderedReport };
