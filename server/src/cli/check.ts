// `newsmark check`: select files, resolve each one's settings, analyse (in parallel for large
// batches), write the report as the files finish (in their order, so that it is the same whatever
// the threads), and turn the counts into an exit status. A file that could not be
// read or written is never hidden behind "No problems": it makes the status 2, and one that
// `--fix` left alone to protect it (cli/atomicWrite.ts) makes it at least 1.

import path from 'node:path';
import { plural } from '../service';
import type { CheckCommand } from './args';
import type { AnalyseTask, FixMode } from './analyse';
import { ConfigResolver, unlessConfigBroken } from './config';
import { relativePath, selectFiles } from './files';
import { addCounts, FORMATTERS, noCounts } from './formatters';
import type { Io } from './io';
import { outputIsAnInput } from './outputs';
import { createProgress } from './progress';
import { ReportOutput } from './reportOutput';
import { streamTasks, workerCount } from './workers';

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

  // The report (or, for --fix-dry-run, the patch) is written as the files finish, in their order.
  const progress = createProgress(tasks.length, cmd.progress, io.stderr);
  const out = new ReportOutput(io, fix === 'dry-run' ? 'patch' : 'report', output, cmd.output, () => progress.hide());
  const report = fix === 'dry-run' ? undefined : FORMATTERS[cmd.format]({ version: io.version, color: output === undefined && io.color, cwd: io.cwd, workspace: process.env.GITHUB_WORKSPACE || undefined });
  out.write(report?.start ?? '');
  const counts = noCounts();
  const unreadable: string[] = [];
  const skipped: string[] = [];
  let checked = 0;
  let changed = 0;
  let diffs = 0;
  try {
    await streamTasks('analyse', tasks, workerCount(tasks.length, cmd.jobs), io.workerScript, (r) => {
      progress.tick();
      if (r.skipped) skipped.push(r.skipped);
      if (r.error) { unreadable.push(r.error); return; }
      checked++;
      if (r.changed) changed++;
      addCounts(counts, r);
      if (report) out.write(report.stream.file(r));
      else if (r.diff) { diffs++; out.write(r.diff); }
    });
  } finally {
    progress.done();
  }
  out.write(report?.stream.end(unreadable.length + skipped.length) ?? '');
  if (!out.finish()) return EXIT_USAGE;
  if (fix === 'dry-run') io.error(`${diffs} of ${plural(checked, 'file')} would change`);
  if (fix === 'fix' && changed) io.error(`fixed ${plural(changed, 'file')}`);

  for (const line of skipped) io.error(line);
  for (const line of unreadable) io.error(line);
  if (unreadable.length) return EXIT_USAGE;
  const tooManyWarnings = cmd.maxWarnings >= 0 && counts.warning > cmd.maxWarnings;
  if (tooManyWarnings && !counts.error) io.error(`too many warnings: ${counts.warning} (--max-warnings ${cmd.maxWarnings})`);
  return counts.error > 0 || tooManyWarnings || skipped.length ? EXIT_PROBLEMS : EXIT_OK;
}
