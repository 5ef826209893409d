// A Stryker reporter that appends each mutant's result to reports/mutation/mutants.jsonl as soon
// as it is known: a run of the whole service takes about an hour on two shared cores, and the
// json/html reports appear only at its end.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

const FILE = 'reports/mutation/mutants.jsonl';

class MutantLogReporter {
  constructor() {
    mkdirSync(path.dirname(FILE), { recursive: true });
    writeFileSync(FILE, '');
  }

  onMutantTested(m) {
    appendFileSync(FILE, `${JSON.stringify({
      file: m.fileName, line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName,
      replacement: m.replacement, status: m.status, static: m.static, coveredBy: m.coveredBy?.length, killedBy: m.killedBy,
    })}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'mutant-log', MutantLogReporter)];
