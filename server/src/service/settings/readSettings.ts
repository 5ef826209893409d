// The one reader of settings. Whatever arrives (the editor's `newsmark` section, a
// `.newsmarkrc.json`, a package.json `newsmark` key) is validated against the schema in schema.ts,
// each mistake named through `warn` with where it came from and its key, and the defaults applied
// once. Layers of settings merge before the defaults: defaults < configuration file < editor.

import { isDiagnosticCode, type RuleSetting } from '../diagnostics/codes';
import {
  RULE_CHOICES,
  SETTINGS,
  SETTING_LIST,
  type EnumSetting,
  type IntegerSetting,
  type NumberSetting,
  type OutlineGrouping,
  type Rules,
  type SettingSpec,
  type SpeakerColors,
  type SourcesSpelling,
  type StringSetting,
  type StyleSetting,
  type ValidateSetting,
} from './schema';

/** Complete, valid settings: what the server and the command line work with. */
export interface NewsmarkSettings {
  validate: ValidateSetting;
  style: StyleSetting;
  rules: Rules;
  quoteUnattributedMinWords: number;
  outlineGroupBy: OutlineGrouping;
  /** How the editor colours quoted words (semantic tokens). */
  speakerColors: SpeakerColors;
  /** The confidence below which a markup suggestion gets a review note (0..1). */
  markupReviewThreshold: number;
  /** Open documents longer than this many megabytes get one diagnostic and no other service (the server's). */
  maxDocumentSizeMB: number;
  /** A configuration file's speaker registry, relative to that file; `''`: the nearest `speakers.yaml`. */
  registry: string;
  /** Whether quotes may spell words otherwise than their sources (British and American). */
  sourcesSpelling: SourcesSpelling;
}

/** The valid keys one source sets; the others are absent (not defaulted). */
type SettingsLayer = Partial<NewsmarkSettings>;

type Warn = (message: string) => void;

/** Where raw settings come from, for the messages: `.newsmarkrc.json: rules.x: unknown diagnostic code`. */
export interface SettingsOrigin {
  /** A file as the user knows it, or "editor settings". */
  where: string;
  /** Put before each key: `newsmark.` for the editor and a package.json key, nothing for a .newsmarkrc.json. */
  keyPrefix?: string;
  /** The editor's settings, where a setting of configuration files only (`fileOnly`) is named and left out. */
  editor?: boolean;
}

/** The editor's settings (`newsmark.*`), as messages name them; the default origin. */
export const EDITOR_SETTINGS: SettingsOrigin = { where: 'editor settings', keyPrefix: 'newsmark.', editor: true };

/** The field of NewsmarkSettings each schema key fills (`outline.groupBy` → `outlineGroupBy`). */
const FIELDS = Object.entries(SETTINGS)
  .filter(([, spec]) => !spec.clientOnly)
  .map(([field, spec]) => ({ field: field as keyof NewsmarkSettings, spec: spec as SettingSpec }));

export const DEFAULT_SETTINGS: NewsmarkSettings = Object.freeze(
  Object.fromEntries(FIELDS.map(({ field, spec }) => [field, spec.default])) as unknown as NewsmarkSettings,
);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Complete settings from one source: valid keys kept, mistakes named, the rest defaulted. */
export function readSettings(raw: unknown, warn: Warn = () => {}, origin: SettingsOrigin = EDITOR_SETTINGS): NewsmarkSettings {
  return withSettingDefaults(readSettingsLayer(raw, warn, origin));
}

/** Complete settings from several sources, lowest precedence first (a configuration file, then the editor). */
export function readSettingsLayers(sources: readonly { raw: unknown; origin: SettingsOrigin }[], warn: Warn = () => {}): NewsmarkSettings {
  return withSettingDefaults(mergeLayers(...sources.map(({ raw, origin }) => readSettingsLayer(raw, warn, origin))));
}

/** Later layers win key by key; `rules` merge code by code. */
function mergeLayers(...layers: SettingsLayer[]): SettingsLayer {
  const merged: SettingsLayer = {};
  for (const layer of layers) {
    const { rules, ...rest } = layer;
    Object.assign(merged, rest);
    if (rules) merged.rules = { ...(merged.rules ?? {}), ...rules };
  }
  return merged;
}

function withSettingDefaults(layer: SettingsLayer): NewsmarkSettings {
  return { ...DEFAULT_SETTINGS, ...layer, rules: { ...(layer.rules ?? {}) } };
}

/**
 * The valid keys of one source. Keys may be nested (`{ "outline": { "groupBy": … } }`, as in a
 * file and in VS Code's answer) or flat (`"outline.groupBy"`, as some clients send them); `null`
 * means unset. Unknown keys, wrong types and values outside the schema are named and left out.
 */
function readSettingsLayer(raw: unknown, warn: Warn, origin: SettingsOrigin = EDITOR_SETTINGS): SettingsLayer {
  const layer: SettingsLayer = {};
  if (raw === undefined || raw === null) return layer;
  const say = (key: string, problem: string) => warn(`${origin.where}: ${`${origin.keyPrefix ?? ''}${key}` || '(top level)'}: ${problem}`);
  if (!isRecord(raw)) {
    say('', 'must be an object');
    return layer;
  }
  reportUnknownKeys(raw, say);
  for (const spec of SETTING_LIST) {
    const value = valueAt(raw, spec.key);
    if (value === undefined || value === null || spec.clientOnly) continue;
    if (spec.fileOnly && origin.editor) {
      say(spec.key, 'is read from a configuration file only (.newsmarkrc.json), where it is a path relative to that file');
      continue;
    }
    const field = FIELDS.find((f) => f.spec === spec)!.field;
    const read = readValue(spec, value, say);
    if (read !== undefined) (layer as Record<string, unknown>)[field] = read;
  }
  return layer;
}

function valueAt(raw: Record<string, unknown>, key: string): unknown {
  const [head, ...rest] = key.split('.');
  if (!rest.length) return raw[head];
  const nested = raw[head];
  return isRecord(nested) && has(nested, rest.join('.')) ? nested[rest.join('.')] : raw[key];
}

/** Names every key that is not a setting (`$schema`, for editors, is welcome in a file). */
function reportUnknownKeys(raw: Record<string, unknown>, say: (key: string, problem: string) => void): void {
  const keys = SETTING_LIST.map((s) => s.key);
  const groups = new Set(keys.filter((k) => k.includes('.')).map((k) => k.split('.')[0]));
  for (const key of Object.keys(raw)) {
    if (key === '$schema' || keys.includes(key)) continue;
    if (!groups.has(key)) {
      say(key, 'unknown key');
      continue;
    }
    const group = raw[key];
    if (group === null || group === undefined) continue;
    if (!isRecord(group)) {
      say(key, 'must be an object');
      continue;
    }
    for (const sub of Object.keys(group)) if (!keys.includes(`${key}.${sub}`)) say(`${key}.${sub}`, 'unknown key');
  }
}

function readValue(spec: SettingSpec, value: unknown, say: (key: string, problem: string) => void): unknown {
  switch (spec.type) {
    case 'enum':
      return readEnum(spec, value, say);
    case 'integer':
      return readInteger(spec, value, say);
    case 'number':
      return readNumber(spec, value, say);
    case 'string':
      return readString(spec, value, say);
    case 'rules':
      return readRules(spec.key, value, say);
  }
}

function readEnum(spec: EnumSetting, value: unknown, say: (key: string, problem: string) => void): string | undefined {
  const allowed = spec.choices.map((c) => c.value);
  if (typeof value === 'string' && allowed.includes(value)) return value;
  say(spec.key, `must be one of ${allowed.join(', ')}`);
  return undefined;
}

function readInteger(spec: IntegerSetting, value: unknown, say: (key: string, problem: string) => void): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) say(spec.key, 'must be an integer');
  else if (value < spec.minimum) say(spec.key, `must be at least ${spec.minimum}`);
  else return value;
  return undefined;
}

function readNumber(spec: NumberSetting, value: unknown, say: (key: string, problem: string) => void): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) say(spec.key, 'must be a number');
  else if (value < spec.minimum || value > spec.maximum) say(spec.key, `must be from ${spec.minimum} to ${spec.maximum}`);
  else return value;
  return undefined;
}

function readString(spec: StringSetting, value: unknown, say: (key: string, problem: string) => void): string | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  say(spec.key, 'must be a non-empty string');
  return undefined;
}

/** Known codes with known severities; the others are named and keep their default severity. */
function readRules(key: string, value: unknown, say: (key: string, problem: string) => void): Rules | undefined {
  if (!isRecord(value)) {
    say(key, 'must be an object');
    return undefined;
  }
  const allowed = RULE_CHOICES.map((c) => c.value);
  const rules: Rules = {};
  for (const [code, severity] of Object.entries(value)) {
    if (!isDiagnosticCode(code)) say(`${key}.${code}`, 'unknown diagnostic code');
    else if (typeof severity !== 'string' || !(allowed as readonly string[]).includes(severity)) say(`${key}.${code}`, `must be one of ${allowed.join(', ')}`);
    else rules[code] = severity as RuleSetting;
  }
  return rules;
}
