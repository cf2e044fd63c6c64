#!/usr/bin/env bash
# Renders a screenshot of every page of the desktop window, with the full 2023
# fixture report of 示例市人民政府, into docs/screenshots/ (Chinese) and
# docs/screenshots/en/ (English). Uses Xvfb when it is installed, else Qt's
# offscreen platform; the pictures are the same either way. Then the same on a
# 1366×768 laptop screen (Qt's offscreen platform with that screen) into
# docs/screenshots/1366x768/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build/screenshots}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target nianbao-screenshots nianbao_lrelease
tool="$build/tests/ui/nianbao-screenshots"
run() {
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1920x1080x24" "$tool" "$@"
  else
    QT_QPA_PLATFORM=offscreen "$tool" "$@"
  fi
}
run "$here/docs/screenshots" zh_CN
run "$here/docs/screenshots/en" en
QT_QPA_PLATFORM="offscreen:configfile=$here/tests/data/screen-1366x768.json" \
  "$tool" "$here/docs/screenshots/1366x768" zh_CN
