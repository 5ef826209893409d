// `newsmark markup`: a NewsMark draft of each plain article (or NITF file), to standard output for
// one, to `-o FILE`, or into `--out-dir DIR` for many (in worker threads for large batches, with
// check's progress bar). A draft never replaces its input: an output path that is one of the
// inputs is refused before anything is written.

import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { plural } from '../../service';
import type { MarkupCommand } from '../args';
import { EXIT_USAGE } from '../check';
import { reason, relativePath } from '../files';
import type { Io } from '../io';
import { fileIdentity } from '../outputs';
import { createProgress } from '../progress';
import { runTasks, workerCount } from '../workers';
import { markupFile, type MarkupResult, type MarkupTask } from './task';

const EXIT_OK = 0;
/** The draft's extension; the input's own (.txt, .xml, .nitf) is replaced by it. */
const DRAFT_EXTENSION = '.news';

export async function runMarkup(cmd: MarkupCommand, io: Io): Promise<number> {
  const fill = { ...(cmd.headline !== undefined ? { headline: cmd.headline } : {}), ...(cmd.date !== undefined ? { date: cmd.date } : {}), ...(cmd.agency !== undefined ? { agency: cmd.agency } : {}) };
  const threshold = cmd.reviewThreshold !== undefined ? { reviewThreshold: cmd.reviewThreshold } : {};
  if (!cmd.files.length || (cmd.files.length === 1 && cmd.files[0] === '-')) return markupStandardInput(cmd, io, { fill, ...threshold });

  const inputs = cmd.files.map((f) => path.resolve(io.cwd, f));
  for (const [i, file] of inputs.entries()) {
    const problem = notAFile(file);
    if (problem) { io.error(`cannot read "${cmd.files[i]}": ${problem}`); return EXIT_USAGE; }
  }
  const outputs = outputPaths(cmd, inputs, io.cwd);
  const refused = refusals(inputs, outputs, io.cwd);
  if (refused.length) { refused.forEach((r) => io.error(r)); return EXIT_USAGE; }
  if (cmd.outDir !== undefined) {
    try {
      mkdirSync(path.resolve(io.cwd, cmd.outDir), { recursive: true });
    } catch (e) {
      io.error(`cannot create "${cmd.outDir}": ${reason(e)}`);
      return EXIT_USAGE;
    }
  }

  const tasks: MarkupTask[] = inputs.map((file, i) => ({ file, display: relativePath(io.cwd, file), fill, ...threshold, ...(outputs[i] !== undefined ? { output: outputs[i] } : {}) }));
  const progress = createProgress(tasks.length, cmd.progress, io.stderr);
  let results: MarkupResult[];
  try {
    results = await runTasks('markup', tasks, workerCount(tasks.length, cmd.jobs), io.workerScript, () => progress.tick());
  } catch {
    results = tasks.map((t) => markupFile(t)); // threads unavailable: the same work in-process
  } finally {
    progress.done();
  }
  for (const r of results) if (r.draft !== undefined) io.write(r.draft);
  return report(results, outputs[0] !== undefined, io);
}

async function markupStandardInput(cmd: MarkupCommand, io: Io, task: Pick<MarkupTask, 'fill' | 'reviewThreshold'>): Promise<number> {
  let text: string;
  try {
    text = await readStream(process.stdin);
  } catch (e) {
    io.error(`cannot read standard input: ${reason(e)}`);
    return EXIT_USAGE;
  }
  // The task reads files; standard input is read here and handed over as if it were one.
  const result = markupText(text, task, cmd.output === undefined ? undefined : path.resolve(io.cwd, cmd.output));
  if (result.draft !== undefined) io.write(result.draft);
  return report([result], cmd.output !== undefined, io);
}

function markupText(text: string, task: Pick<MarkupTask, 'fill' | 'reviewThreshold'>, output: string | undefined): MarkupResult {
  const stdinTask: MarkupTask = { file: '-', display: 'standard input', fill: task.fill, ...(task.reviewThreshold !== undefined ? { reviewThreshold: task.reviewThreshold } : {}), ...(output !== undefined ? { output } : {}) };
  return markupFile(stdinTask, () => text);
}

function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

/** Errors on standard error; a count of what was written, and of what to review, when drafts went to files. */
function report(results: MarkupResult[], toFiles: boolean, io: Io): number {
  const failed = results.filter((r) => r.error);
  for (const r of failed) io.error(r.error!);
  const written = results.length - failed.length;
  const notes = results.reduce((n, r) => n + r.reviewNotes, 0);
  if (toFiles && written) io.error(`wrote ${plural(written, 'draft')}${notes ? `; ${plural(notes, 'review note')} to look at (markup-uncertain)` : ''}`);
  return failed.length ? EXIT_USAGE : EXIT_OK;
}

function notAFile(file: string): string | undefined {
  try {
    return statSync(file).isDirectory() ? 'is a folder (name the files to mark up)' : undefined;
  } catch (e) {
    return reason(e);
  }
}

/** Where each draft goes: `-o`, a file in `--out-dir`, or nowhere (standard output). */
function outputPaths(cmd: MarkupCommand, inputs: string[], cwd: string): (string | undefined)[] {
  if (cmd.output !== undefined) return [path.resolve(cwd, cmd.output)];
  if (cmd.outDir === undefined) return inputs.map(() => undefined);
  const dir = path.resolve(cwd, cmd.outDir);
  return inputs.map((file) => path.join(dir, draftName(file)));
}

/** `story.txt` → `story.news`; `story.xml` → `story.news`; `story.news` → `story.news`; `story` → `story.news`. */
function draftName(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return (ext ? base.slice(0, -ext.length) : base) + DRAFT_EXTENSION;
}

/** Outputs that would overwrite an input, or that two inputs would both write. */
function refusals(inputs: string[], outputs: (string | undefined)[], cwd: string): string[] {
  const problems: string[] = [];
  const inputIds = new Set(inputs.map(fileIdentity));
  const seen = new Map<string, number>();
  outputs.forEach((out, i) => {
    if (out === undefined) return;
    const shown = relativePath(cwd, out);
    if (inputIds.has(fileIdentity(out))) problems.push(`refusing to write "${shown}": it is an input (a draft never replaces its article)`);
    const other = seen.get(out);
    if (other !== undefined) problems.push(`"${relativePath(cwd, inputs[other])}" and "${relativePath(cwd, inputs[i])}" would both write "${shown}"`);
    seen.set(out, i);
  });
  return problems;
}
