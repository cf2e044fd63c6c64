#!/usr/bin/env bash
# Times `nianbao-cli import` of many package files in one command into a new
# database, with its peak memory (maximum resident set size from
# /usr/bin/time -v), for 1,000 and for 10,000 files: the peak should not grow
# with the number of files (≤ 100 MB) and 10,000 should take ≤ 20 s. Then
# `list` of what was imported. Each file is the full 2023 package with its own
# agency (2,000 agencies × 5 years for 10,000) and one figure changed.
# Usage: bench/time_import_cli.sh [path/to/nianbao-cli] [counts…]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$here/build/release/app/cli/nianbao-cli}
shift || true
counts=("$@")
[[ ${#counts[@]} -gt 0 ]] || counts=(1000 10000)
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (GNU time) for the peak memory" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for count in "${counts[@]}"; do
  dir=$work/packages-$count
  mkdir -p "$dir"
  python3 - "$here/tests/data/full-2023.nianbao.json" "$dir" "$count" <<'PY'
import json, sys
template, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
base = json.load(open(template, encoding="utf-8"))
agencies = max(1, count // 5)
for i in range(count):
    p = dict(base)
    p["agency"] = {"name": f"示例县第{i % agencies:04d}局", "kind": "department"}
    p["year"] = 2019 + i // agencies
    p["cells"] = dict(base["cells"], **{"active.licensing.decisions": 1000 + i % 97})
    with open(f"{out}/{i:05d}.nianbao.json", "w", encoding="utf-8") as f:
        json.dump(p, f, ensure_ascii=False)
PY
  db=$work/import-$count.sqlite3
  start=$(date +%s%N)
  set +e
  /usr/bin/time -v -o "$work/time.txt" "$cli" import --db "$db" "$dir"/*.nianbao.json > "$work/out.txt" 2> "$work/err.txt"
  status=$?
  set -e
  end=$(date +%s%N)
  peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  echo "nianbao-cli import of $count package files: $(( (end - start) / 1000000 )) ms, peak memory $(( peak / 1024 )) MB (exit $status, $(wc -l < "$work/out.txt") lines)"
  [[ $status -le 1 ]] || { head -5 "$work/err.txt" >&2; exit 1; }
  start=$(date +%s%N)
  "$cli" list --db "$db" > "$work/list.txt" || true
  end=$(date +%s%N)
  echo "nianbao-cli list of the $count reports just imported: $(( (end - start) / 1000000 )) ms ($(( $(wc -l < "$work/list.txt") - 1 )) reports)"
  rm -rf "$dir" "$db"*
done
