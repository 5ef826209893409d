// Settings of the command line: the nearest `.newsmarkrc.json` up the tree from an article, or a
// `newsmark` key in the nearest package.json that has one; then the command-line overrides.
// Configuration is JSON data only (never a script), checked against config.schema.json, so a
// mistake is reported with the file and the key instead of silently ignored.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { withDefaults, type ServiceOptions } from '../service';
import type { OverrideOptions } from './args';
import schema from './config.schema.json';
import { reason } from './files';

export const CONFIG_FILE = '.newsmarkrc.json';

/** The settings keys a configuration file holds (those of the editor, without `newsmark.`). */
export interface ConfigData {
  style?: ServiceOptions['style'];
  rules?: ServiceOptions['rules'];
  quoteUnattributedMinWords?: number;
}

export class ConfigError extends Error {}

const validate = new Ajv({ allErrors: true, strict: false }).compile<ConfigData>(schema);

/** Finds and reads configuration files, once per folder. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, { file?: string; data: ConfigData }>();
  private readonly explicit?: { file: string; data: ConfigData };

  constructor(private readonly overrides: OverrideOptions, cwd: string) {
    if (overrides.config) {
      const file = path.resolve(cwd, overrides.config);
      this.explicit = { file, data: path.basename(file) === 'package.json' ? readExplicitPackage(file) : readConfigFile(file, false) ?? {} };
    }
  }

  /** The service options for an article; throws ConfigError for a bad configuration file. */
  optionsFor(file: string): ServiceOptions {
    const found = this.explicit ?? this.lookup(path.dirname(file));
    return mergeOptions(found.data, this.overrides);
  }

  /** The configuration file that applies to an article, if any (for messages). */
  fileFor(file: string): string | undefined {
    return (this.explicit ?? this.lookup(path.dirname(file))).file;
  }

  private lookup(dir: string): { file?: string; data: ConfigData } {
    const cached = this.byFolder.get(dir);
    if (cached) return cached;
    let found: { file?: string; data: ConfigData };
    const rc = path.join(dir, CONFIG_FILE);
    const rcData = readConfigFile(rc, true);
    if (rcData) found = { file: rc, data: rcData };
    else {
      const pkg = path.join(dir, 'package.json');
      const pkgData = readPackageKey(pkg);
      const parent = path.dirname(dir);
      found = pkgData ? { file: pkg, data: pkgData } : parent === dir ? { data: {} } : this.lookup(parent);
    }
    this.byFolder.set(dir, found);
    return found;
  }
}

export function mergeOptions(data: ConfigData, overrides: OverrideOptions): ServiceOptions {
  return withDefaults({
    ...(data.style ? { style: data.style } : {}),
    ...(data.quoteUnattributedMinWords ? { unattributedMinWords: data.quoteUnattributedMinWords } : {}),
    ...(overrides.style ? { style: overrides.style } : {}),
    rules: { ...(data.rules ?? {}), ...overrides.rules },
  });
}

/** Reads and validates one configuration file; undefined when it is absent and `optional`. */
function readConfigFile(file: string, optional: boolean): ConfigData | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (optional && ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')) return undefined;
    throw new ConfigError(`${display(file)}: cannot read: ${reason(e)}`);
  }
  return checkConfig(parseJson(text, file), file, '');
}

/** The `newsmark` key of a package.json, validated; undefined when absent or not JSON at all. */
function readPackageKey(file: string): ConfigData | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let pkg: unknown;
  try {
    pkg = JSON.parse(stripBom(text));
  } catch {
    return undefined; // a broken package.json is npm's business, not ours
  }
  if (!pkg || typeof pkg !== 'object' || !Object.prototype.hasOwnProperty.call(pkg, 'newsmark')) return undefined;
  return checkConfig((pkg as Record<string, unknown>).newsmark, file, 'newsmark.');
}

/** `--config package.json`: its `newsmark` key, which must be there. */
function readExplicitPackage(file: string): ConfigData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${display(file)}: cannot read: ${reason(e)}`);
  }
  const pkg = parseJson(text, file);
  if (!pkg || typeof pkg !== 'object' || !Object.prototype.hasOwnProperty.call(pkg, 'newsmark')) throw new ConfigError(`${display(file)}: newsmark: no such key`);
  return checkConfig((pkg as Record<string, unknown>).newsmark, file, 'newsmark.');
}

function parseJson(text: string, file: string): unknown {
  const json = stripBom(text);
  try {
    return JSON.parse(json);
  } catch (e) {
    const full = e instanceof Error ? e.message : String(e);
    // V8 gives "... in JSON at position 36", or for an unexpected token no position but a quote
    // of the text ("Unexpected token '}', ...\"x\": \n}\" is not valid JSON"), which may span lines.
    const position = / at position (\d+)/.exec(full);
    const offset = position ? Number(position[1]) : errorOffset(json);
    const message = full.replace(/(?: in JSON)? at position \d+[\s\S]*$/, '').replace(/^(Unexpected token .+?), (?:\.\.\.)?"[\s\S]*$/, '$1').split('\n')[0];
    throw new ConfigError(`${display(file)}${lineColumn(json, offset)}: not valid JSON: ${message}`);
  }
}

/** Where JSON.parse gave up on `json`: the end of its longest prefix that valid JSON could continue. */
function errorOffset(json: string): number {
  const continuable = (k: number): boolean => {
    const prefix = json.slice(0, k);
    try {
      JSON.parse(prefix);
      return true;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const at = / at position (\d+)/.exec(message);
      return message.startsWith('Unexpected end of JSON input') || (at !== null && Number(at[1]) >= prefix.length);
    }
  };
  let lo = 0, hi = json.length; // continuable(lo); the answer lies in [lo, hi]
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (continuable(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function checkConfig(data: unknown, file: string, keyPrefix: string): ConfigData {
  if (validate(data)) return data;
  // An unknown rule code yields two errors (the enum inside propertyNames, then propertyNames):
  // the second one names the key, the first only repeats every code.
  const errors = (validate.errors ?? []).filter((err) => err.propertyName === undefined);
  const lines = errors.map((err) => `${display(file)}: ${describeError(err, keyPrefix)}`);
  throw new ConfigError([...new Set(lines)].join('\n'));
}

/** "rules.quote-marks: must be one of error, warning, info, hint, off". */
export function describeError(err: ErrorObject, keyPrefix = ''): string {
  const segments = err.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = err.params as Record<string, unknown>;
  const at = (extra?: string) => {
    const key = keyPrefix + [...segments, ...(extra ? [extra] : [])].join('.');
    return key.replace(/\.$/, '') || '(top level)';
  };
  switch (err.keyword) {
    case 'additionalProperties':
      return `${at(String(params.additionalProperty))}: unknown key`;
    case 'propertyNames':
      return `${at(String(params.propertyName))}: unknown diagnostic code`;
    case 'enum':
      return `${at()}: must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'type':
      return `${at()}: must be ${params.type === 'object' ? 'an object' : `a ${String(params.type)}`}`;
    case 'minimum':
      return `${at()}: must be at least ${String(params.limit)}`;
    default:
      return `${at()}: ${err.message ?? 'is not valid'}`;
  }
}

/** ":2:15": the 1-based line and column of an offset. */
function lineColumn(json: string, offset: number): string {
  const before = json.slice(0, Math.min(offset, json.length));
  const line = before.split('\n').length;
  return `:${line}:${before.length - before.lastIndexOf('\n')}`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function display(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/') || file;
}
