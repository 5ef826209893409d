// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning (and other tools) import.
// Columns are 1-based UTF-16 code units, as LSP positions are; `endColumn` points just past the
// region, as SARIF defines it.

import { ALL_CODES, DIAGNOSTIC_CODES, DEFAULT_DOCS_BASE_URL } from '../../service';
import { codeOf, severityWord, type Formatter } from './common';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const sarif: Formatter = (files, { version }) => {
  const ruleIndex = new Map(ALL_CODES.map((code, i) => [code as string, i]));
  const rules = ALL_CODES.map((code) => ({
    id: code,
    name: code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: capitalise(stripTicks(DIAGNOSTIC_CODES[code].summary)) },
    helpUri: `${DEFAULT_DOCS_BASE_URL}#${code}`,
    defaultConfiguration: { level: LEVEL[DIAGNOSTIC_CODES[code].severity] },
  }));
  const results = files.flatMap((f) => f.diagnostics.map((d) => {
    const code = codeOf(d);
    const index = ruleIndex.get(code);
    return {
      ruleId: code,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[severityWord(d)],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.display), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: d.range.start.line + 1,
            startColumn: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
          },
        },
      }],
    };
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'newsmark', version, semanticVersion: version, informationUri: DEFAULT_DOCS_BASE_URL, rules } },
      columnKind: 'utf16CodeUnits',
      artifacts: files.map((f) => ({ location: { uri: relativeUri(f.display), uriBaseId: '%SRCROOT%' } })),
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

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
