#!/usr/bin/env bash
# Times `nianbao-cli list` over the database of 2,000 agencies × 5 years
# (10,000 reports, made once by `nianbao-bench --print-database`): the first
# run checks every report and keeps the counts (as after an import by an
# older version), the following runs read the kept counts. Target ≤ 0.5 s.
# Usage: bench/time_list_cli.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
runs=${2:-5}
cli=$build/app/cli/nianbao-cli
bench=$build/bench/nianbao-bench
for exe in "$cli" "$bench"; do
  [[ -x $exe ]] || { echo "missing $exe: build targets nianbao-cli and nianbao-bench in $build" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$("$bench" --print-database)" "$work/big.sqlite3"
time_list() { # label
  local start end status
  start=$(date +%s%N)
  set +e
  "$cli" list --db "$work/big.sqlite3" > "$work/list.txt"
  status=$?
  set -e
  end=$(date +%s%N)
  echo "nianbao-cli list of $(( $(wc -l < "$work/list.txt") - 1 )) reports$1: $(( (end - start) / 1000000 )) ms (exit $status)"
}
time_list " (first run: every report checked, counts kept)"
for _ in $(seq "$runs"); do time_list ""; done
