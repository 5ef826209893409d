// Running the bundled command line (dist/cli.js) as a child process, on copies of the examples.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
/** The bundle under test; NEWSMARK_CLI points elsewhere (e.g. a private build while dist/ is rebuilt). */
export const CLI = process.env.NEWSMARK_CLI ?? path.join(ROOT, 'dist/cli.js');
export const EXAMPLES = path.join(ROOT, 'examples');
/** The reference examples, which check clean. */
export const CLEAN_EXAMPLES = ['berlin-security-dialogue.news', 'ap-kansas-city-storm.news', 'reuters-houston-energy.news', 'upi-horizon-city.news'];

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], cwd = EXAMPLES, env: NodeJS.ProcessEnv = {}): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_WORKSPACE: undefined, ...env },
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder, optionally with the examples copied in (writable). */
export function tempDir(withExamples = false): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-cli-'));
  // A .git marker keeps .gitignore files of folders above the temp folder out of play.
  writeFileSync(path.join(dir, '.git'), '');
  if (withExamples) cpSync(EXAMPLES, dir, { recursive: true, mode: 0 });
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

export function brokenExamples(): string[] {
  const dir = path.join(EXAMPLES, 'broken');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.news')).sort() : [];
}

/** The problem matcher of the brief, and the one in package.json (`$newsmark`). */
export const MATCHER = /^(.+?):(\d+):(\d+)\s{2}(error|warning|info|hint)\s{2}(.+?)\s{2}([a-z-]+)$/;
export const PACKAGE_MATCHER = /^(.+?):(\d+):(\d+)\s+(error|warning|info|hint)\s+(.+?)\s{2,}([a-z][a-z0-9-]*)\s*$/;

/** An article whose every problem has a mechanical fix (CRLF line endings on purpose). */
export const FIXABLE = [
  '---',
  'headline: Storm hits: town cleans up',
  'date: 2024-08-05',
  'agency: AP',
  'speakers:',
  '  ortiz:',
  '    name: Maria Ortiz',
  '    aliases: [Ortiz]',
  '---',
  '',
  'Springfield, Ill., Aug 3 (AP) -- Mayor Maria Ortiz said [the water was receding]{@ortz}.',
  '',
  '["We will rebuild,"]{@ortiz} Ortiz said.',
  '',
].join('\r\n');
