// The options the language service's diagnostics and fixes read. They are made from the settings
// (settings/readSettings.ts `toServiceOptions`), whose schema and defaults live in settings/schema.ts.

import type { DiagnosticCode, RuleSetting } from './diagnostics/codes';
import { DEFAULT_SETTINGS, toServiceOptions } from './settings/readSettings';
import type { StyleSetting } from './domain/data';

// The house styles are domain knowledge (domain/data.ts); the settings name them from there.
export { STYLE_SETTINGS, type HouseStyle, type StyleSetting } from './domain/data';

export interface ServiceOptions {
  /** House style of the dateline; `auto` picks one from the front matter `agency`, else the dateline's (context/articleContext.ts). */
  style: StyleSetting;
  /** Per-code severity override, or `off`. */
  rules: Partial<Record<DiagnosticCode, RuleSetting>>;
  /** Words in quotation marks outside a quote span from which `quote-unattributed` fires (setting `quoteUnattributedMinWords`). */
  unattributedMinWords: number;
}

export const DEFAULT_OPTIONS: ServiceOptions = {
  ...toServiceOptions(DEFAULT_SETTINGS),
};

export function withDefaults(partial: Partial<ServiceOptions> | undefined): ServiceOptions {
  return { ...DEFAULT_OPTIONS, ...(partial ?? {}), rules: { ...(partial?.rules ?? {}) } };
}
