// The `newsmark.*` settings as the server sees them: read per document from the client
// (`workspace/configuration`, scopeUri = the document) when it can answer, else from the last
// `workspace/didChangeConfiguration` payload or the initialization options. Whatever arrives is
// checked field by field: a wrong type falls back to that field's default, never to an error.

import { isDiagnosticCode, STYLE_SETTINGS, type DiagnosticCode, type RuleSetting, type ServiceOptions, type StyleSetting } from '../service';

export type ValidateSetting = 'onType' | 'onSave';
export type OutlineGrouping = 'speaker' | 'section';

export interface NewsmarkSettings {
  validate: ValidateSetting;
  style: StyleSetting;
  rules: Partial<Record<DiagnosticCode, RuleSetting>>;
  quoteUnattributedMinWords: number;
  outlineGroupBy: OutlineGrouping;
}

export const DEFAULT_SETTINGS: NewsmarkSettings = {
  validate: 'onType',
  style: 'auto',
  rules: {},
  quoteUnattributedMinWords: 4,
  outlineGroupBy: 'speaker',
};

const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

/** Turns whatever the client sent for the `newsmark` section into complete, valid settings. */
export function readSettings(raw: unknown, warn: (message: string) => void = () => {}): NewsmarkSettings {
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS, rules: {} };
  for (const [key, allowed] of [['validate', ['onType', 'onSave']], ['style', STYLE_SETTINGS]] as const) {
    if (raw[key] !== undefined && !(allowed as readonly unknown[]).includes(raw[key])) {
      warn(`newsmark.${key}: ${JSON.stringify(raw[key])} is not one of ${allowed.join(', ')}; using "${DEFAULT_SETTINGS[key]}"`);
    }
  }
  // Clients that send flat dotted keys (`"outline.groupBy": ...`) and nested objects both work.
  const outline = isRecord(raw.outline) ? raw.outline : {};
  const groupBy = outline.groupBy ?? raw['outline.groupBy'];
  const minWords = raw.quoteUnattributedMinWords;
  return {
    validate: oneOf(raw.validate, ['onType', 'onSave'] as const, DEFAULT_SETTINGS.validate),
    style: oneOf(raw.style, STYLE_SETTINGS, DEFAULT_SETTINGS.style),
    rules: readRules(raw.rules, warn),
    quoteUnattributedMinWords:
      typeof minWords === 'number' && Number.isFinite(minWords) && minWords >= 1 ? Math.floor(minWords) : DEFAULT_SETTINGS.quoteUnattributedMinWords,
    outlineGroupBy: oneOf(groupBy, ['speaker', 'section'] as const, DEFAULT_SETTINGS.outlineGroupBy),
  };
}

/** Keeps only known codes with known severities; the rest keep their default severity. */
function readRules(raw: unknown, warn: (message: string) => void): Partial<Record<DiagnosticCode, RuleSetting>> {
  const rules: Partial<Record<DiagnosticCode, RuleSetting>> = {};
  if (!isRecord(raw)) return rules;
  for (const [code, value] of Object.entries(raw)) {
    if (!isDiagnosticCode(code)) {
      warn(`newsmark.rules: "${code}" is not a NewsMark diagnostic code; it is ignored`);
    } else if (typeof value !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(value)) {
      warn(`newsmark.rules: "${code}": ${JSON.stringify(value)} is not one of ${RULE_SETTINGS.join(', ')}; the default severity stays`);
    } else {
      rules[code] = value as RuleSetting;
    }
  }
  return rules;
}

/** The part of the settings the language service's diagnostics read. */
export function serviceOptions(settings: NewsmarkSettings): ServiceOptions {
  return { style: settings.style, rules: settings.rules, unattributedMinWords: settings.quoteUnattributedMinWords };
}

/** Where the settings come from; `fetch` is `connection.workspace.getConfiguration`. */
export interface SettingsSource {
  /** True when the client answers `workspace/configuration`. */
  readonly pullSupported: boolean;
  fetch(scopeUri: string): Promise<unknown>;
}

/**
 * Settings per document, asked of the client once and cached until the next
 * `didChangeConfiguration`. Clients without `workspace/configuration` get one global value.
 */
export class SettingsStore {
  private readonly perUri = new Map<string, Promise<NewsmarkSettings>>();
  private global: NewsmarkSettings;
  /** Each settings mistake is logged once, not once per document. */
  private readonly warned = new Set<string>();
  private readonly warn = (message: string) => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.log(message);
  };

  constructor(
    private readonly source: SettingsSource,
    initial: unknown,
    private readonly log: (message: string) => void,
  ) {
    this.global = readSettings(initial, this.warn);
  }

  get(uri: string): Promise<NewsmarkSettings> {
    if (!this.source.pullSupported) return Promise.resolve(this.global);
    let pending = this.perUri.get(uri);
    if (!pending) {
      pending = this.source.fetch(uri).then((raw) => readSettings(raw, this.warn), (e: unknown) => {
        this.log(`newsmark: could not read the settings of ${uri}: ${String(e)}`);
        if (this.perUri.get(uri) === pending) this.perUri.delete(uri); // ask again next time (unless asked anew already)
        return this.global;
      });
      this.perUri.set(uri, pending);
    }
    return pending;
  }

  /**
   * After `workspace/didChangeConfiguration`: drops the cache; the payload is used directly only
   * by clients that cannot be asked (VS Code sends it too, but pulling honours resource scopes).
   */
  changed(payload: unknown): void {
    this.perUri.clear();
    if (!this.source.pullSupported && isRecord(payload) && payload.newsmark !== undefined) {
      this.global = readSettings(payload.newsmark, this.warn);
    }
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }
}
