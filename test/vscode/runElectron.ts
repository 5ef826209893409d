// Runs the extension-host suite (dist/test/suite) in desktop VS Code with @vscode/test-electron, on
// a fresh copy of test/vscode/workspace. For machines with VS Code or internet access:
//   npm run build && npm run test:electron
// Env: VSCODE_EXECUTABLE_PATH  an installed VS Code (`code` binary) to use instead of downloading one
//      VSCODE_VERSION          version to download (default: stable)
//      NEWSMARK_TEST_GREP      run only the tests whose title matches
// The desktop route needs the VS Code download servers; on machines without them use test/e2e/run.sh
// (code-server from npm), which runs the same suite.
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..'); // dist/test/runElectron.js -> project root
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'test/vscode/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      ...(process.env.VSCODE_EXECUTABLE_PATH
        ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH }
        : { version: process.env.VSCODE_VERSION || 'stable' }),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist/test/suite/index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out; the one under development loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(tmp, 'user')}`,
      ],
      extensionTestsEnv: { NEWSMARK_TEST_GREP: process.env.NEWSMARK_TEST_GREP ?? '' },
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`runElectron: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
