#!/usr/bin/env bash
# packaging/make-bundle.sh BUILD_DIR OUT_DIR
# Makes OUT_DIR/nianbao-<version>-bundle.tar.xz: the installed programs with
# the Qt libraries, plugins and translations they need beside them, for
# desktops whose system Qt is older than 6.4 (older 银河麒麟 / 统信UOS). The
# programs find the libraries through RUNPATH=$ORIGIN/../lib and Qt finds its
# plugins and translations through bin/qt.conf. Libraries every desktop has,
# and must use its own copy of (glibc, OpenGL/X11 drivers, fontconfig, D-Bus,
# CUPS …), are left out; see docs/packaging.md.
set -euo pipefail
build=$(realpath "$1")
out=$(realpath -m "$2")
# NB_VERSION, QT_VERSION, QT_PLUGINS, QT_TRANSLATIONS (written by packaging/CMakeLists.txt)
source "$build/packaging/bundle-settings.sh"
name=nianbao-$NB_VERSION
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/$name

cmake --install "$build" --prefix "$root" --strip > /dev/null
mkdir -p "$root/lib" "$root/plugins" "$root/translations"

# Qt's plugins: display (xcb, wayland, offscreen), input methods (Chinese
# input through ibus), image formats, printing (CUPS). Not the GTK theme,
# which would bring GTK itself.
for dir in platforminputcontexts xcbglintegrations imageformats printsupport iconengines \
           wayland-shell-integration wayland-decoration-client wayland-graphics-integration-client; do
  if [[ -d $QT_PLUGINS/$dir ]]; then cp -a "$QT_PLUGINS/$dir" "$root/plugins/"; fi
done
# Desktops only (not eglfs, linuxfb, vnc: they bring libinput, a VNC server …).
mkdir -p "$root/plugins/platforms"
for plugin in "$QT_PLUGINS"/platforms/lib{qxcb,qoffscreen,qminimal,qwayland-}*.so; do
  if [[ -f $plugin ]]; then cp "$plugin" "$root/plugins/platforms/"; fi
done
if [[ -f $QT_PLUGINS/platformthemes/libqxdgdesktopportal.so ]]; then
  mkdir -p "$root/plugins/platformthemes"
  cp "$QT_PLUGINS/platformthemes/libqxdgdesktopportal.so" "$root/plugins/platformthemes/"
fi
cp "$QT_TRANSLATIONS"/qtbase_zh_CN.qm "$root/translations/"

# The base system: the libraries a desktop provides and that must match its
# kernel, drivers and services. Everything else that ldd lists is bundled.
is_system_library() {
  case $1 in
    linux-vdso.so*|ld-linux*|libc.so*|libm.so*|libdl.so*|libpthread.so*|librt.so*|libresolv.so*|libutil.so*) return 0 ;;
    libGL.so*|libGLX*|libEGL*|libGLdispatch*|libOpenGL*|libdrm*|libgbm*|libvulkan*) return 0 ;;
    libX11.so*|libX11-xcb*|libxcb.so*|libXau*|libXdmcp*|libXext*|libXrender*|libXi.so*|libSM.so*|libICE.so*) return 0 ;;
    libfontconfig*|libfreetype*|libexpat*|libz.so*|libbz2*|libbrotli*) return 0 ;;
    libdbus-1*|libsystemd*|libudev*|libcap.so*|libgcrypt*|libgpg-error*|liblzma*|libzstd*|liblz4*) return 0 ;;
    libcups*|libgssapi*|libkrb5*|libk5crypto*|libcom_err*|libkrb5support*|libkeyutils*|libavahi*) return 0 ;;
    libgnutls*|libnettle*|libhogweed*|libgmp*|libp11-kit*|libtasn1*|libidn2*|libunistring*|libffi*) return 0 ;;
    libglib-2.0*|libgobject-2.0*|libgio-2.0*|libgmodule-2.0*|libgthread-2.0*|libmount*|libblkid*|libselinux*|libpcre2-8*) return 0 ;;
    libwayland-client*|libwayland-cursor*|libwayland-egl*|libbsd*|libmd.so*|libcrypt.so*|libuuid*) return 0 ;;
  esac
  return 1
}
elf_files() { find "$root/bin" "$root/plugins" "$root/lib" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c 'file -b "$1" | grep -q ^ELF' _ {} \; -print; }
for f in $(elf_files); do
  ldd "$f" | awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }'
done | sort -u | while read -r soname path; do
  is_system_library "$soname" || [[ -e $root/lib/$soname ]] || cp -L "$path" "$root/lib/$soname"
done

# RUNPATH: the programs look in ../lib, the libraries beside themselves, the
# plugins two levels up (each file its own: RUNPATH is not inherited).
for f in "$root"/bin/*; do file -b "$f" | grep -q ^ELF && patchelf --set-rpath '$ORIGIN/../lib' "$f"; done
for f in "$root"/lib/*.so*; do patchelf --set-rpath '$ORIGIN' "$f"; done
for f in "$root"/plugins/*/*.so; do patchelf --set-rpath '$ORIGIN/../../lib' "$f"; done

cat > "$root/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
CONF

# The newest glibc symbol version any file needs: the oldest system it runs on.
glibc=$(for f in $(elf_files); do objdump -T "$f" 2>/dev/null; done |
        grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -1 | sed 's/GLIBC_//')
cat > "$root/README.txt" <<README
年报 nianbao $NB_VERSION — self-contained bundle

Unpack anywhere and run bin/nianbao (the desktop application) or
bin/nianbao-cli (the command line). The Qt $QT_VERSION libraries and plugins it needs are in lib/ and plugins/; the system's Qt is not used.

Needs: Linux x86-64 with glibc $glibc or newer, X11 or Wayland, fontconfig, and a Chinese
font (Noto Sans/Serif CJK SC, 仿宋/宋体/黑体 or WenQuanYi). See docs/packaging.md of the
source for what is bundled and what is taken from the system.
README

mkdir -p "$out"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" \
    -C "$stage" -cf - "$name" | xz -T2 -6 > "$out/$name-bundle.tar.xz.tmp"
mv "$out/$name-bundle.tar.xz.tmp" "$out/$name-bundle.tar.xz"
echo "$out/$name-bundle.tar.xz (glibc >= $glibc)"
