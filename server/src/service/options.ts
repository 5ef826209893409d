// The options the language service's diagnostics and fixes read. They are made from the settings
// (settings/readSettings.ts `toServiceOptions`), whose schema and defaults live in settings/schema.ts.

import type { DiagnosticCode, RuleSetting } from './diagnostics/codes';
import { DEFAULT_SETTINGS, toServiceOptions } from './settings/readSettings';
import { STYLE_CHOICES, type StyleSetting } from './settings/schema';

export type HouseStyle = 'ap' | 'reuters' | 'xinhua' | 'upi' | 'none';
export type { StyleSetting };
export const STYLE_SETTINGS: readonly StyleSetting[] = STYLE_CHOICES.map((c) => c.value);

export interface ServiceOptions {
  /** House style of the dateline; `auto` picks one from the front matter `agency`. */
  style: StyleSetting;
  /** Per-code severity override, or `off`. */
  rules: Partial<Record<DiagnosticCode, RuleSetting>>;
  /** Words in quotation marks outside a quote span from which `quote-unattributed` fires (setting `quoteUnattributedMinWords`). */
  unattributedMinWords: number;
  /** Base of the documentation links of diagnostics: `${docsBaseUrl}#${code}`. */
  docsBaseUrl: string;
}

export const DEFAULT_OPTIONS: ServiceOptions = {
  ...toServiceOptions(DEFAULT_SETTINGS),
  docsBaseUrl: 'https://newsmark.invalid/docs/syntax.md',
};

export function withDefaults(partial: Partial<ServiceOptions> | undefined): ServiceOptions {
  return { ...DEFAULT_OPTIONS, ...(partial ?? {}), rules: { ...(partial?.rules ?? {}) } };
}
