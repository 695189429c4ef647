#!/usr/bin/env bash
# Build zlib, bzip2, liblzma and libffi as static, position-independent libraries into $PREFIX.
#
#   static_libs.sh SOURCES WORK PREFIX      (cc, ar, ranlib on PATH are the zig wrappers)
#
# SOURCES holds the Debian source packages (.dsc and tarballs) fetched by build.py; each is
# unpacked with its Debian patches. CPython's extension modules (zlib, _bz2, _lzma, _ctypes)
# link them in, so the bundle needs none of them from the target system.
set -euo pipefail
sources=$1 work=$2 prefix=$3
jobs=${JOBS:-2}
export CC=cc AR=ar RANLIB=ranlib CFLAGS="-O2 -fPIC"
mkdir -p "$work" "$prefix/lib" "$prefix/include"

unpack() {  # unpack the Debian source package $1 into $work/$1 and print that folder
  local dsc
  dsc=$(ls "$sources/$1"_*.dsc)
  rm -rf "${work:?}/$1"
  dpkg-source --no-check -x "$dsc" "$work/$1" >/dev/null
  echo "$work/$1"
}

dir=$(unpack zlib)
(cd "$dir" && ./configure --static --prefix="$prefix" >/dev/null && make -s -j"$jobs" libz.a \
  && make -s install >/dev/null)

dir=$(unpack bzip2)
(cd "$dir" && make -s -j"$jobs" libbz2.a CC="$CC" AR="$AR" RANLIB="$RANLIB" CFLAGS="$CFLAGS -D_FILE_OFFSET_BITS=64" \
  && cp libbz2.a "$prefix/lib/" && cp bzlib.h "$prefix/include/")

dir=$(unpack xz-utils)
(cd "$dir" && ./configure --prefix="$prefix" --disable-shared --enable-static --disable-xz \
  --disable-xzdec --disable-lzmadec --disable-lzmainfo --disable-scripts --disable-doc \
  --disable-nls >/dev/null && make -s -j"$jobs" && make -s install >/dev/null)

dir=$(unpack libffi)
# The static trampolines need a helper executable mapping: not in a PIC static archive.
(cd "$dir" && ./configure --prefix="$prefix" --disable-shared --enable-static --with-pic \
  --disable-exec-static-tramp --disable-docs --disable-multi-os-directory >/dev/null \
  && make -s -j"$jobs" && make -s install >/dev/null)
