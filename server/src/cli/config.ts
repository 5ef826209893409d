// Settings of the command line: the configuration that applies to an article (found as the
// language server finds it, workspace/configFiles.ts), read by the service's one settings reader,
// then the command-line overrides (`--style`, `--rule`). A mistake in a configuration file stops the
// run with the file and the key, instead of being silently ignored.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RegistryFiles } from '../workspace/registryFiles';
import { plural, readSettings, toServiceOptions, withDefaults, type ServiceOptions } from '../service';
import { ConfigError, ConfigFiles, type FoundConfig } from '../workspace/configFiles';
import type { OverrideOptions } from './args';

/** Finds and reads configuration files, once per folder. */
export class ConfigResolver {
  private readonly files = new ConfigFiles(display);
  /** The registry the configuration names, else the nearest `speakers.yaml`, found as the language server finds it. */
  private readonly registries = new RegistryFiles(undefined, (dir) => this.explicit ?? this.files.nearest(dir));
  private readonly explicit?: Promise<FoundConfig>;

  constructor(private readonly overrides: OverrideOptions, cwd: string) {
    if (overrides.config) this.explicit = this.files.explicit(path.resolve(cwd, overrides.config));
  }

  /** The service options for an article; rejects with ConfigError for a bad configuration file. */
  async optionsFor(file: string): Promise<ServiceOptions> {
    const found = await (this.explicit ?? this.files.nearest(path.dirname(file)));
    const registry = await this.registries.nearest(path.dirname(file), (message) => { throw new ConfigError(message); });
    const options = mergeOptions(found, this.overrides);
    return registry ? { ...options, registry: { uri: pathToFileURL(registry.file).toString(), text: registry.text } } : options;
  }
}

/**
 * What `read` resolves, or undefined when a configuration file is broken: its mistakes (file and
 * key) are told through `report`, and the caller stops with the usage status. Any other error is
 * a bug and is rethrown.
 */
export async function unlessConfigBroken<T>(read: () => Promise<T>, report: (message: string) => void): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    report(e.message);
    return undefined;
  }
}

/** A configuration file's settings (every mistake in it is an error here), then the overrides. */
function mergeOptions(found: FoundConfig, overrides: OverrideOptions): ServiceOptions {
  const mistakes: string[] = [];
  const where = found.file ? display(found.file) : '(no configuration file)';
  const settings = readSettings(found.raw, (m) => mistakes.push(m), { where, keyPrefix: found.keyPrefix });
  if (mistakes.length) throw new ConfigError(capped([...new Set(mistakes)], where).join('\n'));
  const options = toServiceOptions(settings);
  return withDefaults({
    ...options,
    ...(overrides.style ? { style: overrides.style } : {}),
    rules: { ...options.rules, ...overrides.rules },
  });
}

/** Mistakes shown one per line: a file of 200,000 unknown keys is not answered with 200,000 lines. */
const MISTAKES_SHOWN = 20;

function capped(mistakes: string[], where: string): string[] {
  if (mistakes.length <= MISTAKES_SHOWN) return mistakes;
  return [...mistakes.slice(0, MISTAKES_SHOWN), `${where}: and ${plural(mistakes.length - MISTAKES_SHOWN, 'more mistake')} (not shown)`];
}

function display(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/') || file;
}
