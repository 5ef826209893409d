// The NewsMark settings as data: every key the editor (`newsmark.*`) and `.newsmarkrc.json` accept,
// with its type, allowed values, default, scope and description. This is the one declaration: the
// reader (readSettings.ts) validates against it, and the build generates the editor's
// `contributes.configuration` and the command line's `config.schema.json` from it
// (jsonSchemas.ts, scripts/generate-settings.mjs). Rule summaries come from diagnostics/codes.ts.

import { DIAGNOSTIC_CODES, type DiagnosticCode, type RuleSetting } from '../diagnostics/codes';

import type { StyleSetting } from '../domain/data';
import { DEFAULT_REVIEW_THRESHOLD } from '../markup/types';

export type { StyleSetting };
export type ValidateSetting = 'onType' | 'onSave';
export type OutlineGrouping = 'speaker' | 'section';
export type SpeakerColors = 'speaker' | 'kind' | 'off';
export type SourcesSpelling = 'exact' | 'variants';
export type Rules = Partial<Record<DiagnosticCode, RuleSetting>>;

/** One choice of an enumerated setting, with the sentence the editor shows beside it. */
export interface Choice<T extends string = string> {
  value: T;
  description: string;
}

interface SettingBase {
  /** Dotted key without the `newsmark.` prefix: `outline.groupBy`. */
  key: string;
  /**
   * `resource`: may differ per folder and file; `window`: one value for the whole window. Every
   * editor setting has one (it goes into package.json); a `fileOnly` one has none.
   */
  scope?: 'resource' | 'window';
  /** Markdown, shown in the editor's settings UI and in the JSON schema of the configuration file. */
  description: string;
  /** Read by the editor's client only (the language server and the command line never see it). */
  clientOnly?: boolean;
  /** Used by the editor only: allowed in a configuration file, ignored by the command line. */
  editorOnly?: boolean;
  /**
   * Read from a configuration file only (`.newsmarkrc.json`, a package.json `newsmark` key): not
   * an editor setting, because its value is a path relative to the file that holds it.
   */
  fileOnly?: boolean;
}

export interface EnumSetting<T extends string = string> extends SettingBase {
  type: 'enum';
  choices: readonly Choice<T>[];
  default: T;
}

export interface IntegerSetting extends SettingBase {
  type: 'integer';
  minimum: number;
  default: number;
}

export interface NumberSetting extends SettingBase {
  type: 'number';
  minimum: number;
  maximum: number;
  default: number;
}

/** A non-empty string (`''`, the default, means unset). */
export interface StringSetting extends SettingBase {
  type: 'string';
  default: string;
}

interface RulesSetting extends SettingBase {
  type: 'rules';
  default: Rules;
}

export type SettingSpec = EnumSetting | IntegerSetting | NumberSetting | StringSetting | RulesSetting;

const STYLE_CHOICES: readonly Choice<StyleSetting>[] = [
  { value: 'auto', description: 'Pick the house style from the front matter `agency` (AP, Reuters, Xinhua, UPI), else from the dateline\'s agency; no style checks for other agencies.' },
  { value: 'ap', description: 'Associated Press: `KANSAS CITY, Mo. (AP) — `, date only when not the publication day, months `Jan. Feb. Aug. Sept. Oct. Nov. Dec.`, March to July in full.' },
  { value: 'reuters', description: 'Reuters: `HOUSTON, Jan 27 (Reuters) - `, months `Jan Feb Aug Sept Oct Nov Dec` without a period (`Sep` allowed), March to July in full.' },
  { value: 'xinhua', description: 'Xinhua: `BEIJING, Sept. 27 (Xinhua) -- `, months as AP.' },
  { value: 'upi', description: 'United Press International: `HORIZON CITY, Texas, Jan. 14 (UPI) -- `, months as AP.' },
  { value: 'none', description: 'No house style: any dateline form, month spelling and separator.' },
];

export const RULE_CHOICES: readonly Choice<RuleSetting>[] = [
  { value: 'error', description: 'Report as an error.' },
  { value: 'warning', description: 'Report as a warning.' },
  { value: 'info', description: 'Report as information.' },
  { value: 'hint', description: 'Show as a hint (faded in the editor, not in the Problems panel).' },
  { value: 'off', description: 'Do not report.' },
];

const VALIDATE: EnumSetting<ValidateSetting> = {
  key: 'validate',
  type: 'enum',
  choices: [
    { value: 'onType', description: 'Check an article as it is typed.' },
    { value: 'onSave', description: 'Check an article when it is opened and each time it is saved.' },
  ],
  default: 'onType',
  scope: 'resource',
  description: 'When NewsMark checks an article.',
  editorOnly: true,
};

const STYLE: EnumSetting<StyleSetting> = {
  key: 'style',
  type: 'enum',
  choices: STYLE_CHOICES,
  default: 'auto',
  scope: 'resource',
  description: 'House style of the dateline (form, month abbreviations, separator). See the `dateline-*` rules.',
};

const RULES: RulesSetting = {
  key: 'rules',
  type: 'rules',
  default: {},
  scope: 'resource',
  description:
    'Severity per diagnostic code, or `off`, e.g. `{ "speaker-unused": "off", "quote-cue-verb": "info" }`. Codes not listed keep their default severity.',
};

const MIN_WORDS: IntegerSetting = {
  key: 'quoteUnattributedMinWords',
  type: 'integer',
  minimum: 1,
  default: 4,
  scope: 'resource',
  description:
    'Words in quotation marks outside any quote span from which `quote-unattributed` reports them; shorter ones are taken for titles and scare quotes.',
};

const OUTLINE_GROUP_BY: EnumSetting<OutlineGrouping> = {
  key: 'outline.groupBy',
  type: 'enum',
  choices: [
    { value: 'speaker', description: 'Each speaker with its quotes as children, after the dateline.' },
    { value: 'section', description: 'The sections (subheadings) of the article in order, with the quotes in each.' },
  ],
  default: 'speaker',
  scope: 'resource',
  description: 'How the Outline view groups the quotes of an article.',
  editorOnly: true,
};

const SPEAKER_COLORS: EnumSetting<SpeakerColors> = {
  key: 'speakerColors',
  type: 'enum',
  choices: [
    { value: 'speaker', description: 'Each speaker\'s quoted words in a colour of their own (the colours of the preview\'s legend, as the theme draws them).' },
    { value: 'kind', description: 'Quoted words coloured by kind: direct, partial and indirect quotes each in one colour.' },
    { value: 'off', description: 'No colours on quoted words (brackets and speaker ids keep the grammar\'s).' },
  ],
  default: 'speaker',
  scope: 'resource',
  description: 'Colours of quoted words in the editor (semantic tokens, which Neovim and other LSP clients get too).',
  editorOnly: true,
};

const MARKUP_REVIEW_THRESHOLD: NumberSetting = {
  key: 'markup.reviewThreshold',
  type: 'number',
  minimum: 0,
  maximum: 1,
  default: DEFAULT_REVIEW_THRESHOLD,
  scope: 'resource',
  description:
    'Mark Up Plain Article: spans and speakers whose confidence is below this (0 to 1) are written with a `<!-- newsmark-review: ... -->` note to check. 0 writes no note, 1 a note on everything. The default is chosen from the evaluation (docs/markup.md).',
};

const MAX_DOCUMENT_SIZE: IntegerSetting = {
  key: 'maxDocumentSizeMB',
  type: 'integer',
  minimum: 1,
  default: 20,
  scope: 'resource',
  description:
    'Open articles longer than this many megabytes (of 1,048,576 characters) are not checked: they get one diagnostic saying so, and no outline, hover, completion or other help, so that one huge file cannot slow the editor down for every other.',
  editorOnly: true,
};

const REGISTRY: StringSetting = {
  key: 'registry',
  type: 'string',
  default: '',
  description:
    'The speaker registry of the articles this file applies to: a path relative to this file, e.g. `"../shared/speakers.yaml"`. Without it, the nearest `speakers.yaml` up the tree from each article is used. Read by `newsmark check`, `newsmark registry extract` and the language server alike.',
  fileOnly: true,
};

const SOURCES_SPELLING: EnumSetting<SourcesSpelling> = {
  key: 'sources.spelling',
  type: 'enum',
  choices: [
    { value: 'exact', description: 'A quote spells every word as its source does.' },
    { value: 'variants', description: 'British and American spellings of a word (`vigour`, `vigor`) count as the same, for a house style that changes them.' },
  ],
  default: 'exact',
  scope: 'resource',
  description: 'How quotes are compared with the passages of their `sources` (`quote-altered`).',
};

const TRACE_SERVER: EnumSetting<'off' | 'messages' | 'verbose'> = {
  key: 'trace.server',
  type: 'enum',
  choices: [
    { value: 'off', description: 'No tracing.' },
    { value: 'messages', description: 'Trace the names of messages.' },
    { value: 'verbose', description: 'Trace messages with their contents.' },
  ],
  default: 'off',
  scope: 'window',
  description: 'Traces the communication between VS Code and the NewsMark language server in the **NewsMark** output channel.',
  clientOnly: true,
};

/** Every setting, in the order the editor lists them. */
export const SETTINGS = {
  validate: VALIDATE,
  style: STYLE,
  rules: RULES,
  quoteUnattributedMinWords: MIN_WORDS,
  outlineGroupBy: OUTLINE_GROUP_BY,
  speakerColors: SPEAKER_COLORS,
  markupReviewThreshold: MARKUP_REVIEW_THRESHOLD,
  maxDocumentSizeMB: MAX_DOCUMENT_SIZE,
  registry: REGISTRY,
  sourcesSpelling: SOURCES_SPELLING,
  traceServer: TRACE_SERVER,
} as const;

export const SETTING_LIST: readonly SettingSpec[] = Object.values(SETTINGS);

/** "Reported when … Default: `warning`.": the description of one code's entry under `rules`. */
export function ruleDescription(code: DiagnosticCode): string {
  const { summary, severity } = DIAGNOSTIC_CODES[code];
  return `Reported when ${summary}. Default: \`${severity}\`.`;
}
