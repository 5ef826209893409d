// `--format json`: every checked file with its diagnostics, severities as words. Written one file
// at a time, each entry exactly as JSON.stringify(list, null, 2) would place it.

import { codeOf, severityWord, type FileReport, type StreamingFormatter } from './common';

const entry = (f: FileReport) => ({
  file: f.display,
  diagnostics: f.diagnostics.map((d) => ({ code: codeOf(d), severity: severityWord(d), message: d.message, range: d.range })),
});

export const json: StreamingFormatter = () => {
  let first = true;
  return {
    start: '',
    stream: {
      file(f) {
        // The entry indented as an element of the list: stringified inside a list of one, without its brackets.
        const text = JSON.stringify([entry(f)], null, 2).slice(2, -2);
        const before = first ? '[\n' : ',\n';
        first = false;
        return before + text;
      },
      end: () => (first ? '[]\n' : '\n]\n'),
    },
  };
};
