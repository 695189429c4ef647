#!/usr/bin/env bash
# Build CPython 3.11 from Debian's source package into $PREFIX, with a glibc 2.28 floor.
#
#   cpython.sh SOURCES WORK DEPS PREFIX     (cc, c++, ar, ranlib on PATH are the zig wrappers)
#
# Debian's patch series is applied from shutdown-deadlock.diff on: the fixes and security
# backports. The patches before it adapt Python to Debian's own layout (multiarch paths,
# dist-packages, the split into python3-* packages) and would break a self-contained build.
# zlib, bzip2, liblzma and libffi come static from DEPS (static_libs.sh); pkg-config sees
# nothing else, and zig finds no header of the build host, so no optional module can pick up
# a library of the build host. No OpenSSL, SQLite, Tk, curses or readline: the app needs none.
set -euo pipefail
sources=$1 work=$2 deps=$3 prefix=$4
jobs=${JOBS:-2}
first_patch=shutdown-deadlock.diff

dsc=$(ls "$sources"/python3.11_*.dsc)
dir="$work/python3.11"
rm -rf "$dir"
dpkg-source --no-check --skip-patches -x "$dsc" "$dir" >/dev/null
cd "$dir"
series=debian/patches/series
grep -qx "$first_patch" "$series" || { echo "cpython.sh: $first_patch not in $series" >&2; exit 1; }
applying=0
while read -r name _; do
  case "$name" in ''|'#'*) continue ;; esac
  [ "$name" = "$first_patch" ] && applying=1
  [ "$applying" -eq 1 ] || continue
  patch -s -p1 --no-backup-if-mismatch <"debian/patches/$name" \
    || { echo "cpython.sh: patch $name does not apply" >&2; exit 1; }
done <"$series"
# The CVE-2026-4224 backport calls an internal API that is declared for core modules only.
if ! grep -q "Py_BUILD_CORE_MODULE" Modules/pyexpat.c; then
  sed -i '1i #ifndef Py_BUILD_CORE_MODULE\n#  define Py_BUILD_CORE_MODULE 1\n#endif' Modules/pyexpat.c
fi

export PKG_CONFIG_LIBDIR="$deps/lib/pkgconfig" PKG_CONFIG_PATH=""
export LIBFFI_CFLAGS="-I$deps/include" LIBFFI_LIBS="-L$deps/lib -lffi"
export ZLIB_CFLAGS="-I$deps/include" ZLIB_LIBS="-L$deps/lib -lz"
export BZIP2_CFLAGS="-I$deps/include" BZIP2_LIBS="-L$deps/lib -lbz2"
export LIBLZMA_CFLAGS="-I$deps/include" LIBLZMA_LIBS="-L$deps/lib -llzma"
# OPT: configure's default without -g (debug information the bundle strips again).
./configure --prefix="$prefix" --enable-shared --without-ensurepip --disable-test-modules \
  CC=cc CXX=c++ AR=ar RANLIB=ranlib OPT="-DNDEBUG -fwrapv -O3 -Wall" \
  CPPFLAGS="-I$deps/include" LDFLAGS="-L$deps/lib" >configure.log 2>&1 \
  || { tail -40 configure.log >&2; exit 1; }
make -s -j"$jobs" >make.log 2>&1 || { tail -60 make.log >&2; exit 1; }
make -s install >install.log 2>&1 || { tail -60 install.log >&2; exit 1; }

# Refuse an interpreter without a module the app or the build needs. (bin/python3.11 finds its
# libpython through LD_LIBRARY_PATH, as build.py runs it: an $ORIGIN run path does not survive
# configure, make and the shell unharmed.)
LD_LIBRARY_PATH="$prefix/lib" "$prefix/bin/python3.11" - <<'PY'
import importlib, sys
needed = ["zlib", "_bz2", "_lzma", "_ctypes", "_decimal", "pyexpat", "_json", "_struct",
          "_multibytecodec", "_codecs_cn", "_sha256", "_blake2", "unicodedata", "_posixsubprocess",
          "select", "mmap", "fcntl", "_socket", "math", "array", "binascii", "_elementtree"]
missing = []
for name in needed:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        missing.append(f"{name} ({exc})")
if missing:
    sys.exit("cpython.sh: the built Python lacks " + ", ".join(missing))
PY
