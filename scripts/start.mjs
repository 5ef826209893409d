// `npm start`: the bundled examples in VS Code with this extension loaded, in one command.
//   - When VS Code's `code` command is on the PATH: an extension development host (a new window)
//     with examples/ open and the extension from this folder's dist/. Close the window to stop.
//   - Otherwise (or with --browser): VS Code in the browser through code-server, the same one the
//     UI tests use (installed once into ~/.cache/newsmark-e2e by test/e2e/run.sh), with the
//     extension from this folder as its development extension. It prints the address to open and
//     runs until Ctrl+C (or `kill` of the printed process id), which stops code-server too.
// Usage: npm start [-- --browser] [-- --port N] [-- --folder DIR]
//   env NEWSMARK_PORT (default 8080, or a free port when taken), CS_VERSION as for the tests.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const folder = path.resolve(option('--folder') ?? path.join(root, 'examples'));
const HEALTH_DEADLINE_MS = 90_000;

run(process.execPath, [path.join(root, 'scripts/build.mjs')], 'npm run build');

const code = argv.includes('--browser') ? undefined : onPath('code');
if (code) {
  console.log(`start: opening ${path.relative(root, folder) || '.'} in VS Code with the extension from ${root} (close that window to stop)`);
  run(code, ['--new-window', `--extensionDevelopmentPath=${root}`, folder], 'code');
} else {
  await inBrowser();
}

async function inBrowser() {
  const version = process.env.CS_VERSION ?? '4.100.3';
  const cache = process.env.E2E_HOME ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'newsmark-e2e');
  const codeServer = path.join(cache, `code-server-${version}`, 'node_modules/.bin/code-server');
  if (!existsSync(codeServer)) {
    console.log(`start: VS Code's \`code\` is not on the PATH; installing code-server ${version} into ${cache} once (a few minutes)`);
    run('bash', [path.join(root, 'test/e2e/run.sh')], 'installing code-server', { ...process.env, E2E_INSTALL_ONLY: '1', E2E_HOME: cache, CS_VERSION: version });
    if (!existsSync(codeServer)) fail(`code-server was not installed (see ${cache}); install VS Code and put \`code\` on the PATH instead`);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsmark-start-'));
  mkdirSync(path.join(work, 'user/User'), { recursive: true });
  // A fresh profile: no other extensions, no welcome page, the preview's shortcut free to use.
  writeFileSync(path.join(work, 'user/User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'update.mode': 'none', 'chat.disableAIFeatures': true,
  }, null, 2));
  const port = await freePort(Number(option('--port') ?? process.env.NEWSMARK_PORT ?? 8080));
  const server = spawn(codeServer, [
    '--config', '/dev/null', '--user-data-dir', path.join(work, 'user'), '--extensions-dir', path.join(work, 'extensions'),
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', folder,
  ], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // code-server runs in its own process group: end that group, then remove the profile.
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (status) => {
    rmSync(work, { recursive: true, force: true });
    console.log(`start: code-server stopped${stopping ? '' : ` on its own (status ${status})`}`);
    process.exit(stopping ? 0 : 1);
  });
  if (!(await healthy(port))) {
    stop();
    fail(`code-server did not answer on 127.0.0.1:${port} within ${HEALTH_DEADLINE_MS / 1000} s`);
  }
  // The extension is this folder's (a development extension), as the extension-host tests load it.
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]);
  const address = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
  console.log(`start: VS Code in the browser, with the examples and the NewsMark extension, at\n\n  ${address}\n`);
  console.log(`start: open an article (.news) and run "NewsMark: Open Preview to the Side" (Ctrl+K V).`);
  console.log(`start: press Ctrl+C here to stop (or: kill ${process.pid}).`);
}

function onPath(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function run(command, args, what, env = process.env) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) fail(`${what} failed${r.error ? `: ${r.error.message}` : ` (status ${r.status})`}`);
}

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}

/** `wanted` if nothing listens there, else any free port. */
function freePort(wanted) {
  const listen = (port) => new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject).listen(port, '127.0.0.1', () => {
      const { port: got } = s.address();
      s.close(() => resolve(got));
    });
  });
  return listen(wanted).catch(() => listen(0));
}

/** Asks code-server's /healthz until it answers, within the deadline. */
async function healthy(port) {
  const deadline = Date.now() + HEALTH_DEADLINE_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return true;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
