// The peers of issue 9's table, run on the same text: a bare charCodeAt scan (the floor: reading
// every character once), markdown-it's parse, markdownlint's lint of the same text as Markdown, and
// markdownlint-cli2 on the same files as Markdown.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';

/** Counts line breaks: every character read once, nothing allocated. */
export function bareScan(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

const markdownIt = new MarkdownIt();
export const markdownItParse = (text: string) => markdownIt.parse(text, {});

export const markdownlintLint = (text: string) => lint({ strings: { article: text } });

/** Wall time (ms) of markdownlint-cli2 on every `.md` file under `dir`. */
export function markdownlintCli2(dir: string): number {
  const t = performance.now();
  // Its command, beside the module the package exports.
  const bin = path.join(path.dirname(require.resolve('markdownlint-cli2')), 'markdownlint-cli2-bin.mjs');
  spawnSync(process.execPath, [bin, '**/*.md'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20 });
  return performance.now() - t;
}
