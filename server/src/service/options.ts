// Settings that change what the language service reports. The same keys are read from the
// editor (`newsmark.*`) and from `.newsmarkrc.json` by the command line.

import type { DiagnosticCode, RuleSetting } from './diagnostics/codes';

export type HouseStyle = 'ap' | 'reuters' | 'xinhua' | 'upi' | 'none';
export type StyleSetting = HouseStyle | 'auto';
export const STYLE_SETTINGS: readonly StyleSetting[] = ['auto', 'ap', 'reuters', 'xinhua', 'upi', 'none'];

export interface ServiceOptions {
  /** House style of the dateline; `auto` picks one from the front matter `agency`. */
  style: StyleSetting;
  /** Per-code severity override, or `off`. */
  rules: Partial<Record<DiagnosticCode, RuleSetting>>;
  /** Words in quotation marks outside a quote span from which `quote-unattributed` fires. */
  unattributedMinWords: number;
}

export const DEFAULT_OPTIONS: ServiceOptions = {
  style: 'auto',
  rules: {},
  unattributedMinWords: 4,
};

export function withDefaults(partial: Partial<ServiceOptions> | undefined): ServiceOptions {
  return { ...DEFAULT_OPTIONS, ...(partial ?? {}), rules: { ...(partial?.rules ?? {}) } };
}
