#!/usr/bin/env bash
# Build the Linux one-folder app: dist/briefing-app/briefing-app (and dist/briefing-app-<version>-linux-x86_64.tar.gz).
#
#   bash packaging/build.sh            # on a clean clone: sets up .venv first
#   bash packaging/build.sh --no-setup # reuse the existing .venv as it is
#   bash packaging/build.sh --no-archive
#   bash packaging/build.sh --glibc 2.28   # for UOS 20, Kylin V10 and other glibc 2.28 systems
#
# Without --glibc the bundle's glibc floor is the build machine's (Debian 12: 2.36). With
# --glibc 2.28, packaging/glibc228/build.py builds its own Python with zig for glibc 2.28,
# leaves the C++ runtime, glib, zstd and xkbcommon to the target system, and fails if any ELF
# file in the bundle needs more than GLIBC_2.28 (docs/it-guide.md, "System requirements").
# Its expensive steps are cached in ~/.cache/briefing-app/build/.
set -euo pipefail
cd "$(dirname "$0")/.."

setup=1
archive=1
glibc=""
usage() { echo "usage: $0 [--no-setup] [--no-archive] [--glibc 2.28]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --no-setup) setup=0 ;;
    --no-archive) archive=0 ;;
    --glibc) [ $# -ge 2 ] || usage; glibc=$2; shift ;;
    --glibc=*) glibc=${1#--glibc=} ;;
    *) usage ;;
  esac
  shift
done
case "$glibc" in
  ""|2.28) ;;
  *) echo "build: --glibc $glibc: only 2.28 is supported" >&2; exit 2 ;;
esac

if [ "$setup" -eq 1 ]; then
  bash .ci/setup
  .venv/bin/python -m pip install -q -e ".[packaging]"
fi
for tool in objdump readelf strip; do
  command -v "$tool" >/dev/null || { echo "build: $tool missing (apt-get install binutils)" >&2; exit 1; }
done

version=$(.venv/bin/python packaging/version_info.py --print-version)
echo "build: briefing-app $version"
rm -rf dist/briefing-app
if [ -n "$glibc" ]; then
  .venv/bin/python packaging/glibc228/build.py --dist dist
else
  .venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/briefing-app.spec
fi

app=dist/briefing-app/briefing-app
cp packaging/linux/briefing-app.desktop packaging/linux/install-desktop-entry.sh dist/briefing-app/
test -x "$app" || { echo "build: $app was not produced" >&2; exit 1; }
# Refuse a bundle that cannot even check its own built-in briefing.
QT_QPA_PLATFORM=offscreen "$app" check >/dev/null

if [ "$archive" -eq 1 ]; then
  tarball="dist/briefing-app-$version-linux-x86_64${glibc:+-glibc$glibc}.tar.gz"
  tar -C dist -czf "$tarball" briefing-app
  echo "build: $tarball"
fi
size=$(du -s --apparent-size -B1 dist/briefing-app | cut -f1)
echo "build: $app ($(( size / 1000000 )) MB)"
