# Shared by the editor test groups (test/nvim/run.sh, test/emacs/run.sh), sourced after they set
# ROOT, SERVER and give_up: getting the editor and the server bundle ready, the same way for both.

# ensure_packages GROUP WHAT PKG...: Debian's packages when we may install them (root, apt-get);
# otherwise a failure under CI=true, and on a developer's machine the group is skipped (exit 0)
# with the reason.
ensure_packages() {
  local group=$1 what=$2
  shift 2
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "INFO installing $* with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq --no-install-recommends "$@" || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@"; }; } >/dev/null 2>&1 \
      || give_up "could not install $* with apt-get"
  elif [ "${CI:-}" = true ]; then
    give_up "$what is not installed and cannot be installed here (needs root and apt-get): install it, e.g. 'sudo apt-get install $*'"
  else
    echo "SKIP $group: $what is not installed (install it, e.g. 'sudo apt-get install $*', or run as root on Debian)"
    echo "$group: 0 passed, 0 failed"
    exit 0
  fi
}

# ensure_server: node on PATH and the server bundle built (NEWSMARK_SKIP_BUILD=1: it must exist).
ensure_server() {
  command -v node >/dev/null 2>&1 || give_up "node is not on PATH"
  if [ ! -f "$SERVER" ] && [ "${NEWSMARK_SKIP_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && npm run --silent build >/dev/null) || give_up "npm run build failed"
  fi
  [ -f "$SERVER" ] || give_up "server bundle $SERVER missing (run npm run build)"
}
