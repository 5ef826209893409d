// `newsmark check` as a child process: formats, exit statuses, settings, file selection.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { ALL_CODES, NEVER_CANCELLED } from '../../server/src/service';
import { brokenExamples, CLEAN_EXAMPLES, EXAMPLES, MATCHER, PACKAGE_MATCHER, ROOT, run, tempDir, writeFiles } from './helpers';
import { testService } from '../support/service';
import { sourcesOption } from '../support/sources';

const WORDS = ['', 'error', 'warning', 'info', 'hint'];

describe('newsmark: arguments', () => {
  it('prints help and the version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: newsmark <command>/);
    const version = run(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  for (const args of [[], ['frob'], ['check', '--format', 'xml'], ['check', '--bogus'], ['check', '--max-warnings', 'many'], ['check', '--rule', 'no-such-code=off'], ['check', '--rule', 'quote-marks=loud'], ['check', '--style', 'bbc'], ['check', '--fix', '--fix-dry-run'], ['export', 'x.news'], ['export', '--format', 'pdf', 'x.news'], ['export', '--format', 'text']]) {
    it(`exits 2 with one line for: ${args.join(' ') || '(nothing)'}`, () => {
      const r = run(args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^newsmark: /);
    });
  }
});

describe('newsmark check: formats', () => {
  it('passes the clean examples', () => {
    const r = run(['check', ...CLEAN_EXAMPLES]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, 'No problems\n');
  });

  it('stylish: every problem line fits the problem matchers, then a summary', () => {
    const r = run(['check', 'broken']);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    assert.match(summary, /^✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?, \d+ hints?\)$/);
    const problems = lines.filter((l) => l !== '');
    assert.ok(problems.length >= brokenExamples().length);
    for (const line of problems) {
      assert.match(line, MATCHER);
      assert.match(line, PACKAGE_MATCHER);
      assert.ok(line.startsWith('broken/'), line);
    }
    assert.equal(Number(/✖ (\d+)/.exec(summary)![1]), problems.length);
  });

  it('stylish: colours only when forced or on a terminal', () => {
    // The escape character is the point: these assert ANSI colour codes (ESC [) by their bytes.
    // eslint-disable-next-line no-control-regex -- asserting the absence of ANSI codes on purpose
    assert.doesNotMatch(run(['check', 'broken']).stdout, /\x1b\[/);
    // eslint-disable-next-line no-control-regex -- asserting the red ANSI code on purpose
    assert.match(run(['check', 'broken'], EXAMPLES, { FORCE_COLOR: '1', NO_COLOR: undefined }).stdout, /\x1b\[31m/);
  });

  it('json: the diagnostics of the language service, severities as words', () => {
    const r = run(['check', '--format', 'json', 'broken', ...CLEAN_EXAMPLES]);
    assert.equal(r.status, 1);
    const report = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; severity: string; message: string; range: unknown }[] }[];
    assert.deepEqual(report.map((f) => f.file).sort(), [...brokenExamples().map((f) => `broken/${f}`), ...CLEAN_EXAMPLES].sort());
    for (const entry of report) {
      const file = path.join(EXAMPLES, entry.file);
      const text = readFileSync(file, 'utf8');
      const expected = testService().diagnostics({ uri: pathToFileURL(file).href, version: 1, getText: () => text }, {}, sourcesOption(file, text, false), NEVER_CANCELLED);
      assert.deepEqual(entry.diagnostics, expected.map((d) => ({ code: d.code, severity: WORDS[d.severity ?? DiagnosticSeverity.Error], message: d.message, range: d.range })), entry.file);
    }
    assert.ok(report.some((f) => f.diagnostics.some((d) => d.severity === 'error')));
  });

  it('sarif: a SARIF 2.1.0 log with its required fields', () => {
    const r = run(['check', '--format', 'sarif', 'broken']);
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const [runEntry] = log.runs;
    assert.equal(runEntry.tool.driver.name, 'newsmark');
    const rules = runEntry.tool.driver.rules as { id: string; shortDescription: { text: string } }[];
    assert.deepEqual(rules.map((x) => x.id), ALL_CODES);
    assert.ok(runEntry.results.length > 0);
    for (const result of runEntry.results) {
      assert.equal(typeof result.message.text, 'string');
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      const loc = result.locations[0].physicalLocation;
      assert.match(loc.artifactLocation.uri, /^broken\/.+\.news$/);
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
      assert.ok(loc.region.endLine >= loc.region.startLine);
    }
  });

  it('github: workflow annotations', () => {
    const r = run(['check', '--format', 'github', 'broken']);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    assert.ok(annotations.length > 0);
    for (const line of annotations) assert.match(line, /^::(error|warning|notice) file=broken\/[^,]+\.news,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=newsmark [a-z-]+::[^\n]+ \([a-z-]+\)$/);
  });

  it('github: paths are from the repository root (GITHUB_WORKSPACE) when run in a subfolder', () => {
    const r = run(['check', '--format', 'github', 'broken'], EXAMPLES, { GITHUB_WORKSPACE: ROOT });
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    assert.ok(annotations.length > 0);
    for (const line of annotations) assert.match(line, /^::\w+ file=examples\/broken\/[^,]+\.news,/);
  });

  it('-o writes the report to a file', () => {
    const dir = tempDir();
    const out = path.join(dir, 'report.sarif');
    const r = run(['check', '--format', 'sarif', '-o', out, ...CLEAN_EXAMPLES]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).runs[0].results.length, 0);
  });
});

describe('newsmark check: exit status and settings', () => {
  const warningsOnly = (dir: string) => {
    // A dateline in the wrong month style: a warning, no error.
    const text = readFileSync(path.join(EXAMPLES, 'berlin-security-dialogue.news'), 'utf8').replace('Sept. 27', 'Sep 27');
    writeFileSync(path.join(dir, 'w.news'), text);
  };

  it('--max-warnings N fails only beyond N warnings', () => {
    const dir = tempDir();
    warningsOnly(dir);
    assert.equal(run(['check'], dir).status, 0);
    assert.equal(run(['check', '--max-warnings', '5'], dir).status, 0);
    const r = run(['check', '--max-warnings', '0'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /too many warnings/);
  });

  it('--rule and --style override the defaults', () => {
    const dir = tempDir();
    warningsOnly(dir);
    assert.equal(run(['check', '--rule', 'dateline-month-style=error'], dir).status, 1);
    assert.equal(run(['check', '--rule', 'dateline-month-style=off', '--max-warnings', '0'], dir).status, 0);
    assert.equal(run(['check', '--style', 'none', '--max-warnings', '0'], dir).status, 0);
  });

  it('reads the nearest .newsmarkrc.json, and a package.json "newsmark" key', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'desk/sub'), { recursive: true });
    warningsOnly(path.join(dir, 'desk/sub'));
    writeFiles(dir, { '.newsmarkrc.json': JSON.stringify({ rules: { 'dateline-month-style': 'error' } }) });
    assert.equal(run(['check'], dir).status, 1);
    writeFiles(dir, { 'desk/package.json': JSON.stringify({ name: 'desk', newsmark: { style: 'none' } }) });
    assert.equal(run(['check', '--max-warnings', '0'], dir).status, 0);
    // The nearer .newsmarkrc.json wins over both.
    writeFiles(dir, { 'desk/sub/.newsmarkrc.json': JSON.stringify({ rules: { 'dateline-month-style': 'hint' } }) });
    const r = run(['check', '--format', 'json'], dir);
    assert.equal(JSON.parse(r.stdout)[0].diagnostics[0].severity, 'hint');
  });

  it('reports a bad configuration with its file and key, status 2', () => {
    const dir = tempDir();
    warningsOnly(dir);
    writeFiles(dir, { '.newsmarkrc.json': JSON.stringify({ rules: { 'quote-marks': 'loud', 'no-such-code': 'off' }, styl: 'ap' }) });
    const r = run(['check'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.newsmarkrc\.json: rules\.quote-marks: must be one of error, warning, info, hint, off/);
    assert.match(r.stderr, /\.newsmarkrc\.json: rules\.no-such-code: unknown diagnostic code/);
    assert.match(r.stderr, /\.newsmarkrc\.json: styl: unknown key/);
    writeFiles(dir, { '.newsmarkrc.json': '{ "style": "ap", }' });
    const broken = run(['check'], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /\.newsmarkrc\.json:1:\d+: not valid JSON/);
    writeFiles(dir, { '.newsmarkrc.json': '{}', 'package.json': JSON.stringify({ newsmark: { quoteUnattributedMinWords: 0 } }) });
    assert.equal(run(['check'], dir).status, 0, 'the nearer .newsmarkrc.json is used, not package.json');
  });

  it('the configuration schema knows every diagnostic code', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'server/src/cli/config.schema.json'), 'utf8'));
    assert.deepEqual(schema.properties.rules.propertyNames.enum, ALL_CODES);
  });

  it('the extension-host fixture: its .newsmarkrc.json applies and the expected JSON is current', () => {
    // test/vscode/suite/extension.test.ts asserts that VS Code shows exactly these diagnostics.
    const ws = path.join(ROOT, 'test/vscode/workspace');
    const r = run(['check', '--format', 'json', 'desk/every-diagnostic.news'], ws);
    assert.equal(r.stdout, readFileSync(path.join(ws, 'desk/newsmark-check.json'), 'utf8'), 'regenerate desk/newsmark-check.json with this command');
    const severities = new Map((JSON.parse(r.stdout)[0].diagnostics as { code: string; severity: string }[]).map((d) => [d.code, d.severity]));
    assert.equal(severities.get('speaker-unused'), 'error');
    assert.ok(!severities.has('quote-cue-verb'));
  });

  it('exits 2 for a missing or unreadable file, with the reason', () => {
    const dir = tempDir();
    symlinkSync('loop.news', path.join(dir, 'loop.news'));
    for (const [arg, reason] of [['missing.news', /no such file/], ['loop.news', /symbolic links|cannot read/]] as const) {
      const r = run(['check', arg], dir);
      assert.equal(r.status, 2, arg);
      assert.match(r.stderr, reason);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });
});

describe('newsmark check: files, folders, globs, .gitignore', () => {
  const tree = () => {
    const dir = tempDir();
    const article = readFileSync(path.join(EXAMPLES, 'berlin-security-dialogue.news'), 'utf8');
    writeFiles(dir, {
      'a.news': article,
      'desk/b.news': article,
      'desk/notes.txt': 'not an article',
      'desk/drafts/c.news': article,
      'build/d.news': article,
      'node_modules/pkg/e.news': article,
      '.gitignore': 'build/\n',
      'desk/.gitignore': 'drafts/*\n!drafts/c.news\n',
    });
    return dir;
  };
  const files = (args: string[], cwd: string) => (JSON.parse(run(['check', '--format', 'json', ...args], cwd).stdout) as { file: string }[]).map((f) => f.file);

  it('walks the current folder by default, respecting .gitignore', () => {
    assert.deepEqual(files([], tree()), ['a.news', 'desk/b.news', 'desk/drafts/c.news']);
  });

  it('takes folders, files and globs; paths relative with forward slashes', () => {
    const dir = tree();
    assert.deepEqual(files(['desk'], dir), ['desk/b.news', 'desk/drafts/c.news']);
    assert.deepEqual(files(['build/d.news'], dir), ['build/d.news'], 'a named file is checked even when ignored');
    assert.deepEqual(files(['**/*.news'], dir), ['a.news', 'desk/b.news', 'desk/drafts/c.news']);
    assert.deepEqual(files(['desk/*.news', 'a.news'], dir), ['a.news', 'desk/b.news']);
    assert.deepEqual(files(['{a,desk/b}.news'], dir), ['a.news', 'desk/b.news']);
    assert.deepEqual(files(['.'], path.join(dir, 'desk')), ['b.news', 'drafts/c.news']);
  });

  it('exits 2 when a glob matches nothing', () => {
    const r = run(['check', 'nowhere/**/*.news'], tree());
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no .news files match/);
  });

  it('checks large batches in worker threads with the same result as in-process', () => {
    const dir = tempDir(true);
    const storm = readFileSync(path.join(EXAMPLES, 'ap-kansas-city-storm.news'), 'utf8');
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `copy-${i}.news`), i % 2 ? storm.replace('(AP) —', '(AP) --') : storm.replace('{@reyes}', '{@reyez}'));
    const threaded = run(['check', '--format', 'json', '--jobs', '4'], dir);
    const inProcess = run(['check', '--format', 'json', '--jobs', '0'], dir);
    assert.equal(threaded.status, inProcess.status);
    assert.equal(threaded.stdout, inProcess.stdout);
    assert.equal(run(['check', '--format', 'json'], dir).stdout, inProcess.stdout);
    assert.doesNotMatch(threaded.stderr, /\[#/, 'no progress bar when not on a terminal');
  });
});
