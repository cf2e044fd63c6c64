#!/usr/bin/env bash
# The README's commands:
#   scripts/dev.sh run      install what is missing, build, start the desktop app
#   scripts/dev.sh test     install what is missing, build (warnings as errors) and
#                           run every test (the packaging tests build the .deb and
#                           the bundle), then again under ASan + UBSan
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
    configure_and_build build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNB_WERROR=ON
    (cd build/ci && ctest --output-on-failure -j2)
    # Second pass: the same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
    configure_and_build build/asan -DCMAKE_BUILD_TYPE=Debug -DNB_WERROR=ON -DNB_SANITIZE=ON -DNB_BUILD_BENCH=OFF
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/support/lsan.supp:print_suppressions=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    (cd build/asan && ctest --output-on-failure -j2)
    ;;
  package)
    install_missing packaging/debian-packages.txt packaging/debian-packages-release.txt
    configure_and_build build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo
    (cd build/release && ctest -L packaging --output-on-failure)
    ls -l build/release/packages/nianbao_*.deb build/release/packages/nianbao-*-bundle.tar.xz
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|package" >&2
    exit 2
    ;;
esac
