#!/usr/bin/env bash
# The README's commands:
#   scripts/dev.sh run      install what is missing, build, start the desktop app
#   scripts/dev.sh test     install what is missing, build (warnings as errors) and
#                           run every test (the packaging tests build the .deb and
#                           the bundle), then again under ASan + UBSan
#   scripts/dev.sh server   start a local PostgreSQL server with a demo office
#                           (a tree of agencies, reports, two clerks, a
#                           reviewer, an administrator); prints how to connect
#   scripts/dev.sh package  build nianbao_<version>_<arch>.deb and
#                           nianbao-<version>-bundle.tar.xz into build/release/packages,
#                           and run the packaging tests on them
# Idempotent: packages already present are not reinstalled, builds are incremental.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

install_missing() { # package lists (default: packaging/debian-packages.txt)
  local missing=() lists=("${@:-packaging/debian-packages.txt}")
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done < <(cat "${lists[@]}")
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

# A demo office on a local server (Unix socket in DIR, no TCP): 示例市人民政府
# with departments and a district below it, reports of 2022 and 2023, and the
# login roles jiaoyu (clerk of 示例市教育局), gongan (clerk of 示例市公安局),
# shenhe (reviewer of 示例市人民政府) and guanli (administrator).
demo_server() { # dir
  local dir=$here/$1 cli=build/release/app/cli/nianbao-cli server=tests/postgres/test_server.sh
  local uri
  if [[ -f $dir/data/PG_VERSION ]]; then
    "$server" resume "$dir" 2>/dev/null || true # started again on its data, unless it runs
  else
    uri=$("$server" start "$dir")
    psql -q "$uri" -c "CREATE DATABASE nianbao" >/dev/null
  fi
  local db="postgresql:///nianbao?host=$dir&port=5432"
  "$cli" server init --db "$db"
  if [[ $(psql -Atq "$db" -c "SELECT count(*) FROM nianbao.reports") == 0 ]]; then
    local packages=$dir/demo
    mkdir -p "$packages"
    python3 - "$packages" tests/data/full-2022.nianbao.json tests/data/full-2023.nianbao.json <<'PY'
import json, sys
out, *fixtures = sys.argv[1:]
tree = {"示例市教育局": "示例市人民政府", "示例市公安局": "示例市人民政府", "示例市财政局": "示例市人民政府",
        "示例市东区人民政府": "示例市人民政府", "东区民政局": "示例市东区人民政府", "东区教育局": "示例市东区人民政府"}
for path in fixtures:
    package = json.load(open(path, encoding="utf-8"))
    for agency, parent in tree.items():
        package["agency"]["name"] = agency
        package["agency"]["kind"] = "government" if agency.endswith("人民政府") else "department"
        package["agency"]["parent"] = parent
        with open(f"{out}/{agency}-{package['year']}.nianbao.json", "w", encoding="utf-8") as f:
            json.dump(package, f, ensure_ascii=False)
PY
    "$cli" import --db "$db" "$packages"/*-2022.nianbao.json "$packages"/*-2023.nianbao.json >/dev/null || true
    "$cli" server grant --db "$db" --clerk 示例市教育局 jiaoyu
    "$cli" server grant --db "$db" --clerk 示例市公安局 gongan
    "$cli" server grant --db "$db" --reviewer 示例市人民政府 shenhe
    "$cli" server grant --db "$db" --admin guanli
  fi
  cat <<EOF

A demo office is running on a local PostgreSQL server (socket in $dir).
Open it in the desktop application as one of its people:
  build/release/app/desktop/nianbao --db "postgresql:///nianbao?host=$dir&user=jiaoyu"   (clerk of 示例市教育局)
  build/release/app/desktop/nianbao --db "postgresql:///nianbao?host=$dir&user=gongan"   (clerk of 示例市公安局)
  build/release/app/desktop/nianbao --db "postgresql:///nianbao?host=$dir&user=shenhe"   (reviewer of 示例市人民政府)
  build/release/app/desktop/nianbao --db "postgresql:///nianbao?host=$dir&user=guanli"   (administrator: agencies and rights)
or File → 打开数据库… → 数据库服务器: server $dir, database nianbao, user jiaoyu.
Two windows as jiaoyu show each other's edits within a second. With psql:
  psql "postgresql:///nianbao?host=$dir&user=jiaoyu"
Stop it with:  tests/postgres/test_server.sh stop "$dir"   (removes it; "pause" keeps the data)
EOF
}

stop_test_servers() { # keeps the script's exit status
  local status=$? d
  for d in build/ci build/asan; do
    if [[ -f $d/pg-test-dir ]]; then tests/postgres/test_server.sh stop "$(cat "$d/pg-test-dir")" || true; fi
  done
  return $status
}

configure_and_build() { # dir, extra cmake args...
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir"
}

case "${1:-}" in
  run)
    shift
    install_missing
    configure_and_build build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo
    exec build/release/app/desktop/nianbao "$@"
    ;;
  test)
    install_missing packaging/debian-packages.txt packaging/debian-packages-release.txt
    # ctest's fixture stops the throwaway PostgreSQL server after the tests;
    # this also stops it when the run is interrupted.
    trap stop_test_servers EXIT
    configure_and_build build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNB_WERROR=ON -DNB_TEST_POSTGRES=ON
    (cd build/ci && ctest --output-on-failure -j2)
    # Second pass: the same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
    configure_and_build build/asan -DCMAKE_BUILD_TYPE=Debug -DNB_WERROR=ON -DNB_SANITIZE=ON -DNB_BUILD_BENCH=OFF -DNB_TEST_POSTGRES=ON
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/support/lsan.supp:print_suppressions=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    (cd build/asan && ctest --output-on-failure -j2)
    ;;
  server)
    install_missing
    configure_and_build build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo
    demo_server build/server
    ;;
  package)
    install_missing packaging/debian-packages.txt packaging/debian-packages-release.txt
    configure_and_build build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo
    (cd build/release && ctest -L packaging --output-on-failure)
    ls -l build/release/packages/nianbao_*.deb build/release/packages/nianbao-*-bundle.tar.xz
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|server|package" >&2
    exit 2
    ;;
esac
