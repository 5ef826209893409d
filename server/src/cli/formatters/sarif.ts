// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning (and other tools) import.
// Columns are 1-based UTF-16 code units, as LSP positions are; `endColumn` points just past the
// region, as SARIF defines it.

import { ALL_CODES, DIAGNOSTIC_CODES, DEFAULT_DOCS_BASE_URL } from '../../service';
import type { Diagnostic } from 'vscode-languageserver-types';
import { codeOf, severityWord, type ReportStream, type StreamingFormatter } from './common';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * SARIF's artifacts (the files read) come before its results, and a file that could not be read
 * is not one of them: the artifacts are known only at the end. So the results wait as text, one
 * file's at a time (a string, not the diagnostics' objects), and the log is written at the end
 * with them in the place that a stand-in keeps: the one part of a report held until its end.
 */
const RESULTS_STAND_IN = '@@newsmark-results@@';
/** A result's depth in the log: log, runs, run, results. */
const RESULT_INDENT = ' '.repeat(8);

export const sarif: StreamingFormatter = ({ version }) => {
  const artifacts: { location: { uri: string; uriBaseId: string } }[] = [];
  const results: string[] = [];
  const stream: ReportStream = {
    file(f) {
      artifacts.push({ location: { uri: relativeUri(f.display), uriBaseId: '%SRCROOT%' } });
      for (const d of f.diagnostics) results.push(RESULT_INDENT + JSON.stringify(result(f.display, d), null, 2).split('\n').join(`\n${RESULT_INDENT}`));
      return '';
    },
    end() {
      const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
          tool: { driver: { name: 'newsmark', version, semanticVersion: version, informationUri: DEFAULT_DOCS_BASE_URL, rules: rules() } },
          columnKind: 'utf16CodeUnits',
          artifacts,
          results: results.length ? [RESULTS_STAND_IN] : [],
        }],
      };
      const [before, after] = JSON.stringify(log, null, 2).split(`${RESULT_INDENT}"${RESULTS_STAND_IN}"`);
      return results.length ? `${before}${results.join(',\n')}${after}\n` : `${before}\n`;
    },
  };
  return { start: '', stream };
};

const ruleIndex = new Map(ALL_CODES.map((code, i) => [code as string, i]));

function rules() {
  return ALL_CODES.map((code) => ({
    id: code,
    name: code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: capitalise(stripTicks(DIAGNOSTIC_CODES[code].summary)) },
    helpUri: `${DEFAULT_DOCS_BASE_URL}#${code}`,
    defaultConfiguration: { level: LEVEL[DIAGNOSTIC_CODES[code].severity] },
  }));
}

function result(display: string, d: Diagnostic) {
  const code = codeOf(d);
  const index = ruleIndex.get(code);
  return {
    ruleId: code,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[severityWord(d)],
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: relativeUri(display), uriBaseId: '%SRCROOT%' },
        region: {
          startLine: d.range.start.line + 1,
          startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
        },
      },
    }],
  };
}

/**
 * A relative path as a relative URI reference: every segment percent-encoded, so that a `#` or
 * `?` in a file name is not read as a fragment or query, nor a `:` in the first segment as a
 * scheme (encodeURI leaves all three alone).
 */
function relativeUri(display: string): string {
  return display.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}

const stripTicks = (s: string) => s.replace(/`/g, '');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + '.';
