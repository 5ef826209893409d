// The command's view of the outside world, so that commands do not reach for globals: where it
// runs, how to write, whether to colour.

export interface Io {
  cwd: string;
  version: string;
  /** Colour the report: standard output is a terminal and NO_COLOR is unset, or FORCE_COLOR. */
  color: boolean;
  stderr: NodeJS.WriteStream;
  /** The bundle to start worker threads from; undefined when not running from the bundle. */
  workerScript?: string;
  write(text: string): void;
  /** One line on standard error, prefixed `newsmark: `. */
  error(line: string): void;
}

export function wantsColour(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return !!stream.isTTY;
}
