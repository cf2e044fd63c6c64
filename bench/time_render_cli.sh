#!/usr/bin/env bash
# Times the whole process `nianbao-cli render PACKAGE --pdf OUT` (start-up,
# reading the package, layout, PDF, exit); target <= 400 ms.
# Usage: bench/time_render_cli.sh [path/to/nianbao-cli] [runs]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$here/build/release/app/cli/nianbao-cli}
runs=${2:-20}
package=$here/tests/data/full-2023.nianbao.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for style in official gongwen; do
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$cli" render "$package" --pdf "$out/report.pdf" --style "$style" 2>/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "nianbao-cli render --pdf --style $style: min ${sorted[0]} ms, median ${sorted[$((runs / 2))]} ms, max ${sorted[$((runs - 1))]} ms ($runs runs)"
done
