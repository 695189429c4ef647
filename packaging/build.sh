#!/usr/bin/env bash
# Build the Linux one-folder app: dist/briefing-app/briefing-app (and dist/briefing-app-<version>-linux-x86_64.tar.gz).
#
#   bash packaging/build.sh            # on a clean clone: sets up .venv first
#   bash packaging/build.sh --no-setup # reuse the existing .venv as it is
#   bash packaging/build.sh --no-archive
#
# The bundle's glibc floor is the build machine's: build on the oldest distribution you must
# support (docs/it-guide.md, "System requirements").
set -euo pipefail
cd "$(dirname "$0")/.."

setup=1
archive=1
for arg in "$@"; do
  case "$arg" in
    --no-setup) setup=0 ;;
    --no-archive) archive=0 ;;
    *) echo "usage: $0 [--no-setup] [--no-archive]" >&2; exit 2 ;;
  esac
done

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
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/briefing-app.spec

app=dist/briefing-app/briefing-app
cp packaging/linux/briefing-app.desktop packaging/linux/install-desktop-entry.sh dist/briefing-app/
test -x "$app" || { echo "build: $app was not produced" >&2; exit 1; }
# Refuse a bundle that cannot even check its own built-in briefing.
QT_QPA_PLATFORM=offscreen "$app" check >/dev/null

if [ "$archive" -eq 1 ]; then
  tarball="dist/briefing-app-$version-linux-x86_64.tar.gz"
  tar -C dist -czf "$tarball" briefing-app
  echo "build: $tarball"
fi
size=$(du -s --apparent-size -B1 dist/briefing-app | cut -f1)
echo "build: $app ($(( size / 1000000 )) MB)"
