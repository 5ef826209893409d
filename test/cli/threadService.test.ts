// The command line's per-file jobs share one language service per thread (cli/threadService.ts),
// so that a speaker registry is parsed once, not once per article: the service must be the same
// from one file to the next, hold no article after its job, and be replaced after a job that threw.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineLogger, type ILanguageService } from '../../server/src/service';
import { withThreadService } from '../../server/src/cli/threadService';
import { parseArgs } from '../../server/src/cli/args';
import { runCheck } from '../../server/src/cli/check';
import type { Io } from '../../server/src/cli/io';
import { tempDir, writeFiles } from './helpers';

const quiet = lineLogger(() => {});
const doc = (uri: string, text: string) => ({ uri, version: 0, getText: () => text });
const ARTICLE = '---\nheadline: One\ndate: 2024-08-05\n---\n\nBERLIN, Aug. 5 -- [It went well]{@chen}, he said.\n';

describe('one language service per thread for the per-file jobs', () => {
  it('is the same service from one file to the next, and is replaced after a job that threw', () => {
    const seen: ILanguageService[] = [];
    withThreadService('file:///a.news', quiet, (s) => seen.push(s));
    withThreadService('file:///b.news', quiet, (s) => seen.push(s));
    assert.equal(seen[0], seen[1]);
    assert.throws(() => withThreadService('file:///c.news', quiet, () => { throw new Error('a bug'); }), /a bug/);
    withThreadService('file:///d.news', quiet, (s) => seen.push(s));
    assert.notEqual(seen[2], seen[1]);
  });

  it('forgets each file: the same uri with another text is a new article, whatever its version', () => {
    const first = withThreadService('file:///same.news', quiet, (s) => s.parse(doc('file:///same.news', ARTICLE)));
    const second = withThreadService('file:///same.news', quiet, (s) => s.parse(doc('file:///same.news', ARTICLE.replace('One', 'Two'))));
    assert.notEqual(first, second);
    assert.match(JSON.stringify(second.frontMatter?.headline), /Two/);
  });

  it('check with a registry: each article is reported as when it is checked alone', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'speakers.yaml': 'chen:\n  name: Chen Wenqing\n  aliases: [Chen]\n',
      'a.news': ARTICLE,
      'b.news': ARTICLE.replace('{@chen}', '{@nobody}'),
      'c.news': ARTICLE,
    });
    const check = async (...files: string[]) => {
      let stdout = '';
      const io: Io = { cwd: dir, version: 'test', color: false, stderr: process.stderr, write: (t) => { stdout += t; }, error: () => {} };
      const cmd = parseArgs(['check', '--jobs', '0', '--format', 'json', ...files]);
      assert.ok(cmd.command === 'check');
      await runCheck(cmd, io);
      return JSON.parse(stdout) as { file: string; diagnostics: { code: string }[] }[];
    };
    const together = await check('a.news', 'b.news', 'c.news');
    const alone = [...await check('a.news'), ...await check('b.news'), ...await check('c.news')];
    assert.deepEqual(together, alone);
    assert.deepEqual(together.map((f) => f.diagnostics.some((d) => d.code === 'quote-unknown-speaker')), [false, true, false]);
  });
});
