#!/usr/bin/env bash
# startup benchmark: the whole nianbao process, offscreen, from exec to an
# interactive window showing the last report (--quit-when-ready quits right
# after the first paint), first with a database holding the full 2023 report
# of 示例市人民政府 and its 2022 predecessor, then with the database of 2,000
# agencies × 5 years (10,000 reports, made once by `nianbao-bench
# --print-database`). Target: ≤ 300 ms with either.
#   bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
runs=${2:-20}
app=$build/app/desktop/nianbao
cli=$build/app/cli/nianbao-cli
bench=$build/bench/nianbao-bench
for exe in "$app" "$cli" "$bench"; do
  [[ -x $exe ]] || { echo "missing $exe: build targets nianbao, nianbao-cli and nianbao-bench in $build" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=offscreen
"$cli" import --db "$work/one.db" "$here/tests/data/full-2022.nianbao.json" "$here/tests/data/full-2023.nianbao.json" >/dev/null
cp "$("$bench" --print-database)" "$work/big.db"
mkdir -p "$XDG_CONFIG_HOME/nianbao"

measure() { # label, database, agency, year
  printf '[session]\nlastReport=%s\\t%s\n' "$3" "$4" > "$XDG_CONFIG_HOME/nianbao/nianbao.conf"
  python3 - "$app" "$2" "$runs" "$1" "$4" <<'PY'
import statistics, subprocess, sys, time
app, db, runs, label, year = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
cmd = [app, "--db", db, "--quit-when-ready"]
# Warm the file cache once, and check that the window showed the report.
shown = subprocess.run(cmd, check=True, capture_output=True, text=True).stderr
ready = [l for l in shown.splitlines() if l.startswith("ready:")]
if not ready or year not in ready[0]:
    sys.exit(f"the window did not show the last report: {shown}")
print(ready[0])
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    times.append((time.perf_counter() - start) * 1000)
times.sort()
print(f"startup with {label} (whole process, offscreen, last report shown): runs={runs} "
      f"min={times[0]:.0f} ms median={statistics.median(times):.0f} ms max={times[-1]:.0f} ms (target <= 300 ms)")
PY
}
measure "2 reports" "$work/one.db" 示例市人民政府 2023
measure "10,000 reports" "$work/big.db" 示例县第0007局 2023
