// The options the language service's diagnostics and fixes read, and the one mapping that makes
// them from the settings (`toServiceOptions`). The settings model (settings/: schema, defaults,
// reader) knows nothing of the service's options: the arrow goes from here to there, once.

import type { DiagnosticCode, RuleSetting } from './diagnostics/codes';
import { DEFAULT_SETTINGS, type NewsmarkSettings } from './settings/readSettings';
import type { StyleSetting } from './domain/data';
import type { RegistrySource } from './registry/parseRegistry';

// The house styles are domain knowledge (domain/data.ts); the settings name them from there.
export { STYLE_SETTINGS, type HouseStyle, type StyleSetting } from './domain/data';

export interface ServiceOptions {
  /** House style of the dateline; `auto` picks one from the front matter `agency`, else the dateline's (context/articleContext.ts). */
  style: StyleSetting;
  /** Per-code severity override, or `off`. */
  rules: Partial<Record<DiagnosticCode, RuleSetting>>;
  /** Words in quotation marks outside a quote span from which `quote-unattributed` fires (setting `quoteUnattributedMinWords`). */
  unattributedMinWords: number;
  /**
   * The workspace's speaker registry (`speakers.yaml`) that applies to the document, as the
   * embedder read it: the service never reads files. Absent: no registry.
   */
  registry?: RegistrySource;
}

/** The part of the settings the language service reads. */
export function toServiceOptions(settings: NewsmarkSettings): ServiceOptions {
  return { style: settings.style, rules: settings.rules, unattributedMinWords: settings.quoteUnattributedMinWords };
}

/** The options of the default settings (settings/schema.ts holds the defaults, nowhere else). */
export const DEFAULT_OPTIONS: ServiceOptions = {
  ...toServiceOptions(DEFAULT_SETTINGS),
};

export function withDefaults(partial: Partial<ServiceOptions> | undefined): ServiceOptions {
  return { ...DEFAULT_OPTIONS, ...(partial ?? {}), rules: { ...(partial?.rules ?? {}) } };
}
