// `newsmark export --format FORMAT FILE`: one article in a newsroom format, on standard output or
// into `-o FILE`. An article with errors still exports as well as it can — its errors go to
// standard error and the status is 1 — unless `--strict`, which then writes nothing. `-o` is
// written atomically and never over the article itself.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { articlePage, errorText, LanguageService, lineLogger, NEVER_CANCELLED, plural } from '../../service';
import { readArticle } from '../analyse';
import type { ExportCommand } from '../args';
import { writeAtomically } from '../atomicWrite';
import { EXIT_PROBLEMS, EXIT_USAGE } from '../check';
import { ConfigResolver, unlessConfigBroken } from '../config';
import { reason, relativePath } from '../files';
import { stylish } from '../formatters/stylish';
import type { Io } from '../io';
import { outputIsAnInput } from '../outputs';
import { toJson } from './json';
import { toJsonLd } from './jsonld';
import { buildModel } from './model';
import { toNitf } from './nitf';
import { withSources } from '../sources';
import { toText } from './text';

export async function runExport(cmd: ExportCommand, io: Io): Promise<number> {
  const file = path.resolve(io.cwd, cmd.file);
  const display = relativePath(io.cwd, file);
  const output = cmd.output === undefined ? undefined : path.resolve(io.cwd, cmd.output);
  const refusal = output === undefined ? undefined : outputIsAnInput(output, [file], io.cwd, 'the export');
  if (refusal) { io.error(refusal); return EXIT_USAGE; }
  let text: string;
  try {
    text = readArticle(file);
  } catch (e) {
    io.error(`cannot read "${cmd.file}": ${reason(e)}`);
    return EXIT_USAGE;
  }
  const options = await unlessConfigBroken(() => new ConfigResolver(cmd, io.cwd).optionsFor(file), (message) => io.error(message));
  if (!options) return EXIT_USAGE;
  const logger = lineLogger((line) => io.error(`${display}: ${line}`));
  // An article the service could only half read must not export as if whole: the run ends with
  // the error (main reports it, status 2).
  logger.error = (message, error) => { throw new Error(`${display}: ${message}${error === undefined ? '' : `: ${errorText(error)}`}`); };
  const service = new LanguageService({ logger });
  const doc = { uri: pathToFileURL(file).href, version: 1, getText: () => text };
  const article = service.parse(doc);
  const sourced = withSources(service, doc, options, file, io.cwd);
  const errors = service.diagnostics(doc, {}, sourced, NEVER_CANCELLED).filter((d) => d.severity === DiagnosticSeverity.Error);
  if (errors.length) io.stderr.write(stylish([{ display, diagnostics: errors }], { version: io.version, color: false }));
  if (errors.length && cmd.strict) {
    io.error(`${display}: not exported (--strict) because of ${plural(errors.length, 'error')}`);
    return EXIT_PROBLEMS;
  }

  const model = buildModel(article, sourced);
  let out: string;
  switch (cmd.format) {
    case 'text': out = toText(model); break;
    case 'json': out = toJson(model, display); break;
    case 'nitf': out = toNitf(model, article, file); break;
    case 'jsonld': out = toJsonLd(model, file); break;
    // The preview's rendering as a page; the errors went to standard error, not into the page.
    case 'html': out = articlePage({ ...service.segments(doc, {}, options, NEVER_CANCELLED), diagnostics: [] }); break;
  }
  if (output !== undefined) {
    try {
      writeAtomically(output, out);
    } catch (e) {
      io.error(`cannot write the export to "${cmd.output}": ${reason(e)}`);
      return EXIT_USAGE;
    }
  } else io.write(out);
  return errors.length ? EXIT_PROBLEMS : 0;
}
