#!/usr/bin/env bash
# The self-contained bundle's tests (tests/packaging/CMakeLists.txt):
#   bundle_tests.sh TEST BUILD_DIR SOURCE_DIR VERSION
# Exit 77 (skipped, with the reason) only when a tool is missing.
set -euo pipefail
test=$1 build=$2 source=$3 version=$4
tarball=$build/packages/nianbao-$version-bundle.tar.xz
skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || skip "$1 is not installed (${2:-it}; scripts/dev.sh package installs it)"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Unpacks the bundle into a fresh folder (another path than it was made in).
unpack() {
  [[ -f $tarball ]] || fail "$tarball was not built (see the test bundle.build)"
  mkdir -p "$work/unpacked here"
  tar -xJf "$tarball" -C "$work/unpacked here"
  root="$work/unpacked here/nianbao-$version"
  [[ -x $root/bin/nianbao ]] || fail "no bin/nianbao in the bundle"
}

elf_files() { find "$root" -type f -exec sh -c 'file -b "$1" | grep -q "^ELF"' _ {} \; -print; }

case $test in
build)
  need patchelf
  need xz "xz-utils"
  need file
  rm -f "$tarball"
  bash "$source/packaging/make-bundle.sh" "$build" "$build/packages"
  [[ -f $tarball ]] || fail "no $tarball"
  ;;

ldd)
  need file
  unpack
  count=0
  while read -r f; do
    ldd "$f" > "$work/ldd" 2>&1 || fail "ldd $f: $(cat "$work/ldd")"
    if grep -q "not found" "$work/ldd"; then fail "$f: $(grep 'not found' "$work/ldd")"; fi
    # Every Qt library (and ICU, which Qt needs in its own version) resolves inside the bundle.
    while read -r soname path; do
      path=$(realpath -m "$path") # plugins reach lib/ through ../../lib
      [[ $path == "$root/lib/"* ]] || fail "$f: $soname resolves to $path, outside the bundle"
      count=$((count + 1))
    done < <(sed -n 's/^\t*\(lib\(Qt6\|icu\)[^ ]*\) => \(.*\) (0x[0-9a-f]*)$/\1 \3/p' "$work/ldd")
  done < <(elf_files)
  ((count > 0)) || fail "ldd found no Qt library at all"
  for p in nianbao nianbao-cli; do
    readelf -d "$root/bin/$p" | grep -q 'RUNPATH.*\[\$ORIGIN/../lib\]' || fail "$p: RUNPATH is not \$ORIGIN/../lib"
  done
  grep -qx 'Plugins = plugins' "$root/bin/qt.conf" || fail "bin/qt.conf"
  # The README names the glibc the bundle needs: the newest GLIBC_ symbol version of any file.
  glibc=$(while read -r f; do objdump -T "$f" 2>/dev/null; done < <(elf_files) | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -1)
  grep -q "glibc ${glibc#GLIBC_} or newer" "$root/README.txt" || fail "README.txt does not say glibc ${glibc#GLIBC_}"
  echo "$count Qt/ICU references resolve inside the bundle; needs glibc ${glibc#GLIBC_}"
  ;;

run)
  unpack
  data=$source/tests/data
  "$root/bin/nianbao-cli" --version | grep -qx "nianbao-cli $version" || fail "--version"
  "$root/bin/nianbao-cli" check "$data/full-2023.nianbao.json" || fail "check of a clean report"
  env -u XDG_RUNTIME_DIR -u QT_QPA_PLATFORM QT_DEBUG_PLUGINS=1 NIANBAO_DEBUG=1 \
    "$root/bin/nianbao-cli" render "$data/full-2023.nianbao.json" --pdf "$work/out.pdf" 2> "$work/err" \
    || fail "render --pdf: $(cat "$work/err")"
  [[ $(head -c 5 "$work/out.pdf") == "%PDF-" ]] || fail "render wrote no PDF"
  # Qt took its platform plugin from the bundle (qt.conf), not from the system.
  grep -q "$root/plugins/platforms/libqoffscreen.so" "$work/err" || fail "offscreen plugin not loaded from the bundle"
  QT_QPA_PLATFORM=offscreen timeout 60 "$root/bin/nianbao" --quit-when-ready --db "$work/db.sqlite3" 2> "$work/err" \
    || fail "nianbao did not start: $(cat "$work/err")"
  grep -q '^ready: ' "$work/err" || fail "nianbao showed no window: $(cat "$work/err")"
  ;;

*)
  fail "unknown test $test"
  ;;
esac
echo "passed: $test"
