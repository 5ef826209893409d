#!/usr/bin/env bash
# End-to-end test of the NewsMark extension in a real VS Code workbench: code-server (npm) driven by
# playwright-core (npm) and Debian's chromium. Needs only the npm registry and Debian's apt.
#
#   bash test/e2e/run.sh            (or: npm run test:e2e, node scripts/run-tests.mjs e2e)
#
# Steps: Debian packages (when root with apt-get) -> code-server + playwright-core into a cache dir ->
# npm run build (unless SKIP_BUILD=1) -> npm run package (.vsix) -> code-server --install-extension ->
# code-server on 127.0.0.1 with a fresh profile and a copy of test/vscode/workspace ->
#   1. test/e2e/ui.mjs: status bar, Outline view, hovers (speaker, dateline), Problems panel, completion
#      after {@ and a quick fix through the workbench (edits undone; auto save off), screenshots
#   2. the extension-host mocha suite (dist/test/suite/index.js) run inside code-server's extension
#      host with extensionDevelopmentPath = this project (dist/ as built here)
# Prints PASS/FAIL lines and a final "e2e: N passed, N failed"; exit status 0 only if all passed.
#
# Env: E2E_HOME        install cache (default ${XDG_CACHE_HOME:-$HOME/.cache}/newsmark-e2e)
#      CS_VERSION      code-server version (default 4.100.3: VS Code 1.100.3, the last on Node 20)
#      PW_VERSION      playwright-core version (default 1.65.1; the project's own copy is used if it has one)
#      CHROMIUM        browser binary (default /usr/bin/chromium)
#      SKIP_BUILD=1    use dist/ as it is
#      E2E_ONLY=ui|exthost   run one of the two parts
#      E2E_INSTALL_ONLY=1    install the tools into the cache and stop
#      UPDATE_SCREENSHOT=1   copy the best screenshot to docs/images/screenshot.png
#      TIMEOUT_MS      per-wait deadline in the drivers (default 90000)
#      E2E_KEEP=1      keep the temporary profile/workspace (printed) for inspection
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
E2E_HOME="${E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/newsmark-e2e}"
CS_VERSION="${CS_VERSION:-4.100.3}"
PW_VERSION="${PW_VERSION:-1.65.1}"
CS_DIR="$E2E_HOME/code-server-$CS_VERSION"
PW_DIR="$E2E_HOME/playwright-core-$PW_VERSION"
RESULTS="$ROOT/test-results/e2e"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
mkdir -p "$E2E_HOME" "$RESULTS"
T0=$(date +%s); step() { echo "INFO [$(( $(date +%s) - T0 ))s] $*"; }
PASSED=0; FAILED=0
result() { if [ "$1" = 0 ]; then PASSED=$((PASSED+1)); echo "PASS $2"; else FAILED=$((FAILED+1)); echo "FAIL $2"; fi; }
finish() { step "done"; echo "e2e: $PASSED passed, $FAILED failed"; [ "$FAILED" = 0 ]; }
die() { result 1 "$1"; [ -n "${2:-}" ] && [ -f "$2" ] && tail -40 "$2"; echo "e2e: $PASSED passed, $FAILED failed"; exit 1; }

# 1. Debian packages: chromium (browser), ripgrep (seeds @vscode/ripgrep), libkrb5-dev + toolchain
#    (code-server's native modules).
need=()
# Installing only (`npm start` on a machine without VS Code) needs no browser.
[ "${E2E_INSTALL_ONLY:-0}" = 1 ] || [ -x "$CHROMIUM" ] || command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
if [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  [ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
  { command -v make >/dev/null && command -v g++ >/dev/null; } || need+=(build-essential)
  command -v python3 >/dev/null || need+=(python3)
  command -v pkg-config >/dev/null || need+=(pkg-config)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "apt-get install ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}"; } > "$E2E_HOME/apt.log" 2>&1 \
      || die "apt-get install ${need[*]}" "$E2E_HOME/apt.log"
  elif [ "${CI:-}" = true ]; then
    die "missing ${need[*]} (install them, or run as root on Debian/Ubuntu)"
  else  # a developer's machine without them: skip, with the reason (CI=true makes this a failure)
    echo "SKIP e2e: missing ${need[*]} (install them, or run as root on Debian/Ubuntu)"
    echo "e2e: 0 passed, 0 failed"; exit 0
  fi
fi
[ -x "$CHROMIUM" ] || CHROMIUM="$(command -v chromium || echo "$CHROMIUM")"

# 2. code-server from npm. Its postinstall runs `npm install` in lib/vscode, which builds native modules
#    with node-gyp (kerberos needs libkrb5-dev), runs `npx node-gyp` for node-pty (npm_config_yes=true)
#    and downloads ripgrep from GitHub: we seed @vscode/ripgrep's download cache with Debian's rg.
# One installer at a time per cache dir (two runs at once would both install).
if command -v flock >/dev/null; then exec 9>"$E2E_HOME/.install.lock"; flock 9; fi
if [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  step "installing code-server@$CS_VERSION into $CS_DIR (a few minutes, once)"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "code-server@$CS_VERSION" >/dev/null && tar xzf code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json) \
    || die "npm pack code-server@$CS_VERSION"
  rg_pkg_ver="$(node -p "require('$tmp/package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version")"
  (cd "$tmp" && npm pack --silent "@vscode/ripgrep@$rg_pkg_ver" >/dev/null && tar xzf vscode-ripgrep-*.tgz package/lib/postinstall.js) \
    || die "npm pack @vscode/ripgrep@$rg_pkg_ver"
  rg_tag="$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$tmp/package/lib/postinstall.js")"
  case "$(uname -m)" in
    x86_64) rg_target=x86_64-unknown-linux-musl ;;
    aarch64) rg_target=aarch64-unknown-linux-musl ;;
    *) die "unsupported architecture $(uname -m)" ;;
  esac
  rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$rg_pkg_ver"
  mkdir -p "$rg_cache" "$tmp/rg" && cp "$(command -v rg)" "$tmp/rg/rg"
  tar czf "$rg_cache/ripgrep-$rg_tag-$rg_target.tar.gz" -C "$tmp/rg" rg
  rm -rf "$tmp"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  echo '{"name":"code-server-host","version":"1.0.0","private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$CS_DIR/package.json"
  # node-gyp must find Node's headers locally (it would otherwise download them from nodejs.org).
  if [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^undefined$\|^null$' || true)" ] && [ -f /usr/include/node/node.h ]; then
    export npm_config_nodedir=/usr
  fi
  if ! (cd "$CS_DIR" && npm_config_yes=true npm_config_unsafe_perm=true \
        npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" > "$CS_DIR/install.log" 2>&1); then
    cp "$CS_DIR/install.log" "$E2E_HOME/install-failed.log"; rm -rf "$CS_DIR/node_modules"
    die "code-server install" "$E2E_HOME/install-failed.log"
  fi
fi
CODE_SERVER="$CS_DIR/node_modules/.bin/code-server"
step "$("$CODE_SERVER" --config /dev/null --version 2>/dev/null | tail -1)"

# 3. playwright-core (no browser download: Debian's chromium). The project's devDependency when present.
if [ -d "$ROOT/node_modules/playwright-core" ]; then
  PW_DIR="$ROOT"
elif [ ! -d "$PW_DIR/node_modules/playwright-core" ]; then
  step "installing playwright-core@$PW_VERSION"
  mkdir -p "$PW_DIR" && echo '{"name":"pw-host","version":"1.0.0","private":true}' > "$PW_DIR/package.json"
  (cd "$PW_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error "playwright-core@$PW_VERSION" >/dev/null) \
    || die "playwright-core install"
fi
export PW_DIR
if command -v flock >/dev/null; then flock -u 9; exec 9>&-; fi
if [ "${E2E_INSTALL_ONLY:-0}" = 1 ]; then step "tools installed in $E2E_HOME"; exit 0; fi

# 4. Build and package the extension.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/newsmark-e2e.XXXXXX")"
CS_PID=""
cleanup() {  # code-server runs in its own process group (setsid): end that group only.
  local rc=$?; set +e
  if [ -n "$CS_PID" ]; then
    kill -- "-$CS_PID" 2>/dev/null
    for _ in $(seq 20); do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.25; done
    kill -9 -- "-$CS_PID" 2>/dev/null
  fi
  if [ "${E2E_KEEP:-0}" = 1 ]; then echo "INFO kept $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "npm run build"
  npm run --silent build > "$WORK/build.log" 2>&1 || die "npm run build" "$WORK/build.log"
fi
# Everything below runs on a snapshot of the built project, so that a rebuild in the working tree
# (build.mjs empties dist/ first) cannot pull the files from under a running test. node_modules is
# linked (mocha for the suite, vsce for packaging).
DEV="$WORK/dev"
mkdir -p "$DEV"
tar -C "$ROOT" --exclude=./node_modules --exclude=./.git --exclude=./test-results --exclude='./*.vsix' -cf - . | tar -C "$DEV" -xf -
ln -s "$ROOT/node_modules" "$DEV/node_modules"
# E2E_SERVER_JS: test the plumbing against another server build (e.g. a throwaway stub).
if [ -n "${E2E_SERVER_JS:-}" ]; then echo "INFO using E2E_SERVER_JS=$E2E_SERVER_JS as dist/server.js"; cp "$E2E_SERVER_JS" "$DEV/dist/server.js"; fi
[ -f "$DEV/dist/extension.js" ] || die "dist/extension.js missing (build first)"
[ -f "$DEV/dist/server.js" ] || die "dist/server.js missing (the language server is not built)"
step "npm run package"
if (cd "$DEV" && NEWSMARK_VSIX_OUT="$WORK/newsmark.vsix" node scripts/package.mjs > "$WORK/package.log" 2>&1); then
  result 0 "npm run package ($(du -k "$WORK/newsmark.vsix" | cut -f1) KB)"
else
  die "npm run package" "$WORK/package.log"
fi

# 5. Fresh profile, the .vsix installed, code-server on loopback without auth.
mkdir -p "$WORK/user/User" "$WORK/extensions" "$WORK/ws"
cp -R "$ROOT/test/vscode/workspace/." "$WORK/ws/"
# settings.json for a part: the common settings plus $1 (extra "key": value pairs, or nothing).
write_settings() {
  cat > "$WORK/user/User/settings.json" <<JSON
{ ${1:+$1,}
  "workbench.startupEditor": "none", "security.workspace.trust.enabled": false, "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "update.mode": "none", "workbench.enableExperiments": false, "chat.disableAIFeatures": true,
  "workbench.welcomePage.walkthroughs.openOnInstall": false, "editor.hover.delay": 150,
  "window.restoreWindows": "none", "files.hotExit": "off", "git.enabled": false, "editor.wordWrap": "on",
  "editor.minimap.enabled": false, "workbench.colorTheme": "Default Light Modern" }
JSON
}
write_settings
CS_ARGS=(--config /dev/null --user-data-dir "$WORK/user" --extensions-dir "$WORK/extensions")
if "$CODE_SERVER" "${CS_ARGS[@]}" --install-extension "$WORK/newsmark.vsix" > "$WORK/install-ext.log" 2>&1 \
   && [ -f "$WORK/extensions/"newsmark.newsmark-*/dist/server.js ]; then
  result 0 "code-server --install-extension newsmark.vsix"
else
  cat "$WORK/install-ext.log"; result 1 "code-server --install-extension newsmark.vsix"
fi

start_code_server() {  # $1: extensions dir
  PORT="$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  setsid "$CODE_SERVER" --config /dev/null --user-data-dir "$WORK/user" --extensions-dir "$1" \
    --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
    --disable-workspace-trust --disable-getting-started-override "$WORK/ws" >> "$WORK/code-server.log" 2>&1 &
  CS_PID=$!
  local deadline=$(( $(date +%s) + 60 ))
  until curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$CS_PID" 2>/dev/null || break
    sleep 0.25
  done
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1
}
stop_code_server() {
  [ -n "$CS_PID" ] || return 0
  kill -- "-$CS_PID" 2>/dev/null || true
  for _ in $(seq 40); do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.25; done
  kill -9 -- "-$CS_PID" 2>/dev/null || true
  CS_PID=""
}

set +e
# 6. UI: the installed .vsix in the workbench.
if [ "${E2E_ONLY:-ui}" = ui ] || [ -z "${E2E_ONLY:-}" ]; then
  # The UI test types into broken.news and undoes it: no auto save (on by default in the browser), so
  # the copy on disk never changes and the tab's dirty mark tells when the undo is complete.
  write_settings '"files.autoSave": "off"'
  if start_code_server "$WORK/extensions"; then
    step "UI test (code-server on 127.0.0.1:$PORT, pid $CS_PID)"
    node "$HERE/ui.mjs" --url "http://127.0.0.1:$PORT" --folder "$WORK/ws" --out "$RESULTS" 2>&1 | tee "$WORK/ui.log"
    rc=${PIPESTATUS[0]}
    PASSED=$((PASSED + $(grep -c '^PASS ' "$WORK/ui.log"))); FAILED=$((FAILED + $(grep -c '^FAIL ' "$WORK/ui.log")))
    [ "$rc" = 0 ] || grep -q '^FAIL ' "$WORK/ui.log" || result 1 "ui.mjs exited with $rc"
  else
    result 1 "code-server listening (UI)"
  fi
  stop_code_server
fi

# 7. The extension-host suite inside code-server's extension host, as @vscode/test-web runs it. An
#    empty extensions dir: the extension under test is the development one (this project's dist/).
if [ "${E2E_ONLY:-exthost}" = exthost ] || [ -z "${E2E_ONLY:-}" ]; then
  if [ -f "$DEV/dist/test/suite/index.js" ]; then
    rm -rf "$WORK/ws" && mkdir -p "$WORK/ws" "$WORK/ext-empty" && cp -R "$ROOT/test/vscode/workspace/." "$WORK/ws/"
    write_settings  # the suite runs with the browser's defaults (auto save after a delay)
    if start_code_server "$WORK/ext-empty"; then
      step "extension-host suite (code-server on 127.0.0.1:$PORT, pid $CS_PID)"
      E2E_RESULTS_FILE="$WORK/exthost-results.txt" node "$HERE/ui.mjs" exthost --url "http://127.0.0.1:$PORT" --folder "$WORK/ws" \
        --dev "$DEV" --tests "$DEV/dist/test/suite/index.js" --out "$RESULTS" 2>&1 | tee "$WORK/exthost.log"
      rc=${PIPESTATUS[0]}
      # The suite's own PASS/FAIL lines (written by the extension host) count one by one.
      if grep -qE '^(PASS|FAIL) ' "$WORK/exthost.log"; then
        PASSED=$((PASSED + $(grep -c '^PASS ' "$WORK/exthost.log"))); FAILED=$((FAILED + $(grep -c '^FAIL ' "$WORK/exthost.log")))
      fi
      [ "$rc" = 0 ] || grep -q '^FAIL ' "$WORK/exthost.log" || result 1 "extension-host suite exited with $rc"
    else
      result 1 "code-server listening (extension host)"
    fi
    stop_code_server
  else
    result 1 "dist/test/suite/index.js missing (build)"
  fi
fi
set -e
if [ "$FAILED" != 0 ]; then echo "---- code-server log (tail)"; tail -30 "$WORK/code-server.log"; fi
finish
