// Reading the sources an article quotes from (its front matter's `sources`, issue 14), for the
// language server (asynchronously, lsp/sources.ts) and the command line (synchronously, in its
// per-file work). Each path is relative to the article; what cannot be used is said in one
// sentence naming the path tried, which the service reports as `source-missing`: a file that is
// missing, a folder, larger than SOURCE_SIZE_CAP, binary, not UTF-8, or outside the workspace
// (a symbolic link is followed only to a file inside it). Only regular files are read
// (workspace/regularFiles.ts), so a source can be neither a FIFO nor `/dev/zero`.

import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceFile } from '../service';
import { readRegularFile, readRegularFileSync, RefusedFile } from './regularFiles';

/** The files the server watches for changes of sources (a `.news` source is watched as an article). */
export const SOURCE_PATTERNS = ['**/*.txt', '**/*.xml', '**/*.nitf'];

/** The largest source read: a day's transcript is some 200 KB, a long hearing a few MB (its index holds every word). */
const SOURCE_SIZE_CAP = 5 << 20;
/** Bytes looked at for a NUL, the sign of a binary file. */
const SNIFF = 8192;

/** Where a source of `article` written `written` lies; `problem` when it lies outside every root. */
function locate(article: string, written: string, roots: readonly string[]): { file: string; problem?: string } {
  const file = path.resolve(path.dirname(article), written);
  return { file, ...(inside(file, roots) ? {} : { problem: outsideProblem(file, roots) }) };
}

/** Whether a resolved path is a root or lies under one (both absolute and normalised). */
const inside = (file: string, roots: readonly string[]) => roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));

const outsideProblem = (file: string, roots: readonly string[]) => `${file} lies outside the workspace (${roots.join(', ')}): NewsMark reads sources only inside it`;

/** The text of a source's bytes, or why it is none: binary, UTF-16, or not UTF-8. */
function decodeSource(file: string, bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: `${file} is UTF-16 text: save it as UTF-8` };
  if (bytes.subarray(0, SNIFF).includes(0)) return { problem: `${file} is not text (it holds binary data)` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: `${file} is not UTF-8 text (another encoding, such as Latin-1 or Windows-1252?): save it as UTF-8` };
  }
}

function readProblem(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `there is no file ${file}`;
  if (code === 'EISDIR') return `${file} is a folder, not a file`;
  if (e instanceof RefusedFile) return `${file}: ${e.message.replace('the limit for this file', 'the limit for a source')}`;
  return `${file}: ${(e as Error).message}`;
}

function result(written: string, file: string, read: { text: string } | { problem: string }): SourceFile {
  return { path: written, uri: pathToFileURL(file).toString(), ...read };
}

/** Reads one source of `article`, as the language server does (never blocking the thread). */
export async function readSource(article: string, written: string, roots: readonly string[]): Promise<SourceFile> {
  const { file, problem } = locate(article, written, roots);
  if (problem) return result(written, file, { problem });
  let read: { text: string } | { problem: string };
  try {
    const real = await realpath(file);
    // A workspace folder may itself lie behind a symbolic link: its real path counts as inside.
    const realRoots = await Promise.all(roots.map((r) => realpath(r).catch(() => r)));
    read = inside(real, [...roots, ...realRoots]) ? decodeSource(file, await readRegularFile(real, SOURCE_SIZE_CAP)) : { problem: outsideProblem(real, roots) };
  } catch (e) {
    read = { problem: readProblem(file, e) };
  }
  return result(written, file, read);
}

const realOrSelf = (dir: string): string => {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
};

/** Reads one source of `article`, as the command line does (in its per-file work). */
export function readSourceSync(article: string, written: string, roots: readonly string[]): SourceFile {
  const { file, problem } = locate(article, written, roots);
  const attempt = (): { text: string } | { problem: string } => {
    if (problem) return { problem };
    const real = realpathSync(file);
    return inside(real, [...roots, ...roots.map(realOrSelf)]) ? decodeSource(file, readRegularFileSync(real, SOURCE_SIZE_CAP)) : { problem: outsideProblem(real, roots) };
  };
  try {
    return result(written, file, attempt());
  } catch (e) {
    return result(written, file, { problem: readProblem(file, e) });
  }
}
