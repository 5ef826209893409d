#!/usr/bin/env bash
# The NewsMark language server driven by Emacs and eglot, headless, with the README's set-up
# (editors/emacs/newsmark-mode.el, and the snippet the README gives for init.el): diagnostics in flymake with settings from .dir-locals.el, the
# outline in imenu, hover, completion of a speaker id and one code action applied.
# Usage: bash test/emacs/run.sh       (scripts/run-tests.mjs runs it as "emacs")
# Env: NEWSMARK_SKIP_BUILD=1 uses an existing dist/server.js; LSP_TIMEOUT_MS (default 15000).
# Prints PASS/FAIL lines and a last line "emacs: N passed, N failed"; exits non-zero on failure.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SERVER="$ROOT/dist/server.js"
MODE_EL="$ROOT/editors/emacs/newsmark-mode.el"
passed=0
failed=0

give_up() {
  echo "FAIL $1"
  echo "emacs: $passed passed, $((failed + 1)) failed"
  exit 1
}

# Emacs 28 and eglot: Debian's packages (emacs-nox, elpa-eglot) when we may install them
# (test/support/editorGroup.sh).
# shellcheck source=../support/editorGroup.sh
. "$ROOT/test/support/editorGroup.sh"
has_eglot() { emacs --batch -q --eval '(progn (package-activate-all) (kill-emacs (if (locate-library "eglot") 0 1)))' >/dev/null 2>&1; }
if ! command -v emacs >/dev/null 2>&1 || ! has_eglot; then
  ensure_packages emacs "Emacs 28 or later with eglot" emacs-nox elpa-eglot
fi
ensure_server
echo "INFO $(emacs --version | head -1), node $(node -v)"

# The article opens in a folder of its own: eglot watches the project's folder for **/*.news,
# and the folder's .dir-locals.el holds the settings under test.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$HERE/harbour.news" "$WORK/"
cp "$HERE/dir-locals.el" "$WORK/.dir-locals.el"

# The settings check means something only if the article has the problem that .dir-locals.el
# switches off: the command line (no settings) must report it.
plain="$(node "$ROOT/dist/cli.js" check "$HERE/harbour.news")" # exits 1: the article has problems
if echo "$plain" | grep -q ' speaker-unused$'; then
  echo "PASS without settings the article has a speaker-unused problem"; passed=$((passed + 1))
else
  echo "FAIL without settings the article has a speaker-unused problem"; failed=$((failed + 1))
fi

# The README's init.el snippet, as a user would paste it, with the clone's path filled in.
SNIPPET="$WORK/readme-snippet.el"
awk '/^```elisp$/ { block = ""; inside = 1; next } /^```$/ { if (inside && block ~ /define-derived-mode newsmark-mode/) printf "%s", block; inside = 0; next } inside { block = block $0 "\n" }' "$ROOT/README.md" \
  | sed "s#/path/to/newsmark#$ROOT#g" > "$SNIPPET"
grep -q 'eglot-server-programs' "$SNIPPET" || give_up "no Emacs snippet with define-derived-mode newsmark-mode in README.md"

# run_emacs LABEL MODE_EL: the checks of newsmark-test.el with that set-up, on a fresh copy.
run_emacs() {
  local label="$1" mode_el="$2" output rc line p f
  cp "$HERE/harbour.news" "$WORK/"
  output="$(cd "$WORK" && NEWSMARK_MODE_EL="$mode_el" timeout 120 emacs --batch -q -l "$HERE/newsmark-test.el" harbour.news 2>&1)"
  rc=$?
  echo "$output" | grep -E '^(PASS|FAIL|INFO)' | sed -E "s#^(PASS|FAIL) #\1 $label: #"
  line="$(echo "$output" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)"
  p="$(echo "$line" | sed -nE 's/^([0-9]+) passed.*/\1/p')"
  f="$(echo "$line" | sed -nE 's/.* ([0-9]+) failed$/\1/p')"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ] && [ "${f:-0}" = 0 ]; then
    echo "$output" | tail -20
    echo "FAIL $label: emacs exited with $rc"
    failed=$((failed + 1))
  fi
}
run_emacs "newsmark-mode.el" "$MODE_EL"
run_emacs "README snippet" "$SNIPPET"

echo "emacs: $passed passed, $failed failed"
[ "$failed" = 0 ]
