// `newsmark check`: select files, resolve each one's settings, analyse (in parallel for large
// batches), write the report, and turn the counts into an exit status. A file that could not be
// read or written is never hidden behind "No problems": it makes the status 2, and one that
// `--fix` left alone to protect it (cli/atomicWrite.ts) makes it at least 1.

import path from 'node:path';
import { plural } from '../service';
import type { CheckCommand } from './args';
import { analyse, type AnalyseResult, type AnalyseTask, type FixMode } from './analyse';
import { writeAtomically } from './atomicWrite';
import { ConfigResolver, unlessConfigBroken } from './config';
import { reason, relativePath, selectFiles } from './files';
import { countSeverities, FORMATTERS } from './formatters';
import type { Io } from './io';
import { outputIsAnInput } from './outputs';
import { createProgress } from './progress';
import { runTasks, workerCount } from './workers';

const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export async function runCheck(cmd: CheckCommand, io: Io): Promise<number> {
  const selection = await selectFiles(cmd.paths, io.cwd, (line) => io.error(line));
  const output = cmd.output === undefined ? undefined : path.resolve(io.cwd, cmd.output);
  const refusal = output === undefined ? undefined : outputIsAnInput(output, selection.files, io.cwd, 'the report');
  const problems = refusal ? [...selection.problems, refusal] : selection.problems;
  if (problems.length) {
    for (const p of problems) io.error(p);
    return EXIT_USAGE;
  }
  const fix: FixMode = cmd.fix ? 'fix' : cmd.fixDryRun ? 'dry-run' : 'none';
  const within = fix === 'fix' ? { within: selection.roots } : {};
  const tasks = await unlessConfigBroken(async () => {
    const configs = new ConfigResolver(cmd, io.cwd);
    const tasks: AnalyseTask[] = [];
    // One file after the other: the first broken configuration file is the one reported.
    for (const file of selection.files) tasks.push({ file, display: relativePath(io.cwd, file), options: await configs.optionsFor(file), fix, ...within });
    return tasks;
  }, (message) => io.error(message));
  if (!tasks) return EXIT_USAGE;

  const progress = createProgress(tasks.length, cmd.progress, io.stderr);
  let results: AnalyseResult[];
  try {
    results = await runTasks('analyse', tasks, workerCount(tasks.length, cmd.jobs), io.workerScript, () => progress.tick());
  } catch {
    // Threads unavailable (or a worker died): the same work in-process is slower but sure.
    results = tasks.map(analyse);
  } finally {
    progress.done();
  }

  const unreadable = results.filter((r) => r.error);
  const skipped = results.filter((r) => r.skipped);
  const reports = results.filter((r) => !r.error);

  // The report (or, for --fix-dry-run, the patch) goes to -o FILE (atomically) or standard output.
  const emit = (text: string): boolean => {
    if (output === undefined) { io.write(text); return true; }
    try {
      writeAtomically(output, text);
      return true;
    } catch (e) {
      io.error(`cannot write the ${fix === 'dry-run' ? 'patch' : 'report'} to "${cmd.output}": ${reason(e)}`);
      return false;
    }
  };
  if (fix === 'dry-run') {
    const diffs = reports.map((r) => r.diff).filter((d): d is string => !!d);
    if (!emit(diffs.join(''))) return EXIT_USAGE;
    io.error(`${diffs.length} of ${plural(reports.length, 'file')} would change`);
  } else {
    const unfinished = unreadable.length + skipped.length;
    if (!emit(FORMATTERS[cmd.format](reports, { version: io.version, color: output === undefined && io.color, cwd: io.cwd, workspace: process.env.GITHUB_WORKSPACE || undefined, unfinished }))) return EXIT_USAGE;
    if (fix === 'fix') {
      const changed = reports.filter((r) => r.changed).length;
      if (changed) io.error(`fixed ${plural(changed, 'file')}`);
    }
  }

  for (const r of skipped) io.error(r.skipped!);
  for (const r of unreadable) io.error(r.error!);
  if (unreadable.length) return EXIT_USAGE;
  const counts = countSeverities(reports);
  const tooManyWarnings = cmd.maxWarnings >= 0 && counts.warning > cmd.maxWarnings;
  if (tooManyWarnings && !counts.error) io.error(`too many warnings: ${counts.warning} (--max-warnings ${cmd.maxWarnings})`);
  return counts.error > 0 || tooManyWarnings || skipped.length ? EXIT_PROBLEMS : EXIT_OK;
}
