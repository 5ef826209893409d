// Settings that change what the language service reports. The same keys are read from the
// editor (`newsmark.*`) and from `.newsmarkrc.json` by the command line.

import type { DiagnosticCode, RuleSetting } from './diagnostics/codes';
import type { StyleSetting } from './domain/data';

// The house styles are domain knowledge (domain/data.ts); the settings name them from there.
export { STYLE_SETTINGS, type HouseStyle, type StyleSetting } from './domain/data';

export interface ServiceOptions {
  /** House style of the dateline; `auto` picks one from the front matter `agency`. */
  style: StyleSetting;
  /** Per-code severity override, or `off`. */
  rules: Partial<Record<DiagnosticCode, RuleSetting>>;
  /** Words in quotation marks outside a quote span from which `quote-unattributed` fires. */
  unattributedMinWords: number;
  /** Base of the documentation links of diagnostics: `${docsBaseUrl}#${code}`. */
  docsBaseUrl: string;
}

export const DEFAULT_OPTIONS: ServiceOptions = {
  style: 'auto',
  rules: {},
  unattributedMinWords: 4,
  docsBaseUrl: 'https://newsmark.invalid/docs/syntax.md',
};

export function withDefaults(partial: Partial<ServiceOptions> | undefined): ServiceOptions {
  return { ...DEFAULT_OPTIONS, ...(partial ?? {}), rules: { ...(partial?.rules ?? {}) } };
}
