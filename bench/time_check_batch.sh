#!/usr/bin/env bash
# Times `nianbao-cli check` over 1,000 generated reports, as the office that
# collects a district's reports would run it, once printing the findings only
# and once also writing the reviewer's report (--report, HTML and CSV);
# target <= 5 s on 2 cores.
# The reports are the published-report fixtures (web text, pdftotext text,
# HTML, GBK HTML) and the package fixture, each copy with its own agency name
# and one figure changed, so that no two files are alike.
# Usage: bench/time_check_batch.sh [path/to/nianbao-cli] [count]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$here/build/release/app/cli/nianbao-cli}
count=${2:-1000}
data=$here/tests/data
dir=$(mktemp -d)
trap 'rm -rf "$dir" "$dir".*' EXIT

templates=(published/web-2023.txt published/pdf-2023.txt published/page-2023.html full-2023.nianbao.json)
for i in $(seq "$count"); do
  t=${templates[$((i % ${#templates[@]}))]}
  name=$(basename "$t")
  # A different agency and a different 行政处罚 figure per copy (the text names the agency too).
  sed -e "s/示范市人民政府/示范市第${i}区人民政府/g" -e "s/示例市人民政府/示例市第${i}区人民政府/g" \
      -e "s/行政处罚 | 842 |/行政处罚 | $((800 + i)) |/" "$data/$t" > "$dir/$i-$name"
done
cp "$data/published/page-gbk-2023.html" "$dir/0-page-gbk-2023.html"

files=$(ls "$dir" | wc -l)
run() { # label, extra arguments…
  local label=$1; shift
  local start end status
  start=$(date +%s%N)
  set +e
  "$cli" check "$dir"/*.* "$@" > "$dir.out.txt" 2> "$dir.err.txt"
  status=$?
  set -e
  end=$(date +%s%N)
  echo "nianbao-cli check over $files reports$label: $(( (end - start) / 1000000 )) ms (exit $status)"
}
run ""
run " + reviewer's report (HTML)" --report "$dir.review.html"
run " + reviewer's report (CSV)" --report "$dir.review.csv"
echo "reviewer's report: $(wc -c < "$dir.review.html") bytes HTML, $(wc -c < "$dir.review.csv") bytes CSV"
grep -A3 '汇总' "$dir.out.txt" | head -4
