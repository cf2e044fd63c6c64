#!/usr/bin/env bash
# startup benchmark: the whole nianbao process, offscreen, from exec to an
# interactive window showing the last report (--quit-when-ready quits right
# after the first paint), with a database holding the full 2023 report of
# 示例市人民政府 and its 2022 predecessor. Target: ≤ 300 ms.
#   bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
runs=${2:-20}
app=$build/app/desktop/nianbao
cli=$build/app/cli/nianbao-cli
for exe in "$app" "$cli"; do
  [[ -x $exe ]] || { echo "missing $exe: build targets nianbao and nianbao-cli in $build" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=offscreen
"$cli" import --db "$work/nianbao.db" "$here/tests/data/full-2022.nianbao.json" "$here/tests/data/full-2023.nianbao.json" >/dev/null
mkdir -p "$XDG_CONFIG_HOME/nianbao"
printf '[session]\nlastReport=示例市人民政府\\t2023\n' > "$XDG_CONFIG_HOME/nianbao/nianbao.conf"
python3 - "$app" "$work/nianbao.db" "$runs" <<'PY'
import statistics, subprocess, sys, time
app, db, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
cmd = [app, "--db", db, "--quit-when-ready"]
# Warm the file cache once, and check that the window showed the report.
shown = subprocess.run(cmd, check=True, capture_output=True, text=True).stderr
ready = [l for l in shown.splitlines() if l.startswith("ready:")]
if not ready or "2023" not in ready[0]:
    sys.exit(f"the window did not show the last report: {shown}")
print(ready[0])
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    times.append((time.perf_counter() - start) * 1000)
times.sort()
print(f"startup (whole process, offscreen, last report shown): runs={runs} "
      f"min={times[0]:.0f} ms median={statistics.median(times):.0f} ms max={times[-1]:.0f} ms (target <= 300 ms)")
PY
