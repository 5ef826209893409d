// `--format json`: every checked file with its diagnostics, severities as words.

import { codeOf, severityWord, type Formatter } from './common';

export const json: Formatter = (files) => JSON.stringify(files.map((f) => ({
  file: f.display,
  diagnostics: f.diagnostics.map((d) => ({ code: codeOf(d), severity: severityWord(d), message: d.message, range: d.range })),
})), null, 2) + '\n';
