#!/usr/bin/env bash
# The NewsMark language server driven by Neovim's built-in LSP client, headless: pushed
# diagnostics and the outline, for the reference example and for a broken article.
# Usage: bash test/nvim/run.sh        (npm run test:nvim; scripts/run-tests.mjs runs it as "nvim")
# Env: NEWSMARK_SKIP_BUILD=1 uses an existing dist/server.js; LSP_TIMEOUT_MS (default 15000).
# Prints PASS/FAIL lines and a last line "nvim: N passed, N failed"; exits non-zero on failure.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SERVER="$ROOT/dist/server.js"
passed=0
failed=0

give_up() {
  echo "FAIL $1"
  echo "nvim: $passed passed, $((failed + 1)) failed"
  exit 1
}

# Neovim: Debian's package when we may install it (test/support/editorGroup.sh).
# shellcheck source=../support/editorGroup.sh
. "$ROOT/test/support/editorGroup.sh"
command -v nvim >/dev/null 2>&1 || ensure_packages nvim "neovim (nvim, 0.7 or later)" neovim
ensure_server
echo "INFO $(nvim --version | head -1), node $(node -v)"

# Each article is opened from a scratch folder, so that the editor writes nothing into the
# project (swap files) and the server's workspace scan sees just that file.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

EXAMPLE="$ROOT/examples/berlin-security-dialogue.news"
[ -f "$EXAMPLE" ] || EXAMPLE="/work/shared/examples/berlin-security-dialogue.news"

# check FILE CODES SYMBOLS [CHILDREN]
check() {
  local file="$1" dir
  dir="$WORK/$(basename "$file" .news)"
  mkdir -p "$dir" && cp "$file" "$dir/"
  local output
  output="$(cd "$dir" && NEWSMARK_SERVER="$SERVER" EXPECT_CODES="$2" EXPECT_SYMBOLS="$3" EXPECT_CHILDREN="${4:-}" \
    timeout 120 nvim --headless -n -i NONE -u "$HERE/init.lua" "$dir/$(basename "$file")" 2>&1)"
  local rc=$?
  echo "$output" | grep -v '^[0-9]* passed, [0-9]* failed$'
  local line p f
  line="$(echo "$output" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)"
  p="$(echo "$line" | sed -nE 's/^([0-9]+) passed.*/\1/p')"
  f="$(echo "$line" | sed -nE 's/.* ([0-9]+) failed$/\1/p')"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ] && [ "${f:-0}" = 0 ]; then
    echo "FAIL $(basename "$file"): nvim exited with $rc"
    failed=$((failed + 1))
  fi
}

check "$EXAMPLE" "" \
  "China ready to further enhance law enforcement, security dialogue with Germany: senior CPC official|BERLIN, Sept. 27 (Xinhua)|Chen Wenqing|Wolfgang Schmidt" \
  "Chen Wenqing=8"
check "$HERE/broken.news" \
  "speaker-unused,dateline-place-case,dateline-month-style,quote-unknown-speaker,speaker-first-reference,quote-unclosed" \
  "Council delays vote on harbour plan|Hamburg, Mar. 14 (Reuters)|Anna Berg|Otto Lind|@mayr"

echo "nvim: $passed passed, $failed failed"
[ "$failed" = 0 ]
