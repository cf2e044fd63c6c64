#!/usr/bin/env bash
# The packaging tests, one function per ctest test (tests/packaging/CMakeLists.txt):
#   package_tests.sh TEST BUILD_DIR SOURCE_DIR VERSION
# A test whose tool is missing prints why and exits 77, which ctest counts as
# skipped (SKIP_RETURN_CODE); everything else that goes wrong fails it.
set -euo pipefail
test=$1 build=$2 source=$3 version=$4
packages=$build/packages
skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || skip "$1 is not installed (${2:-it}; scripts/dev.sh package installs it)"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

deb_path() {
  need dpkg "Debian's package tools"
  local deb=$packages/nianbao_${version}_$(dpkg --print-architecture).deb
  [[ -f $deb ]] || fail "$deb was not built (see the test package.build)"
  echo "$deb"
}

# Unpacks the .deb into $work/root, as dpkg would install it.
unpack() {
  local deb; deb=$(deb_path)
  dpkg -x "$deb" "$work/root"
}

case $test in
build)
  need dpkg-deb "dpkg"
  need dpkg-shlibdeps "dpkg-dev"
  rm -f "$packages"/nianbao_*.deb
  (cd "$build" && cpack -G DEB --config CPackConfig.cmake) > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
  deb=$(deb_path)
  echo "built $deb"
  ;;

contents)
  deb=$(deb_path)
  dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/files"
  for f in /usr/bin/nianbao /usr/bin/nianbao-cli \
           /usr/share/applications/io.github.nianbao.Nianbao.desktop \
           /usr/share/metainfo/io.github.nianbao.Nianbao.metainfo.xml \
           /usr/share/mime/packages/nianbao.xml \
           /usr/share/icons/hicolor/scalable/apps/nianbao.svg \
           /usr/share/icons/hicolor/16x16/apps/nianbao.png /usr/share/icons/hicolor/48x48/apps/nianbao.png \
           /usr/share/icons/hicolor/256x256/apps/nianbao.png \
           /usr/share/bash-completion/completions/nianbao-cli \
           /usr/share/man/man1/nianbao.1.gz /usr/share/man/man1/nianbao-cli.1.gz \
           /usr/share/man/zh_CN/man1/nianbao.1.gz /usr/share/man/zh_CN/man1/nianbao-cli.1.gz \
           /usr/share/doc/nianbao/copyright /usr/share/doc/nianbao/changelog.gz; do
    grep -qx "$f" "$work/files" || fail "$f is not in the package"
  done
  # Nothing but the programs and their data: no test programs, headers or static libraries.
  if grep -E '\.(a|h)$|/test_|/lib/' "$work/files"; then fail "files that do not belong in the package"; fi
  [[ $(basename "$deb") == "nianbao_${version}_$(dpkg --print-architecture).deb" ]] || fail "file name"
  [[ $(dpkg-deb -f "$deb" Package) == nianbao ]] || fail "Package field"
  [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version is not project(VERSION) $version"
  [[ $(dpkg-deb -f "$deb" Description | head -1) == "annual report on government information disclosure (年报)" ]] \
    || fail "Description: $(dpkg-deb -f "$deb" Description | head -1)"
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "Depends: $depends"
  for d in qt6-qpa-plugins qt6-translations-l10n fonts-noto-cjk fonts-dejavu-core libqt6core6 libqt6gui6 \
           libqt6widgets6 libqt6printsupport6 libsqlite3-0 libpq5 libc6; do
    grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || fail "Depends lacks $d"
  done
  ;;

apt)
  # What `apt install ./nianbao_*.deb` would do here: every dependency resolves.
  need apt-get "apt"
  deb=$(deb_path)
  apt-get install --simulate --no-install-recommends "$deb" > "$work/apt" 2>&1 || { cat "$work/apt"; fail "apt cannot install the package"; }
  grep -E '^(Inst|Conf) nianbao ' "$work/apt" || fail "apt would not install nianbao: $(cat "$work/apt")"
  ;;

desktop-file)
  need desktop-file-validate "desktop-file-utils"
  unpack
  desktop-file-validate "$work/root/usr/share/applications/io.github.nianbao.Nianbao.desktop"
  grep -qx 'Name\[zh_CN\]=年报' "$work/root/usr/share/applications/io.github.nianbao.Nianbao.desktop" || fail "no Chinese name"
  grep -qx 'MimeType=application/x-nianbao+json;' "$work/root/usr/share/applications/io.github.nianbao.Nianbao.desktop" || fail "MimeType"
  ;;

appstream)
  need appstreamcli "appstream"
  unpack
  appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.nianbao.Nianbao.metainfo.xml"
  grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/io.github.nianbao.Nianbao.metainfo.xml" \
    || fail "no release entry for $version"
  ;;

lintian)
  need lintian
  deb=$(deb_path)
  # Run as root here (CI), lintian needs --allow-root; errors fail the test, warnings are listed.
  lintian --allow-root --no-tag-display-limit "$deb" > "$work/lintian" 2>&1 || true
  cat "$work/lintian"
  if grep -q '^E: ' "$work/lintian"; then fail "lintian reports errors"; fi
  ;;

mime)
  need update-mime-database "shared-mime-info"
  unpack
  update-mime-database "$work/root/usr/share/mime" 2>&1
  grep -q '^60:application/x-nianbao+json:\*\.nianbao\.json$' "$work/root/usr/share/mime/globs2" \
    || fail "*.nianbao.json is not application/x-nianbao+json"
  ;;

man)
  need man "man-db"
  unpack
  for page in man1/nianbao.1.gz man1/nianbao-cli.1.gz zh_CN/man1/nianbao.1.gz zh_CN/man1/nianbao-cli.1.gz; do
    MANWIDTH=80 man --warnings -E UTF-8 -l "$work/root/usr/share/man/$page" > "$work/page" 2> "$work/warnings"
    [[ ! -s $work/warnings ]] || { cat "$work/warnings"; fail "$page: groff warnings"; }
    grep -q "$version" "$work/page" || fail "$page does not name version $version"
  done
  # The Chinese page is Chinese, and every command of nianbao-cli has its section.
  MANWIDTH=80 man -l "$work/root/usr/share/man/zh_CN/man1/nianbao-cli.1.gz" > "$work/page"
  for command in check convert render import export new-year list; do
    grep -q "^   $command\$" "$work/page" || fail "nianbao-cli(1) has no section for $command"
  done
  ;;

completion)
  [[ -f /usr/share/bash-completion/bash_completion ]] || skip "bash-completion is not installed"
  unpack
  script=$work/root/usr/share/bash-completion/completions/nianbao-cli
  # Completes as bash would after "nianbao-cli <words…>"; prints the candidates.
  complete_words() {
    bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
             COMP_WORDS=(nianbao-cli "$@"); COMP_CWORD=$#; COMP_LINE="nianbao-cli $*"; COMP_POINT=${#COMP_LINE}
             _nianbao_cli; printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$script" "$@"
  }
  got=$(complete_words ch); [[ $got == "check " ]] || fail "command: '$got'"
  got=$(complete_words render x.nianbao.json --st); [[ $got == "--style " ]] || fail "option: '$got'"
  got=$(complete_words render x.nianbao.json --style ''); [[ $got == "gongwen official " ]] || fail "choice: '$got'"
  got=$(complete_words new-year --kind=d); [[ $got == "department " ]] || fail "--opt=choice: '$got'"
  got=$(complete_words help new); [[ $got == "new-year " ]] || fail "help: '$got'"
  ;;

unpacked)
  unpack
  bin=$work/root/usr/bin
  data=$source/tests/data
  "$bin/nianbao-cli" --version | grep -qx "nianbao-cli $version" || fail "--version"
  "$bin/nianbao-cli" check "$data/full-2023.nianbao.json" > "$work/check" || fail "check of a clean report"
  [[ ! -s $work/check ]] || fail "findings for a clean report: $(cat "$work/check")"
  env -u XDG_RUNTIME_DIR -u QT_QPA_PLATFORM "$bin/nianbao-cli" render "$data/full-2023.nianbao.json" --pdf "$work/out.pdf" 2> "$work/err" \
    || fail "render --pdf: $(cat "$work/err")"
  [[ ! -s $work/err ]] || fail "render printed on stderr: $(cat "$work/err")"
  [[ $(head -c 5 "$work/out.pdf") == "%PDF-" ]] || fail "render wrote no PDF"
  if command -v pdftotext >/dev/null; then
    pdftotext "$work/out.pdf" - | tr -d ' \n' | grep -q '示例市人民政府' || fail "the PDF's text lacks the agency"
  fi
  LC_ALL=en_US.UTF-8 "$bin/nianbao-cli" check "$work/missing.nianbao.json" 2> "$work/err" && fail "check of a missing file"
  grep -q "Cannot open" "$work/err" || fail "the unpacked CLI does not speak English: $(cat "$work/err")"
  QT_QPA_PLATFORM=offscreen timeout 60 "$bin/nianbao" --quit-when-ready --db "$work/db.sqlite3" \
    "$data/full-2023.nianbao.json" 2> "$work/err" || fail "nianbao did not start: $(cat "$work/err")"
  grep -q '^ready: ' "$work/err" || fail "nianbao showed no window: $(cat "$work/err")"
  grep -q '^preview: .*full-2023.nianbao.json' "$work/err" || fail "nianbao FILE showed no import preview: $(cat "$work/err")"
  QT_QPA_PLATFORM=offscreen "$bin/nianbao" --version 2>&1 | grep -q "$version" || fail "nianbao --version"
  ;;

*)
  fail "unknown test $test"
  ;;
esac
echo "passed: $test"
