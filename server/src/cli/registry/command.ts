// `newsmark registry extract [PATH ...]`: builds or extends a speaker registry (`speakers.yaml`)
// from the speakers the articles declare in their front matter (the walker of `check`, .gitignore
// respected). The same person declared in several articles becomes one entry (registry/merge.ts);
// what disagrees is listed on standard error with the file:line of each side, and makes the status
// 1 (the registry is still written with the most frequent values, unless `--strict`). The registry
// extended (`--registry FILE`, else the one that applies to the current folder, found as `check`
// finds it) keeps its entries as they are. Output goes to standard output or, atomically, to
// `-o FILE`: never over an article, but over the registry extended when asked to.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LanguageService, lineLogger } from '../../service';
import { RegistryFiles } from '../../workspace/registryFiles';
import { readArticle } from '../analyse';
import type { RegistryExtractCommand } from '../args';
import { writeAtomically } from '../atomicWrite';
import { EXIT_PROBLEMS, EXIT_USAGE } from '../check';
import { ConfigError } from '../../workspace/configFiles';
import { reason, relativePath, selectFiles } from '../files';
import type { Io } from '../io';
import { fileIdentity, outputIsAnInput } from '../outputs';
import { articleDeclarations, readRegistry, registryDeclarations, type Declaration } from './declarations';
import { mergeDeclarations, type Conflict } from './merge';
import { registryText } from './yamlText';

/** The registry extended: its file, its bytes as read (an output over it is refused if they change) and its entries. */
interface Extended {
  file: string;
  bytes: Buffer;
  declarations: Declaration[];
}

export async function runRegistryExtract(cmd: RegistryExtractCommand, io: Io): Promise<number> {
  const selection = await selectFiles(cmd.paths, io.cwd, (line) => io.error(line));
  const output = cmd.output === undefined ? undefined : path.resolve(io.cwd, cmd.output);
  const problems = [...selection.problems];
  // Refused before anything is read: an article is never overwritten by a registry.
  if (output !== undefined) problems.push(...[outputIsAnInput(output, selection.files, io.cwd, 'the registry')].filter((p) => p !== undefined));
  for (const problem of problems) io.error(problem);
  if (problems.length) return EXIT_USAGE;

  const service = new LanguageService({ logger: lineLogger((line) => io.error(line)) });
  const extended = await extendedRegistry(cmd, io, service);
  if (extended === 'broken') return EXIT_USAGE;
  const declarations = [...(extended?.declarations ?? [])];
  let complete = true;
  for (const file of selection.files) {
    const display = relativePath(io.cwd, file);
    try {
      const text = readArticle(file);
      declarations.push(...articleDeclarations(service.parse({ uri: pathToFileURL(file).href, version: 0, getText: () => text }), display));
      service.forget(pathToFileURL(file).href); // one article at a time: memory in proportion to speakers, not to text
    } catch (e) {
      io.error(`cannot read "${display}": ${reason(e)}`);
      complete = false;
    }
  }

  const { entries, conflicts } = mergeDeclarations(declarations);
  conflicts.forEach((c) => tellConflict(c, io));
  if (conflicts.length) io.error(`${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'} to review${cmd.strict ? ': --strict, so no registry is written' : ''}`);
  if (cmd.strict && conflicts.length) return EXIT_PROBLEMS;

  const text = registryText(extended?.bytes.toString('utf8'), entries);
  if (output === undefined) io.write(text);
  else {
    const over = extended && fileIdentity(extended.file) === fileIdentity(output) ? { unchangedSince: extended.bytes } : {};
    try {
      writeAtomically(output, text, over);
    } catch (e) {
      io.error(`cannot write the registry to "${cmd.output}": ${reason(e)}`);
      return EXIT_USAGE;
    }
  }
  return !complete ? EXIT_USAGE : conflicts.length ? EXIT_PROBLEMS : 0;
}

/** The registry to extend, if any; 'broken' (told) when it cannot be read or is not a YAML map. */
async function extendedRegistry(cmd: RegistryExtractCommand, io: Io, service: LanguageService): Promise<Extended | undefined | 'broken'> {
  let file: string | undefined;
  let bytes: Buffer;
  try {
    if (cmd.registry !== undefined) {
      file = path.resolve(io.cwd, cmd.registry);
      bytes = readFileSync(file);
    } else {
      const found = await new RegistryFiles().nearest(io.cwd, (message) => { throw new ConfigError(message); });
      if (!found) return undefined;
      file = found.file;
      bytes = Buffer.from(found.text, 'utf8');
    }
  } catch (e) {
    io.error(e instanceof ConfigError ? e.message : `cannot read the registry "${cmd.registry}": ${reason(e)}`);
    return 'broken';
  }
  const display = relativePath(io.cwd, file);
  const registry = readRegistry(service, file, bytes.toString('utf8'));
  // Entries that are not what a registry holds are the registry's business (`check` names them);
  // a file that is not a YAML map cannot be extended without losing what it holds.
  const fatal = registry.problems.find((p) => p.code === 'front-matter-yaml') ?? (registry.map || !registry.text.trim() ? undefined : registry.problems[0]);
  if (fatal) {
    io.error(`${display}:${registry.lines.position(fatal.start).line + 1}: cannot extend the registry: ${fatal.message}`);
    return 'broken';
  }
  return { file, bytes, declarations: registryDeclarations(registry, display) };
}

/** A conflict on standard error: what disagrees, then each side with where it is written. */
function tellConflict(conflict: Conflict, io: Io): void {
  io.error(`conflict: ${conflict.title}`);
  for (const side of conflict.sides) {
    const more = side.count > 1 ? ` (and ${side.count - 1} more)` : '';
    io.error(`  ${side.at}${more}: ${side.text}`);
  }
}

