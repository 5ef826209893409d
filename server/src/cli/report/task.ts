// One article's report summary, read and computed in-process or in a worker thread (plain data in
// and out). Like analyse(), it is its file's error boundary: a file that cannot be read, or whose
// parse the service could only degrade, becomes the file's `error`, and the other files go on.

import { pathToFileURL } from 'node:url';
import { lineLogger, summarizeArticle, withDefaults, type Logger, type ReportSummary, type ServiceOptions } from '../../service';
import { readArticle } from '../analyse';
import { reason } from '../files';
import { withThreadService } from '../threadService';

export interface SummarizeTask {
  file: string;
  /** The path as messages show it. */
  display: string;
  /** The speaker registry the article is read against, if any (plain data: it crosses to a worker). */
  registry?: ServiceOptions['registry'];
}

export interface SummarizeResult {
  summary?: ReportSummary;
  /** Set when the file could not be read or summarised: one line. */
  error?: string;
}

/** Speakers and quotes depend on no setting but the registry: the defaults serve every file. */
const OPTIONS = withDefaults(undefined);

export function summarizeFile(task: SummarizeTask): SummarizeResult {
  let text: string;
  try {
    text = readArticle(task.file);
  } catch (e) {
    return { error: `cannot read "${task.display}": ${reason(e)}` };
  }
  const { logger, failures } = collectingLogger(task.display);
  try {
    const options = task.registry ? { ...OPTIONS, registry: task.registry } : OPTIONS;
    const uri = pathToFileURL(task.file).href;
    const article = withThreadService(uri, logger, (service) => service.parse({ uri, version: 0, getText: () => text }, options));
    const summary = summarizeArticle(article, options);
    // A degraded parse (an empty tree) would count as an article without quotes: not a figure to report.
    return failures.length ? { error: `cannot report on "${task.display}": ${failures[0]}` } : { summary };
  } catch (e) {
    return { error: `cannot report on "${task.display}": ${reason(e)}` };
  }
}

/** Warnings and notes go straight to standard error; errors are kept: they mean the summary may be degraded. */
function collectingLogger(display: string): { logger: Logger; failures: string[] } {
  const failures: string[] = [];
  const logger: Logger = {
    ...lineLogger((line) => process.stderr.write(`newsmark: ${display}: ${line}\n`)),
    error: (message, error) => { failures.push(error === undefined ? message : `${message}: ${reason(error)}`); },
  };
  return { logger, failures };
}
