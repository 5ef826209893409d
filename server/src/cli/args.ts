// Command-line arguments: `newsmark check [options] [PATH|GLOB ...]`,
// `newsmark export --format FORMAT [options] FILE`, `newsmark markup [options] [FILE ...]` and
// `newsmark report [options] [PATH ...]` (or `--merge SUMMARY ...`) and `newsmark registry extract [options] [PATH ...]`. Hand-written rather than a parser package:
// the grammar is small, and usage errors must be one line that names the offending argument.

import { ALL_CODES, isDiagnosticCode, STYLE_SETTINGS, type DiagnosticCode, type RuleSetting, type StyleSetting } from '../service';

const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
const EXPORT_FORMATS = ['text', 'json', 'nitf', 'jsonld', 'html'] as const;
const REPORT_FORMATS = ['table', 'json', 'csv', 'html'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];
export type CheckFormat = (typeof CHECK_FORMATS)[number];
type ExportFormat = (typeof EXPORT_FORMATS)[number];
const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Settings given on the command line; they override the configuration file. */
export interface OverrideOptions {
  style?: StyleSetting;
  rules: Partial<Record<DiagnosticCode, RuleSetting>>;
  /** An explicit configuration file (`--config`), instead of the nearest one. */
  config?: string;
}

export interface CheckCommand extends OverrideOptions {
  command: 'check';
  paths: string[];
  format: CheckFormat;
  /** -1: any number of warnings passes. */
  maxWarnings: number;
  fix: boolean;
  fixDryRun: boolean;
  output?: string;
  /** Worker threads; undefined: decide from the number of files and cores. */
  jobs?: number;
  progress: boolean;
}

export interface ExportCommand extends OverrideOptions {
  command: 'export';
  file: string;
  format: ExportFormat;
  output?: string;
  strict: boolean;
}

export interface MarkupCommand {
  command: 'markup';
  /** Plain articles or NITF files; none: standard input. */
  files: string[];
  /** `-o FILE`: the one draft goes there. */
  output?: string;
  /** `--out-dir DIR`: each draft goes there, named after its input with `.news`. */
  outDir?: string;
  /** What fills the front matter when the input lacks it. */
  headline?: string;
  date?: string;
  agency?: string;
  reviewThreshold?: number;
  jobs?: number;
  progress: boolean;
}

export interface ReportCommand {
  command: 'report';
  /** Articles, folders and globs; with `merge`, the summaries (JSON) to merge. */
  paths: string[];
  format: ReportFormat;
  /** `--merge`: the paths are summaries of `--format json`, added up instead of articles read. */
  merge: boolean;
  output?: string;
  jobs?: number;
  progress: boolean;
}

export interface RegistryExtractCommand {
  command: 'registry-extract';
  /** Articles, folders and globs whose front matter speakers are gathered. */
  paths: string[];
  /** `--registry FILE`: the registry to extend; undefined: the nearest one, if any. */
  registry?: string;
  output?: string;
  /** `--strict`: write nothing when there are conflicts. */
  strict: boolean;
}

export type Command = CheckCommand | ExportCommand | MarkupCommand | ReportCommand | RegistryExtractCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

/** Options that take a value, of check and export (shared ones in both). */
const VALUE_OPTIONS = new Set(['--format', '-f', '--max-warnings', '--rule', '--style', '--config', '-c', '--output', '-o', '--jobs']);
/** Options that take a value, of report. */
const REPORT_VALUE_OPTIONS = new Set(['--format', '-f', '--output', '-o', '--jobs']);
/** Options that take a value, of registry extract. */
const REGISTRY_VALUE_OPTIONS = new Set(['--registry', '--output', '-o']);
/** Options that take a value, of markup. */
const MARKUP_VALUE_OPTIONS = new Set(['--output', '-o', '--out-dir', '--headline', '--date', '--agency', '--review-threshold', '--jobs']);

export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given (try `newsmark check` or `newsmark --help`)');
  if (first === 'help') return { command: 'help' };
  if (first === 'check') return parseCheck(rest);
  if (first === 'export') return parseExport(rest);
  if (first === 'markup') return parseMarkup(rest);
  if (first === 'report') return parseReport(rest);
  if (first === 'registry') return parseRegistry(rest);
  throw new UsageError(`unknown command "${first}" (known: check, export, markup, report, registry)`);
}

interface Raw {
  options: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
}

/** Splits arguments into options (with `--name value` and `--name=value`), flags and positionals. */
function split(args: readonly string[], flags: ReadonlySet<string>, valueOptions: ReadonlySet<string> = VALUE_OPTIONS): Raw {
  const raw: Raw = { options: new Map(), flags: new Set(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') { raw.positionals.push(...args.slice(i + 1)); break; }
    if (!arg.startsWith('-') || arg === '-') { raw.positionals.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flags.has(name)) {
      if (eq > 0 && arg.startsWith('--')) throw new UsageError(`option ${name} takes no value`);
      raw.flags.add(name);
      continue;
    }
    if (!valueOptions.has(name)) throw new UsageError(`unknown option "${name}"`);
    let value: string | undefined;
    if (arg.startsWith('--') && eq > 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value === undefined) throw new UsageError(`option ${name} needs a value`);
      i++;
    }
    const canonical = ALIASES[name] ?? name;
    raw.options.set(canonical, [...(raw.options.get(canonical) ?? []), value]);
  }
  return raw;
}

const ALIASES: Record<string, string> = { '-f': '--format', '-c': '--config', '-o': '--output' };

function single(raw: Raw, name: string): string | undefined {
  const values = raw.options.get(name);
  if (!values) return undefined;
  if (values.length > 1) throw new UsageError(`option ${name} given more than once`);
  return values[0];
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${what} "${value}" (known: ${allowed.join(', ')})`);
}

function overrides(raw: Raw): OverrideOptions {
  const rules: OverrideOptions['rules'] = {};
  for (const rule of raw.options.get('--rule') ?? []) {
    const eq = rule.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule expects CODE=SEVERITY, got "${rule}"`);
    const code = rule.slice(0, eq).trim();
    const setting = rule.slice(eq + 1).trim();
    if (!isDiagnosticCode(code)) throw new UsageError(`--rule: unknown code "${code}" (known: ${ALL_CODES.join(', ')})`);
    rules[code] = oneOf(setting, RULE_SETTINGS, `severity for ${code}`);
  }
  const style = single(raw, '--style');
  const config = single(raw, '--config');
  return {
    rules,
    ...given('style', style === undefined ? undefined : oneOf(style, STYLE_SETTINGS, 'style')),
    ...given('config', config),
  };
}

/** The option as a key when it was given, nothing when not: an absent option is an absent key, not `undefined`. */
function given<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}

function nonNegativeInteger(value: string, name: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`${name} expects a whole number, got "${value}"`);
  return Number(value);
}

function parseCheck(args: readonly string[]): CheckCommand {
  const raw = split(args, new Set(['--fix', '--fix-dry-run', '--no-progress']));
  const format = oneOf(single(raw, '--format') ?? 'stylish', CHECK_FORMATS, 'format');
  const maxWarnings = single(raw, '--max-warnings');
  const jobs = single(raw, '--jobs');
  const output = single(raw, '--output');
  if (raw.flags.has('--fix') && raw.flags.has('--fix-dry-run')) throw new UsageError('--fix and --fix-dry-run exclude each other');
  return {
    command: 'check',
    paths: raw.positionals,
    format,
    maxWarnings: maxWarnings === undefined ? -1 : nonNegativeInteger(maxWarnings, '--max-warnings'),
    fix: raw.flags.has('--fix'),
    fixDryRun: raw.flags.has('--fix-dry-run'),
    progress: !raw.flags.has('--no-progress'),
    ...given('jobs', jobs === undefined ? undefined : nonNegativeInteger(jobs, '--jobs')),
    ...given('output', output),
    ...overrides(raw),
  };
}

function parseExport(args: readonly string[]): ExportCommand {
  const raw = split(args, new Set(['--strict']));
  if (raw.options.has('--max-warnings') || raw.options.has('--jobs')) throw new UsageError('--max-warnings and --jobs belong to `newsmark check`');
  const formatValue = single(raw, '--format');
  if (formatValue === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  const format = oneOf(formatValue, EXPORT_FORMATS, 'export format');
  if (raw.positionals.length !== 1) throw new UsageError(`export takes exactly one FILE, got ${raw.positionals.length}`);
  const output = single(raw, '--output');
  return {
    command: 'export',
    file: raw.positionals[0],
    format,
    strict: raw.flags.has('--strict'),
    ...given('output', output),
    ...overrides(raw),
  };
}

function parseMarkup(args: readonly string[]): MarkupCommand {
  const raw = split(args, new Set(['--no-progress']), MARKUP_VALUE_OPTIONS);
  const output = single(raw, '--output');
  const outDir = single(raw, '--out-dir');
  const date = single(raw, '--date');
  const threshold = single(raw, '--review-threshold');
  const jobs = single(raw, '--jobs');
  const files = raw.positionals;
  if (output !== undefined && outDir !== undefined) throw new UsageError('-o and --out-dir exclude each other');
  if (files.length > 1 && outDir === undefined) throw new UsageError(`${files.length} files need --out-dir DIR (one draft per file)`);
  if (outDir !== undefined && (!files.length || files.includes('-'))) throw new UsageError('--out-dir needs the files to mark up (standard input has no name)');
  if (date !== undefined && !/^\d{4}-\d\d-\d\d$/.test(date)) throw new UsageError(`--date expects YYYY-MM-DD, got "${date}"`);
  return {
    command: 'markup',
    files,
    progress: !raw.flags.has('--no-progress'),
    ...given('output', output),
    ...given('outDir', outDir),
    ...given('headline', single(raw, '--headline')),
    ...given('date', date),
    ...given('agency', single(raw, '--agency')),
    ...given('reviewThreshold', threshold === undefined ? undefined : fraction(threshold, '--review-threshold')),
    ...given('jobs', jobs === undefined ? undefined : nonNegativeInteger(jobs, '--jobs')),
  };
}

function parseReport(args: readonly string[]): ReportCommand {
  const raw = split(args, new Set(['--merge', '--no-progress']), REPORT_VALUE_OPTIONS);
  const merge = raw.flags.has('--merge');
  const jobsValue = single(raw, '--jobs');
  const jobs = jobsValue === undefined ? undefined : nonNegativeInteger(jobsValue, '--jobs');
  if (merge && !raw.positionals.length) throw new UsageError('--merge needs the summaries to merge (files written by `newsmark report --format json`)');
  if (merge && jobs !== undefined) throw new UsageError('--jobs reads articles; --merge reads summaries only');
  return {
    command: 'report',
    paths: raw.positionals,
    format: oneOf(single(raw, '--format') ?? 'table', REPORT_FORMATS, 'report format'),
    merge,
    ...given('jobs', jobs),
    ...given('output', single(raw, '--output')),
    progress: !raw.flags.has('--no-progress'),
  };
}

function parseRegistry(args: readonly string[]): RegistryExtractCommand {
  const [sub, ...rest] = args;
  if (sub !== 'extract') throw new UsageError(sub === undefined ? 'registry needs a subcommand: `newsmark registry extract [PATH ...]`' : `unknown registry subcommand "${sub}" (known: extract)`);
  const raw = split(rest, new Set(['--strict']), REGISTRY_VALUE_OPTIONS);
  return {
    command: 'registry-extract',
    paths: raw.positionals,
    strict: raw.flags.has('--strict'),
    ...given('registry', single(raw, '--registry')),
    ...given('output', single(raw, '--output')),
  };
}

/** A number from 0 to 1 (`0.6`, `1`, `.75`). */
function fraction(value: string, name: string): number {
  const n = /^(?:0|1|0?\.\d{1,6}|1\.0{1,6})$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 1)) throw new UsageError(`${name} expects a number from 0 to 1, got "${value}"`);
  return n;
}

export const HELP = `Usage: newsmark <command> [options]

Commands:
  check [PATH|GLOB ...]        Check .news articles (default: the current folder)
  export --format F FILE       Export one article: text, json, nitf, jsonld, html
  markup [FILE ...]            Write a NewsMark draft of plain articles (or NITF): speakers and quotes
  report [PATH|GLOB ...]       Who is quoted, how and how often, across articles (default: the current folder)
  registry extract [PATH ...]  Build or extend a speaker registry (speakers.yaml) from the articles' speakers

Check options:
  -f, --format F               stylish (default), json, sarif, github
  --max-warnings N             Exit 1 when there are more than N warnings
  --fix                        Apply every mechanical fix in place
  --fix-dry-run                Show the fixes as a unified diff; change nothing
  -o, --output FILE            Write the report to FILE instead of standard output
  --jobs N                     Worker threads (0: check in-process)
  --no-progress                No progress bar on a terminal

Export options:
  -o, --output FILE            Write to FILE instead of standard output
  --strict                     Write nothing when the article has errors

Markup options:
  -o, --output FILE            Write the draft to FILE instead of standard output (one input)
  --out-dir DIR                Write each draft to DIR, named after its input with .news
  --headline H, --date D, --agency A   Fill the front matter where the input lacks them
  --review-threshold N         Confidence (0 to 1) below which a span gets a review note
  --jobs N, --no-progress      As for check

Report options:
  -f, --format F               table (default), json (a summary that --merge reads), csv, html (charts)
  --merge SUMMARY ...          Add up summaries of disjoint sets of articles (--format json of each)
  -o, --output FILE            Write to FILE instead of standard output
  --jobs N, --no-progress      As for check

Registry extract options:
  --registry FILE              Extend this registry (default: the nearest speakers.yaml, or the
                               one .newsmarkrc.json names); its entries are kept as they are
  -o, --output FILE            Write the registry to FILE (it may be the registry extended)
  --strict                     Write nothing when there are conflicts

Common options (check and export):
  --rule CODE=SEVERITY         Override a rule: error, warning, info, hint, off (repeatable)
  --style S                    House style: auto, ap, reuters, xinhua, upi, none
  -c, --config FILE            Use this configuration file instead of the nearest one
  -h, --help                   Show this help
  -v, --version                Show the version

Exit status: 0 no errors, 1 problems (errors, or warnings over --max-warnings, or a file --fix
left alone), 2 usage error or a file that cannot be read or written; markup: 0 every draft written (review notes included), 2 otherwise; report: 0, or 2 when a file or summary cannot be read; registry extract: 0, 1 conflicts to review (listed on standard error), 2 a file that cannot be read or written. Settings: the nearest .newsmarkrc.json, or a "newsmark" key in package.json.
`;
