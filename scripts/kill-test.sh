#!/usr/bin/env bash
# The full kill test of the desktop application (the README's Reliability
# figures): the real window, offscreen, driven by key events, killed with
# SIGKILL 200 times while figures are committed and 50 times while text is
# typed; after each kill every acknowledged edit must be in the database.
# CI runs the same test with 12 and 4 kills (ctest, test_desktop_kill).
#
#   scripts/kill-test.sh [BUILD_DIR]     default build/ci (scripts/dev.sh test makes it)
#   NB_KILL_RUNS=1000 scripts/kill-test.sh   more kills
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
build=${1:-build/ci}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNB_WERROR=ON >/dev/null
fi
cmake --build "$build" --target test_desktop_kill nb_desktop_writer
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export NB_KILL_RUNS=${NB_KILL_RUNS:-200}
export NB_KILL_TEXT_RUNS=${NB_KILL_TEXT_RUNS:-50}
start=$(date +%s)
"$build/tests/storage/test_desktop_kill" 2>&1 | grep -v -e 'XDG_RUNTIME_DIR' -e 'does not support'
echo "kill test: $(( $(date +%s) - start )) s"
