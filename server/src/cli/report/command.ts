// `newsmark report [PATH ...]`: who is quoted, how and how often, across the articles the paths
// select (the walker of `check`, .gitignore respected). Each article is summarised on its own (in
// worker threads for large batches) and the summaries are added up; `--format json` writes that
// sum, and `--merge a.json b.json ...` adds up such sums from shards computed elsewhere. Output
// goes to standard output or, atomically, to `-o FILE` (never over an input). A file that cannot
// be read is named on standard error, left out of the figures, and makes the status 2.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportAccumulator, readSummary, reportView, SummaryError, type ReportSummary } from '../../service';
import { reportCharts, type ReportChart } from '../../report/charts';
import type { ReportCommand } from '../args';
import { writeAtomically } from '../atomicWrite';
import { EXIT_USAGE } from '../check';
import { ConfigResolver, unlessConfigBroken } from '../config';
import { reason, relativePath, selectFiles } from '../files';
import type { Io } from '../io';
import { outputIsAnInput } from '../outputs';
import { createProgress } from '../progress';
import { runTasks, workerCount } from '../workers';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toTable } from './table';
import { summarizeFile, type SummarizeResult, type SummarizeTask } from './task';

export async function runReport(cmd: ReportCommand, io: Io): Promise<number> {
  const inputs = cmd.merge
    ? { files: cmd.paths.map((p) => path.resolve(io.cwd, p)), problems: [] }
    : await selectFiles(cmd.paths, io.cwd, (line) => io.error(line));
  const output = cmd.output === undefined ? undefined : path.resolve(io.cwd, cmd.output);
  const refusal = output === undefined ? undefined : outputIsAnInput(output, inputs.files, io.cwd, 'the report');
  const problems = [...inputs.problems, ...(refusal === undefined ? [] : [refusal])];
  problems.forEach((p) => io.error(p));
  if (problems.length) return EXIT_USAGE;
  const summed = cmd.merge ? mergeFiles(cmd.paths, inputs.files, io) : await summarizeFiles(inputs.files, cmd, io);
  if (!summed) return EXIT_USAGE;
  const text = render(cmd.format, summed.summary, io.version);
  if (output === undefined) io.write(text);
  else {
    try {
      writeAtomically(output, text);
    } catch (e) {
      io.error(`cannot write the report to "${cmd.output}": ${reason(e)}`);
      return EXIT_USAGE;
    }
  }
  return summed.complete ? 0 : EXIT_USAGE;
}

/** The summaries of `--merge`, added up; undefined (nothing written) when one cannot be read. */
function mergeFiles(named: readonly string[], files: readonly string[], io: Io): { summary: ReportSummary; complete: true } | undefined {
  const accumulator = new ReportAccumulator();
  for (const [i, file] of files.entries()) {
    try {
      accumulator.add(readSummary(readFileSync(file, 'utf8')));
    } catch (e) {
      io.error(`cannot merge "${named[i]}": ${e instanceof SummaryError ? e.message : reason(e)}`);
      return undefined;
    }
  }
  return { summary: accumulator.summary(), complete: true };
}

/** The articles' summaries, added up; undefined (nothing written) when a configuration file is broken. */
async function summarizeFiles(files: readonly string[], cmd: ReportCommand, io: Io): Promise<{ summary: ReportSummary; complete: boolean } | undefined> {
  // Each article with the speaker registry `check` and the editor read it against (the one its
  // .newsmarkrc.json names, else the nearest speakers.yaml): a registry speaker quoted without a
  // front-matter entry is the registry's person, with its name, kind and organisation.
  const tasks = await unlessConfigBroken(async () => {
    const configs = new ConfigResolver({ rules: {} }, io.cwd);
    const out: SummarizeTask[] = [];
    for (const file of files) out.push({ file, display: relativePath(io.cwd, file), registry: (await configs.optionsFor(file)).registry });
    return out;
  }, (message) => io.error(message));
  if (!tasks) return undefined;
  const progress = createProgress(tasks.length, cmd.progress, io.stderr);
  let results: SummarizeResult[];
  try {
    results = await runTasks('report', tasks, workerCount(tasks.length, cmd.jobs), io.workerScript, () => progress.tick());
  } catch {
    results = tasks.map(summarizeFile); // threads unavailable: the same work in-process
  } finally {
    progress.done();
  }
  const accumulator = new ReportAccumulator();
  let complete = true;
  for (const r of results) {
    if (r.summary) accumulator.add(r.summary);
    else {
      io.error(r.error ?? 'a file gave no summary');
      complete = false;
    }
  }
  return { summary: accumulator.summary(), complete };
}

function render(format: ReportCommand['format'], summary: ReportSummary, version: string): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  const view = reportView(summary);
  if (format === 'csv') return toCsv(view);
  const charts = reportCharts(view);
  if (format === 'table') return toTable(view, charts);
  return toHtml(view, charts, chartSvg(), `newsmark ${version}`);
}

/**
 * ECharts is loaded only here, on the first HTML report: a require in the function, so that the
 * bundle initialises it (and parses its registrations) only when a chart is drawn, and `check` or
 * a table report start as fast as before.
 */
function chartSvg(): (chart: ReportChart) => string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return (require('../../report/svg') as typeof import('../../report/svg')).renderChartSvg;
}
