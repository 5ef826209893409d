// `check` writes its report as the files finish (issue 9): each format, written one file at a time,
// must be exactly the document a whole report would be (JSON and SARIF as JSON.stringify indents
// them), and `-o` must stay atomic although its temporary file now grows piece by piece.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseArgs } from '../../server/src/cli/args';
import { writeSeams } from '../../server/src/cli/atomicWrite';
import { runCheck } from '../../server/src/cli/check';
import { FORMATTERS } from '../../server/src/cli/formatters';
import type { FileReport } from '../../server/src/cli/formatters/common';
import type { Io } from '../../server/src/cli/io';
import { tempDir, writeFiles } from './helpers';

const at = (line: number, character: number) => ({ line, character });
const problem = (line: number, message: string, severity: 1 | 2 = 1): Diagnostic => ({ range: { start: at(line, 0), end: at(line, 4) }, severity, code: 'unknown-speaker', message });

/** Files as a run meets them: clean ones around files with problems, names that need escaping. */
const FILES: FileReport[] = [
  { display: 'a.news', diagnostics: [] },
  { display: 'desk/b "quoted".news', diagnostics: [problem(3, 'one'), problem(7, 'two\nlines', 2)] },
  { display: 'c.news', diagnostics: [] },
  { display: 'd#e.news', diagnostics: [problem(0, 'three')] },
];

function streamed(format: keyof typeof FORMATTERS, files: FileReport[], unfinished = 0): string {
  const { start, stream } = FORMATTERS[format]({ version: '1.2.3', color: false });
  return start + files.map((f) => stream.file(f)).join('') + stream.end(unfinished);
}

describe('check: the report written one file at a time', () => {
  for (const files of [[], FILES.slice(0, 1), FILES]) {
    it(`json and sarif are the documents JSON.stringify(…, null, 2) writes (${files.length} files)`, () => {
      const json = streamed('json', files);
      assert.equal(json, JSON.stringify(JSON.parse(json), null, 2) + '\n');
      assert.deepEqual((JSON.parse(json) as { file: string }[]).map((f) => f.file), files.map((f) => f.display));
      const sarif = streamed('sarif', files);
      assert.equal(sarif, JSON.stringify(JSON.parse(sarif), null, 2) + '\n');
      const [run] = (JSON.parse(sarif) as { runs: { artifacts: unknown[]; results: { message: { text: string } }[] }[] }).runs;
      assert.equal(run.artifacts.length, files.length);
      assert.deepEqual(run.results.map((r) => r.message.text), files.flatMap((f) => f.diagnostics.map((d) => d.message)));
    });
  }

  it('stylish and github: one line a problem, files apart, the summary counts every file', () => {
    assert.equal(streamed('stylish', FILES, 1), [
      'desk/b "quoted".news:4:1  error  one  unknown-speaker',
      'desk/b "quoted".news:8:1  warning  two lines  unknown-speaker',
      '',
      'd#e.news:1:1  error  three  unknown-speaker',
      '',
      '✖ 3 problems (2 errors, 1 warning, 0 infos, 0 hints); 1 file not read or not written (see standard error)',
      '',
    ].join('\n'));
    assert.equal(streamed('stylish', FILES.slice(0, 1)), 'No problems\n');
    const github = streamed('github', FILES).split('\n');
    assert.equal(github.length, 5);
    assert.match(github[1], /^::warning file=desk\/b "quoted"\.news,line=8,col=1,endLine=8,endColumn=5,title=newsmark unknown-speaker::two%0Alines \(unknown-speaker\)$/);
    assert.equal(github[3], '✖ 3 problems (2 errors, 1 warning, 0 infos, 0 hints)');
  });
});

describe('check -o: a report written in pieces is still put in place whole or not at all', () => {
  /** An article with `n` mentions of a speaker it does not declare: one error each. */
  const article = (n: number) => ['---', 'headline: Many', 'date: 2024-08-05', '---', '', 'BERLIN, Aug. 5 -- It began.', '', ...Array.from({ length: n }, (_, i) => `Line ${i} said [it]{@nobody${i % 7}}.\n`)].join('\n');

  async function check(dir: string, args: string[]): Promise<{ status: number; stderr: string }> {
    let stderr = '';
    const io: Io = { cwd: dir, version: 'test', color: false, stderr: process.stderr, write: () => assert.fail('nothing on standard output with -o'), error: (line) => { stderr += `newsmark: ${line}\n`; } };
    const cmd = parseArgs(args);
    assert.ok(cmd.command === 'check');
    return { status: await runCheck(cmd, io), stderr };
  }

  it('a write that fails after part of the report was written leaves the earlier output and no temporary file', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'one.news': article(600), 'two.news': article(600), 'out.txt': 'the earlier output\n' });
    const pieces: string[] = [];
    writeSeams.writeTemporary = (temp, text, flag) => {
      pieces.push(flag);
      if (pieces.filter((f) => f === 'a').length === 2) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      writeFiles(path.dirname(temp), { [path.basename(temp)]: flag === 'a' ? readFileSync(temp, 'utf8') + text : text });
    };
    let r;
    try {
      r = await check(dir, ['check', '--jobs', '0', '-o', 'out.txt', 'one.news', 'two.news']);
    } finally {
      delete writeSeams.writeTemporary;
    }
    assert.deepEqual(pieces.slice(0, 2), ['wx', 'a'], 'the temporary file was created, then a first piece written');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^newsmark: cannot write the report to "out\.txt": no space left on the device/m);
    assert.equal(readFileSync(path.join(dir, 'out.txt'), 'utf8'), 'the earlier output\n');
    assert.deepEqual(readdirSync(dir).filter((f) => f !== '.git').sort(), ['one.news', 'out.txt', 'two.news']);
  });

  it('a report of many pieces arrives whole', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'one.news': article(600), 'two.news': article(600) });
    const r = await check(dir, ['check', '--jobs', '0', '--format', 'json', '-o', 'out.json', 'one.news', 'two.news']);
    assert.equal(r.status, 1);
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as { file: string; diagnostics: unknown[] }[];
    assert.deepEqual(report.map((f) => [f.file, f.diagnostics.length]), [['one.news', 600], ['two.news', 600]]);
  });
});
