// The options the language service's diagnostics and fixes read, and the one mapping that makes
// them from the settings (`toServiceOptions`). The settings model (settings/: schema, defaults,
// reader) knows nothing of the service's options: the arrow goes from here to there, once.

import type { DiagnosticCode, RuleSetting } from './diagnostics/codes';
import { DEFAULT_SETTINGS, type NewsmarkSettings } from './settings/readSettings';
import type { StyleSetting } from './domain/data';
import type { RegistrySource } from './registry/parseRegistry';
import type { SourceFile } from './sources/sourceIndex';

// The house styles are domain knowledge (domain/data.ts); the settings name them from there.
export { STYLE_SETTINGS, type HouseStyle, type StyleSetting } from './domain/data';

/** How a text for people is sent: Markdown, or plain text for a client that cannot show Markdown. */
type TextFormat = 'markdown' | 'plaintext';

/**
 * What the client can show, not a setting: the server reads it once from the client's
 * capabilities at `initialize` (hover's `contentFormat`) and passes it with each request; the
 * command line and the tests take the default, Markdown.
 */
export interface ClientOptions {
  /** The format of hover texts: `plaintext` when the client does not list `markdown`. */
  hoverFormat: TextFormat;
}

export interface ServiceOptions extends ClientOptions {
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
  /**
   * The files of the front matter's `sources`, as the embedder read them (or why it could not),
   * each under the path the front matter writes. Absent, or an entry absent: not read yet.
   */
  sources?: readonly SourceFile[];
  /** British and American spellings of a word count as the same in a quote (setting `sources.spelling`). */
  spellingVariants: boolean;
}

/** The part of the settings the language service reads. */
export function toServiceOptions(settings: NewsmarkSettings): Omit<ServiceOptions, keyof ClientOptions> {
  return { style: settings.style, rules: settings.rules, unattributedMinWords: settings.quoteUnattributedMinWords, spellingVariants: settings.sourcesSpelling === 'variants' };
}

/** The options of the default settings (settings/schema.ts holds the defaults, nowhere else). */
export const DEFAULT_OPTIONS: ServiceOptions = {
  ...toServiceOptions(DEFAULT_SETTINGS),
  hoverFormat: 'markdown',
};

export function withDefaults(partial: Partial<ServiceOptions> | undefined): ServiceOptions {
  return { ...DEFAULT_OPTIONS, ...(partial ?? {}), rules: { ...(partial?.rules ?? {}) } };
}
