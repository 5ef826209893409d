// How the server was started. Editors pass a transport flag; a person who runs
// `newsmark-language-server` in a terminal gets a usage line instead of a silent process that
// waits for JSON-RPC on the keyboard.

export const USAGE = [
  'Usage: newsmark-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME',
  'The NewsMark language server speaks the Language Server Protocol; an editor starts it.',
  'For checking articles on the command line use `newsmark` instead.',
].join('\n');

const TRANSPORT_FLAG = /^--(stdio|node-ipc|socket(=.*)?|pipe(=.*)?)$/;

export type Launch = { kind: 'help' } | { kind: 'missing-transport' } | { kind: 'serve'; transportGiven: boolean };

export function readLaunch(argv: readonly string[], stdinIsTTY: boolean): Launch {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const transportGiven = argv.some((a) => TRANSPORT_FLAG.test(a));
  if (!transportGiven && stdinIsTTY) return { kind: 'missing-transport' };
  return { kind: 'serve', transportGiven };
}
